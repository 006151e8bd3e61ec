// Civil-calendar day numbers (proleptic Gregorian), by the usual era
// arithmetic: a year starts in March so that leap days fall at its end.
#include "trends/days.h"

#include <cstdio>

#include "util/dates.h"

namespace casus {

bool DayNumber(std::string_view ymd, long* day) {
  int32_t v = ParseYmd(ymd);
  if (v < 0) return false;
  long y = v / 10000, m = (v / 100) % 100, d = v % 100;
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *day = era * 146097 + doe - 719468;
  return true;
}

std::string DayString(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  return FormatYmd(y, m, d);
}

}  // namespace casus
