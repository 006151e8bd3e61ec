// Renderings of trends: JSON, CSV, a plain-text table and an SVG line chart
// written by hand (casus/trends.h).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "casus/output.h"
#include "casus/trends.h"
#include "trends/chart.h"

namespace casus {
namespace {

std::string F(double v, int decimals = 3) {
  char b[48];
  std::snprintf(b, sizeof b, "%.*f", decimals, v);
  std::string s = b;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string PeriodJson(const PeriodStats& p) {
  std::string o = "{\"start\":" + JsonString(p.start) + ",\"events\":" + std::to_string(p.events);
  o += ",\"quad\":[";
  for (int i = 0; i < 4; ++i) {
    if (i) o += ',';
    o += std::to_string(p.quad[i]);
  }
  o += "],\"goldstein_sum\":" + F(p.goldstein_sum) + ",\"goldstein_mean\":" + F(p.goldstein_mean);
  o += ",\"material_conflict_share\":" + F(p.material_conflict_share);
  o += ",\"intensity\":" + F(p.intensity);
  o += ",\"score\":" + (p.has_score ? F(p.score) : std::string("null")) + "}";
  return o;
}

std::string Label(const CanonicalEvent& e) {
  std::string s = e.source ? e.source->code : "?";
  std::string t = e.target ? e.target->code : "?";
  std::string o = e.date + " " + s + " -> " + t + " " + e.cameo + " (Goldstein " +
                  F(e.goldstein, 1) + ", " + std::to_string(e.num_mentions) + " mentions, " +
                  std::to_string(e.num_sources) + " sources)";
  if (e.location) o += " at " + e.location->name;
  return o;
}

std::string Xml(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '<')
      o += "&lt;";
    else if (c == '>')
      o += "&gt;";
    else if (c == '&')
      o += "&amp;";
    else
      o += c;
  }
  return o;
}

}  // namespace

std::string TrendsJson(const std::vector<DyadTrend>& ts) {
  std::string o = "[";
  for (size_t i = 0; i < ts.size(); ++i) {
    const DyadTrend& t = ts[i];
    if (i) o += ",\n";
    o += "{\"dyad\":" + JsonString(t.dyad) + ",\"a\":" + JsonString(t.a) +
         ",\"b\":" + JsonString(t.b) + ",\"directed\":" + (t.directed ? "true" : "false");
    o += ",\"score\":" + (t.has_score ? F(t.score) : std::string("null"));
    o += ",\"guard\":" + (t.guard.empty() ? std::string("null") : JsonString(t.guard));
    o += ",\"baseline_median\":" + F(t.baseline_median) +
         ",\"baseline_scale\":" + F(t.baseline_scale) + ",\"periods\":[";
    for (size_t k = 0; k < t.periods.size(); ++k) {
      if (k) o += ',';
      o += PeriodJson(t.periods[k]);
    }
    o += "],\"drivers\":[";
    for (size_t k = 0; k < t.drivers.size(); ++k) {
      if (k) o += ',';
      o += CanonicalJson(t.drivers[k]);
    }
    o += "]}";
  }
  o += "]\n";
  return o;
}

std::string TrendsCsv(const std::vector<DyadTrend>& ts) {
  std::string o =
      "dyad,directed,period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean,"
      "material_conflict_share,intensity,score\n";
  for (const DyadTrend& t : ts)
    for (const PeriodStats& p : t.periods) {
      o += t.dyad + "," + (t.directed ? "true" : "false") + "," + p.start + "," +
           std::to_string(p.events);
      for (int q : p.quad) {
        o += ',';
        o += std::to_string(q);
      }
      for (double v : {p.goldstein_sum, p.goldstein_mean, p.material_conflict_share, p.intensity}) {
        o += ',';
        o += F(v);
      }
      o += ',';
      if (p.has_score) o += F(p.score);
      o += '\n';
    }
  return o;
}

