// Per-dyad series, the escalation score and alerts (casus/trends.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "casus/trends.h"
#include "trends/days.h"

namespace casus {

bool ParsePeriod(const std::string& name, Period* out) {
  if (name == "day")
    *out = Period::kDay;
  else if (name == "week")
    *out = Period::kWeek;
  else if (name == "month")
    *out = Period::kMonth;
  else
    return false;
  return true;
}

const char* PeriodName(Period p) {
  return p == Period::kDay ? "day" : p == Period::kWeek ? "week" : "month";
}

std::string PeriodStart(const std::string& day, Period p) {
  long d = 0;
  if (!DayNumber(day, &d)) return "";
  if (p == Period::kDay) return day;
  if (p == Period::kWeek) return DayString(d - Weekday(d));
  return day.substr(0, 8) + "01";
}

namespace {

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The start of the period after the one starting on day number `d`.
long NextPeriod(long d, Period p) {
  if (p == Period::kDay) return d + 1;
  if (p == Period::kWeek) return d + 7;
  std::string s = DayString(d);
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2));
  if (++m > 12) m = 1, ++y;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-01", y, m);
  long n = 0;
  DayNumber(buf, &n);
  return n;
}

std::string Party(const std::optional<Actor>& a) {
  if (!a) return "";
  return a->country.empty() ? a->code : a->country;
}

double Weight(const CanonicalEvent& e) {
  return std::max(0.0, -e.goldstein);
}

struct Selector {
  std::string a, b;  // --dyad parties
  bool dyad = false, directed = false;
  std::string actor;
  bool Wants(const std::string& s, const std::string& t, bool dir) const {
    if (dyad) {
      if (directed) return dir && s == a && t == b;
      return (s == a && t == b) || (s == b && t == a);
    }
    return actor.empty() || s == actor || t == actor;
  }
};

struct Series {
  DyadTrend t;
  std::vector<std::vector<const CanonicalEvent*>> events;  // per period
};

void Score(const TrendOptions& o, const std::vector<long>& starts, long data_start, Series* s) {
  std::vector<PeriodStats>& ps = s->t.periods;
  // A 90-day window holds only 3 months: the guard asks for what fits.
  int len = o.by == Period::kDay ? 1 : o.by == Period::kWeek ? 7 : 30;
  int need = std::min(o.min_baseline_periods, std::max(1, o.baseline_days / len));
  for (size_t i = 0; i < ps.size(); ++i) {
    std::vector<double> base;
    for (size_t j = 0; j < i; ++j)
      if (starts[j] >= starts[i] - o.baseline_days && starts[j] >= data_start)
        base.push_back(ps[j].intensity);
    int conflict = ps[i].quad[2] + ps[i].quad[3];
    double z = 0, med = 0, scale = 0;
    std::string guard;
    if (conflict < o.min_events)
      guard = "fewer than " + std::to_string(o.min_events) + " conflict events in the period";
    else if (int(base.size()) < need)
      guard = "fewer than " + std::to_string(need) + " baseline periods";
    else if (!RobustZ(ps[i].intensity, base, o.min_scale, &z, &med, &scale))
      guard = "no baseline";
    ps[i].has_score = guard.empty();
    ps[i].score = guard.empty() ? z : 0;
    if (i + 1 == ps.size()) {
      s->t.has_score = guard.empty();
      s->t.score = ps[i].score;
      s->t.guard = guard;
      s->t.baseline_median = med;
      s->t.baseline_scale = scale;
    }
  }
}

}  // namespace

bool RobustZ(double latest, const std::vector<double>& baseline, double min_scale, double* z,
             double* median, double* scale) {
  if (baseline.empty()) return false;
  double m = Median(baseline);
  std::vector<double> dev;
  for (double x : baseline) dev.push_back(std::fabs(x - m));
  // 1.4826 * MAD estimates the standard deviation of normal data; the floor
  // keeps a flat baseline (MAD 0) from turning any change into infinity.
  double s = std::max(1.4826 * Median(dev), min_scale);
  *median = m;
  *scale = s;
  *z = (latest - m) / s;
  return true;
}

