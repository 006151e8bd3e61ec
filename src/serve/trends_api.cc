// /api/trends, /api/rising and /api/alerts: casus/trends.h over the
// database (serve/api.h). trends.h opens its own read-only connection per
// call; its results are kept for a few seconds (TrendCache) because every
// call reads all canonical events of the dyads asked for.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "casus/trends.h"
#include "serve/api.h"

namespace casus::serve {
namespace {

std::string Num(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

// The parameters every trends endpoint takes: dyad, actor, from, to, by.
// Parties are codes of letters and digits (checked by ParseFilters), so they
// go into the JSON as they are.
Status TrendParams(const Params& p, const std::vector<std::string>& extra, TrendOptions* o) {
  std::vector<std::string> known = extra;
  known.push_back("by");
  Filters f;
  Status s = ParseFilters(p, known, &f);
  if (!s.ok()) return s;
  if (!f.code.empty() || !f.root.empty() || f.quad || !f.place.empty() || !f.q.empty())
    return Status::Error(StatusCode::kInvalidArgument,
                         "trends take only the filters dyad, actor, from and to");
  o->dyad = f.dyad;
  o->actor = f.actor;
  o->from = f.from;
  o->to = f.to;
  std::string by = Param(p, "by");
  if (!by.empty() && !ParsePeriod(by, &o->by))
    return Status::Error(StatusCode::kInvalidArgument, "by: want day, week or month");
  return Status::Ok();
}

// One dyad's latest period in a line of JSON.
std::string Latest(const DyadTrend& t) {
  const PeriodStats* p = t.periods.empty() ? nullptr : &t.periods.back();
  std::string o = "{\"dyad\":\"" + t.dyad + "\",\"a\":\"" + t.a + "\",\"b\":\"" + t.b +
                  "\",\"directed\":" + (t.directed ? "true" : "false") +
                  ",\"score\":" + (t.has_score ? Num(t.score) : "null");
  if (p)
    o += ",\"period\":\"" + p->start + "\",\"events\":" + std::to_string(p->events) +
         ",\"intensity\":" + Num(p->intensity) + ",\"goldstein_mean\":" + Num(p->goldstein_mean);
  return o + ",\"baseline_median\":" + Num(t.baseline_median) + "}";
}

// A database written before canonical events existed has none to score.
bool NoCanonical(ReadOnlyDb* db, Response* r) {
  if (db->HasTable("canonical_events")) return false;
  *r = ErrorResponse(409,
                     "this database has no canonical events (made by an older casus; a "
                     "casus code --db run on it adds them)");
  return true;
}

Response Bad(const Status& s) {
  return ErrorResponse(s.code() == StatusCode::kInvalidArgument ? 400 : 500, s.message());
}

}  // namespace

Response Api::Trends(const Params& p) const {
  if (Response r; NoCanonical(db_, &r)) return r;
  TrendOptions o;
  long limit = 0;
  Status s = TrendParams(p, {"limit"}, &o);
  if (s.ok()) s = ParseInt(p, "limit", 1, kMaxDyads, 20, &limit);
  if (!s.ok()) return ErrorResponse(400, s.message());
  std::vector<DyadTrend> t;
  if (s = ComputeTrends(db_->path(), o, &t); !s.ok()) return Bad(s);
  bool cut = long(t.size()) > limit;
  if (cut) t.resize(size_t(limit));
  Response r;
  r.body = std::string("{\"by\":\"") + PeriodName(o.by) + "\",\"trends\":" + TrendsJson(t) +
           ",\"truncated\":" + (cut ? "true" : "false") + "}";
  return r;
}

Response Api::Rising(const Params& p) const {
  if (Response r; NoCanonical(db_, &r)) return r;
  TrendOptions o;
  long limit = 0;
  Status s = TrendParams(p, {"limit"}, &o);
  if (s.ok()) s = ParseInt(p, "limit", 1, kMaxDyads, 10, &limit);
  if (!s.ok()) return ErrorResponse(400, s.message());
  std::vector<DyadTrend> t;
  if (s = ComputeTrends(db_->path(), o, &t); !s.ok()) return Bad(s);
  // ComputeTrends lists scored dyads first, highest score first.
  std::string rows;
  long n = 0;
  for (const DyadTrend& d : t) {
    if (d.directed || !d.has_score || n == limit) continue;
    rows += (n++ ? "," : "") + Latest(d);
  }
  Response r;
  r.body = std::string("{\"by\":\"") + PeriodName(o.by) + "\",\"dyads\":[" + rows + "]}";
  return r;
}

Response Api::Alerts(const Params& p) const {
  if (Response r; NoCanonical(db_, &r)) return r;
  AlertOptions o;
  Status s = TrendParams(p, {"threshold", "kind"}, &o.trend);
  std::string kind = Param(p, "kind");
  if (s.ok() && !Param(p, "threshold").empty()) {
    char* end = nullptr;
    std::string v = Param(p, "threshold");
    double th = std::strtod(v.c_str(), &end);
    if (end != v.c_str() + v.size() || !std::isfinite(th) || th < -1000 || th > 1000)
      s = Status::Error(StatusCode::kInvalidArgument, "threshold: want a number");
    o.threshold = th;
  }
  if (s.ok()) {
    if (kind.empty() || kind == "undirected")
      o.kind = DyadKind::kUndirected;
    else if (kind == "directed")
      o.kind = DyadKind::kDirected;
    else if (kind == "both")
      o.kind = DyadKind::kBoth;
    else
      s = Status::Error(StatusCode::kInvalidArgument, "kind: want undirected, directed or both");
  }
  if (!s.ok()) return ErrorResponse(400, s.message());
  std::vector<DyadTrend> t;
  if (s = ComputeAlerts(db_->path(), o, &t); !s.ok()) return Bad(s);
  std::string rows;
  for (size_t i = 0; i < t.size() && long(i) < kMaxDyads; ++i)
    rows += (i ? "," : "") + Latest(t[i]);
  Response r;
  r.body = std::string("{\"by\":\"") + PeriodName(o.trend.by) +
           "\",\"threshold\":" + Num(o.threshold) + ",\"alerts\":[" + rows + "]}";
  return r;
}

}  // namespace casus::serve
