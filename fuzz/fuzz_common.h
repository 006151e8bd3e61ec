// Shared helpers for the casus fuzz targets: dictionaries loaded once from
// the default (compiled-in, or CASUS_DATA / CASUS_LEXICON) locations, and a
// CHECK that reports the violated invariant and aborts so libFuzzer keeps the
// input as a crash artifact.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "casus/dictionary.h"

namespace casus::fuzz {

[[noreturn]] inline void Fail(const char* file, int line, const char* what) {
  std::fprintf(stderr, "\n*** casus fuzz invariant violated at %s:%d: %s\n", file, line, what);
  std::fflush(stderr);
  std::abort();
}

#define CASUS_FUZZ_CHECK(cond) \
  do { \
    if (!(cond)) ::casus::fuzz::Fail(__FILE__, __LINE__, #cond); \
  } while (0)

inline const std::shared_ptr<const Dictionaries>& Dicts() {
  static const std::shared_ptr<const Dictionaries> d = [] {
    std::shared_ptr<const Dictionaries> out;
    Status s = Dictionaries::Load(Dictionaries::DefaultDataDir(), Dictionaries::DefaultLexicon(), &out);
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
