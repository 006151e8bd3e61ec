// The JSON API (serve/api.h). The JSON is written by SQLite (json_object,
// json_group_array), which escapes every string it takes from the database;
// the C++ here only joins those objects into arrays and adds counts.
#include "serve/api.h"

#include <sys/stat.h>

#include <future>

namespace casus::serve {
namespace {

const char* kIndex = R"json({"endpoints":[
{"path":"/api/meta","about":"counts of events and articles, first and last date, CAMEO roots, busiest parties"},
{"path":"/api/daily","about":"events per day: events, q1..q4 (QuadClass), goldstein_sum, goldstein_mean","params":"filters"},
{"path":"/api/dyads","about":"directed dyads (A>B) with the most events","params":"filters, limit (1-200, default 20)"},
{"path":"/api/events","about":"events with sentence, evidence, attribution, modality and article","params":"filters, limit (1-500, default 50), offset"},
{"path":"/api/map","about":"places with coordinates and their events (mentions); country-level places","params":"filters, limit (1-2000, default 1000)"},
{"path":"/api/article","about":"one stored article","params":"id"},
{"path":"/api/trends","about":"per-dyad series and escalation score (casus trends)","params":"dyad, actor, by (day|week|month), from, to, limit"},
{"path":"/api/rising","about":"dyads with the highest escalation score","params":"by, from, to, limit"},
{"path":"/api/alerts","about":"dyads whose escalation score crosses the threshold","params":"threshold, kind (undirected|directed|both), by, actor, from, to"}],
"filters":{"actor":"party or actor code prefix on either side (RUS, USAGOV, IGOWSTNAT)","dyad":"A-B either direction, A>B directed","code":"CAMEO code prefix (19, 190)","root":"CAMEO root (2 digits)","quad":"QuadClass 1-4","from":"YYYY-MM-DD","to":"YYYY-MM-DD","place":"part of a place name, or its country code","q":"words in the sentence"}})json";

Response Json(std::string body) {
  Response r;
  r.body = std::move(body);
  return r;
}

// A failed query: over its time limit (503) or a database failure (500).
Response Failed(const Status& s) {
  bool late = s.message() == "query timed out";
  return ErrorResponse(late ? 503 : 500, s.message());
}

void BindAll(Query* q, const Where& w) {
  for (const Value& v : w.values) {
    if (v.is_int)
      q->Bind(v.number);
    else
      q->Bind(v.text);
  }
}

// Column 0 of each row (a JSON value) joined into a JSON array; the query is
// run with LIMIT limit+1 so that one more row tells the list was cut.
Status Rows(Query* q, long limit, std::string* out, bool* truncated) {
  out->push_back('[');
  long n = 0;
  *truncated = false;
  while (q->Next()) {
    if (n == limit) {
      *truncated = true;
      break;
    }
    if (n++) out->push_back(',');
    *out += q->Text(0);
  }
  out->push_back(']');
  return q->status();
}

std::string Bool(bool b) {
  return b ? "true" : "false";
}

}  // namespace

Response ErrorResponse(int status, const std::string& message) {
  // Messages are written here and in filters.cc and name parameters, never
  // echo a value; a stray quote or control character is still kept out of
  // the JSON string.
  std::string m;
  for (char c : message) m.push_back(c == '"' || c == '\\' || (unsigned char)c < 0x20 ? '?' : c);
  Response r;
  r.status = status;
  r.body = "{\"error\":\"" + m + "\"}";
  return r;
}

Api::Api(ReadOnlyDb* db) : db_(db) {
  bool columns = false;
  {
    ReadOnlyDb::Lease l = db_->Acquire();
    Query q(l.get(),
            "SELECT COUNT(*) FROM pragma_table_info('events') WHERE name IN "
            "('location_name','location_country','lat','lon')");
    columns = q.Next() && q.Int(0) == 4;
  }
  if (columns) {
    place_name_ = "e.location_name", place_country_ = "e.location_country";
    lat_ = "e.lat", lon_ = "e.lon";
  } else {
    place_name_ = "json_extract(e.record,'$.location.name')";
    place_country_ = "json_extract(e.record,'$.location.country')";
    lat_ = "json_extract(e.record,'$.location.lat')";
    lon_ = "json_extract(e.record,'$.location.lon')";
  }
}

