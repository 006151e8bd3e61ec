// Calendar dates: the one parser of YYYY-MM-DD and the yyyymmdd integers
// that actor date ranges and office-holder tenures are compared in.
// No state, thread-safe.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace casus {

// Days in month `m` (1-12) of year `y`, Gregorian leap years.
int DaysInMonth(int y, int m);

// "2024-02-29" -> 20240229. -1 unless `s` is exactly YYYY-MM-DD naming a
// real calendar day (2023-02-29 and 2024-02-31 are rejected).
int32_t ParseYmd(std::string_view s);

// "YYYY-MM-DD" of a year, month and day (not checked: ParseYmd checks).
std::string FormatYmd(long y, long m, long d);

// True when `s` is a YYYY-MM-DD naming a real calendar day.
inline bool ValidYmd(std::string_view s) {
  return ParseYmd(s) >= 0;
}

// yyyymmdd of a valid date, or 0 (no date known) for anything else.
inline int32_t DayOrZero(std::string_view s) {
  int32_t d = ParseYmd(s);
  return d < 0 ? 0 : d;
}

}  // namespace casus
