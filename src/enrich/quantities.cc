// Quantities: a number (digits, "3,000", "1.5 million", number words,
// "dozens") with optional hedges ("some", "at least"), tied to the counted
// noun that follows.
#include <cctype>
#include <cmath>
#include <cstring>
#include <string>

#include "internal.h"

namespace casus {
namespace {

double NumberWord(std::string_view w) {
  static constexpr std::pair<std::string_view, double> k[] = {
      {"two", 2},     {"three", 3},     {"four", 4},    {"five", 5},       {"six", 6},
      {"seven", 7},   {"eight", 8},     {"nine", 9},    {"ten", 10},       {"eleven", 11},
      {"twelve", 12}, {"fifteen", 15},  {"twenty", 20}, {"thirty", 30},    {"forty", 40},
      {"fifty", 50},  {"hundred", 100}, {"dozens", 24}, {"hundreds", 200}, {"thousands", 2000},
      {"dozen", 12}};
  for (auto [n, v] : k)
    if (w == n) return v;
  return 0;
}

double Scale(std::string_view w) {
  if (w == "thousand") return 1e3;
  if (w == "million") return 1e6;
  if (w == "billion") return 1e9;
  return 0;
}

// Counted things an analyst tracks.
bool Countable(std::string_view lemma) {
  static constexpr std::string_view k[] = {
      "troop",      "troops",    "soldier",      "people",     "person",    "civilian",
      "refugee",    "protester", "demonstrator", "militant",   "rebel",     "fighter",
      "insurgent",  "police",    "policeman",    "officer",    "missile",   "rocket",
      "drone",      "aircraft",  "tank",         "jet",        "warplane",  "ship",
      "warship",    "vessel",    "migrant",      "prisoner",   "detainee",  "hostage",
      "child",      "woman",     "man",          "student",    "worker",    "journalist",
      "casualty",   "death",     "dead",         "body",       "shell",     "bomb",
      "airstrike",  "strike",    "artillery",    "helicopter", "submarine", "peacekeeper",
      "personnel",  "family",    "resident",     "villager",   "diplomat",  "mortar",
      "round",      "home",      "house",        "building",   "village",   "asylum",
      "seeker",     "member",    "supporter",    "activist",   "official",  "marine",
      "paratrooper"};
  for (std::string_view x : k)
    if (lemma == x) return true;
  return false;
}

}  // namespace

void FindQuantities(const Dictionaries& d, const Sentence& s, std::vector<FoundQuantity>* out) {
  out->clear();
  const Lexicon& lex = d.lexicon();
  const int n = int(s.toks.size());
  for (int i = 0; i < n; ++i) {
    double v = 0;
    int j = i;
    std::string_view w = LowerWord(d, s, i);
    bool digits_first = std::isdigit(static_cast<unsigned char>(s.text[s.toks[i].begin]));
    if (s.toks[i].pos == Pos::kNum && digits_first) {
      std::string digits;
      for (char c : s.Word(i))
        if (c != ',') digits += c;
      char* end = nullptr;
      v = std::strtod(digits.c_str(), &end);
      if (end != digits.c_str() + digits.size()) continue;  // "1990s", "5th"
      // years are not counts
      if (v >= 1900 && v <= 2100 && digits.size() == 4 && digits.find('.') == std::string::npos)
        continue;
    } else if ((v = NumberWord(w)) == 0) {
      continue;
    }
    ++j;
    if (j < n) {
      double sc = Scale(LowerWord(d, s, j));
      if (sc) {
        v *= sc;
        ++j;
      }
    }
    if (j < n && LowerWord(d, s, j) == "of") ++j;  // "dozens of protesters"
    // Counted noun within two tokens (adjectives between).
    int noun = -1;
    for (int k = j; k < n && k <= j + 2; ++k) {
      const Token& t = s.toks[k];
      if (t.pos == Pos::kPunct || t.pos == Pos::kVerb || t.pos == Pos::kPrep || t.pos == Pos::kConj)
        break;
      int32_t lem = t.nlem >= 0 ? t.nlem : t.id;
      if (lem >= 0 && Countable(lex.Word(lem))) {
        noun = k;
      } else if (t.id >= 0 && Countable(lex.Word(t.id))) {
        noun = k;
      }
      if (noun >= 0 && !(k + 1 < n && s.toks[k + 1].pos == Pos::kNoun &&
                         s.mention_at[k + 1] == s.mention_at[k] && s.mention_at[k] >= 0))
        break;
    }
    if (noun < 0) continue;
    int b = i;
    // hedges: some, about, around, nearly, at least, more than, up to
    if (b > 0) {
      std::string_view p = LowerWord(d, s, b - 1);
      if (p == "some" || p == "about" || p == "around" || p == "nearly" || p == "almost" ||
          p == "approximately" || p == "roughly" || p == "over" || p == "least" || p == "than" ||
          p == "to")
        --b;
      if (b > 0 && (p == "least" || p == "than" || p == "to")) --b;
    }
    FoundQuantity fq;
    fq.q.value = v;
    const Token& nt = s.toks[noun];
    int32_t lem = nt.nlem >= 0 ? nt.nlem : nt.id;
    fq.q.unit = lem >= 0 ? lex.Word(lem) : std::string(s.Word(noun));
    fq.b = b;
    fq.e = noun + 1;
    fq.mention =
        s.mention_at[noun] >= 0 ? s.mention_at[noun] : (noun + 1 < n ? s.mention_at[noun + 1] : -1);
    if (fq.mention < 0 && i + 1 < n) fq.mention = s.mention_at[i + 1];
    if (fq.mention >= 0) fq.q.actor = MakeActor(s.mentions[fq.mention], s);
    fq.q.text = std::string(s.text.substr(s.toks[b].begin, s.toks[noun].end - s.toks[b].begin));
    out->push_back(std::move(fq));
    i = noun;
  }
}

}  // namespace casus
