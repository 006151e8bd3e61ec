// The invariants the fuzz targets check, as plain functions so that the
// same checks run twice: inside the libFuzzer targets (fuzz_code.cc,
// fuzz_text.cc abort on a violation) and in tests/test_fuzz_replay.cc, which
// replays fuzz/crashes/ and fuzz/corpus/ under ctest with any compiler.
//
// Each Check* returns nullptr when every invariant holds, else the text of
// the first violated condition (a string literal). No state of its own;
// CheckText reuses thread_local buffers, so it is safe from any thread.
#pragma once
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "casus/coder.h"
#include "casus/ingest.h"
#include "fuzz_common.h"
#include "text/text.h"
#include "util/utf8.h"

namespace casus::fuzz {

#define CASUS_FUZZ_REQUIRE(cond) \
  do {                           \
    if (!(cond)) return #cond;   \
  } while (0)

// Coder::Code output for article `id` (see fuzz_code.cc for the list).
inline const char* CheckCoded(const CodedArticle& out, const std::string& id) {
  const std::string& text = out.text;
  CASUS_FUZZ_REQUIRE(ValidUtf8(text));
  uint32_t prev_end = 0;
  for (const Span& sp : out.sentences) {
    CASUS_FUZZ_REQUIRE(sp.begin < sp.end);
    CASUS_FUZZ_REQUIRE(sp.end <= text.size());
    CASUS_FUZZ_REQUIRE(sp.begin >= prev_end);
    prev_end = sp.end;
  }
  auto sentence_text = [&](int index) {
    const Span& sp = out.sentences[size_t(index)];
    return std::string_view(text).substr(sp.begin, sp.end - sp.begin);
  };
  for (const Event& e : out.events) {
    CASUS_FUZZ_REQUIRE(e.article_id == id);
    CASUS_FUZZ_REQUIRE(e.sentence_index >= 0 && size_t(e.sentence_index) < out.sentences.size());
    CASUS_FUZZ_REQUIRE(e.sentence == sentence_text(e.sentence_index));
    CASUS_FUZZ_REQUIRE(e.evidence.begin <= e.evidence.end);
    CASUS_FUZZ_REQUIRE(e.evidence.end <= e.sentence.size());
    CASUS_FUZZ_REQUIRE(
        e.evidence.verb_phrase ==
        std::string_view(e.sentence).substr(e.evidence.begin, e.evidence.end - e.evidence.begin));
    CASUS_FUZZ_REQUIRE(e.source.has_value());
    CASUS_FUZZ_REQUIRE(!e.source->code.empty());
    CASUS_FUZZ_REQUIRE(e.cameo.size() >= 2);
    CASUS_FUZZ_REQUIRE(e.root.size() == 2);
    CASUS_FUZZ_REQUIRE(e.cameo.compare(0, 2, e.root) == 0);
    CASUS_FUZZ_REQUIRE(e.quad_class >= 1 && e.quad_class <= 4);
    CASUS_FUZZ_REQUIRE(e.modality == "asserted" || e.modality == "reported" ||
                       e.modality == "hypothetical");
    for (const Quantity& q : e.quantities) CASUS_FUZZ_REQUIRE(std::isfinite(q.value));
    // The character span counts the code points before the byte span's ends.
    CASUS_FUZZ_REQUIRE(e.evidence.char_begin == Utf8Chars(e.sentence, e.evidence.begin));
    CASUS_FUZZ_REQUIRE(e.evidence.char_end == Utf8Chars(e.sentence, e.evidence.end));
  }
  for (const QuantityRecord& q : out.quantities) {
    CASUS_FUZZ_REQUIRE(std::isfinite(q.quantity.value));
    CASUS_FUZZ_REQUIRE(q.article_id == id);
    CASUS_FUZZ_REQUIRE(q.sentence_index >= 0 && size_t(q.sentence_index) < out.sentences.size());
    CASUS_FUZZ_REQUIRE(q.sentence == sentence_text(q.sentence_index));
  }
  return nullptr;
}

// ParseJsonArticle on `bytes` as one JSON Lines record.
inline const char* CheckJsonRecord(std::string_view bytes) {
  IngestOptions opt;
  Article a;
  std::string why;
  if (ParseJsonArticle(bytes, opt, &a, &why)) {
    CASUS_FUZZ_REQUIRE(!a.text.empty());
    CASUS_FUZZ_REQUIRE(a.date.empty() || ValidDate(a.date));
  } else {
    CASUS_FUZZ_REQUIRE(!why.empty());
  }
  return nullptr;
}

// NormalizeText -> Reflow -> SplitSentences -> Tokenize -> Tag on text that
// TextProblem() accepts. `allow_empty` accepts empty tokens (begin == end).
inline const char* CheckText(std::string_view bytes, const Lexicon& lex, bool allow_empty) {
  thread_local std::vector<Token> tokens;
  thread_local std::vector<std::pair<uint32_t, uint32_t>> spans;
  std::string norm = NormalizeText(bytes);
  CASUS_FUZZ_REQUIRE(ValidUtf8(norm));
  std::string text = Reflow(norm, lex);
  CASUS_FUZZ_REQUIRE(ValidUtf8(text));
  uint32_t prev_end = 0;
  for (const Span& sp : SplitSentences(text, lex)) {
    CASUS_FUZZ_REQUIRE(sp.begin < sp.end);
    CASUS_FUZZ_REQUIRE(sp.end <= text.size());
    CASUS_FUZZ_REQUIRE(sp.begin >= prev_end);
    prev_end = sp.end;
    std::string_view sentence = std::string_view(text).substr(sp.begin, sp.end - sp.begin);
    Tokenize(sentence, lex, &tokens);
    uint32_t tok_end = 0;
    spans.clear();
    for (const Token& t : tokens) {
      CASUS_FUZZ_REQUIRE(t.begin < t.end || (allow_empty && t.begin == t.end));
      CASUS_FUZZ_REQUIRE(t.end <= sentence.size());
      CASUS_FUZZ_REQUIRE(t.begin >= tok_end);
      tok_end = t.end;
      spans.emplace_back(t.begin, t.end);
    }
    Tag(sentence, lex, &tokens);
    CASUS_FUZZ_REQUIRE(tokens.size() == spans.size());
    for (size_t i = 0; i < tokens.size(); ++i)
      CASUS_FUZZ_REQUIRE(tokens[i].begin == spans[i].first && tokens[i].end == spans[i].second);
  }
  return nullptr;
}

#undef CASUS_FUZZ_REQUIRE

}  // namespace casus::fuzz
