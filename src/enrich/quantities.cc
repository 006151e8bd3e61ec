// Quantities: a number (digits, "3,000", "1.5 million", number words,
// "dozens") with optional hedges ("some", "at least"), tied to the counted
// noun that follows. The word lists are data/rules/quantities.txt.
#include <cctype>
#include <cmath>
#include <cstring>
#include <string>

#include "internal.h"

namespace casus {

void FindQuantities(const Dictionaries& d, const Sentence& s, std::vector<FoundQuantity>* out) {
  out->clear();
  const Lexicon& lex = d.lexicon();
  const EnrichRules& r = d.enrich();
  const int n = int(s.toks.size());
  for (int i = 0; i < n; ++i) {
    double v = 0;
    int j = i;
    bool digits_first = std::isdigit(static_cast<unsigned char>(s.text[s.toks[i].begin]));
    if (s.toks[i].pos == Pos::kNum && digits_first) {
      std::string digits;
      for (char c : s.Word(i))
        if (c != ',') digits += c;
      char* end = nullptr;
      v = std::strtod(digits.c_str(), &end);
      if (end != digits.c_str() + digits.size()) continue;  // "1990s", "5th"
      // Years are not counts ("In 2014 soldiers ..."); "2,000 troops" is one.
      if (v >= 1900 && v <= 2100 && s.Word(i).size() == 4) continue;
    } else if (const double* nw = r.number_words->Find(s.toks[i].id)) {
      v = *nw;
    } else {
      continue;
    }
    ++j;
    if (j < n) {
      if (const double* sc = r.number_scales->Find(s.toks[j].id)) {
        v *= *sc;
        ++j;
      }
    }
    // "1" and 400 zeros overflows to infinity: no count, and no JSON number.
    if (!std::isfinite(v)) continue;
    if (j < n && LowerWord(d, s, j) == "of") ++j;  // "dozens of protesters"
    // Counted noun within two tokens (adjectives between).
    int noun = -1;
    for (int k = j; k < n && k <= j + 2; ++k) {
      const Token& t = s.toks[k];
      if (t.pos == Pos::kPunct || t.pos == Pos::kVerb || t.pos == Pos::kPrep || t.pos == Pos::kConj)
        break;
      int32_t lem = t.nlem >= 0 ? t.nlem : t.id;
      if (r.counted_nouns->Has(lem) || r.counted_nouns->Has(t.id)) noun = k;
      if (noun >= 0 && !(k + 1 < n && s.toks[k + 1].pos == Pos::kNoun &&
                         s.mention_at[k + 1] == s.mention_at[k] && s.mention_at[k] >= 0))
        break;
    }
    if (noun < 0) continue;
    int b = i;
    // hedges: some, about, around, nearly, at least, more than, up to
    if (b > 1 && r.IsHedgePair(s.toks[b - 2].id, s.toks[b - 1].id))
      b -= 2;
    else if (b > 0 && r.hedges->Has(s.toks[b - 1].id))
      --b;
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
