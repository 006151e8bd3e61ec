// Day arithmetic on YYYY-MM-DD dates for canonical matching and trend
// periods: a date as a day number (days since 1970-01-01) and back. Pure
// functions, thread-safe. (util/dates.h parses and checks dates; this adds
// the arithmetic the trends need.)
#pragma once
#include <string>
#include <string_view>

namespace casus {

// Days since 1970-01-01 of a valid YYYY-MM-DD; false for anything else.
bool DayNumber(std::string_view ymd, long* day);
// YYYY-MM-DD of a day number.
std::string DayString(long day);
// Monday = 0 .. Sunday = 6.
inline int Weekday(long day) {
  return int(((day % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

}  // namespace casus
