#include "enrich/enrich.h"

#include <cmath>
#include <string>

#include "text/text.h"
#include "util/strings.h"

namespace casus {
namespace {

// Every value of `t` lies in [lo, hi] (and is whole when `whole`), else
// "file:line: why".
Status CheckRange(const Rules& rules, std::string_view name, const ValueTable& t, double lo,
                  double hi, bool whole) {
  for (const ValueTable::Item& it : t.items())
    if ((whole && it.value != std::floor(it.value)) || it.value < lo || it.value > hi)
      return Status::Error(rules.Find(name)->file + ":" + std::to_string(it.line) + ": [" +
                           std::string(name) + "] '" + it.word + "' needs a " +
                           (whole ? "whole " : "") + "number from " + std::to_string(int64_t(lo)) +
                           " to " + std::to_string(int64_t(hi)));
  return Status::Ok();
}

// [quantity-hedge-pairs]: each item two words, both known to the lexicon.
Status ResolvePairs(const Rules& rules, const Lexicon& lex,
                    std::vector<std::pair<int32_t, int32_t>>* out) {
  const char* name = "quantity-hedge-pairs";
  const WordSet* set;
  Status s = rules.RequireWords(name, &set);
  if (!s.ok()) return s;
  const RuleSection* sec = rules.Find(name);
  for (const auto& [item, line] : sec->items) {
    std::vector<std::string_view> w = Words(item);
    int32_t a = w.size() == 2 ? lex.Find(w[0]) : -1, b = w.size() == 2 ? lex.Find(w[1]) : -1;
    if (a < 0 || b < 0)
      return Status::Error(sec->file + ":" + std::to_string(line) + ": [" + name + "] '" + item +
                           "' must be two known words joined by _");
    out->emplace_back(a, b);
  }
  std::sort(out->begin(), out->end());
  return Status::Ok();
}

}  // namespace

Status EnrichRules::Resolve(const Rules& rules, const Lexicon& lex) {
  struct Values {
    const char* name;
    const ValueTable** out;
    double lo, hi;
    bool whole;
  };
  // A number word of 0 would read as "no number"; dates count whole days.
  const Values values[] = {
      {"number-words", &number_words, 1, 1e15, false},
      {"number-scales", &number_scales, 1, 1e15, false},
      {"weekdays", &weekdays, 0, 6, true},
      {"months", &months, 1, 12, true},
      {"date-words", &date_words, -366, 366, true},
      {"days-back-after-last", &days_back_after_last, 0, 366, true},
  };
  for (const Values& v : values) {
    Status s = rules.RequireValues(v.name, v.out);
    if (!s.ok()) return s;
    s = CheckRange(rules, v.name, **v.out, v.lo, v.hi, v.whole);
    if (!s.ok()) return s;
  }
  struct Words {
    const char* name;
    const WordSet** out;
  };
  const Words words[] = {
      {"counted-nouns", &counted_nouns},
      {"quantity-hedges", &hedges},
      {"months-needing-a-day", &months_needing_day},
      {"date-future-modals", &future_modals},
  };
  for (const Words& w : words) {
    Status s = rules.RequireWords(w.name, w.out);
    if (!s.ok()) return s;
  }
  hedge_pairs.clear();
  return ResolvePairs(rules, lex, &hedge_pairs);
}

}  // namespace casus
