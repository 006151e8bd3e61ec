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
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "casus/ingest.h"
#include "text/text.h"
#include "fuzz_common.h"

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

  std::string norm = NormalizeText(bytes);
  CASUS_FUZZ_CHECK(fuzz::ValidUtf8(norm));
  std::string text = Reflow(norm, lex);
  CASUS_FUZZ_CHECK(fuzz::ValidUtf8(text));
  std::vector<Span> sentences = SplitSentences(text);

  static std::vector<Token> tokens;
  static std::vector<std::pair<uint32_t, uint32_t>> spans;
  uint32_t prev_end = 0;
  for (const Span& sp : sentences) {
    CASUS_FUZZ_CHECK(sp.begin < sp.end);
    CASUS_FUZZ_CHECK(sp.end <= text.size());
    CASUS_FUZZ_CHECK(sp.begin >= prev_end);
    prev_end = sp.end;
    std::string_view sentence = std::string_view(text).substr(sp.begin, sp.end - sp.begin);

    Tokenize(sentence, lex, &tokens);
    uint32_t tok_end = 0;
    spans.clear();
    for (const Token& t : tokens) {
      CASUS_FUZZ_CHECK(t.begin < t.end || (allow_empty && t.begin == t.end));
      CASUS_FUZZ_CHECK(t.end <= sentence.size());
      CASUS_FUZZ_CHECK(t.begin >= tok_end);
      tok_end = t.end;
      spans.emplace_back(t.begin, t.end);
    }
    Tag(sentence, lex, &tokens);
    CASUS_FUZZ_CHECK(tokens.size() == spans.size());
    for (size_t i = 0; i < tokens.size(); ++i)
      CASUS_FUZZ_CHECK(tokens[i].begin == spans[i].first && tokens[i].end == spans[i].second);
  }
  return 0;
}
