// A small RFC 4180 reader for the output fuzzer's round trip: records end
// with LF or CRLF; a field is either unquoted (no '"', ',', CR or LF in it)
// or enclosed in double quotes, with a quote inside written twice. Anything
// else is malformed. Header-only, no state.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace casus::fuzz {

// Parses `s` into rows of fields; false (with the byte offset in *bad_at)
// when it is not RFC 4180. A final record without its line end counts.
inline bool ReadCsv(std::string_view s, std::vector<std::vector<std::string>>* rows,
                    size_t* bad_at) {
  rows->clear();
  size_t i = 0, n = s.size();
  while (i < n) {
    std::vector<std::string> row;
    for (;;) {  // one field per turn
      std::string f;
      if (i < n && s[i] == '"') {
        ++i;
        for (;;) {
          if (i >= n) return *bad_at = i, false;  // no closing quote
          if (s[i] == '"') {
            if (i + 1 < n && s[i + 1] == '"') {
              f += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          f += s[i++];
        }
      } else {
        while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r') {
          if (s[i] == '"') return *bad_at = i, false;  // a quote inside an unquoted field
          f += s[i++];
        }
      }
      row.push_back(std::move(f));
      if (i >= n) break;
      if (s[i] == ',') {
        ++i;
        continue;
      }
      if (s[i] == '\r') {
        if (i + 1 >= n || s[i + 1] != '\n') return *bad_at = i, false;  // a bare CR
        ++i;
      }
      if (s[i] != '\n') return *bad_at = i, false;  // text after a closing quote
      ++i;
      break;
    }
    rows->push_back(std::move(row));
  }
  return true;
}

}  // namespace casus::fuzz
