// Tagger: a coarse part of speech per token from lexicon candidates and a few
// contextual rules (noun after a determiner, verb after a modal or a subject).
// Enough to find verb groups, their voice and the noun phrases around them.
//
// Two taggers share the word rules (numbers, punctuation, closed classes from
// data/text, unknown and capitalised words):
//  - rules (the default): one left-to-right pass decides each token from its
//    word and the tags already given to its left; a repair pass then
//    revisits noun/verb pairs with the whole sentence known.
//  - statistical (CASUS_TAGGER=statistical, when the build compiled a
//    TagModel): a Viterbi pass over a first-order HMM (src/text/tag_model.h)
//    decides the other words in context. On the hand-tagged sample
//    tests/tagging/wire.tags it measures 98.4% coarse classes against the
//    rules' 97.1%, but the coder is not better with it overall (it loses the
//    rules' targeted fixes: "would not back down", "police claim that"; the
//    PETRARCH and TABARI suites drop 8 and 4 records), so the rules stay the
//    default; see README "Tagging".
// No state is kept between calls (per-thread scratch only).
#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
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
// Prepositions that open a clause ("after Iran attacks"), not a phrase.
bool OpensClause(std::string_view w) {
  return In(w, {"after", "before", "while", "when", "because", "although", "as", "if"});
}

bool FiniteSeenAfter(std::string_view s, const Token& prev, bool seen) {
  Pos pp = prev.pos;
  std::string_view pw = WordOf(s, prev);
  if ((pp == Pos::kPunct && In(pw, {",", ";", ":", "(", "\""})) || pp == Pos::kWh ||
      pp == Pos::kConj || pp == Pos::kTo || (pp == Pos::kPrep && OpensClause(pw)))
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
    if (cc == Pos::kModal && k.upper_initial && i > 0) k.pos = Pos::kPropn;
    // In capitals, a modal after a name and before no base verb is a name:
    // "PRIME MINISTER THERESA MAY MET MERKEL", not "IRAN MAY RETALIATE".
    else if (cc == Pos::kModal && k.caseless && i > 0 && t[i - 1].pos == Pos::kPropn &&
             (i + 1 == t.size() || !(t[i + 1].tags & kTagVB)))
      k.pos = Pos::kPropn;
    else if (cc == Pos::kPron && k.all_upper && w.size() > 1 && !k.caseless)
      k.pos = Pos::kPropn;
    else if (cc == Pos::kPron && k.caseless && (lex.Entry(k.id).marks & kMarkCapitalName) &&
             (i == 0 || (t[i - 1].pos != Pos::kVerb && t[i - 1].pos != Pos::kPrep)))
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

// "U.S.", "UN", "NATO": capitals (and dots) only.
bool Acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  for (char c : w)
    if (!(std::isupper((unsigned char)c) || c == '.')) return false;
  return true;
}

// Whether a past-tense verb comes before token p.
bool PastVerbBefore(const std::vector<Token>& t, int p) {
  for (int q = p - 1; q >= 0; --q)
    if (t[q].pos == Pos::kVerb && t[q].vform == VForm::kPast) return true;
  return false;
}

// Whether token i, which can be a verb, is one here (its left context decides).
// After a comma, whether the word opens a verb phrase: an -ing form before
// its object, a past form after a phrase inside the subject.
bool VerbAfterComma(std::string_view s, const Lexicon& lex, const std::vector<Token>& t, size_t i,
                    bool finite_seen, Pos next_closed) {
  const uint32_t tags = t[i].tags;
  // ", accusing Doha of supporting terrorism": before a name too;
  // ", drawing swift condemnation": before an adjective.
  if ((tags & kTagVBG) &&
      (next_closed == Pos::kDet || next_closed == Pos::kPossPron ||
       (i + 1 < t.size() && ((t[i + 1].tags & kTagCD) || t[i + 1].upper_initial ||
                             (lex.Entry(t[i + 1].id).first & kTagJJ)))))
    return true;
  // ", drawing condemnation from Kiev", ", killing civilians": before a
  // common noun too, when a finite verb came before the comma (", fishing
  // boats were seized" opens the clause it modifies).
  if ((tags & kTagVBG) && i + 1 < t.size() && (t[i + 1].tags & kTagNounAny) &&
      !t[i + 1].upper_initial && next_closed == Pos::kOther && !(t[i + 1].tags & kTagVBG))
    for (int q = int(i) - 2; q >= 0; --q)
      if (t[q].pos == Pos::kVerb && t[q].vform != VForm::kGerund && t[q].vform != VForm::kNone)
        return true;
  // "U.S. President Barack Obama, flanked by the leaders of Britain and
  // France, accused Iran of ...": after the comma closing a phrase inside
  // the subject, a past form before its object is the sentence's verb.
  if (!finite_seen && (tags & kTagVBD) &&
      (next_closed == Pos::kDet || next_closed == Pos::kPossPron ||
       (i + 1 < t.size() && t[i + 1].upper_initial)))
    return true;
  return false;
}