std::string Api::Stamp() const {
  std::string s;
  for (const std::string& f : {db_->path(), db_->path() + "-wal"}) {
    struct stat st {};
    if (::stat(f.c_str(), &st) == 0)
      s += std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + ";";
    else
      s += "-;";
  }
  return s;
}

Response Api::Handle(const std::string& path, const Params& params) const {
  std::string key = path;
  for (const auto& [k, v] : params)  // length-prefixed: no two requests share a key
    key += " " + std::to_string(k.size()) + ":" + k + std::to_string(v.size()) + ":" + v;
  std::string stamp = Stamp();
  std::promise<Response> mine;
  {
    std::unique_lock<std::mutex> l(cache_mu_);
    if (stamp != cache_stamp_) {
      cache_.clear();
      cache_bytes_ = 0;
      cache_stamp_ = stamp;
    }
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    // The same question already being answered: wait for that answer rather
    // than compute it again (64 clients asking for a 1 s trend at once would
    // otherwise cost 64 s of CPU).
    auto p = pending_.find(key);
    if (p != pending_.end()) {
      std::shared_future<Response> f = p->second;
      l.unlock();
      return f.get();
    }
    pending_.emplace(key, mine.get_future().share());
  }
  Response r;
  try {
    r = Compute(path, params);
  } catch (...) {
    r = ErrorResponse(500, "internal error");
  }
  std::lock_guard<std::mutex> l(cache_mu_);
  pending_.erase(key);
  mine.set_value(r);
  // Kept only if the database did not change meanwhile.
  if (r.status == 200 && stamp == cache_stamp_ && r.body.size() < kCacheBytes / 16) {
    if (cache_.size() >= kCacheEntries || cache_bytes_ + r.body.size() > kCacheBytes) {
      cache_.clear();
      cache_bytes_ = 0;
    }
    cache_bytes_ += key.size() + r.body.size();
    cache_.emplace(key, r);
  }
  return r;
}

void Api::Warm() const {
  for (const char* path :
       {"/api/meta", "/api/daily", "/api/dyads", "/api/map", "/api/rising", "/api/alerts"})
    Handle(path, {});
}

Response Api::Compute(const std::string& path, const Params& params) const {
  if (path == "/api" || path == "/api/") return Json(kIndex);
  if (path == "/api/meta") return Meta();
  if (path == "/api/daily") return Daily(params);
  if (path == "/api/dyads") return Dyads(params);
  if (path == "/api/events") return Events(params);
  if (path == "/api/map") return Map(params);
  if (path == "/api/article") return Article(params);
  if (path == "/api/trends") return Trends(params);
  if (path == "/api/rising") return Rising(params);
  if (path == "/api/alerts") return Alerts(params);
  return ErrorResponse(404, "no such endpoint (GET /api lists them)");
}

Response Api::Meta() const {
  ReadOnlyDb::Lease l = db_->Acquire();
  Query q(l.get(), R"sql(SELECT json_object(
    'database', ?,
    'events', (SELECT COUNT(*) FROM events),
    'articles', (SELECT COUNT(*) FROM articles),
    'first', (SELECT MIN(date) FROM events),
    'last', (SELECT MAX(date) FROM events),
    'roots', (SELECT json_group_array(json_object('root', root, 'events', n)) FROM
              (SELECT root, COUNT(*) n FROM events WHERE root IS NOT NULL GROUP BY root ORDER BY root)),
    'parties', (SELECT json_group_array(json_object('party', p, 'events', n)) FROM
                (SELECT p, COUNT(*) n FROM
                   (SELECT coalesce(source_country, source_code) p FROM events
                    UNION ALL SELECT coalesce(target_country, target_code) FROM events)
                 WHERE p IS NOT NULL GROUP BY p ORDER BY n DESC, p LIMIT 100))))sql");
  // The file's name only, not the folder it is in.
  std::string name = db_->path();
  if (size_t k = name.rfind('/'); k != std::string::npos) name = name.substr(k + 1);
  q.Bind(name);
  if (!q.Next()) return Failed(q.status());
  return Json(q.Text(0));
}

