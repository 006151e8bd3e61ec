// The trends line chart as PNG (casus trends --plot FILE.png), drawn with
// cairo in the layout of the SVG (chart.h): the same series, scales and
// labels. One call, one image surface; nothing shared between threads.
#include <cairo.h>

#include <cstdio>
#include <memory>

#include "casus/trends.h"
#include "trends/chart.h"

namespace casus {
namespace {

void SetColor(cairo_t* cr, const char* hex) {
  unsigned r = 0, g = 0, b = 0;
  std::sscanf(hex, "#%02x%02x%02x", &r, &g, &b);
  cairo_set_source_rgb(cr, r / 255.0, g / 255.0, b / 255.0);
}

// Text at (x, y), its baseline there; `end` right-aligns it like SVG's text-anchor="end".
void Text(cairo_t* cr, double x, double y, const std::string& s, bool end = false) {
  cairo_text_extents_t ext;
  cairo_text_extents(cr, s.c_str(), &ext);
  cairo_move_to(cr, end ? x - ext.x_advance : x, y);
  cairo_show_text(cr, s.c_str());
}

}  // namespace

Status WriteTrendsPng(const std::vector<DyadTrend>& ts, const std::string& path) {
  using namespace chart;
  const Layout l = Make(ts);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, kWidth, kHeight), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> ctx(cairo_create(surface.get()),
                                                         cairo_destroy);
  cairo_t* cr = ctx.get();
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
    return Status::Error(path + ": cannot draw (" + cairo_status_to_string(cairo_status(cr)) + ")");
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_font_size(cr, 14);
  Text(cr, kLeft, 18, kTitle);
  cairo_set_font_size(cr, 12);
  // Axes, with the top value and the first and last period named.
  cairo_set_line_width(cr, 1);
  cairo_move_to(cr, kLeft, l.Y(0));
  cairo_line_to(cr, kWidth - kRight, l.Y(0));
  cairo_move_to(cr, kLeft, kTop);
  cairo_line_to(cr, kLeft, l.Y(0));
  cairo_stroke(cr);
  char top[32];
  std::snprintf(top, sizeof top, "%.0f", l.ymax);
  Text(cr, kLeft - 6, kTop + 4, top, true);
  Text(cr, kLeft - 6, l.Y(0) + 4, "0", true);
  if (l.n > 0 && !ts[0].periods.empty()) {
    Text(cr, kLeft, kHeight - kBottom + 18, ts[0].periods.front().start);
    Text(cr, kWidth - kRight, kHeight - kBottom + 18, ts[0].periods.back().start, true);
  }
  for (size_t i = 0; i < l.n; ++i) {
    const DyadTrend& t = ts[i];
    SetColor(cr, kColors[i]);
    cairo_set_line_width(cr, 2);
    for (size_t k = 0; k < t.periods.size(); ++k) {
      if (k == 0)
        cairo_move_to(cr, l.X(k), l.Y(t.periods[k].intensity));
      else
        cairo_line_to(cr, l.X(k), l.Y(t.periods[k].intensity));
    }
    cairo_stroke(cr);
    double ly = l.LegendY(i);
    cairo_rectangle(cr, kWidth - kRight + 15, ly, 12, 12);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    Text(cr, kWidth - kRight + 32, ly + 11, LegendLabel(t));
  }
  cairo_surface_flush(surface.get());
  cairo_status_t st = cairo_surface_write_to_png(surface.get(), path.c_str());
  if (st != CAIRO_STATUS_SUCCESS)
    return Status::Error(path + ": cannot write the PNG (" + cairo_status_to_string(st) + ")");
  return Status::Ok();
}

}  // namespace casus
