// Coder: one article in, its sentences, events and quantities out.
//
// Thread safety: a Coder is immutable and may be shared; Code() keeps its
// scratch space in the Scratch object the caller passes (one per thread).
// Ownership: a Coder shares ownership of its Dictionaries; a CodedArticle is
// a plain value the caller owns (Code() overwrites it, reusing its buffers).
// For many articles on many threads in input order, see casus/batch.h.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "casus/dictionary.h"
#include "casus/ingest.h"
#include "casus/record.h"

namespace casus {

struct CodedArticle {
  std::string text;             // re-flowed, normalised article text
  std::vector<Span> sentences;  // spans into text
  std::vector<Event> events;
  std::vector<QuantityRecord> quantities;
};

struct Scratch;  // per-thread working memory (opaque)
struct ScratchDeleter {
  void operator()(Scratch* s) const;
};
using ScratchPtr = std::unique_ptr<Scratch, ScratchDeleter>;
ScratchPtr MakeScratch();

class Coder {
 public:
  explicit Coder(std::shared_ptr<const Dictionaries> dicts) : dicts_(std::move(dicts)) {}

  // `article.text` must be valid UTF-8 (ingest checks it).
  void Code(const Article& article, Scratch* scratch, CodedArticle* out) const;
  // Convenience: own scratch.
  CodedArticle Code(const Article& article) const;

  const Dictionaries& dictionaries() const { return *dicts_; }

 private:
  std::shared_ptr<const Dictionaries> dicts_;
};

// A readable account of how one sentence is analysed (tokens, parts of
// speech, actor mentions, verb groups): for `casus parse` and debugging.
std::string DescribeSentence(const Dictionaries& d, const std::string& sentence,
                             const std::string& date);

}  // namespace casus
