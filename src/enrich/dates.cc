// Event dates: weekday names, yesterday/today, last week/month, and month-day
// phrases resolved against the article date. Unresolvable: the article date.
// The words are data/rules/dates.txt; dates are read and months measured by
// util/dates.h, days counted with std::chrono.
#include <chrono>
#include <cstdio>

#include "internal.h"
#include "util/dates.h"

namespace casus {
namespace {

using namespace std::chrono;

// A day checked by ParseYmd (yyyymmdd).
sys_days FromYmd(int32_t v) {
  return sys_days{year{v / 10000} / month{unsigned(v / 100 % 100)} / day{unsigned(v % 100)}};
}

std::string FormatDay(sys_days t) {
  year_month_day ymd{t};
  return FormatYmd(int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

// The day a number token names ("3", "3rd"); 0 when it is no day number: a
// count such as "3,000" ("In March 3,000 troops ...") or a decimal "3.5".
int DayOfMonthToken(std::string_view w) {
  int v = 0;
  size_t i = 0;
  for (; i < w.size() && w[i] >= '0' && w[i] <= '9' && v <= 1000; ++i) v = v * 10 + (w[i] - '0');
  if (i + 1 < w.size() && (w[i] == ',' || w[i] == '.') && w[i + 1] >= '0' && w[i + 1] <= '9')
    return 0;
  return v;
}

}  // namespace

std::string ResolveDate(const Dictionaries& d, const Sentence& s, const std::string& article_date) {
  const int32_t ymd = ParseYmd(article_date);
  if (ymd < 0) return article_date;
  const int y = ymd / 10000, m = ymd / 100 % 100;
  const sys_days today = FromYmd(ymd);
  const EnrichRules& r = d.enrich();
  const int n = int(s.toks.size());
  // A sentence in the future tense points weekdays forward.
  bool future = false;
  for (int i = 0; i < n; ++i)
    future |= s.toks[i].pos == Pos::kModal && r.future_modals->Has(s.toks[i].id);
  for (int i = 0; i < n; ++i) {
    const Token& t = s.toks[i];
    if (!(t.upper_initial || t.id >= 0)) continue;
    if (const double* shift = r.date_words->Find(t.id)) return FormatDay(today + days{int(*shift)});
    if (i + 1 < n && LowerWord(d, s, i) == "last") {
      if (const double* back = r.days_back_after_last->Find(s.toks[i + 1].id))
        return FormatDay(today - days{int(*back)});
      // "last month", "last year": the first day of that period.
      std::string_view nx = LowerWord(d, s, i + 1);
      if (nx == "month") return m == 1 ? FormatYmd(y - 1, 12, 1) : FormatYmd(y, m - 1, 1);
      if (nx == "year") return FormatYmd(y - 1, 1, 1);
    }
    const double* wd = t.upper_initial ? r.weekdays->Find(t.id) : nullptr;
    if (wd) {
      int cur = int(weekday{today}.c_encoding());
      if (future || (i > 0 && LowerWord(d, s, i - 1) == "next")) {
        int ahead = (int(*wd) - cur + 7) % 7;  // "will meet on Thursday": the coming one
        return FormatDay(today + days{ahead});
      }
      int back = (cur - int(*wd) + 7) % 7;  // the most recent such day, today included
      return FormatDay(today - days{back});
    }
    const double* mo = t.upper_initial ? r.months->Find(t.id) : nullptr;
    if (mo) {
      int day = 0;
      if (i + 1 < n && s.toks[i + 1].pos == Pos::kNum)
        day = DayOfMonthToken(s.Word(i + 1));
      else if (i > 0 && s.toks[i - 1].pos == Pos::kNum)
        day = DayOfMonthToken(s.Word(i - 1));
      if (!day && r.months_needing_day->Has(t.id)) continue;  // "May": the modal verb
      const int month = int(*mo);
      if (day < 1 || day > DaysInMonth(y, month)) continue;  // "February 30" dates nothing
      // Later in the year than the article: last year's, which must have that
      // day too ("February 29" in an article of 10 February 2024 is no date).
      int year = month * 100 + day > ymd % 10000 ? y - 1 : y;
      if (day > DaysInMonth(year, month)) continue;
      return FormatYmd(year, month, day);
    }
  }
  return article_date;
}

}  // namespace casus
