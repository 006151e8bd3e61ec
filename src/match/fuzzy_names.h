// Misspelled names (issue 6: "tolerant matching of misspelled names (edit
// distance, long capitalised words only, never on common words)"): agency
// copy writes "Afganistan", "Phillipines". A capitalised word no actor phrase
// matches is read as the one single-word actor name (a country, an
// adjective, a city, a one-word organisation, a surname) within a small
// Damerau-Levenshtein distance (insertion, deletion, substitution, two
// neighbours swapped); when two names of different actors are that close,
// it is none of them. The policy (how long a word must be, how far it may
// be, words never corrected) is data: data/rules/actors.txt [fuzzy-names],
// [fuzzy-never-words], resolved into a FuzzyPolicy.
//
// The index is compiled into the dictionaries' image (image.h,
// kSecFuzzyKeys, kSecFuzzyKnown) once: a symmetric-delete table (each
// eligible name and every variant of it with one character deleted, two
// for long names, by a 32-bit hash of the variant) for words casus does
// not know, and, for the few known words that may be misspellings
// (CorrectableWords), the correction decided at compile time, so a known
// word costs one binary search by its id and no hashing.
//
// Ownership and threads: a FuzzyNames points into the image its
// Dictionaries holds; immutable after Attach, read by every coding thread.
#pragma once
#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"
#include "match/rules.h"

namespace casus {

class ImageReader;
class ImageWriter;
class Lexicon;

struct FuzzyPolicy {
  int min_letters = 6;        // the written word and the name both have at least this many letters
  int max_distance = 0;       // edits allowed (0: no correction at all)
  int long_letters = 10;      // from this many letters (word and name) ...
  int long_max_distance = 0;  // ... this many edits
  bool plural_s = false;      // a name plus or minus a final "s" counts as a misspelling
  const WordSet* never = nullptr;  // [fuzzy-never-words]
  int MaxDistance(int letters) const {
    return letters < min_letters    ? 0
           : letters < long_letters ? max_distance
                                    : std::max(max_distance, long_max_distance);
  }
  // From [fuzzy-names] values and [fuzzy-never-words] words; file:line errors.
  [[nodiscard]] Status Resolve(const Rules& rules);
};

// Whether an actor entry may be reached through a misspelling: a name of
// any case or with an initial capital (not an acronym "US" nor a mixed-case
// spelling "LeT"), no role noun, no place that needs its country named.
inline bool FuzzyEligible(char first_case, bool needs_country, bool is_role) {
  return !is_role && !needs_country && (first_case == 0 || first_case == 1);
}

// The known words a misspelling may be: out[id] when the compiled lexicon
// (lexicon.tsv) lists word id only capitalised and never as a proper noun
// (the treebank's "Phillipines" NNS). Every other word casus knows is
// never corrected: an ordinary lowercase word ("Reform"), a proper noun of
// the lexicon ("Justin" is no "Austin"), a word of a dictionary or
// gazetteer name ("Cristian" is no "Cristiani"). Read at compile time only.
[[nodiscard]] Status CorrectableWords(const std::string& lexicon_tsv, const Lexicon& lex,
                                      std::vector<bool>* out);

class FuzzyNames {
 public:
  // A single-word name the index may correct to: its lowercase word id, its
  // trie node, and a signature shared by names standing for the same
  // actors (their eligible entries' codes and fields are equal).
  struct Name {
    int32_t word = -1;
    uint32_t node = 0;
    uint32_t sig = 0;
  };
  struct Key {  // kSecFuzzyKeys, sorted by hash
    uint32_t hash = 0;
    uint32_t node = 0;
    int32_t word = -1;
    uint32_t sig = 0;
  };
  struct Known {  // kSecFuzzyKnown, sorted by word
    int32_t word = -1;
    uint32_t node = 0;
  };
  static constexpr uint32_t kNone = 0xffffffffu;

  // Compiles the two sections; `correctable`: CorrectableWords.
  static void Build(const Lexicon& lex, const std::vector<Name>& names, const FuzzyPolicy& p,
                    const std::vector<bool>& correctable, ImageWriter* w);
  // Points into the image; `nodes`: the trie's node count (a node past it
  // is never returned, so a damaged image cannot index outside the trie).
  [[nodiscard]] Status Attach(const ImageReader& im, size_t nodes);

  // The trie node of the one name the written word (as in the text) is a
  // misspelling of, or kNone. `id`: the word's lexicon id (-1: unknown).
  uint32_t Find(std::string_view written, int32_t id, const FuzzyPolicy& p,
                const Lexicon& lex) const;
  size_t key_count() const { return table_.keys.size(); }
  size_t known_count() const { return known_.size(); }

 private:
  // The keys and, per top bits of a hash, where its keys start
  // (kSecFuzzyBuckets: a power of two plus one offsets), so a variant costs
  // one or two reads, not a binary search.
  struct Table {
    std::span<const Key> keys;
    std::span<const uint32_t> buckets;
    int shift = 32;
  };
  static std::vector<uint32_t> Buckets(std::span<const Key> keys);
  static uint32_t Lookup(const Table& t, std::string_view written, const FuzzyPolicy& p,
                         const Lexicon& lex);
  Table table_;
  std::span<const Known> known_;
  size_t nodes_ = 0;
};

}  // namespace casus
