// Enrichment policy: the word lists that dates (src/enrich/dates.cc) and
// quantities (src/enrich/quantities.cc) apply, resolved from data/rules/
// (dates.txt, quantities.txt; data/FORMATS.md "Rules") once, when the
// dictionaries load. Lookups are by lexicon id, never by string.
//
// Ownership and threads: a member of Dictionaries; the pointers point into
// Dictionaries::rules(). Immutable after loading, read by every coding thread.
#pragma once
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "casus/status.h"
#include "match/rules.h"

namespace casus {

class Lexicon;

struct EnrichRules {
  // Quantities.
  const ValueTable* number_words = nullptr;   // [number-words]: "dozens" 24
  const ValueTable* number_scales = nullptr;  // [number-scales]: "million" 1e6
  const WordSet* counted_nouns = nullptr;     // [counted-nouns]: "protester"
  const WordSet* hedges = nullptr;            // [quantity-hedges]: "some"
  // [quantity-hedge-pairs]: "at least", as sorted pairs of lexicon ids.
  std::vector<std::pair<int32_t, int32_t>> hedge_pairs;
  // Dates.
  const ValueTable* weekdays = nullptr;              // [weekdays]: Sunday = 0
  const ValueTable* months = nullptr;                // [months]: 1-12
  const WordSet* months_needing_day = nullptr;       // [months-needing-a-day]: "may"
  const ValueTable* date_words = nullptr;            // [date-words]: days from the article date
  const ValueTable* days_back_after_last = nullptr;  // [days-back-after-last]: "week" 7
  const WordSet* future_modals = nullptr;            // [date-future-modals]: "will"

  // Resolves every section above; a missing section, one of the wrong kind
  // or a value out of range fails with "file:line: why".
  [[nodiscard]] Status Resolve(const Rules& rules, const Lexicon& lex);

  // True when words `a` `b` (lexicon ids) are a two-word hedge.
  bool IsHedgePair(int32_t a, int32_t b) const {
    return std::binary_search(hedge_pairs.begin(), hedge_pairs.end(), std::make_pair(a, b));
  }
};

}  // namespace casus