std::string TrendsTable(const std::vector<DyadTrend>& ts) {
  std::string o;
  char line[256];
  std::snprintf(line, sizeof line, "%-22s %-10s %6s %4s %4s %4s %4s %7s %6s %8s %8s %7s\n", "dyad",
                "period", "events", "q1", "q2", "q3", "q4", "gold", "mat%", "intens", "median",
                "score");
  o += line;
  for (const DyadTrend& t : ts) {
    if (t.periods.empty()) continue;
    const PeriodStats& p = t.periods.back();
    std::snprintf(line, sizeof line,
                  "%-22s %-10s %6d %4d %4d %4d %4d %7.2f %5.0f%% %8.1f %8.1f %7s\n", t.dyad.c_str(),
                  p.start.c_str(), p.events, p.quad[0], p.quad[1], p.quad[2], p.quad[3],
                  p.goldstein_mean, 100 * p.material_conflict_share, p.intensity, t.baseline_median,
                  t.has_score ? F(t.score, 2).c_str() : "-");
    o += line;
    if (!t.has_score && !t.guard.empty()) o += "    (no score: " + t.guard + ")\n";
    for (const CanonicalEvent& e : t.drivers) o += "    " + Label(e) + "\n";
  }
  return o;
}

std::string TrendsSvg(const std::vector<DyadTrend>& ts) {
  using namespace chart;  // the layout the PNG shares (chart.h)
  const int w = kWidth, h = kHeight, left = kLeft, right = kRight, top = kTop, bottom = kBottom;
  const Layout l = Make(ts);
  const size_t n = l.n;
  auto X = [&](size_t k) { return l.X(k); };
  auto Y = [&](double v) { return l.Y(v); };
  const auto& colors = kColors;
  std::string o = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(w) +
                  "\" height=\"" + std::to_string(h) + "\" font-family=\"sans-serif\" " +
                  "font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  o += "<text x=\"" + std::to_string(left) + "\" y=\"18\" font-size=\"14\">" + kTitle + "</text>\n";
  // Axes, with the top value and the first and last period named.
  o += "<line x1=\"" + F(left) + "\" y1=\"" + F(Y(0)) + "\" x2=\"" + F(w - right) + "\" y2=\"" +
       F(Y(0)) + "\" stroke=\"black\"/>\n";
  o += "<line x1=\"" + F(left) + "\" y1=\"" + F(top) + "\" x2=\"" + F(left) + "\" y2=\"" + F(Y(0)) +
       "\" stroke=\"black\"/>\n";
  o += "<text x=\"" + F(left - 6) + "\" y=\"" + F(top + 4) + "\" text-anchor=\"end\">" +
       F(l.ymax, 0) + "</text>\n<text x=\"" + F(left - 6) + "\" y=\"" + F(Y(0) + 4) +
       "\" text-anchor=\"end\">0</text>\n";
  if (n > 0 && !ts[0].periods.empty()) {
    o += "<text x=\"" + F(left) + "\" y=\"" + F(h - bottom + 18) + "\">" +
         ts[0].periods.front().start + "</text>\n";
    o += "<text x=\"" + F(w - right) + "\" y=\"" + F(h - bottom + 18) + "\" text-anchor=\"end\">" +
         ts[0].periods.back().start + "</text>\n";
  }
  for (size_t i = 0; i < n; ++i) {
    const DyadTrend& t = ts[i];
    std::string pts;
    for (size_t k = 0; k < t.periods.size(); ++k) {
      if (k) pts += ' ';
      pts += F(X(k), 1);
      pts += ',';
      pts += F(Y(t.periods[k].intensity), 1);
    }
    o += "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"" + std::string(colors[i]) +
         "\" points=\"" + pts + "\"/>\n";
    double ly = l.LegendY(i);
    o += "<rect x=\"" + F(w - right + 15) + "\" y=\"" + F(ly) + "\" width=\"12\" height=\"12\" " +
         "fill=\"" + colors[i] + "\"/>\n<text x=\"" + F(w - right + 32) + "\" y=\"" + F(ly + 11) +
         "\">" + Xml(LegendLabel(t)) + "</text>\n";
  }
  o += "</svg>\n";
  return o;
}

std::string chart::LegendLabel(const DyadTrend& t) {
  return t.dyad + (t.has_score ? " (z " + F(t.score, 1) + ")" : std::string());
}

}  // namespace casus
