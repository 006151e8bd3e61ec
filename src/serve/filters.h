// Filters: the dashboard's query parameters (actor, dyad, code, root, quad,
// from, to, place, q), checked and turned into a WHERE clause with bound
// values. The SQL text comes only from constant fragments; every value the
// user gave is a bound parameter (Where::values), and each is checked first
// (codes are letters and digits, dates real calendar days, text bounded), so
// a bad request is refused with a message before any query runs.
// Pure functions; thread-safe.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "casus/status.h"

namespace casus::serve {

using Params = std::vector<std::pair<std::string, std::string>>;

struct Filters {
  std::string actor;     // a party or code prefix on either side: RUS, USAGOV, IGOWSTNAT
  std::string dyad;      // "A-B" (either direction) or "A>B" (A acts on B); parties as in trends.h
  std::string code;      // a CAMEO code prefix: 19, 190, 1951
  std::string root;      // a CAMEO root, two digits
  int quad = 0;          // QuadClass 1..4, 0 for any
  std::string from, to;  // inclusive YYYY-MM-DD
  std::string place;     // part of the place name, or its country code
  std::string q;         // words in the sentence
};

// The longest value any parameter may have.
constexpr size_t kMaxParamBytes = 200;

// Reads the filter parameters of `params` into `f`; a parameter named in
// `extra` is left for the caller; any other name is refused.
Status ParseFilters(const Params& params, const std::vector<std::string>& extra, Filters* f);

// A bound value: text, or an integer when is_int.
struct Value {
  bool is_int = false;
  std::string text;
  long number = 0;
};

struct Where {
  std::string sql;  // " AND ..." fragments over events aliased `e`, or ""
  std::vector<Value> values;
};

// The WHERE fragments for `f`. `place_name` and `place_country` are the SQL
// expressions for the event's place (columns, or json_extract over record).
Where BuildWhere(const Filters& f, const std::string& place_name, const std::string& place_country);

// `v` with LIKE's wildcards (% _ \) escaped by a backslash (ESCAPE '\').
std::string EscapeLike(const std::string& v);

// Reads an integer parameter within [lo, hi]; `def` when absent.
Status ParseInt(const Params& params, const std::string& name, long lo, long hi, long def,
                long* out);

// The value of `name`, "" when absent.
std::string Param(const Params& params, const std::string& name);

}  // namespace casus::serve
