// Tagger: a coarse part of speech per token from lexicon candidates and a few
// contextual rules (noun after a determiner, verb after a modal or a subject).
// Enough to find verb groups, their voice and the noun phrases around them.
//
// One left-to-right pass decides each token from its word and the tags
// already given to its left; a repair pass then revisits noun/verb pairs with
// the whole sentence known. No state is kept between calls.
#include <cctype>
#include <string>

#include "text/text.h"
#include "util/strings.h"

namespace casus {
namespace {

std::string_view WordOf(std::string_view s, const Token& k) {
  return s.substr(k.begin, k.end - k.begin);
}

VForm FormOf(uint32_t tags) {
  if (tags & kTagVBD) return VForm::kPast;
  if (tags & kTagVBZ) return VForm::kPres3;
  if (tags & kTagVBP) return VForm::kPres;
  if (tags & kTagVBN) return VForm::kPart;
  if (tags & kTagVBG) return VForm::kGerund;
  return VForm::kBase;
}

// A clause has one finite verb: once it is seen, a noun/verb-ambiguous word
// after a noun is a noun ("pledged reconstruction aid to"). Returns whether
// the clause has its finite verb after token `prev`.
bool FiniteSeenAfter(std::string_view s, const Token& prev, bool seen) {
  Pos pp = prev.pos;
  std::string_view pw = WordOf(s, prev);
  if ((pp == Pos::kPunct && In(pw, {",", ";", ":", "(", "\""})) || pp == Pos::kWh ||
      pp == Pos::kConj || pp == Pos::kTo ||
      (pp == Pos::kPrep &&
       In(pw, {"after", "before", "while", "when", "because", "although", "as", "if"})))
    seen = false;
  if (pp == Pos::kAux || pp == Pos::kModal || (pp == Pos::kVerb && prev.vform != VForm::kGerund))
    seen = true;
  return seen;
}

// An unknown word, decided by its shape.
void TagUnknown(std::vector<Token>& t, size_t i, std::string_view lower) {
  Token& k = t[i];
  if (k.upper_initial) {
    k.pos = Pos::kPropn;
  } else if (lower.size() > 4 && EndsWith(lower, "ly")) {
    k.pos = Pos::kAdv;
  } else if (k.vlem >= 0 && lower.size() > 4 && EndsWith(lower, "ed")) {
    k.pos = Pos::kVerb;
    k.tags = kTagVBD | kTagVBN;
  } else if (k.vlem >= 0 && lower.size() > 5 && EndsWith(lower, "ing")) {
    // "Sudan's warring generals": after a determiner or possessive, an adjective
    Pos pv = i > 0 ? t[i - 1].pos : Pos::kPunct;
    k.tags = kTagVBG;
    k.pos = (pv == Pos::kDet || pv == Pos::kPoss || pv == Pos::kPossPron || pv == Pos::kAdj)
                ? Pos::kAdj
                : Pos::kVerb;
    if (k.pos == Pos::kVerb) k.vform = VForm::kGerund;
  } else {
    k.pos = Pos::kNoun;
  }
}

// Numbers, punctuation, the possessive, closed-class words, unknown words and
// capitalised words inside the sentence are decided without the verb rules.
// Returns false when the token is left to them. `lower` is scratch.
bool TagByWord(std::string_view s, const Lexicon& lex, std::vector<Token>& t, size_t i,
               std::string* lower) {
  Token& k = t[i];
  unsigned char c0 = s[k.begin];
  std::string_view w = WordOf(s, k);
  if (std::isdigit(c0)) {
    k.pos = Pos::kNum;
    return true;
  }
  if (!(std::isalpha(c0) || c0 >= 0x80 || c0 == '\'')) {
    k.pos = Pos::kPunct;
    return true;
  }
  if (w.size() == 2 && w[0] == '\'' && (w[1] == 's' || w[1] == 'S')) {
    k.pos = Pos::kPoss;
    return true;
  }
  bool known = k.id >= 0 && k.tags != 0;
  if (!known) *lower = AsciiLower(w);
  Pos cc = lex.Entry(k.id).closed;  // every closed-class word has an id
  if (cc != Pos::kOther) {
    // "May 3" is a month, "US" is a country.
    if (cc == Pos::kModal && k.upper_initial && i > 0)
      k.pos = Pos::kPropn;
    else if (cc == Pos::kPron && k.all_upper && w.size() > 1)
      k.pos = Pos::kPropn;
    else
      k.pos = cc;
    return true;
  }
  if (k.tags == 0) {
    TagUnknown(t, i, *lower);
    return true;
  }
  // Capitalised inside a sentence: a name ("Tomahawk missiles", "Foreign Minister").
  bool initial = i == 0 || t[i - 1].pos == Pos::kPunct;
  if (k.upper_initial && !initial) {
    k.pos = Pos::kPropn;
    return true;
  }
  return false;
}

// A word the lexicon never saw as a verb: its most frequent tag decides.
void TagNonVerb(Token& k, uint32_t first) {
  uint32_t tags = k.tags;
  if (first & kTagJJ)
    k.pos = Pos::kAdj;
  else if (first & kTagRB)
    k.pos = Pos::kAdv;
  else if (first & kTagIN)
    k.pos = Pos::kPrep;
  else if (first & kTagCC)
    k.pos = Pos::kConj;
  else if (first & kTagCD)
    k.pos = Pos::kNum;
  else if (first & kTagDT)
    k.pos = Pos::kDet;
  else if (tags & kTagNounAny)
    k.pos = Pos::kNoun;
  else if (tags & kTagJJ)
    k.pos = Pos::kAdj;
  else if (tags & kTagRB)
    k.pos = Pos::kAdv;
  else
    k.pos = Pos::kOther;
}

// Whether token i, which can be a verb, is one here (its left context decides).
bool IsVerbHere(std::string_view s, const Lexicon& lex, const std::vector<Token>& t, size_t i,
                bool finite_seen, Pos prev, int p) {
  const uint32_t tags = t[i].tags, first = lex.Entry(t[i].id).first;
  bool noun = tags & (kTagNounAny | kTagJJ);
  // "imposed sweeping sanctions": a participle before a noun modifies it.
  bool next_noun = i + 1 < t.size() && (t[i + 1].tags & kTagNounAny) &&
                   !(t[i + 1].tags & (kTagVBD | kTagIN | kTagDT));
  bool after_comma_and = prev == Pos::kConj && p >= 1 && WordOf(s, t[p - 1]) == ",";
  // ", damaging a hospital": a gerund opening a phrase after a comma
  bool after_comma = i > 0 && WordOf(s, t[i - 1]) == ",";
  Pos next_closed = i + 1 < t.size() ? lex.Entry(t[i + 1].id).closed : Pos::kOther;
  if (after_comma && (tags & kTagVBG) &&
      (next_closed == Pos::kDet || next_closed == Pos::kPossPron ||
       (i + 1 < t.size() && (t[i + 1].tags & kTagCD))))
    return true;
  if ((tags & kTagJJ) && (tags & (kTagVBG | kTagVBN)) && next_noun && prev != Pos::kAux &&
      prev != Pos::kNoun && prev != Pos::kPropn && prev != Pos::kPron && prev != Pos::kNeg &&
      prev != Pos::kModal && !(after_comma_and && (tags & kTagVBD)))
    return false;
  if (!noun && !(tags & (kTagRB | kTagIN))) return true;
  if (prev == Pos::kDet || prev == Pos::kAdj || prev == Pos::kPoss || prev == Pos::kPossPron ||
      prev == Pos::kNum)
    return false;
  if (prev == Pos::kModal || prev == Pos::kTo || prev == Pos::kNeg) return true;
  if (prev == Pos::kAux) return (tags & (kTagVBN | kTagVBG | kTagVB)) != 0;
  if (prev == Pos::kNoun || prev == Pos::kPropn || prev == Pos::kPron || prev == Pos::kWh)
    return (tags & (kTagVBD | kTagVBZ | kTagVBP | kTagVBN)) != 0 &&
           !(first & kTagJJ && !(tags & kTagVBD)) &&
           !(finite_seen && prev != Pos::kWh && (tags & kTagNounAny)) &&
           // "a drone strike killed": the clear past form next is the verb
           !((tags & kTagNounAny) && !(tags & kTagVBD) && i + 1 < t.size() &&
             (t[i + 1].tags & kTagVBD) && !(t[i + 1].tags & kTagNounAny) &&
             next_closed == Pos::kOther);
  if (prev == Pos::kPrep) return (tags & kTagVBG) && !(tags & kTagNounAny);
  // "held talks": the verb's object; "restore full diplomatic ties": a word
  // mostly an adjective, before an adjective or noun, modifies the object.
  if (prev == Pos::kVerb)
    return !(tags & kTagNounAny) &&
           !((first & kTagJJ) && i + 1 < t.size() && (t[i + 1].tags & (kTagJJ | kTagNounAny)));
  if (prev == Pos::kConj && (tags & kTagVBD) && i + 1 < t.size()) {
    // ", and accused Turkish forces of …": a past form taking an object
    return next_closed == Pos::kDet || next_closed == Pos::kPossPron || next_closed == Pos::kPron ||
           t[i + 1].upper_initial || (t[i + 1].tags & kTagCD) || (first & kTagVerbAny);
  }
  if (p < 0) return !(tags & kTagNounAny);
  return (first & kTagVerbAny) != 0;
}

// A word that can be a verb: verb (with its form) or noun/adjective/adverb.
void TagVerbCandidate(std::string_view s, const Lexicon& lex, std::vector<Token>& t, size_t i,
                      bool finite_seen) {
  Token& k = t[i];
  // Previous token, looking past adverbs.
  int p = int(i) - 1;
  while (p >= 0 && t[p].pos == Pos::kAdv) --p;
  Pos prev = p >= 0 ? t[p].pos : Pos::kPunct;
  uint32_t tags = k.tags, first = lex.Entry(k.id).first;
  if (IsVerbHere(s, lex, t, i, finite_seen, prev, p)) {
    k.pos = Pos::kVerb;
    uint32_t vt = tags & kTagVerbAny;
    if (prev == Pos::kModal || prev == Pos::kTo || (prev == Pos::kNeg && (vt & kTagVB)))
      k.vform = VForm::kBase;
    else if (prev == Pos::kAux && (vt & kTagVBN))
      k.vform = VForm::kPart;
    else if (prev == Pos::kAux && (vt & kTagVBG))
      k.vform = VForm::kGerund;
    else
      k.vform = FormOf(vt);
  } else if ((first & kTagJJ) || ((tags & kTagJJ) && !(tags & kTagNounAny))) {
    k.pos = Pos::kAdj;
  } else if (first & kTagRB) {
    k.pos = Pos::kAdv;
  } else if (first & kTagIN) {
    k.pos = Pos::kPrep;
  } else {
    k.pos = Pos::kNoun;
  }
}

// The clause's verb before token i, or -1 (stopping at clause boundaries).
int ClauseVerb(std::string_view s, const std::vector<Token>& t, size_t i) {
  for (size_t q = i; q-- > 0;) {
    if (In(WordOf(s, t[q]), {",", ";", ":"}) || t[q].pos == Pos::kWh || t[q].pos == Pos::kConj)
      return -1;
    if (t[q].pos == Pos::kVerb || t[q].pos == Pos::kAux || t[q].pos == Pos::kModal) return int(q);
  }
  return -1;
}

// Repair pass, with the right context now known:
// "security service accused six diplomats": a past form after a noun that
// could be a verb is the verb, and the noun stays a noun;
// "judiciary chief threatened to": a past form starting a verb phrase
// in a clause that has no verb yet is the verb.
void Repair(std::string_view s, std::vector<Token>& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    Token& a = t[i];
    Token& b = t[i + 1];
    bool b_past = (b.tags & kTagVBD) && !(b.tags & kTagNounAny) && !b.upper_initial;
    if (a.pos == Pos::kVerb && (a.tags & kTagNounAny) && !(a.tags & kTagVBD) &&
        (b.pos == Pos::kNoun || b.pos == Pos::kAdj) && b_past) {
      a.pos = Pos::kNoun;
      a.vform = VForm::kNone;
      b.pos = Pos::kVerb;
      b.vform = VForm::kPast;
      continue;
    }
    if ((b.pos == Pos::kAdj || b.pos == Pos::kNoun) && b_past && i + 2 < t.size() &&
        (a.pos == Pos::kNoun || a.pos == Pos::kPropn ||
         (a.pos == Pos::kAdj && (a.tags & kTagNounAny)))) {
      Pos c = t[i + 2].pos;
      // "Gunmen from the Islamist group Boko Haram abducted more than 200":
      // a noun-or-present-verb earlier ("group") yields to the past form.
      int cv = ClauseVerb(s, t, i + 1);
      bool weak = cv >= 0 && t[cv].pos == Pos::kVerb && (t[cv].tags & kTagNounAny) &&
                  !(t[cv].tags & (kTagVBD | kTagVBN)) && t[cv].vform != VForm::kBase;
      if ((c == Pos::kTo || c == Pos::kDet || c == Pos::kNum || c == Pos::kPropn ||
           c == Pos::kPron || c == Pos::kPossPron || c == Pos::kWh || (c == Pos::kAdj && weak)) &&
          (cv < 0 || weak)) {
        if (weak) {
          t[cv].pos = Pos::kNoun;
          t[cv].vform = VForm::kNone;
        }
        if (a.pos == Pos::kAdj) a.pos = Pos::kNoun;
        b.pos = Pos::kVerb;
        b.vform = VForm::kPast;
      }
    }
  }
}

}  // namespace

void TagInOrder(std::string_view s, const Lexicon& lex, std::vector<Token>* toks,
                RepairOrder order) {
  std::vector<Token>& t = *toks;
  std::string lower;
  bool finite_seen = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i > 0) finite_seen = FiniteSeenAfter(s, t[i - 1], finite_seen);
    if (TagByWord(s, lex, t, i, &lower)) continue;
    Token& k = t[i];
    if (!(k.tags & kTagVerbAny)) {
      TagNonVerb(k, lex.Entry(k.id).first);
      continue;
    }
    TagVerbCandidate(s, lex, t, i, finite_seen);
    if (order == RepairOrder::kAfterEachVerbCandidate) Repair(s, t);
  }
  if (order == RepairOrder::kOnceAfter) Repair(s, t);
}

void Tag(std::string_view s, const Lexicon& lex, std::vector<Token>* toks) {
  TagInOrder(s, lex, toks, RepairOrder::kOnceAfter);
}

}  // namespace casus
