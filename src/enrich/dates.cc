// Event dates: weekday names, yesterday/today, last week/month, and month-day
// phrases resolved against the article date. Unresolvable: the article date.
#include <chrono>
#include <cstdio>
#include <cstring>

#include "internal.h"

namespace casus {
namespace {

using namespace std::chrono;

bool Parse(const std::string& s, year_month_day* out) {
  int y, m, d;
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return false;
  *out = year{y} / m / d;
  return out->ok();
}

std::string Format(year_month_day ymd) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buf;
}

int Weekday(std::string_view w) {
  static constexpr std::string_view k[] = {"sunday",   "monday", "tuesday", "wednesday",
                                           "thursday", "friday", "saturday"};
  for (int i = 0; i < 7; ++i)
    if (w == k[i]) return i;
  return -1;
}

int Month(std::string_view w) {
  static constexpr std::string_view k[] = {"january",   "february", "march",    "april",
                                           "may",       "june",     "july",     "august",
                                           "september", "october",  "november", "december"};
  static constexpr std::string_view a[] = {"jan.", "feb.", "mar.",  "apr.", "may",  "jun.",
                                           "jul.", "aug.", "sept.", "oct.", "nov.", "dec."};
  for (int i = 0; i < 12; ++i)
    if (w == k[i] || w == a[i]) return i + 1;
  if (w == "sep.") return 9;
  return 0;
}

}  // namespace

std::string ResolveDate(const Dictionaries& d, const Sentence& s, const std::string& article_date) {
  year_month_day base;
  if (!Parse(article_date, &base)) return article_date;
  sys_days today{base};
  const int n = int(s.toks.size());
  std::string lw;
  auto lower = [&](int i) -> const std::string& {
    lw.assign(s.Word(i));
    for (char& c : lw) c = char(std::tolower(static_cast<unsigned char>(c)));
    return lw;
  };
  // A sentence in the future tense points weekdays forward.
  bool future = false;
  for (int i = 0; i < n; ++i) {
    if (s.toks[i].pos != Pos::kModal) continue;
    std::string m = lower(i);
    future |= m == "will" || m == "shall" || m == "'ll";
  }
  for (int i = 0; i < n; ++i) {
    if (!(s.toks[i].upper_initial || s.toks[i].id >= 0)) continue;
    std::string w = lower(i);
    if (w == "yesterday") return Format(year_month_day{today - days{1}});
    if (w == "today" || w == "tonight") return article_date;
    if (w == "last" && i + 1 < n) {
      std::string nx = lower(i + 1);
      if (nx == "week") return Format(year_month_day{today - days{7}});
      if (nx == "month") {
        year_month_day p = base.year() / base.month() / 1d;
        p -= months{1};
        return Format(p);
      }
      if (nx == "year") return Format(year_month_day{(base.year() - years{1}) / January / 1d});
      if (nx == "night") return Format(year_month_day{today - days{1}});
    }
    int wd = s.toks[i].upper_initial ? Weekday(w) : -1;
    if (wd >= 0) {
      unsigned cur = weekday{today}.c_encoding();
      if (future || (i > 0 && lower(i - 1) == "next")) {
        int ahead = (wd - int(cur) + 7) % 7;  // "will meet on Thursday": the coming one
        return Format(year_month_day{today + days{ahead}});
      }
      int back = (int(cur) - wd + 7) % 7;  // the most recent such day, today included
      return Format(year_month_day{today - days{back}});
    }
    int mo = s.toks[i].upper_initial ? Month(w) : 0;
    if (mo) {
      int day = 0;
      if (i + 1 < n && s.toks[i + 1].pos == Pos::kNum)
        day = std::atoi(std::string(s.Word(i + 1)).c_str());
      else if (i > 0 && s.toks[i - 1].pos == Pos::kNum)
        day = std::atoi(std::string(s.Word(i - 1)).c_str());
      if (w == "may" && !day) continue;  // the modal verb
      if (day < 1 || day > 31) continue;
      year_month_day cand = base.year() / month(unsigned(mo)) / unsigned(day);
      if (!cand.ok()) continue;
      if (sys_days{cand} > today)
        cand = (base.year() - years{1}) / month(unsigned(mo)) / unsigned(day);
      return Format(cand);
    }
  }
  (void)d;
  return article_date;
}

}  // namespace casus
