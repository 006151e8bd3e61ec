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
  std::string text;                 // re-flowed, normalised article text
  std::vector<Span> sentences;      // spans into text
  std::vector<int> sentence_pages;  // PDF: the 1-based page of each sentence; else empty
  std::vector<Event> events;
  std::vector<QuantityRecord> quantities;
};

// A structured account of how Code() read each sentence, recorded by the
// very code path that codes (so `casus parse` and `casus code` cannot
// disagree). Filled only when the caller passes a Trace; plain values.
struct TraceToken {
  std::string word, pos;
  std::string actor;  // code of the actor mention covering the token, or empty
};
struct TraceMention {
  std::string code, text;
  int group = -1;  // compound group ("Japan, South Korea and Australia" share one)
  bool place = false;
};
struct TraceEvent {
  std::string source, target, cameo, modality;  // target empty when none
  std::string attributed_to;                    // speaker's code, empty when none
  bool negated = false;
};
struct TraceGroup {
  std::string verb, lemma;  // the verb as written, its lemma
  bool passive = false, negated = false, modal = false;
  int subject = -1, object = -1;          // mention groups found by the plain search
  std::string pattern, code, dictionary;  // the pattern matched (empty: none)
  std::vector<TraceEvent> events;         // what the group emitted
  std::string dropped;                    // why it emitted nothing (empty when it did)
};
struct TraceSentence {
  std::string text;
  std::vector<TraceToken> tokens;
  std::vector<TraceMention> mentions;
  std::vector<TraceGroup> groups;
  std::string note;  // e.g. why the sentence was not coded at all
};
struct Trace {
  std::vector<TraceSentence> sentences;
};
// The readable, stable text form of a trace (what `casus parse` prints).
std::string FormatTrace(const Trace& trace);

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
  // With `trace`, also records how each sentence was read (slower; for
  // `casus parse` and tests). Null in normal coding: no cost.
  void Code(const Article& article, Scratch* scratch, CodedArticle* out,
            Trace* trace = nullptr) const;
  // Convenience: own scratch.
  CodedArticle Code(const Article& article) const;

  const Dictionaries& dictionaries() const { return *dicts_; }

 private:
  std::shared_ptr<const Dictionaries> dicts_;
};

// A readable account of how one sentence is analysed (tokens, parts of
// speech, actor mentions, verb groups, the pattern and the decision per
// group): codes `sentence` as a one-sentence article dated `date` with the
// trace on and formats it. For `casus parse` and debugging.
std::string DescribeSentence(const Dictionaries& d, const std::string& sentence,
                             const std::string& date);

}  // namespace casus
