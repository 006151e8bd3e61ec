// PDF (poppler-cpp): the words of each page with their boxes, laid out
// again in reading order. Columns are found as vertical gutters that
// (nearly) no word crosses and read one after the other; lines repeated at
// the top or bottom of several pages (running headers, footers) and page
// numbers are dropped, and so are raised small footnote markers and the
// small-type footnotes under the text. The text
// goes on to the coder's re-flow like any text: line ends stay, so that
// "govern-\nment" is resolved there, as for plain text.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <mutex>

#include "ingest/formats.h"
#include "util/dates.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace casus::ingest {
namespace {

struct Word {
  std::string text;
  double x0, y0, x1, y1;  // top-left origin: y grows down the page
  double size;            // font size, or the box height when unknown
};

struct Line {
  std::vector<const Word*> words;
  double x0 = 1e9, x1 = -1e9, top = 1e9, bottom = -1e9, size = 0;
  int col = -1;  // column index; -1 for a line across columns
  bool dropped = false;
  std::string text;
};

std::string Utf8(const poppler::ustring& u) {
  poppler::byte_array b = u.to_utf8();
  return std::string(b.begin(), b.end());
}

// Ligatures as letters (a search for "fighting" must match "ﬁghting"),
// soft hyphens and hyphen characters as '-' (normalisation deletes U+00AD,
// and the re-flow must see a line-end hyphen), control characters dropped.
std::string CleanWord(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = DecodeUtf8(s, &i);
    static const char* kLig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    if (c >= 0xFB00 && c <= 0xFB06)
      out += kLig[c - 0xFB00];
    else if (c == 0x00AD || c == 0x2010 || c == 0x2011)
      out += '-';
    else if (c < 0x20 || c == 0x7F)
      continue;
    else
      out.append(s.substr(start, i - start));
  }
  return out;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A footnote marker glued to a word ("incident.1", "attack²"): trailing
// digits whose glyphs are shorter than the word's first one and sit raised
// above its baseline, or superscript digits.
void StripMarker(const poppler::text_box& box, Word* w) {
  static const std::string_view kSup[] = {"\u00B9", "\u00B2", "\u00B3", "\u2070", "\u2074",
                                          "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  for (bool again = true; again;) {
    again = false;
    for (std::string_view s : kSup)
      if (w->text.size() > s.size() && EndsWith(w->text, s)) {
        w->text.resize(w->text.size() - s.size());
        again = true;
      }
  }
  size_t n = w->text.size(), d = n;
  while (d > 0 && w->text[d - 1] >= '0' && w->text[d - 1] <= '9') --d;
  if (d == 0 || d == n || n - d > 3) return;
  // Glyph boxes are per code point; ASCII digits end the text, so the last
  // glyphs are theirs (counted from the end: earlier glyphs may be wide).
  size_t glyphs = Utf8Chars(w->text, n);
  poppler::rectf first = box.char_bbox(0);
  poppler::rectf mark = box.char_bbox(glyphs - (n - d));
  if (first.height() <= 0 || mark.height() <= 0) return;
  bool small = mark.height() < 0.8 * first.height();
  bool raised = mark.bottom() < first.bottom() - 0.15 * first.height();
  if (small && raised) w->text.resize(d);
}

std::vector<Word> PageWords(poppler::page& page) {
  std::vector<Word> words;
  for (const poppler::text_box& b : page.text_list(poppler::page::text_list_include_font)) {
    if (b.rotation() != 0) continue;  // sideways margin text (archive stamps)
    poppler::rectf r = b.bbox();
    Word w{CleanWord(Utf8(b.text())), r.left(), r.top(), r.right(), r.bottom(), 0};
    w.size = b.has_font_info() && b.get_font_size() > 0 ? b.get_font_size() : r.height();
    StripMarker(b, &w);
    if (!Trim(w.text).empty()) words.push_back(std::move(w));
  }
  return words;
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// Vertical gutters: x ranges at least `min_width` wide that almost no word
// covers, with a good share of the words on either side. Sorted by x.
std::vector<std::pair<double, double>> Gutters(const std::vector<Word>& words, double page_width,
                                               double min_width) {
  std::vector<std::pair<double, double>> out;
  int bins = int(std::ceil(page_width)) + 1;
  if (words.size() < 20 || bins < 2 || bins > 20000) return out;
  std::vector<int> cover(size_t(bins), 0);
  double lo = 1e9, hi = -1e9;
  for (const Word& w : words) {
    for (int x = std::max(0, int(w.x0)); x < std::min(bins, int(std::ceil(w.x1))); ++x)
      ++cover[size_t(x)];
    lo = std::min(lo, w.x0);
    hi = std::max(hi, w.x1);
  }
  // Headers, page numbers and titles may cross a gutter: a few words do.
  int allowed = std::max(1, int(words.size() / 50));
  for (int x = std::max(0, int(lo) + 1); x < std::min(bins, int(hi));) {
    if (cover[size_t(x)] > allowed) {
      ++x;
      continue;
    }
    int e = x;
    while (e < bins && cover[size_t(e)] <= allowed) ++e;
    if (e - x >= min_width && e < int(hi)) {
      size_t left = 0, right = 0;
      for (const Word& w : words) {
        double c = (w.x0 + w.x1) / 2;
        left += c < x;
        right += c > e;
      }
      if (left * 5 >= words.size() && right * 5 >= words.size()) out.emplace_back(x, e);
    }
    x = e;
  }
  return out;
}

// A footnote marker set as a word of its own: a number of up to three
// digits in a smaller font, raised above the line's baseline.
void DropMarkers(std::vector<const Word*>* words) {
  std::vector<double> sizes, bottoms;
  for (const Word* w : *words) sizes.push_back(w->size), bottoms.push_back(w->y1);
  double size = Median(sizes), bottom = Median(bottoms);
  std::erase_if(*words, [&](const Word* w) {
    return words->size() > 1 && IsDigits(w->text) && w->text.size() <= 3 && w->size < 0.8 * size &&
           w->y1 < bottom - 0.15 * size;
  });
}

// The words of a page as lines, each in its column (or across them).
std::vector<Line> PageLines(const std::vector<Word>& words, double page_width) {
  std::vector<Line> lines;
  if (words.empty()) return lines;
  std::vector<double> sizes;
  for (const Word& w : words) sizes.push_back(w.size);
  double em = std::max(1.0, Median(sizes));
  auto gutters = Gutters(words, page_width, 0.8 * em);
  auto column = [&](double x) {
    int c = 0;
    for (const auto& g : gutters) c += x > (g.first + g.second) / 2;
    return c;
  };
  // Rows: words whose vertical centres are close, in y then x order.
  std::vector<const Word*> order;
  for (const Word& w : words) order.push_back(&w);
  std::sort(order.begin(), order.end(),
            [](const Word* a, const Word* b) { return (a->y0 + a->y1) < (b->y0 + b->y1); });
  std::vector<std::vector<const Word*>> rows;
  double row_y = -1e9;
  for (const Word* w : order) {
    double y = (w->y0 + w->y1) / 2;
    if (rows.empty() || y - row_y > 0.45 * std::max(1.0, w->y1 - w->y0)) {
      rows.emplace_back();
      row_y = y;
    }
    rows.back().push_back(w);
  }
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [](const Word* a, const Word* b) { return a->x0 < b->x0; });
    // A row runs across the columns when a word crosses a gutter or the
    // words on either side of one are as close as words in a line.
    bool across = false;
    for (size_t i = 0; i < row.size() && !across; ++i) {
      if (column(row[i]->x0) != column(row[i]->x1)) across = true;
      if (i > 0 && column(row[i - 1]->x0) != column(row[i]->x0) &&
          row[i]->x0 - row[i - 1]->x1 < 0.8 * em)
        across = true;
    }
    std::map<int, Line> by_col;
    for (const Word* w : row) {
      Line& l = by_col[across ? -1 : column(w->x0)];
      l.col = across ? -1 : column(w->x0);
      l.words.push_back(w);
    }
    for (auto& [col, l] : by_col) {
      DropMarkers(&l.words);
      std::vector<double> ls;
      for (const Word* w : l.words) {
        l.x0 = std::min(l.x0, w->x0);
        l.x1 = std::max(l.x1, w->x1);
        l.top = std::min(l.top, w->y0);
        l.bottom = std::max(l.bottom, w->y1);
        ls.push_back(w->size);
        if (!l.text.empty()) l.text += ' ';
        l.text += w->text;
      }
      l.size = Median(ls);
      lines.push_back(std::move(l));
    }
  }
  return lines;
}

