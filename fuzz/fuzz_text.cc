// libFuzzer target: the text stages alone, cheaper than fuzz_code.
// NormalizeText -> Reflow -> SplitSentences -> Tokenize -> Tag on inputs that
// TextProblem() accepts (valid UTF-8, no NUL); others are skipped.
//
// Invariants (abort() on violation):
//  - NormalizeText and Reflow return valid UTF-8 without NUL bytes;
//  - sentence spans lie within the re-flowed text, are non-empty,
//    non-overlapping and increasing;
//  - token spans lie within their sentence, are non-empty, non-overlapping
//    and increasing; Tag keeps the tokens' number and spans. Set
//    CASUS_FUZZ_ALLOW_EMPTY_TOKENS=1 to accept empty tokens (begin == end),
//    e.g. to look past a known tokenizer bug.
// The checks live in fuzz_checks.h; tests/test_fuzz_replay.cc runs them too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "casus/ingest.h"
#include "fuzz_checks.h"
#include "fuzz_common.h"
#include "text/text.h"

using namespace casus;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::Dicts();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!TextProblem(bytes).empty()) return -1;  // not text: keep it out of the corpus
  const Lexicon& lex = fuzz::Dicts()->lexicon();
  static const bool allow_empty = [] {
    const char* e = std::getenv("CASUS_FUZZ_ALLOW_EMPTY_TOKENS");
    return e && *e && *e != '0';
  }();

  if (const char* why = fuzz::CheckText(bytes, lex, allow_empty))
    fuzz::Fail(__FILE__, __LINE__, why);
  return 0;
}
