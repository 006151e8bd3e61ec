// Translation of PETRARCH-2 / TABARI verb patterns into casus patterns
// (internal to src/import/). Shared by petrarch_verbs.cc and tabari_verbs.cc.
//
// casus's pattern model (data/FORMATS.md "Verb patterns") is: words before
// the verb (before '|'), the verb, then words in order, the target slot +,
// the source slot $, the compound slot % and skips *. PETRARCH and TABARI put
// `*` where the verb is. A pair [A:B] becomes casus's "A:B" (B: the event
// target -> source). Null codes have no casus equivalent: each such pattern
// is counted by kind in ImportStats::unmapped.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "import/import.h"

namespace casus::import_detail {

using Synsets = std::map<std::string, std::vector<std::string>>;  // "&name" -> phrases

struct VerbDef {
  std::string words;  // "ask for": the verb first
  // PETRARCH "WIRE_+TAP": the words glued before the verb, as casus writes
  // them before '|' ("wire_"); empty when the verb comes first.
  std::string before;
  std::string code;  // its own code, "" for the block's, "---" for none
  uint32_t line = 0;
  bool stem = false;  // a TABARI stem ("restor") completed to a known verb
  // A word a TABARI stem begins ("resumption" for RESUM): the stem's entry
  // read again, not an entry of its own (not counted).
  bool stem_word = false;
};

struct PatternDef {
  std::string body;  // the tokens between '-' and '[code]'
  std::string code;  // as written inside [...]
  uint32_t line = 0;
};

// Adds the verbs alone (with a real code) and every pattern for every verb of
// the block as casus pattern lines; counts what cannot be expressed.
// `tabari`: the words are TABARI's, matched as its coder does (a word '_'
// does not join to the next need only begin a text word).
void EmitBlock(const std::vector<VerbDef>& verbs, const std::string& block_code,
               const std::vector<PatternDef>& patterns, const Synsets& synsets,
               const std::string& path, uint32_t file, const ImportContext& ctx,
               bool tabari = false);

// "- * POLICE (TO BORDER)  [153:154]  # c" -> body and code; false if no [code].
bool SplitPatternLine(std::string_view line, PatternDef* out);

}  // namespace casus::import_detail