// After a name (token p), whether the noun at i closes the noun phrase.
bool ClosesNamePhrase(std::string_view s, const Lexicon& lex, const std::vector<Token>& t, size_t i,
                      int p, Pos next_closed) {
  const uint32_t tags = t[i].tags;
  // "in his State of the Union address on Tuesday": after a name that a
  // possessive pronoun opened, a noun closes the noun phrase.
  // "after the signing of the Oslo accord.": after "the" and a name, a
  // noun before punctuation or a preposition ends the noun phrase.
  // "The Lagos state government imposed": so before a common noun.
  if ((tags & kTagNounAny) && !(tags & kTagVBD))
    for (int q = p - 1; q >= 0 && q >= p - 6; --q) {
      if (t[q].pos == Pos::kPossPron) return true;
      if (t[q].pos == Pos::kDet &&
          (i + 1 == t.size() || next_closed == Pos::kPrep ||
           std::ispunct(static_cast<unsigned char>(WordOf(s, t[i + 1])[0])) ||
           (next_closed == Pos::kOther && !t[i + 1].upper_initial &&
            (lex.Entry(t[i + 1].id).first & kTagNounAny) && !(t[i + 1].tags & kTagVerbAny))))
        return true;
      if (t[q].pos != Pos::kPropn && WordOf(s, t[q]) != "of" && t[q].pos != Pos::kDet) break;
    }
  return false;
}

// A word the lexicon may read as a verb that heads a noun phrase here.
bool NounHeadHere(std::string_view s, const std::vector<Token>& t, size_t i, Pos prev, int p) {
  const uint32_t tags = t[i].tags;
  // "A massing of Sudanese troops along the border": an -ing form between a
  // determiner and "of" is a noun, whatever the lexicon knows of it.
  if ((tags & kTagVBG) && prev == Pos::kDet && i + 1 < t.size() && WordOf(s, t[i + 1]) == "of")
    return true;
  if (prev != Pos::kNoun || p < 0 || !(tags & kTagNNS) || (tags & (kTagVBD | kTagVBN)))
    return false;
  // "six world powers": after a number and a noun, a plural is the head.
  if (p >= 1 && t[p - 1].pos == Pos::kNum && !t[p].upper_initial) return true;
  // "after weeks of street protests against his rule": so after "of" and a
  // common noun.
  if (p >= 1 && WordOf(s, t[p - 1]) == "of" && !t[p].upper_initial) return true;
  // "al Qaeda training camps", "shipping lanes": after an -ing form read as
  // a noun, a plural is the compound's head.
  return EndsWith(WordOf(s, t[p]), "ing");
}