namespace {

// `data_start`: the first day of the data the events were selected from (a
// filtered read still scores a dyad against its quiet periods before its
// first event); empty: the events' own first day.
Status Trends(const std::vector<CanonicalEvent>& events, const TrendOptions& o,
              const std::string& data_start, std::vector<DyadTrend>* out) {
  out->clear();
  Selector sel;
  if (!o.dyad.empty()) {
    size_t p = o.dyad.find_first_of("->");
    if (p == std::string::npos || p == 0 || p + 1 >= o.dyad.size())
      return Status::Error(StatusCode::kInvalidArgument,
                           "--dyad '" + o.dyad + "': want A-B (both ways) or A>B");
    sel.dyad = true;
    sel.directed = o.dyad[p] == '>';
    sel.a = o.dyad.substr(0, p);
    sel.b = o.dyad.substr(p + 1);
  }
  sel.actor = o.actor;
  for (const std::string* d : {&o.from, &o.to})
    if (!d->empty() && PeriodStart(*d, o.by).empty())
      return Status::Error(StatusCode::kInvalidArgument,
                           "'" + *d + "' is not a date (want YYYY-MM-DD)");
  // The series start at the first dated event (the baseline may reach back
  // before --from) and end at --to, else the last event.
  std::string first, last;
  for (const CanonicalEvent& e : events) {
    if (e.date.empty() || (!o.to.empty() && e.date > o.to)) continue;
    if (first.empty() || e.date < first) first = e.date;
    if (last.empty() || e.date > last) last = e.date;
  }
  if (first.empty()) return Status::Ok();
  if (!data_start.empty() && data_start < first) first = data_start;
  if (!o.to.empty()) last = o.to;
  long begin = 0, end = 0, shown = 0;
  DayNumber(PeriodStart(first, o.by), &begin);
  DayNumber(PeriodStart(last, o.by), &end);
  DayNumber(PeriodStart(o.from.empty() ? first : std::max(o.from, first), o.by), &shown);
  std::vector<long> starts;
  for (long d = begin; d <= end; d = NextPeriod(d, o.by)) starts.push_back(d);
  std::map<std::string, Series> dyads;
  for (const CanonicalEvent& e : events) {
    if (e.date.empty() || e.date > last) continue;
    std::string s = Party(e.source), t = Party(e.target);
    if (s.empty() || t.empty()) continue;
    long d = 0;
    DayNumber(PeriodStart(e.date, o.by), &d);
    size_t i = std::lower_bound(starts.begin(), starts.end(), d) - starts.begin();
    if (i >= starts.size()) continue;
    for (bool dir : {false, true}) {
      if (!sel.Wants(s, t, dir)) continue;
      std::string a = dir ? s : std::min(s, t), b = dir ? t : std::max(s, t);
      std::string name = a + (dir ? ">" : "-") + b;
      Series& x = dyads[name];
      if (x.t.periods.empty()) {
        x.t.dyad = name, x.t.a = a, x.t.b = b, x.t.directed = dir;
        x.t.periods.resize(starts.size());
        x.events.resize(starts.size());
        for (size_t k = 0; k < starts.size(); ++k) x.t.periods[k].start = DayString(starts[k]);
      }
      PeriodStats& p = x.t.periods[i];
      ++p.events;
      if (e.quad_class >= 1 && e.quad_class <= 4) ++p.quad[e.quad_class - 1];
      p.goldstein_sum += e.goldstein;
      p.intensity += Weight(e);
      x.events[i].push_back(&e);
    }
  }
  for (auto& [name, x] : dyads) {
    for (PeriodStats& p : x.t.periods) {
      p.goldstein_mean = p.events ? p.goldstein_sum / p.events : 0;
      p.material_conflict_share = p.events ? double(p.quad[3]) / p.events : 0;
    }
    Score(o, starts, begin, &x);
    std::vector<const CanonicalEvent*> latest = x.events.back();
    std::stable_sort(latest.begin(), latest.end(), [](auto* l, auto* r) {
      double wl = Weight(*l) * l->num_mentions, wr = Weight(*r) * r->num_mentions;
      if (wl != wr) return wl > wr;
      return l->num_mentions > r->num_mentions;
    });
    for (size_t k = 0; k < latest.size() && int(k) < o.drivers; ++k)
      x.t.drivers.push_back(*latest[k]);
    // Only the periods asked for are shown; their scores used the ones before.
    size_t skip = std::lower_bound(starts.begin(), starts.end(), shown) - starts.begin();
    x.t.periods.erase(x.t.periods.begin(), x.t.periods.begin() + std::min(skip, starts.size() - 1));
    out->push_back(std::move(x.t));
  }
  std::stable_sort(out->begin(), out->end(), [](const DyadTrend& l, const DyadTrend& r) {
    if (l.has_score != r.has_score) return l.has_score;
    if (l.has_score && l.score != r.score) return l.score > r.score;
    if (l.directed != r.directed) return !l.directed;
    return l.dyad < r.dyad;
  });
  return Status::Ok();
}

// The events of a database the options select, and the first day of all.
Status Read(const std::string& db_path, const TrendOptions& o, std::vector<CanonicalEvent>* events,
            std::string* data_start) {
  CanonicalQuery first;
  first.from = "0000-01-01";  // dated ones only
  first.limit = 1;
  std::vector<CanonicalEvent> one;
  Status s = ReadCanonical(db_path, first, &one);
  if (!s.ok()) return s;
  *data_start = one.empty() ? "" : one[0].date;
  CanonicalQuery q;
  q.to = o.to;  // earlier events feed the baseline
  q.dyad = o.dyad;
  q.party = o.actor;
  return ReadCanonical(db_path, q, events);
}

Status Alerts(const std::vector<CanonicalEvent>& events, const AlertOptions& o,
              const std::string& data_start, std::vector<DyadTrend>* out) {
  std::vector<DyadTrend> all;
  Status s = Trends(events, o.trend, data_start, &all);
  if (!s.ok()) return s;
  out->clear();
  for (DyadTrend& t : all) {
    if (o.kind == DyadKind::kUndirected && t.directed) continue;
    if (o.kind == DyadKind::kDirected && !t.directed) continue;
    if (t.has_score && t.score >= o.threshold) out->push_back(std::move(t));
  }
  std::stable_sort(out->begin(), out->end(),
                   [](const DyadTrend& l, const DyadTrend& r) { return l.score > r.score; });
  return Status::Ok();
}

}  // namespace

Status ComputeTrends(const std::vector<CanonicalEvent>& events, const TrendOptions& o,
                     std::vector<DyadTrend>* out) {
  return Trends(events, o, "", out);
}

Status ComputeTrends(const std::string& db_path, const TrendOptions& o,
                     std::vector<DyadTrend>* out) {
  std::vector<CanonicalEvent> events;
  std::string start;
  Status s = Read(db_path, o, &events, &start);
  return s.ok() ? Trends(events, o, start, out) : s;
}

Status ComputeAlerts(const std::vector<CanonicalEvent>& events, const AlertOptions& o,
                     std::vector<DyadTrend>* out) {
  return Alerts(events, o, "", out);
}

Status ComputeAlerts(const std::string& db_path, const AlertOptions& o,
                     std::vector<DyadTrend>* out) {
  std::vector<CanonicalEvent> events;
  std::string start;
  Status s = Read(db_path, o.trend, &events, &start);
  return s.ok() ? Alerts(events, o, start, out) : s;
}

}  // namespace casus