// The shape of a running header or footer, the same on every page: digits
// (page numbers, dates) as '#', letters lower case, spaces collapsed.
std::string Shape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') c = '#';
    c = char(std::tolower(static_cast<unsigned char>(c)));
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "12", "- 12 -", "Page 12", "page 3 of 10", "xii": a page number.
bool PageNumber(std::string_view s) {
  std::string t = AsciiLower(Trim(s));
  std::string core;
  for (char c : t)
    if (c != '-' && c != ' ' && c != '|' && c != '[' && c != ']' && c != '(' && c != ')') core += c;
  if (StartsWith(core, "page")) core = core.substr(4);
  size_t of = core.find("of");
  if (of != std::string::npos && of > 0 && IsDigits(core.substr(of + 2))) core = core.substr(0, of);
  if (IsDigits(core) && core.size() <= 4) return true;
  return !core.empty() && core.size() <= 6 && core.find_first_not_of("ivxlc") == std::string::npos;
}

// The lines near the top and bottom edge of a page: where running headers,
// footers and page numbers are.
std::vector<Line*> EdgeLines(std::vector<Line>& lines) {
  std::vector<Line*> by_top;
  for (Line& l : lines) by_top.push_back(&l);
  std::sort(by_top.begin(), by_top.end(), [](Line* a, Line* b) { return a->top < b->top; });
  std::vector<Line*> out;
  for (size_t i = 0; i < by_top.size(); ++i)
    if (i < 2 || i + 2 >= by_top.size()) out.push_back(by_top[i]);
  return out;
}

