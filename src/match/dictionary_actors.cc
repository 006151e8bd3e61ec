// Dictionary loading, actor lines: "CODE [FROM TO] FIELD: phrase; phrase"
// into the actor trie's drafts (data/FORMATS.md, "Actors"). Errors name
// file:line. Part of Dictionaries (dictionary.cc); one loading thread.
#include <cctype>
#include <sstream>

#include "match/dictionaries.h"
#include "match/dictionary_builder.h"
#include "util/dates.h"
#include "util/strings.h"

namespace casus {
namespace {

// YYYY-MM-DD -> yyyymmdd, ".." -> open end; -1 unless a real calendar day
// (an office date of 2024-02-31 is a typo to fix, not a range to guess).
int32_t ParseDay(std::string_view s, bool end) {
  if (s == "..") return end ? 99999999 : 0;
  return ParseYmd(s);
}

}  // namespace

// A code of capitals and digits, three or more (dictionary_builder.h).
bool IsUpperCode(std::string_view s) {
  if (s.size() < 3) return false;
  for (char c : s)
    if (!(std::isupper(static_cast<unsigned char>(c)) ||
          std::isdigit(static_cast<unsigned char>(c))))
      return false;
  return true;
}

Status Dictionaries::AddActorPhrase(std::string_view phrase, const ActorDraft& proto) {
  std::vector<Token> toks;
  Tokenize(phrase, lex_, &toks);
  if (toks.empty()) return Status::Error("empty phrase");
  ActorDraft e = proto;
  uint32_t node = kRoot;
  std::string lower;
  for (const Token& t : toks) {
    std::string_view w = phrase.substr(t.begin, t.end - t.begin);
    lower.assign(w);
    bool letters = false, all_up = true;
    for (char& c : lower) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        letters = true;
        if (std::islower(static_cast<unsigned char>(c))) all_up = false;
      }
      c = char(std::tolower(static_cast<unsigned char>(c)));
    }
    uint8_t mode = 0;
    // Camel case ("LeT", "McDonald") is spelled exactly; "al-Shabaab" is not camel case.
    bool inner_upper = false;
    for (size_t k = 1; k < w.size(); ++k)
      inner_upper |= std::isupper(static_cast<unsigned char>(w[k])) &&
                     std::islower(static_cast<unsigned char>(w[k - 1]));
    if (letters && all_up && w.size() >= 2 && w.size() <= 5)
      mode = 2;
    else if (inner_upper && letters && !all_up)
      mode = 3;  // "LeT", "McDonald": spelled exactly
    else if (std::isupper(static_cast<unsigned char>(w[0])))
      mode = 1;
    e.cases.push_back(char(mode));
    if (e.cases.size() > 1) e.spelling += '\x1f';  // token k's spelling after k separators
    if (mode == 3) e.spelling += w;
    int32_t id = lex_.Intern(lower);
    uint64_t key = (uint64_t(node) << 32) | uint32_t(id);
    auto it = b_->edges.find(key);
    if (it == b_->edges.end()) {
      b_->nodes.emplace_back();
      it = b_->edges.emplace(key, uint32_t(b_->nodes.size() - 1)).first;
    }
    node = it->second;
  }
  b_->actors.push_back(std::move(e));
  b_->nodes[node].push_back(uint32_t(b_->actors.size() - 1));
  return Status::Ok();
}

Status Dictionaries::AddActorLine(std::string_view raw, uint32_t file, uint32_t lineno) {
  if (!b_) b_ = std::make_unique<Builder>();  // a caller feeding lines without Load
  std::string_view l = Trim(StripComment(raw));
  if (l.empty()) return Status::Ok();
  const std::string& fname = paths_[file];
  size_t colon = l.find(':');
  if (colon == std::string_view::npos)
    return Status::Error(DataError(fname, lineno, "expected 'CODE FIELD: phrase; phrase'"));
  std::istringstream head{std::string(l.substr(0, colon))};
  std::vector<std::string> words;
  for (std::string w; head >> w;) words.push_back(w);
  if (words.size() != 2 && words.size() != 4)
    return Status::Error(DataError(
        fname, lineno, "expected 'CODE FIELD:' or 'CODE FROM TO FIELD:' before the colon"));
  ActorDraft e;
  e.source = file;
  e.line = lineno;
  // "EST/LVA/LTU name: Baltic states": a group of states, each code a member
  // (one line: actors.h MultiCodeCompounds makes them one compound).
  const std::vector<std::string_view> codes = Split(words[0], '/');
  for (std::string_view c : codes)
    if (!IsUpperCode(c))
      return Status::Error(DataError(fname, lineno, "bad actor code '" + std::string(c) + "'"));
  // "name~:": the phrases' words may stand apart (an imported TABARI
  // phrase written with spaces, ActorEntry::gaps).
  std::string field = words.back();
  if (field.size() > 1 && field.back() == '~') {
    e.gaps = true;
    field.pop_back();
  }
  static const std::pair<const char*, ActorField> kFields[] = {
      {"name", ActorField::kName},     {"adj", ActorField::kAdj},
      {"people", ActorField::kPeople}, {"capital", ActorField::kCapital},
      {"seat", ActorField::kSeat},     {"alias", ActorField::kAlias},
      {"role", ActorField::kRole}};
  bool known = false;
  for (auto [n, f] : kFields)
    if (field == n) {
      e.field = f;
      known = true;
    }
  if (!known) return Status::Error(DataError(fname, lineno, "unknown field '" + field + "'"));
  if (words.size() == 4) {
    e.from = ParseDay(words[1], false);
    e.to = ParseDay(words[2], true);
    if (e.from < 0 || e.to < 0)
      return Status::Error(DataError(fname, lineno, "dates must be YYYY-MM-DD or '..'"));
    if (e.from > e.to)
      return Status::Error(DataError(fname, lineno, "date range ends before it starts"));
  }
  for (std::string_view one : codes) {
    e.code = std::string(one);
    Status st = AddActorDraft(l.substr(colon + 1), e, fname, lineno);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

// The phrases of one actor line for one of its codes.
Status Dictionaries::AddActorDraft(std::string_view phrases_text, ActorDraft e,
                                   const std::string& fname, uint32_t lineno) {
  const std::string& c = e.code;
  if (e.field == ActorField::kRole) {
    e.role = c;
  } else if (c.rfind("IGO", 0) == 0 || c.rfind("NGO", 0) == 0 || c.rfind("NSA", 0) == 0 ||
             c.rfind("MNC", 0) == 0 || c.rfind("IMG", 0) == 0) {
    e.role = c.substr(0, 3);
  } else {
    e.country = c.substr(0, 3);
    if (c.size() >= 6) e.role = c.substr(3, 3);
    if (e.field == ActorField::kSeat && e.role.empty()) {
      e.role = "GOV";
      e.code = e.country + "GOV";
    }
  }
  auto phrases = Split(phrases_text, ';');
  int added = 0;
  for (std::string_view p : phrases) {
    if (p.empty()) continue;
    Status s = AddActorPhrase(p, e);
    if (!s.ok()) return Status::Error(DataError(fname, lineno, s.message()));
    ++added;
  }
  if (!added) return Status::Error(DataError(fname, lineno, "no phrases after the colon"));
  return Status::Ok();
}

}  // namespace casus
