// libFuzzer target: the whole coding pipeline (Coder::Code) and the JSON
// Lines record parser (ParseJsonArticle) on arbitrary bytes.
//
// Invariants (abort() on violation):
//  Coder::Code, for inputs TextProblem() accepts:
//   - CodedArticle.text is valid UTF-8 without NUL bytes;
//   - sentence spans lie within the text, are non-empty, non-overlapping and
//     increasing;
//   - every event: article_id is the article's, sentence_index names a
//     sentence, Event.sentence equals the text at that sentence's span,
//     evidence [begin, end) lies within the sentence and verb_phrase is
//     exactly those bytes; it has a source with a non-empty code; cameo has
//     at least two characters and its first two equal root; quad_class is in
//     1..4; modality is asserted, reported or hypothetical;
//   - every quantity record names a sentence and carries its text.
//  ParseJsonArticle: never crashes; on success the text is non-empty and the
//   date is empty (no default given) or a valid YYYY-MM-DD.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "casus/coder.h"
#include "casus/ingest.h"
#include "fuzz_common.h"

using namespace casus;

namespace {

void CheckCoded(const CodedArticle& out, const std::string& id) {
  const std::string& text = out.text;
  CASUS_FUZZ_CHECK(fuzz::ValidUtf8(text));
  uint32_t prev_end = 0;
  for (const Span& sp : out.sentences) {
    CASUS_FUZZ_CHECK(sp.begin < sp.end);
    CASUS_FUZZ_CHECK(sp.end <= text.size());
    CASUS_FUZZ_CHECK(sp.begin >= prev_end);
    prev_end = sp.end;
  }
  auto sentence_text = [&](int index) {
    const Span& sp = out.sentences[size_t(index)];
    return std::string_view(text).substr(sp.begin, sp.end - sp.begin);
  };
  for (const Event& e : out.events) {
    CASUS_FUZZ_CHECK(e.article_id == id);
    CASUS_FUZZ_CHECK(e.sentence_index >= 0 && size_t(e.sentence_index) < out.sentences.size());
    CASUS_FUZZ_CHECK(e.sentence == sentence_text(e.sentence_index));
    CASUS_FUZZ_CHECK(e.evidence.begin <= e.evidence.end);
    CASUS_FUZZ_CHECK(e.evidence.end <= e.sentence.size());
    CASUS_FUZZ_CHECK(
        e.evidence.verb_phrase ==
        std::string_view(e.sentence).substr(e.evidence.begin, e.evidence.end - e.evidence.begin));
    CASUS_FUZZ_CHECK(e.source.has_value());
    CASUS_FUZZ_CHECK(!e.source->code.empty());
    CASUS_FUZZ_CHECK(e.cameo.size() >= 2);
    CASUS_FUZZ_CHECK(e.root.size() == 2);
    CASUS_FUZZ_CHECK(e.cameo.compare(0, 2, e.root) == 0);
    CASUS_FUZZ_CHECK(e.quad_class >= 1 && e.quad_class <= 4);
    CASUS_FUZZ_CHECK(e.modality == "asserted" || e.modality == "reported" ||
                     e.modality == "hypothetical");
  }
  for (const QuantityRecord& q : out.quantities) {
    CASUS_FUZZ_CHECK(q.article_id == id);
    CASUS_FUZZ_CHECK(q.sentence_index >= 0 && size_t(q.sentence_index) < out.sentences.size());
    CASUS_FUZZ_CHECK(q.sentence == sentence_text(q.sentence_index));
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::Dicts();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Coder coder(fuzz::Dicts());
  static ScratchPtr scratch = MakeScratch();  // reused, as a worker thread would
  static CodedArticle out;                    // reused, as Code() allows
  std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // (a) The coder, on text it accepts.
  if (TextProblem(bytes).empty()) {
    Article a;
    a.id = "f";
    a.date = "2024-03-05";
    a.text.assign(bytes);
    coder.Code(a, scratch.get(), &out);
    CheckCoded(out, a.id);
  }

  // (b) The JSON Lines record parser.
  {
    IngestOptions opt;
    Article a;
    std::string why;
    if (ParseJsonArticle(bytes, opt, &a, &why)) {
      CASUS_FUZZ_CHECK(!a.text.empty());
      CASUS_FUZZ_CHECK(a.date.empty() || ValidDate(a.date));
    } else {
      CASUS_FUZZ_CHECK(!why.empty());
    }
  }
  return 0;
}
