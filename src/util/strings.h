// String helpers shared by every stage: trimming, splitting, ASCII case,
// membership in small literal sets. Header-only, no state, thread-safe.
#pragma once
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Drops a '#' comment and what follows it.
inline std::string_view StripComment(std::string_view s) {
  size_t h = s.find('#');
  return h == std::string_view::npos ? s : s.substr(0, h);
}

// Splits on `sep`, trimming each piece; "a;;b" gives three pieces.
inline std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (p <= s.size()) {
    size_t q = s.find(sep, p);
    if (q == std::string_view::npos) q = s.size();
    out.push_back(Trim(s.substr(p, q - p)));
    p = q + 1;
  }
  return out;
}

// Splits on runs of ASCII white space; no empty pieces.
inline std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// ASCII lowercase (bytes >= 0x80 are kept as they are).
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

inline bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}
inline bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

// Membership in a small literal set. The set's string_views are built at the
// call site, so their lengths are compile-time constants (no strlen per word).
inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (w == x) return true;
  return false;
}

}  // namespace casus