Response Api::Daily(const Params& p) const {
  Filters f;
  Status s = ParseFilters(p, {}, &f);
  if (!s.ok()) return ErrorResponse(400, s.message());
  Where w = BuildWhere(f, place_name_, place_country_);
  ReadOnlyDb::Lease l = db_->Acquire();
  Query q(l.get(),
          "SELECT json_object('date', e.date, 'events', COUNT(*), "
          "'q1', SUM(e.quad_class = 1), 'q2', SUM(e.quad_class = 2), "
          "'q3', SUM(e.quad_class = 3), 'q4', SUM(e.quad_class = 4), "
          "'goldstein_sum', round(SUM(e.goldstein), 2), "
          "'goldstein_mean', round(AVG(e.goldstein), 3)) "
          "FROM events e WHERE e.date IS NOT NULL" +
              w.sql + " GROUP BY e.date ORDER BY e.date LIMIT ?");
  BindAll(&q, w);
  q.Bind(kMaxDays + 1);
  std::string rows;
  bool cut = false;
  if (s = Rows(&q, kMaxDays, &rows, &cut); !s.ok()) return Failed(s);
  return Json("{\"days\":" + rows + ",\"truncated\":" + Bool(cut) + "}");
}

Response Api::Dyads(const Params& p) const {
  Filters f;
  long limit = 0;
  Status s = ParseFilters(p, {"limit"}, &f);
  if (s.ok()) s = ParseInt(p, "limit", 1, kMaxDyads, 20, &limit);
  if (!s.ok()) return ErrorResponse(400, s.message());
  Where w = BuildWhere(f, place_name_, place_country_);
  ReadOnlyDb::Lease l = db_->Acquire();
  Query q(l.get(),
          "SELECT json_object('dyad', a || '>' || b, 'a', a, 'b', b, 'events', COUNT(*), "
          "'goldstein_mean', round(AVG(g), 3), 'first', MIN(d), 'last', MAX(d)) FROM "
          "(SELECT coalesce(e.source_country, e.source_code) a, "
          "coalesce(e.target_country, e.target_code) b, e.goldstein g, e.date d "
          "FROM events e WHERE 1" +
              w.sql +
              ") WHERE a IS NOT NULL AND b IS NOT NULL GROUP BY a, b "
              "ORDER BY COUNT(*) DESC, a, b LIMIT ?");
  BindAll(&q, w);
  q.Bind(limit + 1);
  std::string rows;
  bool cut = false;
  if (s = Rows(&q, limit, &rows, &cut); !s.ok()) return Failed(s);
  return Json("{\"dyads\":" + rows + ",\"truncated\":" + Bool(cut) + "}");
}

Response Api::Events(const Params& p) const {
  Filters f;
  long limit = 0, offset = 0;
  Status s = ParseFilters(p, {"limit", "offset"}, &f);
  if (s.ok()) s = ParseInt(p, "limit", 1, kMaxEvents, 50, &limit);
  if (s.ok()) s = ParseInt(p, "offset", 0, kMaxOffset, 0, &offset);
  if (!s.ok()) return ErrorResponse(400, s.message());
  Where w = BuildWhere(f, place_name_, place_country_);
  ReadOnlyDb::Lease l = db_->Acquire();
  Query count(l.get(), "SELECT COUNT(*) FROM events e WHERE 1" + w.sql);
  BindAll(&count, w);
  if (!count.Next()) return Failed(count.status());
  long total = count.Int(0);
  Query q(l.get(),
          "SELECT json_object('event', json(e.record), 'article', "
          "json_object('title', a.title, 'date', a.date, 'source', a.source, 'url', a.url)) "
          "FROM events e LEFT JOIN articles a ON a.article_id = e.article_id WHERE 1" +
              w.sql +
              " ORDER BY e.date DESC, e.article_id, e.sentence_index, e.event_id "
              "LIMIT ? OFFSET ?");
  BindAll(&q, w);
  q.Bind(limit + 1).Bind(offset);
  std::string rows = "[]";
  bool cut = false;
  // A page past the end is empty: no second scan for it.
  if (offset < total) {
    rows.clear();
    if (s = Rows(&q, limit, &rows, &cut); !s.ok()) return Failed(s);
  }
  return Json("{\"total\":" + std::to_string(total) + ",\"offset\":" + std::to_string(offset) +
              ",\"events\":" + rows + ",\"truncated\":" + Bool(cut) + "}");
}

