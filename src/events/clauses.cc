// Verb groups and clause structure: which tokens are main verbs (with their
// auxiliaries, negation, modality and voice), the token classes that bound
// clauses, and the small clause tests the other files share (asides,
// reduced relatives, postposed speech, gerund adjuncts).
#include "events/sentence_coder.h"
#include "events/tabari.h"

namespace casus {

SentenceCoder::SentenceCoder(const Dictionaries& d, const Sentence& s)
    : SentenceCoder(d, d.events(), s) {}
SentenceCoder::SentenceCoder(const Dictionaries& d, const EventPolicy& p, const Sentence& s)
    : d_(d), p_(p), s_(s), n_(int(s.toks.size())) {}

void SentenceCoder::ClassifyTokens() {
  cls_.assign(n_, 0);
  for (int k = 0; k < n_; ++k) {
    uint16_t c = 0;
    std::string_view raw = Raw(k);
    if (raw.size() == 1) {
      switch (raw[0]) {
        case ',':
          c |= kComma;
          break;
        case ';':
          c |= kSemicolon;
          break;
        case ':':
          c |= kColon;
          break;
        case '.':
          c |= kPeriod;
          break;
        case '"':
          c |= kQuote;
          break;
        case '(':
          c |= kOpenParen;
          break;
        case ')':
          c |= kCloseParen;
          break;
        default:
          break;
      }
    }
    Pos p = s_.toks[k].pos;
    if (p == Pos::kWh) c |= kWhWord;
    if (p == Pos::kConj) c |= kConjunction;
    if (W(k) == "that") c |= kThat;
    if (p_.subordinators->Has(Id(k))) c |= kSubordinator;
    cls_[k] = c;
  }
}

void SentenceCoder::FindVerbGroups() {
  ClassifyTokens();
  // A TABARI set's patterns ask for the clause of every token they pass.
  tabari_clause_.clear();
  for (int k = 0; p_.tabari.on && k < n_; ++k) tabari_clause_.push_back(TabariClause(*this, k));
  main_.assign(n_, -1);
  groups_.clear();
  for (int i = 0; i < n_; ++i) {
    Pos p = s_.toks[i].pos;
    bool main = p == Pos::kVerb;
    if (p == Pos::kAux) {
      int k = i + 1;
      while (k < n_ && (s_.toks[k].pos == Pos::kAdv || s_.toks[k].pos == Pos::kNeg ||
                        s_.toks[k].pos == Pos::kAux))
        ++k;
      main = !(k < n_ && s_.toks[k].pos == Pos::kVerb);
      if (main && k > i + 1) continue;  // "has not been" + noun: the last aux is the main one
    }
    if (!main || s_.mention_at[i] >= 0) continue;
    VerbGroup g;
    g.verb = i;
    g.start = i;
    bool be = false;
    while (g.start > 0) {
      Pos q = s_.toks[g.start - 1].pos;
      if (q == Pos::kAux || q == Pos::kModal || q == Pos::kNeg || q == Pos::kAdv) {
        --g.start;
        int32_t w = Id(g.start);
        if (q == Pos::kNeg) g.negated = true;
        if (q == Pos::kModal && p_.hypothetical_modals->Has(w)) g.hypothetical = true;
        if (q == Pos::kAux && (p_.be_forms->Has(w) || p_.get_passive->Has(w))) be = true;
        continue;
      }
      break;
    }
    while (g.start < g.verb && s_.toks[g.start].pos == Pos::kAdv) ++g.start;
    if (g.start < i && W(g.verb - 1) == "been" && s_.toks[g.verb].vform == VForm::kGerund)
      be = false;
    const Token& v = s_.toks[i];
    g.passive = be && p == Pos::kVerb && (v.vform == VForm::kPart || v.vform == VForm::kPast) &&
                (v.tags & kTagVBN);
    // Reduced passive: "most of them shot by security forces".
    if (!g.passive && p == Pos::kVerb && g.start == g.verb && (v.tags & kTagVBN) &&
        W(i + 1) == "by")
      g.passive = true;
    if (p == Pos::kVerb && i + 1 < n_ && (W(i + 1) == "no" && W(i + 2) == "longer"))
      g.negated = true;
    if (g.passive)
      for (int j = i + 1; j < n_ && g.by < 0; ++j)
        if (W(j) == "by") g.by = j;
    main_[i] = int(groups_.size());
    groups_.push_back(g);
  }
}

// Segment (a, b) between commas that reads as an aside: ", the council said,"
// ", who ...", ", meanwhile,".
bool SentenceCoder::Aside(int a, int b) const {
  if (b - a <= 1) return false;
  if (s_.toks[a + 1].pos == Pos::kWh) return true;
  // Apposition after an actor: "Bola Tinubu, the current chairman of ECOWAS,".
  int before = a - 1;  // "Nigeria's President Bola Tinubu, the chairman of ECOWAS,"
  while (before > 0 && s_.mention_at[before] < 0 && s_.toks[before].pos == Pos::kPropn &&
         a - before < 4)
    --before;
  if (a > 0 && before >= 0 && s_.mention_end[before] >= 0 && s_.toks[a + 1].pos == Pos::kDet) {
    bool verb = false;
    for (int k = a + 1; k < b; ++k) verb |= IsMainVerb(k);
    if (!verb) return true;
  }
  bool verb = false, mention = false;
  for (int k = a + 1; k < b; ++k) {
    if (IsMainVerb(k)) {
      verb = true;
      if (p_.speech_verbs->Has(LemmaId(k))) return true;
    }
    if (s_.mention_at[k] >= 0) mention = true;
  }
  return !verb && !mention;
}

// "Georgian troops, backed by tanks, shelled ...", "The minister, speaking
// in Paris, condemned ...": segment (a, b) between commas, right after a
// mention, that opens with a participle (no auxiliary) or an aside opener
// (syntax.txt) and holds no finite verb. The subject search skips it.
bool SentenceCoder::ParticipleAside(int a, int b) const {
  if (a < 1 || b - a <= 1 || s_.mention_end[a - 1] < 0) return false;
  int k = a + 1;
  while (k < b && s_.toks[k].pos == Pos::kAdv) ++k;
  bool opener = p_.aside_openers->Has(Id(k)), opens = opener;
  for (int q = a + 1; q < b; ++q) {
    if (!IsMainVerb(q)) continue;
    const VerbGroup& h = groups_[main_[q]];
    VForm vf = s_.toks[q].vform;
    bool participle = h.start == h.verb &&
                      (vf == VForm::kGerund ||
                       ((s_.toks[q].tags & kTagVBN) && (vf == VForm::kPart || vf == VForm::kPast)));
    // "along with five other world powers": a plural noun read as a verb.
    bool noun_read_as_verb =
        opener && h.start == h.verb && (vf == VForm::kPres3 || vf == VForm::kPres);
    if (h.start == k) {
      if (!participle) return false;
      opens = true;
    } else if (!participle && !noun_read_as_verb && !(h.start > 0 && W(h.start - 1) == "to")) {
      return false;
    }
  }
  if (!opens) return false;
  // "Rebels attacked the town, killing five, said the ministry": a mention
  // after a verb is its object, unless the verb is one of saying ("officials
  // said troops, backed by tanks, shelled ...").
  for (int q = s_.mentions[s_.mention_end[a - 1]].b - 1; q >= 0; --q) {
    if (Stops(q, kSegmentStops | kSubjectClauseStops | kSentencePartStops)) break;
    if (IsMainVerb(q)) return p_.speech_verbs->Has(LemmaId(q));
  }
  return true;
}

// Whether group gi's verb is finite: an auxiliary or a tensed form.
bool SentenceCoder::Finite(int gi) const {
  const VerbGroup& h = groups_[gi];
  VForm vf = s_.toks[h.verb].vform;
  return h.start < h.verb || vf == VForm::kPast || vf == VForm::kPres3 || vf == VForm::kPres;
}

// Whether group gi is in the present tense: "begins", "is deployed", "have stood".
bool SentenceCoder::Present(int gi) const {
  const VerbGroup& h = groups_[gi];
  if (h.start < h.verb) return p_.present_auxiliaries->Has(Id(h.start));
  VForm vf = s_.toks[h.verb].vform;
  return vf == VForm::kPres3 || vf == VForm::kPres;
}

// "before the talks with Ukraine begin", "until they have stood trial": a
// present tense in a time clause (syntax.txt [not-yet-subordinators]) whose
// main clause is past or future has not happened yet. A main clause in the
// simple present is a headline's past ("strikes Gaza after Hamas fires").
bool SentenceCoder::NotYet(int gi) const {
  const VerbGroup& g = groups_[gi];
  if (!Present(gi)) return false;
  int j = g.start - 1;
  while (j >= 0 && !IsMainVerb(j) && !Stops(j, kSegmentStops | kSentencePartStops) &&
         !p_.not_yet_subordinators->Has(Id(j))) {
    // "before dawn of ..." : a prepositional phrase, no clause (an "of"
    // inside an actor's name is fine: "the secretary of state arrives").
    if (W(j) == "of" && s_.mention_at[j] < 0) return false;
    --j;
  }
  if (j < 0 || !p_.not_yet_subordinators->Has(Id(j))) return false;
  // The main clause's verb: before the time clause, or after it ("Before the
  // talks begin, Iran will release ...").
  int main = -1;
  for (int q = j - 1; q >= 0 && main < 0; --q)
    if (IsMainVerb(q)) main = main_[q];
  bool past_comma = false;
  for (int q = g.verb + 1; q < n_ && main < 0; ++q) {
    past_comma |= Stops(q, kComma);
    if (past_comma && IsMainVerb(q)) main = main_[q];
  }
  if (main < 0) return false;
  const VerbGroup& m = groups_[main];
  return m.start < m.verb || !Present(main);
}

// "militias aligned with Iran", "forces backed by Moscow": a participle
// right after an actor describes it. Returns that actor's group, or -1.
// Whether group gi is a bare participle between a noun and a preposition
// ("a video released on Monday"): the shape of a reduced relative.
bool SentenceCoder::ParticipleAfterNoun(int gi) const {
  const VerbGroup& g = groups_[gi];
  // "rebels led by Laurent Kabila advanced": a past form before "by" is
  // the participle, whatever the tagger chose.
  const bool by_after = W(g.verb + 1) == "by" && (s_.toks[g.verb].tags & kTagVBD);
  if (g.start != g.verb || !((s_.toks[g.verb].tags & kTagVBN) || by_after) ||
      s_.toks[g.verb].vform == VForm::kGerund || g.verb == 0)
    return false;
  const Pos before = s_.toks[g.verb - 1].pos;
  return (before == Pos::kNoun || before == Pos::kPropn) && g.verb + 1 < n_ &&
         s_.toks[g.verb + 1].pos == Pos::kPrep;
}

// A subject at `start` (its verb group's first word) right after a time noun
// of syntax.txt [time-relative-nouns]: "on the day the alliance ended ...",
// a relative clause about the time, not the sentence's own verb.
bool SentenceCoder::TimeRelative(int start) const {
  int b = start - 1;
  if (b < 0 || s_.mention_at[b] < 0) return false;
  b = s_.mentions[s_.mention_at[b]].b - 1;
  return b >= 0 && p_.time_relative_nouns->Has(Id(b));
}

int SentenceCoder::ReducedRelativeHead(int gi) const {
  const VerbGroup& g = groups_[gi];
  if (!ParticipleAfterNoun(gi) || s_.mention_end[g.verb - 1] < 0) return -1;
  // another finite verb must follow: the participle is not the clause's verb
  for (int k = g.verb + 1; k < n_; ++k) {
    if (Stops(k, kRelativeStops)) return -1;
    if (!IsMainVerb(k)) continue;
    const VerbGroup& h = groups_[main_[k]];
    // "called on Zimbabwe to ensure the elections were free": what follows
    // an infinitive is its complement, not the clause's own verb.
    if (h.start > 0 && W(h.start - 1) == "to") return -1;
    // "rebels led by Laurent Kabila advanced on the capital": a past form
    // right after the participle's "by" agent is the clause's verb.
    if (W(g.verb + 1) == "by" && s_.mention_end[k - 1] >= 0 &&
        s_.mentions[s_.mention_end[k - 1]].b <= g.verb + 3 && (s_.toks[k].tags & kTagVBD))
      return GroupOf(s_.mention_end[g.verb - 1]);
    // "threatened in a video released on Monday": a participle after a
    // noun is no clause verb either.
    if (ParticipleAfterNoun(main_[k])) continue;
    if (TimeRelative(h.start)) continue;
    if (Finite(main_[k])) return GroupOf(s_.mention_end[g.verb - 1]);
  }
  return -1;
}

// "will"/"would"/"'ll" (a stated future), as opposed to could/may/might.
bool SentenceCoder::FutureModal(int gi) const {
  const VerbGroup& g = groups_[gi];
  for (int k = g.start; k < g.verb; ++k)
    if (s_.toks[k].pos == Pos::kModal && p_.future_modals->Has(Id(k))) return true;
  return false;
}

// ", the ministry said." / ", officials warned." at the end of the sentence;
// with the speaker last (headlines): ", warns its envoy to the UN.", ", says X".
bool SentenceCoder::Postposed(int gi) const {
  const VerbGroup& g = groups_[gi];
  // ", accusing them of meddling.": a gerund adjunct, not "..., officials said."
  if (s_.toks[g.verb].vform == VForm::kGerund) return false;
  bool inverted = g.start == g.verb && (Stops(g.start - 1, kComma) ||
                                        (Stops(g.start - 1, kQuote) && Stops(g.start - 2, kComma)));
  int k = g.verb + 1, speakers = 0;
  while (k < n_) {
    if (inverted && s_.mention_at[k] >= 0) {
      k = s_.mentions[s_.mention_at[k]].e;
      ++speakers;
      continue;
    }
    Pos p = s_.toks[k].pos;
    if (!(p == Pos::kAdv || p == Pos::kPrep || p == Pos::kDet || p == Pos::kNoun ||
          p == Pos::kPropn || p == Pos::kNum || (inverted && p == Pos::kPossPron)) ||
        s_.mention_at[k] >= 0)
      break;
    ++k;
  }
  if (k < n_ && !Stops(k, kPeriod | kQuote)) return false;
  if (inverted && speakers > 0) return true;
  int b = g.start - 1;
  while (b >= 0 &&
         (s_.mention_at[b] >= 0 || s_.toks[b].pos == Pos::kDet || s_.toks[b].pos == Pos::kAdj))
    --b;
  return Stops(b, kComma);
}

// "launched an invasion of Ukraine, with missiles striking military targets
// near Kyiv": a gerund whose own subject is the noun phrase of "with" (an
// absolute clause), the instrument of the main clause's subject.
bool SentenceCoder::WithAbsolute(int gi) const {
  const VerbGroup& g = groups_[gi];
  if (g.start != g.verb || s_.toks[g.verb].vform != VForm::kGerund) return false;
  for (int q = g.start - 1, n = 0; q >= 0 && n < 4; --q, ++n) {
    if (W(q) == "with") return n > 0;
    Pos p = s_.toks[q].pos;
    if (p != Pos::kNoun && p != Pos::kAdj && p != Pos::kDet && p != Pos::kNum) return false;
  }
  return false;
}

// A gerund after ", " (or coordinated with such a gerund) that follows a
// finite verb: ", killing three soldiers and wounding five".
int SentenceCoder::GerundAdjunct(int gi) const {
  const VerbGroup& g = groups_[gi];
  for (int q = g.start - 1; q >= 0; --q) {
    if (Stops(q, kComma)) {
      for (int r = q - 1; r >= 0; --r)
        if (IsMainVerb(r) && s_.toks[r].vform != VForm::kGerund) return main_[r];
      return -1;
    }
    if (Stops(q, kSemicolon | kWhWord)) return -1;
    if (IsMainVerb(q) && s_.toks[q].vform != VForm::kGerund) return -1;
  }
  return -1;
}

// "planted a tree together", "jointly announced".
bool SentenceCoder::Together(int gi) const {
  const VerbGroup& g = groups_[gi];
  if (g.start > 0 && p_.together_words->Has(Id(g.start - 1))) return true;
  for (int j = g.start; j < n_ && j < g.verb + 8; ++j) {
    if (Stops(j, kSegmentStops) || (j > g.verb && IsMainVerb(j))) break;
    if (p_.together_words->Has(Id(j))) return true;
  }
  return false;
}

// "each other", "one another" after the verb.
bool SentenceCoder::EachOther(int from) const {
  for (int j = from; j + 1 < n_ && j < from + 6; ++j)
    for (const auto& [a, b] : p_.each_other)
      if (Id(j) == a && Id(j + 1) == b) return true;
  return false;
}

// "India and Pakistan have massed troops along their common border": the
// border they share (nominal.txt [nominal-border-nouns]) makes each act on
// the other.
bool SentenceCoder::SharedBorder(int from) const {
  for (int j = from; j + 1 < n_ && j < from + 10; ++j) {
    if (Stops(j, kSegmentStops) || (j > from && IsMainVerb(j))) return false;
    if (W(j) != "their") continue;
    int k = j + 1;
    while (k < n_ && k < j + 3 && PosAt(k) == Pos::kAdj) ++k;
    return k < n_ && p_.nominal_border_nouns->Has(Id(k));
  }
  return false;
}

}  // namespace casus
