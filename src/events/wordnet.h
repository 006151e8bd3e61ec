// Verb coverage beyond the verb patterns (issue 6, "verb coverage that
// generalises"), resolved once when the dictionaries load:
//
//  - WordNet back-off: a verb (or verb + particle) with no pattern borrows
//    the plain frame ("attack", "attack +") of a pattern verb that WordNet
//    puts in the same synset or a few hypernym steps above it ("avenged" ->
//    retaliate). The candidates are compiled at build time from WordNet by
//    casus-wngen into wordnet.tsv next to the lexicon; the confidence
//    (decay per step, sense ranks) and its threshold are policy, in
//    data/rules/wordnet.txt. Events from it carry "backoff": "wordnet".
//  - Compositional frames (data/rules/frames.txt): the object noun carries
//    the meaning: a verb class x an object-noun class -> a code ("bolstered
//    its naval presence" 15x, "suspended aid" 16x, "eased curbs" 08x),
//    classes from our lists plus their WordNet synonyms and hyponyms.
//  - Support-verb phrases: "launched an offensive", "conducted exercises",
//    "held a summit": a support verb takes the code of the event noun after
//    it, the nouns and codes of nominal.txt.
//
// Ownership and threads: built by ResolveWordNet into a struct owned (via
// EventPolicy) by Dictionaries; immutable afterwards, read concurrently.
// The synthetic patterns below live here and are what Found::pat points to
// for a frame or support-verb match.
#pragma once
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "casus/status.h"
#include "match/dictionaries.h"

namespace casus {

struct EventPolicy;

struct WordNetPolicy {
  // One back-off candidate: `verb` (+ `particle`, or -1) borrows the plain
  // frame of pattern verb `target` with confidence `conf`.
  struct Backoff {
    int32_t verb = -1, particle = -1, target = -1;
    float conf = 0;
  };
  std::vector<Backoff> backoff;  // sorted by (verb, particle), then conf descending
  const WordSet* particles = nullptr;
  bool loaded = false;  // wordnet.tsv was found (a data folder without it backs off nowhere)
  // The candidates for (verb, particle), best first (empty when none).
  std::span<const Backoff> Find(int32_t verb, int32_t particle) const;
  // Codes a back-off never borrows (statements: "whispered" is no event).
  std::vector<std::string> excluded;
  bool Excluded(std::string_view code) const {
    for (const std::string& p : excluded)
      if (code.substr(0, p.size()) == p) return true;
    return false;
  }

  // A verb class x an object-noun class -> a code.
  struct Frame {
    std::string name, where;  // where: "file:line" of the frame's code section
    const WordSet* verbs = nullptr;
    const WordSet* nouns = nullptr;
    std::vector<int32_t> more_verbs, more_nouns;  // sorted ids from WordNet
    Pattern pat;                                  // code and text for the evidence
    std::string text;
    bool HasVerb(int32_t id) const;
    bool HasNoun(int32_t id) const;
  };
  std::deque<Frame> frames;  // deque: Pattern::text points into each frame
  int object_window = 5;     // tokens between the verb and the object noun
  int32_t probe = -1;        // "say": whose patterns tell casus's own verbs are loaded

  // "a new package of sanctions": a head noun that only counts the noun
  // after its "of" (frames.txt [frame-partitive-nouns]).
  const WordSet* partitives = nullptr;
  // Support verbs, with one synthetic pattern per nominal class.
  const WordSet* support_verbs = nullptr;
  struct Support {
    const WordSet* nouns = nullptr;
    Pattern pat;
    std::string text, where;
  };
  std::deque<Support> supports;
};

// Resolves wordnet.txt and frames.txt (and reads wordnet.tsv next to the
// lexicon of the data folder the rules came from). Fails with "file:line:
// why" on a missing section, a bad setting, or a code the table lacks.
[[nodiscard]] Status ResolveWordNet(const Rules& rules,
                                    const std::unordered_map<std::string, CameoCode>& cameo,
                                    const EventPolicy& events, Lexicon* lex, WordNetPolicy* out);

}  // namespace casus