bool EndsSentence(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return true;
  char c = s.back();
  return c == '.' || c == '?' || c == '!' || c == '"' || c == ':' || c == ')';
}

// The text of a page in reading order: sections separated by lines across
// the columns; in each section the columns one after the other.
std::string PageText(std::vector<Line>& lines, double pitch) {
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return a.top != b.top ? a.top < b.top : a.x0 < b.x0;
  });
  std::vector<const Line*> order;
  std::vector<const Line*> section;
  auto flush = [&] {
    std::stable_sort(section.begin(), section.end(),
                     [](const Line* a, const Line* b) { return a->col < b->col; });
    order.insert(order.end(), section.begin(), section.end());
    section.clear();
  };
  for (const Line& l : lines) {
    if (l.dropped) continue;
    if (l.col < 0) {
      flush();
      order.push_back(&l);
    } else {
      section.push_back(&l);
    }
  }
  flush();
  std::string out;
  const Line* prev = nullptr;
  for (const Line* l : order) {
    if (prev) {
      bool same_col = l->col == prev->col && l->top > prev->top;
      double gap = l->top - prev->bottom;
      // A paragraph ends at a wider gap, or at an indented line after a
      // sentence end; elsewhere (a new column, a new section) the sentence
      // goes on unless the last line ended one.
      // A change of type size (a headline over the text) ends one too.
      bool resized = std::abs(l->size - prev->size) > 0.15 * std::max(l->size, prev->size);
      bool para =
          resized || (same_col ? gap > std::max(pitch * 0.9, 0.8 * l->size) ||
                                     (EndsSentence(prev->text) && l->x0 > prev->x0 + 0.8 * l->size)
                               : EndsSentence(prev->text));
      out += para ? "\n\n" : "\n";
    }
    out += l->text;
    prev = l;
  }
  return out;
}

// Footnotes: lines in a smaller type than the body below the last body
// line of a page. Left in, they would land inside the sentence that runs on
// to the next page.
void DropFootnotes(std::vector<std::vector<Line>>* pages) {
  std::vector<double> sizes;
  for (const auto& ls : *pages)
    for (const Line& l : ls)
      if (!l.dropped) sizes.push_back(l.size);
  double body = Median(sizes);
  for (auto& ls : *pages) {
    double last = -1e9;
    for (const Line& l : ls)
      if (!l.dropped && l.size >= 0.85 * body) last = std::max(last, l.bottom);
    for (Line& l : ls)
      if (l.top > last && l.size < 0.85 * body) l.dropped = true;
  }
}

