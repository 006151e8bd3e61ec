// The trends line chart's layout, shared by its two renderings (the SVG of
// render.cc and the PNG of render_png.cc) so that both draw the same series,
// scales and labels: up to eight dyads' conflict intensity per period.
// A value type; no state beyond the trends it was made from (which it
// points into: they must outlive it).
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "casus/trends.h"

namespace casus::chart {

constexpr int kWidth = 900, kHeight = 420, kLeft = 60, kRight = 200, kTop = 30, kBottom = 50;
constexpr const char* kTitle = "Conflict intensity (sum of -Goldstein) per period";
// Series colours, "#rrggbb".
constexpr const char* kColors[] = {"#d62728", "#1f77b4", "#2ca02c", "#ff7f0e",
                                   "#9467bd", "#8c564b", "#e377c2", "#17becf"};

struct Layout {
  const std::vector<DyadTrend>* trends = nullptr;
  size_t n = 0;        // series drawn (at most 8)
  size_t periods = 0;  // the longest series
  double ymax = 1;
  double X(size_t k) const {
    return kLeft +
           (periods > 1 ? double(k) * (kWidth - kLeft - kRight) / double(periods - 1) : 0.0);
  }
  double Y(double v) const { return kTop + (kHeight - kTop - kBottom) * (1 - v / ymax); }
  double LegendY(size_t i) const { return kTop + 20.0 * double(i); }
};

inline Layout Make(const std::vector<DyadTrend>& ts) {
  Layout l;
  l.trends = &ts;
  l.n = std::min<size_t>(ts.size(), 8);
  for (size_t i = 0; i < l.n; ++i) {
    l.periods = std::max(l.periods, ts[i].periods.size());
    for (const PeriodStats& p : ts[i].periods) l.ymax = std::max(l.ymax, p.intensity);
  }
  return l;
}

// A series' legend: the dyad and its escalation score (render.cc).
std::string LegendLabel(const DyadTrend& t);

}  // namespace casus::chart
