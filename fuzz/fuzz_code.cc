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
//     the character span counts the code points before the byte span's
//     ends; quantities are finite;
//   - every quantity record names a sentence, carries its text and has a
//     finite value.
//  ParseJsonArticle: never crashes; on success the text is non-empty and the
//   date is empty (no default given) or a valid YYYY-MM-DD.
// The checks live in fuzz_checks.h; tests/test_fuzz_replay.cc runs them too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "casus/coder.h"
#include "casus/ingest.h"
#include "fuzz_checks.h"
#include "fuzz_common.h"

using namespace casus;

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
    if (const char* why = fuzz::CheckCoded(out, a.id)) fuzz::Fail(__FILE__, __LINE__, why);
  }

  // (b) The JSON Lines record parser.
  if (const char* why = fuzz::CheckJsonRecord(bytes)) fuzz::Fail(__FILE__, __LINE__, why);
  return 0;
}
