// Api: the dashboard's JSON API, as plain functions of (path, parameters)
// so that tests call it without sockets (server.h puts it on HTTP).
//
//   GET /api                this list, as JSON
//   GET /api/meta           counts, first and last date, roots, busiest parties
//   GET /api/daily          events per day: by QuadClass, Goldstein sum and mean
//   GET /api/dyads          directed dyads with the most events (limit)
//   GET /api/events         the events themselves, with sentence, evidence,
//                           attribution, modality and article (limit, offset)
//   GET /api/map            places with coordinates and their events
//                           (mentions), plus country-level places
//   GET /api/article        one stored article (id)
//   GET /api/trends         trends.h ComputeTrends (dyad, actor, by, from, to)
//   GET /api/rising         the dyads rising fastest: highest escalation score
//   GET /api/alerts         trends.h ComputeAlerts (threshold, kind, by, ...)
//
// Every endpoint but /api, /api/meta and /api/article takes the filters of
// filters.h. Results are bounded (limits below; `truncated` says when a list
// was cut). Errors: status 400 (a bad parameter, named), 404 (no such
// endpoint or article), 503 (a query over its time limit), 500 (the database
// failed); the body is {"error": "..."}.
//
// Answers are kept (up to kCacheEntries / kCacheBytes) and given again for
// the same path and parameters until the database changes (a question
// asked again while its answer is being computed waits for that answer): a change is seen
// as a new size or modification time of the file or its WAL, which every
// commit of a writer (casus code --db) makes.
//
// Thread-safe: each call leases its own connection from the ReadOnlyDb; the
// cache has its own lock.
#pragma once
#include <future>
#include <map>
#include <mutex>
#include <string>

#include "serve/db.h"
#include "serve/filters.h"

namespace casus::serve {

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// Upper bounds on what one request returns.
constexpr long kMaxEvents = 500;   // /api/events page
constexpr long kMaxDyads = 200;    // /api/dyads, /api/rising
constexpr long kMaxPlaces = 2000;  // /api/map points
constexpr long kMaxDays = 20000;   // /api/daily rows (55 years)
constexpr long kMaxOffset = 1000000;
constexpr size_t kCacheEntries = 2048;
constexpr size_t kCacheBytes = 64u << 20;

class Api {
 public:
  explicit Api(ReadOnlyDb* db);
  // `path` is the URL path ("/api/events"), `params` its decoded query.
  Response Handle(const std::string& path, const Params& params) const;
  // Answers the overview's questions once (meta, daily, dyads, map, rising,
  // alerts) so that they are cached before the first visitor asks: the
  // trends over a long history take a second or more.
  void Warm() const;
  // The same without the cache.
  Response Compute(const std::string& path, const Params& params) const;

 private:
  // The database's files as last seen: size and modification time of the
  // file and of its WAL.
  std::string Stamp() const;
  Response Meta() const;
  Response Daily(const Params& p) const;
  Response Dyads(const Params& p) const;
  Response Events(const Params& p) const;
  Response Map(const Params& p) const;
  Response Article(const Params& p) const;
  Response Trends(const Params& p) const;
  Response Rising(const Params& p) const;
  Response Alerts(const Params& p) const;
  ReadOnlyDb* db_;
  // SQL expressions for an event's place: the columns of a current store,
  // else the record's JSON (a database from before they existed).
  std::string place_name_, place_country_, lat_, lon_;
  mutable std::mutex cache_mu_;
  mutable std::map<std::string, Response> cache_;  // by path and parameters
  mutable std::string cache_stamp_;                // Stamp() the cache holds answers for
  mutable size_t cache_bytes_ = 0;
  // Answers being computed, by key: a second asker waits for the first.
  mutable std::map<std::string, std::shared_future<Response>> pending_;
};

// {"error": message} with status `status`.
Response ErrorResponse(int status, const std::string& message);

}  // namespace casus::serve