bool IsVerbHere(std::string_view s, const Lexicon& lex, const std::vector<Token>& t, size_t i,
                bool finite_seen, Pos prev, int p) {
  const uint32_t tags = t[i].tags, first = lex.Entry(t[i].id).first;
  bool noun = tags & (kTagNounAny | kTagJJ);
  // "imposed sweeping sanctions": a participle before a noun modifies it.
  bool next_noun = i + 1 < t.size() && (t[i + 1].tags & kTagNounAny) &&
                   !(t[i + 1].tags & (kTagVBD | kTagIN | kTagDT));
  bool after_comma_and = prev == Pos::kConj && p >= 1 && WordOf(s, t[p - 1]) == ",";
  Pos next_closed = i + 1 < t.size() ? lex.Entry(t[i + 1].id).closed : Pos::kOther;
  if (NounHeadHere(s, t, i, prev, p)) return false;
  // "adopted a resolution on Wednesday demanding that Russia withdraw": an
  // -ing form before "that" takes a clause; it is a verb.
  if ((tags & kTagVBG) && (first & kTagVerbAny) && i + 1 < t.size() &&
      WordOf(s, t[i + 1]) == "that")
    return true;
  // "kept firing rockets": an -ing form after keep/continue/stop is a verb.
  if (prev == Pos::kVerb && (tags & kTagVBG) && p >= 0 && t[p].vlem >= 0 &&
      (lex.Entry(t[p].vlem).marks & kMarkGerundTaker))
    return true;
  if (prev == Pos::kPropn && ClosesNamePhrase(s, lex, t, i, p, next_closed)) return false;
  // "with missiles striking military targets near Kyiv": an -ing form after
  // the noun phrase of "with" is that phrase's verb.
  if ((tags & kTagVBG) && (prev == Pos::kNoun || prev == Pos::kPropn) && i + 1 < t.size() &&
      (next_closed == Pos::kDet || next_closed == Pos::kPossPron || next_closed == Pos::kOther))
    for (int q = p - 1; q >= 0 && q >= p - 3; --q) {
      if (WordOf(s, t[q]) == "with") return true;
      Pos ps = t[q].pos;
      if (ps != Pos::kNoun && ps != Pos::kAdj && ps != Pos::kPropn && ps != Pos::kDet) break;
    }
  if (i > 0 && WordOf(s, t[i - 1]) == "," && VerbAfterComma(s, lex, t, i, finite_seen, next_closed))
    return true;
  // "charged Lugovoy with the murder ... and asked Moscow to extradite him":
  // after "and", a past form before a name, with a finite verb earlier, is
  // the second verb, not a participle modifying the name.
  bool second_verb = false;
  if (prev == Pos::kConj && (tags & kTagVBD) && i + 1 < t.size() && t[i + 1].upper_initial)
    for (int q = p - 1; q >= 0 && !second_verb; --q)
      second_verb = t[q].pos == Pos::kVerb && t[q].vform == VForm::kPast;
  if ((tags & kTagJJ) && (tags & (kTagVBG | kTagVBN)) && next_noun && prev != Pos::kAux &&
      prev != Pos::kNoun && prev != Pos::kPropn && prev != Pos::kPron && prev != Pos::kNeg &&
      prev != Pos::kModal && !(after_comma_and && (tags & kTagVBD)) && !second_verb)
    return false;
  if (!noun && !(tags & (kTagRB | kTagIN))) return true;
  if (prev == Pos::kDet || prev == Pos::kAdj || prev == Pos::kPoss || prev == Pos::kPossPron ||
      prev == Pos::kNum)
    return false;
  // "to areas of Myanmar": after "to" a verb is in its base form; a noun
  // with no base-form reading is a noun (the lexicon lists "areas" as VBN).
  // After a modal any verb form stays a verb ("it would acting now", a
  // PETRARCH test sentence).
  if (prev == Pos::kTo) return (tags & kTagVB) != 0;
  if (prev == Pos::kModal || prev == Pos::kNeg) return true;
  if (prev == Pos::kAux) return (tags & (kTagVBN | kTagVBG | kTagVB)) != 0;
  // "sanctions on Iranian oil exports were reimposed": a plural noun before
  // an auxiliary or modal is its subject, not a verb.
  if ((prev == Pos::kNoun || prev == Pos::kAdj) && (tags & kTagNNS) &&
      !(tags & (kTagVBD | kTagVBN)) && (next_closed == Pos::kAux || next_closed == Pos::kModal))
    return false;
  // "handed the suspect over to U.S. marshals": after a preposition and an
  // acronym (U.S., UN, NATO), a plural noun is the acronym's head, not a verb
  // ("visit to Moscow comes amid" keeps its verb).
  if (prev == Pos::kPropn && p > 0 && (t[p - 1].pos == Pos::kTo || t[p - 1].pos == Pos::kPrep) &&
      Acronym(WordOf(s, t[p])) && (tags & kTagNNS) && !(tags & (kTagVBD | kTagVBN)) &&
      !OpensClause(WordOf(s, t[p - 1])))
    return false;
  // "humanitarian and development aid to Syria": a plural present form
  // cannot follow a singular common noun; the two are a compound. So is an
  // -s form when the coordination opens after a determiner or preposition:
  // "a wave of air and missile strikes on Gaza", "watched the rocket and
  // missile tests" (a compound subject would take "strike").
  // So after a verb whose object it opens: "would halt rail and bus links with Pakistan".
  const bool in_phrase = p >= 3 && (t[p - 3].pos == Pos::kDet || t[p - 3].pos == Pos::kPrep ||
                                    (t[p - 3].pos == Pos::kVerb && t[p - 2].pos == Pos::kNoun));
  if (prev == Pos::kNoun && p >= 0 && !t[p].upper_initial && (t[p].tags & kTagNN) &&
      !(t[p].tags & kTagNNS) && (tags & kTagNounAny) && !(tags & (kTagVBD | kTagVBN)) &&
      (!(tags & kTagVBZ) || in_phrase) && p > 0 && t[p - 1].pos == Pos::kConj)
    return false;
  if (prev == Pos::kNoun || prev == Pos::kPropn || prev == Pos::kPron || prev == Pos::kWh)
    return (tags & (kTagVBD | kTagVBZ | kTagVBP | kTagVBN)) != 0 &&
           !(first & kTagJJ && !(tags & kTagVBD)) &&
           !(finite_seen && prev != Pos::kWh && (tags & kTagNounAny)) &&
           // "a drone strike killed": the clear past form next is the verb
           !((tags & kTagNounAny) && !(tags & kTagVBD) && i + 1 < t.size() &&
             (t[i + 1].tags & kTagVBD) && !(t[i + 1].tags & kTagNounAny) &&
             next_closed == Pos::kOther);
  // "after signing the treaty", "before shelling the town": after a
  // preposition that opens a clause, an -ing form taking an object is a verb.
  if (prev == Pos::kPrep && (tags & kTagVBG) && p >= 0 && OpensClause(WordOf(s, t[p])) &&
      (next_closed == Pos::kDet || next_closed == Pos::kPossPron ||
       (i + 1 < t.size() && t[i + 1].upper_initial)))
    return true;
  // "accused Ankara of killing four villagers", "accused Iran and Hezbollah
  // of sowing strife": after "of", an -ing form is a verb when the clause's
  // verb accuses (text.txt [of-gerund-verbs]).
  if (prev == Pos::kPrep && (tags & kTagVBG) && p >= 1 && WordOf(s, t[p]) == "of")
    for (int q = p - 1; q >= 0 && q >= p - 10; --q) {
      std::string_view w = WordOf(s, t[q]);
      if (w == "," || w == ";" || w == ":" || t[q].pos == Pos::kWh) break;
      if (t[q].pos != Pos::kVerb) continue;
      if (t[q].vlem >= 0 && (lex.Entry(t[q].vlem).marks & kMarkOfGerundTaker)) return true;
      break;
    }
  if (prev == Pos::kPrep) return (tags & kTagVBG) && !(tags & kTagNounAny);
  // "held talks": the verb's object; "restore full diplomatic ties": a word
  // mostly an adjective, before an adjective or noun, modifies the object.
  if (prev == Pos::kVerb)
    return !(tags & kTagNounAny) &&
           !((first & kTagJJ) && i + 1 < t.size() && (t[i + 1].tags & (kTagJJ | kTagNounAny)));
  if (prev == Pos::kConj && (tags & kTagVBD) && i + 1 < t.size()) {
    // ", and accused Turkish forces of …": a past form taking an object
    return next_closed == Pos::kDet || next_closed == Pos::kPossPron || next_closed == Pos::kPron ||
           t[i + 1].upper_initial || (t[i + 1].tags & kTagCD) || (first & kTagVerbAny) ||
           // "stormed into Israel on Saturday and abducted scores of Israelis":
           // a second past verb after a first, before its object
           ((t[i + 1].tags & kTagNounAny) && PastVerbBefore(t, p));
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
  // "U.N.-sponsored reunification talks", "a U.S.-brokered plan": a
  // participle glued by a hyphen to the word before it modifies a noun.
  if (i >= 2 && (tags & (kTagVBN | kTagVBD)) && WordOf(s, t[i - 1]) == "-" &&
      t[i - 1].end == k.begin && t[i - 2].end == t[i - 1].begin) {
    k.pos = Pos::kAdj;
    return;
  }
  // "in annexed Crimea", "of occupied territories": a participle between a
  // preposition and a noun modifies the noun.
  if (prev == Pos::kPrep && (tags & kTagVBN) && !(tags & (kTagVBG | kTagNounAny)) &&
      i + 1 < t.size() && (t[i + 1].upper_initial || (t[i + 1].tags & kTagNounAny)) &&
      !(t[i + 1].tags & (kTagDT | kTagIN)) && WordOf(s, t[p]) != "to") {
    k.pos = Pos::kAdj;
    return;
  }
  if (IsVerbHere(s, lex, t, i, finite_seen, prev, p)) {
    k.pos = Pos::kVerb;
    uint32_t vt = tags & kTagVerbAny;
    if (prev == Pos::kModal || prev == Pos::kTo || (prev == Pos::kNeg && (vt & kTagVB)))
      k.vform = VForm::kBase;
    else if (prev == Pos::kAux && (vt & kTagVBN))
      k.vform = VForm::kPart;
    else if (prev == Pos::kAux && (vt & kTagVBG))
      k.vform = VForm::kGerund;
    else if ((vt & kTagVBG) && EndsWith(WordOf(s, k), "ing"))
      k.vform = VForm::kGerund;  // "ending", which the lexicon also lists as VBN
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
    // "security service accused six diplomats": a past form that is also a
    // noun ("the accused") is the verb when a number, determiner or pronoun
    // follows it.
    Pos c0 = i + 2 < t.size() ? t[i + 2].pos : Pos::kOther;
    bool b_past_object = (b.tags & kTagVBD) && !b.upper_initial &&
                         (c0 == Pos::kNum || c0 == Pos::kDet || c0 == Pos::kPossPron);
    if (a.pos == Pos::kVerb && (a.tags & kTagNounAny) && !(a.tags & kTagVBD) &&
        (b.pos == Pos::kNoun || b.pos == Pos::kAdj) && (b_past || b_past_object)) {
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

// ---- The statistical tagger (a Viterbi pass over TagModel's HMM) ----------

int StateOfForm(VForm f) {
  switch (f) {
    case VForm::kPast:
      return kStVBD;
    case VForm::kPart:
      return kStVBN;
    case VForm::kGerund:
      return kStVBG;
    case VForm::kPres3:
      return kStVBZ;
    case VForm::kPres:
      return kStVBP;
    default:
      return kStVB;
  }
}

// The state of a token the word rules decided (TagByWord).
int StateOfDecided(std::string_view s, const Lexicon& lex, const Token& k) {
  switch (k.pos) {
    case Pos::kNoun:
      return (k.tags & kTagNNS) && !(k.tags & kTagNN) ? kStNNS : kStNN;
    case Pos::kPropn:
      return kStNNP;
    case Pos::kVerb:
      return StateOfForm(k.vform);
    case Pos::kAux: {
      uint32_t f = lex.Entry(k.id).first & kTagVerbAny;
      return StateOfForm(FormOf(f ? f : k.tags & kTagVerbAny));
    }
    case Pos::kModal:
      return kStMD;
    case Pos::kAdj:
      return kStJJ;
    case Pos::kAdv:
    case Pos::kNeg:
      return kStRB;
    case Pos::kDet:
      return kStDT;
    case Pos::kPron:
      return kStPRP;
    case Pos::kPossPron:
      return kStPRPS;
    case Pos::kPrep:
      return kStIN;
    case Pos::kTo:
      return kStTO;
    case Pos::kConj:
      return kStCC;
    case Pos::kNum:
      return kStCD;
    case Pos::kPoss:
      return kStPOS;
    case Pos::kWh:
      return kStWH;
    case Pos::kPunct: {
      char c = s[k.begin];
      return c == ',' ? kStComma : (c == '.' || c == '?' || c == '!') ? kStEnd : kStPunct;
    }
    default:
      return kStOther;
  }
}

// The lexicon tag bit of a state, 0 for states with none.
uint32_t BitOfState(int st) {
  static constexpr uint32_t kBits[kStateCount] = {
      kTagNN, kTagNNS, kTagNNP, kTagVB, kTagVBD, kTagVBN,  kTagVBG, kTagVBZ, kTagVBP,
      kTagJJ, kTagRB,  kTagIN,  kTagDT, kTagPRP, kTagPRPS, kTagMD,  kTagCD,  kTagCC,
      kTagWH, kTagTO,  0,       0,      0,       0,        0};
  return kBits[st];
}

void SetFromState(Token& k, int st) {
  k.vform = VForm::kNone;
  switch (st) {
    case kStNN:
    case kStNNS:
    case kStNNP:
      k.pos = Pos::kNoun;
      break;
    case kStVB:
      k.pos = Pos::kVerb;
      k.vform = VForm::kBase;
      break;
    case kStVBD:
      k.pos = Pos::kVerb;
      k.vform = VForm::kPast;
      break;
    case kStVBN:
      k.pos = Pos::kVerb;
      k.vform = VForm::kPart;
      break;
    case kStVBG:
      k.pos = Pos::kVerb;
      k.vform = VForm::kGerund;
      break;
    case kStVBZ:
      k.pos = Pos::kVerb;
      k.vform = VForm::kPres3;
      break;
    case kStVBP:
      k.pos = Pos::kVerb;
      k.vform = VForm::kPres;
      break;
    case kStJJ:
      k.pos = Pos::kAdj;
      break;
    case kStRB:
      k.pos = Pos::kAdv;
      break;
    case kStIN:
      k.pos = Pos::kPrep;
      break;
    case kStDT:
      k.pos = Pos::kDet;
      break;
    case kStPRP:
      k.pos = Pos::kPron;
      break;
    case kStPRPS:
      k.pos = Pos::kPossPron;
      break;
    case kStMD:
      k.pos = Pos::kModal;
      break;
    case kStCD:
      k.pos = Pos::kNum;
      break;
    case kStCC:
      k.pos = Pos::kConj;
      break;
    case kStWH:
      k.pos = Pos::kWh;
      break;
    case kStTO:
      k.pos = Pos::kTo;
      break;
    default:
      k.pos = Pos::kOther;
      break;
  }
}

struct Cand {
  uint8_t state;
  int32_t emit;  // log P(state | word), thousandths
};

// Appends a token's candidate states: one when the word rules decided it or
// the lexicon allows one tag; otherwise the model's emissions for the word,
// kept to the lexicon's candidate tags when any agree, else the lexicon's
// tags (its most frequent one favoured).
void Candidates(std::string_view s, const Lexicon& lex, const Token& k, bool decided,
                std::vector<Cand>* out) {
  if (decided) {
    out->push_back({uint8_t(StateOfDecided(s, lex, k)), 0});
    return;
  }
  constexpr uint32_t kStateBits = (kTagTO << 1) - 1;  // the bits that have a state
  uint32_t tags = k.tags & kStateBits;
  if (__builtin_popcount(tags) == 1) {
    for (int st = 0; st < kStateCount; ++st)
      if (BitOfState(st) == tags) out->push_back({uint8_t(st), 0});
    return;
  }
  size_t before = out->size();
  // The lowercase form's counts: a capitalised word the word rules left open
  // opens the sentence ("Talks between ..."), where Penn text capitalises
  // every word.
  for (const TagEmission& e : lex.tag_model().Emissions(k.id, false))
    if (BitOfState(e.state) & tags) out->push_back({e.state, e.logp});
  if (out->size() > before) return;
  uint32_t first = lex.Entry(k.id).first;
  int n = __builtin_popcount(tags & ~first);
  for (int st = 0; st < kStateCount; ++st) {
    uint32_t b = BitOfState(st);
    if (!(b & tags)) continue;
    out->push_back({uint8_t(st), (b & first) ? -357 : -1204 - 693 * (n > 1 ? n - 1 : 0) / 2});
  }
  if (out->size() == before) out->push_back({uint8_t(kStNN), 0});
}

// Viterbi over the sentence; tokens the word rules left open get the state
// of the best path. Scratch is per thread and reused (no allocation once warm).
void TagByModel(std::string_view s, const Lexicon& lex, std::vector<Token>& t,
                const std::vector<bool>& decided) {
  const TagModel& m = lex.tag_model();
  struct Scratch {
    std::vector<Cand> cands;      // every token's candidates, in order
    std::vector<uint32_t> begin;  // per token: its first candidate (and the end)
    std::vector<int32_t> score;   // per candidate: best path score ending there
    std::vector<uint32_t> back;   // per candidate: best previous candidate
  };
  thread_local Scratch w;
  w.cands.clear();
  w.begin.clear();
  for (size_t i = 0; i < t.size(); ++i) {
    w.begin.push_back(uint32_t(w.cands.size()));
    Candidates(s, lex, t[i], decided[i], &w.cands);
  }
  w.begin.push_back(uint32_t(w.cands.size()));
  w.score.assign(w.cands.size(), 0);
  w.back.assign(w.cands.size(), 0);
  if (t.empty()) return;
  for (uint32_t a = w.begin[0]; a < w.begin[1]; ++a)
    w.score[a] = m.Trans(kStEnd, w.cands[a].state) + w.cands[a].emit;  // after a sentence end
  for (size_t i = 1; i < t.size(); ++i) {
    for (uint32_t a = w.begin[i]; a < w.begin[i + 1]; ++a) {
      int32_t best = INT32_MIN;
      uint32_t arg = w.begin[i - 1];
      for (uint32_t b = w.begin[i - 1]; b < w.begin[i]; ++b) {
        int32_t sc = w.score[b] + m.Trans(w.cands[b].state, w.cands[a].state);
        if (sc > best) best = sc, arg = b;
      }
      w.score[a] = best + w.cands[a].emit;
      w.back[a] = arg;
    }
  }
  size_t last = t.size() - 1;
  uint32_t a = w.begin[last];
  for (uint32_t b = a + 1; b < w.begin[last + 1]; ++b)
    if (w.score[b] > w.score[a]) a = b;
  for (size_t i = t.size(); i-- > 0;) {
    if (!decided[i]) SetFromState(t[i], w.cands[a].state);
    a = w.back[a];
  }
}

bool UseModel(const Lexicon& lex) {
  static const bool wanted = [] {
    const char* e = std::getenv("CASUS_TAGGER");
    return e && std::string_view(e) == "statistical";
  }();
  return wanted && lex.tag_model().ready();
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
  if (UseModel(lex)) return TagStatistically(s, lex, toks);
  TagInOrder(s, lex, toks, RepairOrder::kOnceAfter);
}

void TagStatistically(std::string_view s, const Lexicon& lex, std::vector<Token>* toks) {
  if (!lex.tag_model().ready()) return TagInOrder(s, lex, toks, RepairOrder::kOnceAfter);
  // The word rules decide numbers, punctuation, closed classes, unknown and
  // capitalised words; the model decides the rest, in context.
  std::vector<Token>& t = *toks;
  thread_local std::vector<bool> decided;
  thread_local std::string lower;
  decided.assign(t.size(), false);
  for (size_t i = 0; i < t.size(); ++i) decided[i] = TagByWord(s, lex, t, i, &lower);
  TagByModel(s, lex, t, decided);
}

}  // namespace casus