std::string Day(time_t t) {
  if (t <= 0) return "";
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) return "";
  std::string day = FormatYmd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return ValidDate(day) ? day : "";
}

void Quiet(const std::string&, void*) {}

}  // namespace

void ReadPdf(std::string_view bytes, const Context& cx) {
  // Poppler reports damaged files on stderr; the error record says it.
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(Quiet, nullptr); });
  if (bytes.size() > size_t(INT32_MAX)) return cx.Error(cx.base, 0, "PDF too large");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), int(bytes.size())));
  if (!doc) return cx.Error(cx.base, 0, "not a readable PDF (damaged or truncated)");
  if (doc->is_locked())
    return cx.Error(cx.base, 0, "encrypted PDF: no text layer readable without its password");
  int n = doc->pages();
  std::vector<std::vector<Word>> words(size_t(std::max(0, n)));
  std::vector<std::vector<Line>> pages(words.size());
  std::vector<double> gaps;
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) return cx.Error(cx.base, 0, "page " + std::to_string(i + 1) + ": unreadable", i + 1);
    words[size_t(i)] = PageWords(*page);
    pages[size_t(i)] = PageLines(words[size_t(i)], page->page_rect().width());
    // Line pitch: the gap between lines of the same column, over the file.
    auto& ls = pages[size_t(i)];
    for (size_t a = 0; a < ls.size(); ++a)
      for (size_t b = a + 1; b < ls.size() && b < a + 4; ++b)
        if (ls[b].col == ls[a].col && ls[b].top > ls[a].bottom)
          gaps.push_back(ls[b].top - ls[a].bottom);
  }
  // Running headers and footers: the same line shape near an edge of
  // several pages. Page numbers go wherever they are at an edge.
  std::map<std::string, int> seen;
  std::vector<std::vector<Line*>> edges;
  for (auto& ls : pages) {
    edges.push_back(EdgeLines(ls));
    std::vector<std::string> shapes;
    for (Line* l : edges.back()) shapes.push_back(Shape(l->text));
    std::sort(shapes.begin(), shapes.end());
    shapes.erase(std::unique(shapes.begin(), shapes.end()), shapes.end());
    for (const auto& s : shapes) ++seen[s];
  }
  for (auto& e : edges)
    for (Line* l : e) {
      int k = seen[Shape(l->text)];
      if (PageNumber(l->text) || (k >= 2 && k * 10 >= n * 3)) l->dropped = true;
    }
  DropFootnotes(&pages);
  double pitch = std::max(1.0, Median(gaps));
  Article a = cx.NewArticle("pdf");
  a.title = Trim(CleanWord(Utf8(doc->get_title())));
  std::string day = Day(doc->get_creation_date_t());
  if (!day.empty()) a.date = day;
  for (auto& ls : pages) {
    std::string t = PageText(ls, pitch);
    if (Trim(t).empty()) {
      a.pages.push_back(uint32_t(a.text.size()));
      continue;
    }
    if (!a.text.empty()) a.text += EndsSentence(a.text) ? "\n\n" : "\n";
    a.pages.push_back(uint32_t(a.text.size()));
    a.text += t;
    if (a.text.size() > cx.opt.max_record_bytes)
      return cx.Error(cx.base, 0,
                      "text exceeds the limit of " + std::to_string(cx.opt.max_record_bytes) +
                          " bytes at page " + std::to_string(a.pages.size()),
                      int(a.pages.size()));
  }
  if (Trim(a.text).empty())
    return cx.Error(cx.base, 0,
                    "no text layer (" + std::to_string(n) + (n == 1 ? " page" : " pages") +
                        " of images or an empty PDF)");
  std::string problem = TextProblem(a.text);
  if (!problem.empty()) return cx.Error(cx.base, 0, problem);
  cx.articles(std::move(a));
}

}  // namespace casus::ingest
