#include "match/text_rules.h"

#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "match/rules.h"
#include "text/text.h"

namespace casus {
namespace {

// RequireWords, naming `dir` when the section is missing altogether.
Status RequireWords(const Rules& rules, const std::string& dir, const char* name,
                    const WordSet** out) {
  if (!rules.Find(name))
    return Status::Error(dir + ": no section [" + name + "] (the text stage needs it)");
  return rules.RequireWords(name, out);
}

}  // namespace

Status LoadTextRules(const std::string& dir, Lexicon* lex) {
  Rules rules;
  Status st = rules.Load(dir, lex, {}, {});
  if (!st.ok()) return st;
  static constexpr std::pair<const char*, Pos> kClosed[] = {
      {"closed-determiners", Pos::kDet},
      {"closed-possessive-pronouns", Pos::kPossPron},
      {"closed-pronouns", Pos::kPron},
      {"closed-negation", Pos::kNeg},
      {"closed-to", Pos::kTo},
      {"closed-modals", Pos::kModal},
      {"closed-auxiliaries", Pos::kAux},
      {"closed-wh", Pos::kWh},
      {"closed-conjunctions", Pos::kConj},
      {"closed-prepositions", Pos::kPrep}};
  std::unordered_map<std::string, const char*> class_of;
  for (auto [name, pos] : kClosed) {
    const WordSet* words;
    st = RequireWords(rules, dir, name, &words);
    if (!st.ok()) return st;
    const RuleSection* sec = rules.Find(name);
    for (const auto& [word, line] : sec->items) {
      auto [it, fresh] = class_of.emplace(word, name);
      if (!fresh)
        return Status::Error(sec->file + ":" + std::to_string(line) + ": '" + word +
                             "' is already in [" + it->second + "]");
      lex->SetClosedClass(lex->Intern(word), pos);
    }
  }
  static constexpr std::pair<const char*, TextMark> kMarks[] = {
      {"abbreviations", kMarkAbbreviation},          {"sentence-starters", kMarkStarter},
      {"hyphen-keeping-prefixes", kMarkKeepsHyphen}, {"gerund-taking-verbs", kMarkGerundTaker},
      {"of-gerund-verbs", kMarkOfGerundTaker},       {"names-in-capitals", kMarkCapitalName}};
  for (auto [name, mark] : kMarks) {
    const WordSet* words;
    st = RequireWords(rules, dir, name, &words);
    if (!st.ok()) return st;
    for (const std::string& w : words->items()) lex->Mark(lex->Intern(w), mark);
  }
  return Status::Ok();
}

}  // namespace casus
