// Complements: infinitives ("threatened to attack", "began to shell",
// "urged Iran to withdraw", "prompting Britain to accuse Beijing") and
// that-clauses ("demanded that Russia pull its troops"). They decide whether
// a group is an act of its own, a hypothetical one, or part of its
// governor's event.
#include "events/sentence_coder.h"

namespace casus {

Inf SentenceCoder::Infinitive(int gi, const std::vector<const Pattern*>& matched,
                              int* governor) const {
  const VerbGroup& g = groups_[gi];
  *governor = -1;
  if (g.start < 1 || W(g.start - 1) != "to") return Inf::kNone;
  // The governing verb, across its object: "urged Israel and the
  // Palestinians to return", "sent 1,000 troops to Mozambique to help".
  int j = g.start - 2;
  while (j >= 0 && j > g.start - 12 && !IsMainVerb(j)) {
    if (Stops(j, kInfinitiveStops) && !InCompound(j)) break;
    --j;
  }
  if (j < 0 || !IsMainVerb(j)) {
    // "in a bid to end", "plans to": a purpose or plan, not an act.
    return Inf::kSuppressed;
  }
  int gov = main_[j];
  *governor = gov;
  int32_t lem = LemmaId(j);
  // "Iran is believed to have supplied drones": the act, reported.
  if (j == g.start - 2 && groups_[gov].passive && p_.raising_verbs->Has(lem)) return Inf::kReported;
  // "is about to restore": the imminent act is asserted.
  if (j == g.start - 3 && p_.be_forms->Has(Id(j)) && p_.imminent_words->Has(Id(j + 1)))
    return Inf::kAsserted;
  if (p_.threat_verbs->Has(lem)) return Inf::kHypothetical;
  // "vowed to hunt down the attackers": a promise to act against someone is
  // a threat (the governor is recoded), the act hypothetical.
  if (p_.vow_verbs->Has(lem) && matched[gi] &&
      EventPolicy::Lookup(p_.threat_by_code, matched[gi]->code))
    return Inf::kHypothetical;
  // "began to shell": aspect; "began a hunger strike to demand": purpose.
  if (p_.aspect_verbs->Has(lem)) return j == g.start - 2 ? Inf::kAsserted : Inf::kSuppressed;
  // "prompting Britain, Australia and Canada to accuse Beijing": the
  // caused act happened, done by the governor's object.
  if (p_.causative_verbs->Has(lem) && !matched[gov]) return Inf::kCaused;
  // "would seek to restore ties": the attempted act, planned.
  if (j == g.start - 2 && AttemptBeforeTo(gov, matched)) return Inf::kPlanned;
  if (!matched[gov]) {
    Inf c = Control(gi, j, matched);
    if (c != Inf::kNone) return c;
    // PETRARCH codes the lower verb when the upper one codes nothing ("Arnor
    // is inching nearer to accord with Gondor": "- INCHING &ACCORDSYN *").
    if (p_.petrarch.program) return Inf::kAsserted;
  }
  // A purpose or plan ("went on hunger strike to demand", "plans to
  // visit") is not an act; the governing verb carries the event.
  return Inf::kSuppressed;
}

// Group gi is a verb of attempting (syntax.txt [attempt-verbs]) right before
// "to", its pattern, if any, bare ("seek", not "seek * asylum").
bool SentenceCoder::AttemptBeforeTo(int gi, const std::vector<const Pattern*>& matched) const {
  const VerbGroup& g = groups_[gi];
  if (p_.CodersReading() || !p_.attempt_verbs) return false;
  if (!(g.verb + 2 < n_ && W(g.verb + 1) == "to" && IsMainVerb(g.verb + 2))) return false;
  const Pattern* act = matched[main_[g.verb + 2]];
  // "vowed to strike": the vow is the threat (Infinitive).
  if (act && p_.vow_verbs->Has(LemmaId(g.verb)) &&
      EventPolicy::Lookup(p_.threat_by_code, act->code))
    return false;
  // A generic intent (coding.txt [generic-intent-codes]) gives way to an act
  // that says more than its verb: words of its own or a party ("send *
  // troops into +", "attend +"; not "admit", "deploy").
  if (matched[gi] && p_.generic_intent.Covers(matched[gi]->code))
    return act && (act->literals > 0 ||
                   std::any_of(act->items.begin(), act->items.end(),
                               [](const PatternItem& it) { return it.kind == PatElem::kTarget; }));
  return p_.attempt_verbs->Has(LemmaId(g.verb)) && (!matched[gi] || matched[gi]->literals == 0);
}

// A comma between two members of one compound ("prompting Britain, Australia
// and Canada to accuse"): inside the object, no clause boundary.
bool SentenceCoder::InCompound(int j) const {
  if (j < 1 || j + 1 >= n_ || s_.mention_at[j - 1] < 0) return false;
  int k = j + 1;
  while (k < n_ && s_.mention_at[k] < 0 && (W(k) == "and" || PosAt(k) == Pos::kDet)) ++k;
  return k < n_ && s_.mention_at[k] >= 0 &&
         GroupOf(s_.mention_at[k]) == GroupOf(s_.mention_at[j - 1]);
}

// Control verbs with no pattern of their own (syntax.txt): the subject of
// the verb at j acts in the infinitive of group gi. "is due to visit": after
// a form of "be", the word before "to" is the verb's.
Inf SentenceCoder::Control(int gi, int j, const std::vector<const Pattern*>& matched) const {
  int32_t lem = LemmaId(j);
  int32_t adj = -1;
  // "voted on Sunday to demand": a time adjunct between the verb and "to".
  int to = groups_[gi].start - 1;
  if (to - 2 > j && W(to - 2) == "on" && TimeWord(to - 1)) to -= 2;
  if (j == to - 2 && p_.be_forms->Has(Id(j)))
    adj = Id(j + 1);
  else if (j != to - 1)
    return Inf::kNone;  // "voted in the assembly to"
  // "the Security Council voted to tighten sanctions": the vote is the act.
  if (p_.decision_verbs->Has(lem)) return Inf::kAsserted;
  // "is scheduled to visit Russia", "plans to sign": as "will visit" is.
  if (p_.plan_verbs->Has(lem) || p_.plan_verbs->Has(adj)) return Inf::kPlanned;
  // "is unwilling to extradite the suspects": a rejection, when a
  // cooperative act is refused; anything else refused is no event.
  if (p_.refusal_verbs->Has(lem) || p_.refusal_verbs->Has(adj))
    return matched[gi] && EventPolicy::Lookup(p_.rejection_by_code, matched[gi]->code)
               ? Inf::kRefused
               : Inf::kSuppressed;
  return Inf::kNone;
}

// Back over adverbs, commas and a short time phrase ("demanded on Monday that").
int SentenceCoder::SkipAdjunctsBack(int k) const {
  int lim = k - 5;
  while (k >= 0 && k > lim && s_.mention_at[k] < 0 && !IsMainVerb(k) &&
         (s_.toks[k].pos == Pos::kAdv || Stops(k, kComma) || s_.toks[k].pos == Pos::kPrep ||
          s_.toks[k].pos == Pos::kPropn || s_.toks[k].pos == Pos::kNum ||
          s_.toks[k].pos == Pos::kDet || s_.toks[k].pos == Pos::kNoun))
    --k;
  return k;
}

// The verb whose "that"-clause contains group gi ("demanded that Russia
// pull …"), or -1.
int SentenceCoder::ThatGovernor(int gi) const {
  const VerbGroup& g = groups_[gi];
  for (int j = g.start - 1; j >= 0; --j) {
    if (IsMainVerb(j)) return -1;
    if (W(j) == "that" && j > 0) {
      int k = SkipAdjunctsBack(j - 1);
      return IsMainVerb(k) ? main_[k] : -1;
    }
    if (Stops(j, kSubjectStops)) return -1;
  }
  return -1;
}

}  // namespace casus
