// Shared helpers for the casus fuzz targets: dictionaries loaded once from
// the default (compiled-in, or CASUS_DATA / CASUS_LEXICON) locations, and
// Fail(), which reports a violated invariant (from fuzz_checks.h) and aborts
// so libFuzzer keeps the input as a crash artifact.
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "match/dictionaries.h"

namespace casus::fuzz {

[[noreturn]] inline void Fail(const char* file, int line, const char* what) {
  std::fprintf(stderr, "\n*** casus fuzz invariant violated at %s:%d: %s\n", file, line, what);
  std::fflush(stderr);
  std::abort();
}

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF) with
// no NUL byte. Unlike TextProblem() it does not judge control characters:
// that heuristic is a ratio, which re-flow may legitimately change.
inline bool ValidUtf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c == 0) return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || i + len > n) return false;
    uint32_t cp = c & (len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07);
    for (int k = 1; k < len; ++k) {
      unsigned char d = s[i + k];
      if ((d >> 6) != 2) return false;
      cp = (cp << 6) | (d & 0x3f);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
      return false;
    i += len;
  }
  return true;
}

inline const std::shared_ptr<const Dictionaries>& Dicts() {
  static const std::shared_ptr<const Dictionaries> d = [] {
    std::shared_ptr<const Dictionaries> out;
    Status s =
        Dictionaries::Load(Dictionaries::DefaultDataDir(), Dictionaries::DefaultLexicon(), &out);
    if (!s.ok()) {
      std::fprintf(stderr, "casus fuzz: cannot load dictionaries (%s, %s): %s\n",
                   Dictionaries::DefaultDataDir().c_str(), Dictionaries::DefaultLexicon().c_str(),
                   s.message().c_str());
      std::exit(2);
    }
    return out;
  }();
  return d;
}

}  // namespace casus::fuzz
