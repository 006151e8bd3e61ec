// casus trends / casus alerts: per-dyad series, escalation scores and the
// dyads crossing a threshold, from a store database (casus/trends.h).
//
// Exit status: 0 on success (alerts: also when no dyad crosses), 2 for bad
// flags or a database that cannot be read, 3 when writing output failed.
#include "trends.h"

#include <cstdio>
#include <iostream>

#include "casus/casus.h"
#include "casus/trends.h"

struct TrendsCli {
  CLI::App *trends = nullptr, *alerts = nullptr;
  std::string db = "casus.db", by = "week", format = "table", plot, kind = "undirected";
  casus::TrendOptions o;
  double threshold = 3.0;
};

namespace {

void Common(CLI::App* c, TrendsCli* t) {
  c->add_option("--db", t->db, "store database (default casus.db)");
  c->add_option("--dyad", t->o.dyad, "A-B (both ways, plus each direction) or A>B");
  c->add_option("--actor", t->o.actor, "every dyad with this party (country or IGO code)");
  c->add_option("--by", t->by, "period: day | week | month (default week)")
      ->check(CLI::IsMember({"day", "week", "month"}));
  c->add_option("--from", t->o.from, "first period shown, YYYY-MM-DD");
  c->add_option("--to", t->o.to, "last day counted, YYYY-MM-DD (default: the last event)");
  c->add_option("--format", t->format, "table | json | csv (default table)")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  c->add_option("--plot", t->plot, "also draw the series into FILE.svg or FILE.png");
  c->add_option("--baseline-days", t->o.baseline_days, "trailing baseline in days (default 90)");
  c->add_option("--min-events", t->o.min_events,
                "no score below this many conflict events in the period (default 3)");
  c->add_option("--drivers", t->o.drivers, "events listed per dyad (default 5)");
}

int Write(const std::string& text, FILE* f, const std::string& what) {
  if (std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fflush(f) != 0) {
    std::cerr << "casus: writing " << what << " failed\n";
    return 3;
  }
  return 0;
}

}  // namespace

std::shared_ptr<TrendsCli> AddTrendsCommands(CLI::App* app) {
  auto t = std::make_shared<TrendsCli>();
  t->trends = app->add_subcommand(
      "trends", "per dyad and period: counts by QuadClass, Goldstein, escalation score");
  Common(t->trends, t.get());
  t->alerts = app->add_subcommand("alerts", "dyads whose escalation score crosses a threshold");
  Common(t->alerts, t.get());
  t->alerts->add_option("--threshold", t->threshold, "robust z-score threshold (default 3)");
  t->alerts->add_option("--dyads", t->kind, "undirected | directed | both (default undirected)")
      ->check(CLI::IsMember({"undirected", "directed", "both"}));
  return t;
}

int RunTrendsCommands(const TrendsCli& t) {
  if (!*t.trends && !*t.alerts) return -1;
  casus::TrendOptions o = t.o;
  if (!casus::ParsePeriod(t.by, &o.by)) return 2;
  bool png = t.plot.size() > 4 && t.plot.substr(t.plot.size() - 4) == ".png";
  if (!t.plot.empty() && !png &&
      !(t.plot.size() > 4 && t.plot.substr(t.plot.size() - 4) == ".svg")) {
    std::cerr << "casus: --plot " << t.plot << ": name it FILE.svg or FILE.png\n";
    return 2;
  }
  if (FILE* probe = std::fopen(t.db.c_str(), "rb")) {
    std::fclose(probe);
  } else {
    std::cerr << "casus: " << t.db << ": no such database (code articles with --db first)\n";
    return 2;
  }
  std::vector<casus::DyadTrend> out;
  casus::Status s;
  if (*t.alerts) {
    casus::AlertOptions a;
    a.trend = o;
    a.threshold = t.threshold;
    a.kind = t.kind == "directed" ? casus::DyadKind::kDirected
             : t.kind == "both"   ? casus::DyadKind::kBoth
                                  : casus::DyadKind::kUndirected;
    s = casus::ComputeAlerts(t.db, a, &out);
  } else {
    s = casus::ComputeTrends(t.db, o, &out);
  }
  if (!s.ok()) {
    std::cerr << "casus: " << s.message() << "\n";
    return 2;
  }
  if (png) {
    casus::Status w = casus::WriteTrendsPng(out, t.plot);
    if (!w.ok()) {
      std::cerr << "casus: " << w.message() << "\n";
      return 3;
    }
  } else if (!t.plot.empty()) {
    FILE* f = std::fopen(t.plot.c_str(), "wb");
    if (!f) {
      std::cerr << "casus: cannot write " << t.plot << "\n";
      return 3;
    }
    int rc = Write(casus::TrendsSvg(out), f, t.plot);
    if (std::fclose(f) != 0 && rc == 0) rc = 3;
    if (rc) return rc;
  }
  std::string text = t.format == "json"  ? casus::TrendsJson(out)
                     : t.format == "csv" ? casus::TrendsCsv(out)
                                         : casus::TrendsTable(out);
  if (t.format == "table" && *t.alerts && out.empty())
    text = "no dyad crosses z >= " + std::to_string(t.threshold).substr(0, 4) + "\n";
  return Write(text, stdout, "output");
}