Response Api::Map(const Params& p) const {
  Filters f;
  long limit = 0;
  Status s = ParseFilters(p, {"limit"}, &f);
  if (s.ok()) s = ParseInt(p, "limit", 1, kMaxPlaces, 1000, &limit);
  if (!s.ok()) return ErrorResponse(400, s.message());
  Where w = BuildWhere(f, place_name_, place_country_);
  std::string inner = "SELECT " + place_name_ + " n, " + place_country_ + " c, " + lat_ + " la, " +
                      lon_ + " lo, e.article_id art FROM events e WHERE 1" + w.sql;
  ReadOnlyDb::Lease l = db_->Acquire();
  // Places with coordinates are drawn; a country-level place has none.
  Query q(l.get(),
          "SELECT json_object('name', n, 'country', c, 'lat', round(la, 4), 'lon', round(lo, 4), "
          "'events', COUNT(*), 'articles', COUNT(DISTINCT art)) FROM (" +
              inner +
              ") WHERE la IS NOT NULL AND lo IS NOT NULL GROUP BY n, c, la, lo "
              "ORDER BY COUNT(*) DESC, n LIMIT ?");
  BindAll(&q, w);
  q.Bind(limit + 1);
  std::string points;
  bool cut = false;
  if (s = Rows(&q, limit, &points, &cut); !s.ok()) return Failed(s);
  Query c(l.get(), "SELECT json_object('country', c, 'events', COUNT(*)) FROM (" + inner +
                       ") WHERE la IS NULL AND c IS NOT NULL GROUP BY c ORDER BY COUNT(*) DESC, c "
                       "LIMIT 300");
  BindAll(&c, w);
  std::string countries;
  bool ccut = false;
  if (s = Rows(&c, 300, &countries, &ccut); !s.ok()) return Failed(s);
  Query n(l.get(), "SELECT COUNT(*), COUNT(n) FROM (" + inner + ")");
  BindAll(&n, w);
  if (!n.Next()) return Failed(n.status());
  return Json("{\"events\":" + std::to_string(n.Int(0)) +
              ",\"placed\":" + std::to_string(n.Int(1)) + ",\"points\":" + points +
              ",\"countries\":" + countries + ",\"truncated\":" + Bool(cut) + "}");
}

Response Api::Article(const Params& p) const {
  std::string id = Param(p, "id");
  for (const auto& [k, v] : p)
    if (k != "id")
      return ErrorResponse(400, k.size() <= 32 ? k + ": unknown parameter" : "unknown parameter");
  if (id.empty() || id.size() > kMaxParamBytes) return ErrorResponse(400, "id: want an article id");
  ReadOnlyDb::Lease l = db_->Acquire();
  Query q(l.get(),
          "SELECT json_object('article_id', article_id, 'title', title, 'date', date, "
          "'source', source, 'url', url, 'events', events, "
          "'text', substr(text, 1, 200000)) FROM articles WHERE article_id = ?");
  q.Bind(id);
  if (!q.Next())
    return q.status().ok() ? ErrorResponse(404, "no such article") : Failed(q.status());
  return Json(q.Text(0));
}

}  // namespace casus::serve
