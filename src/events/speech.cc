// Reported speech and attribution: which speaker each verb group's event is
// attributed to ("Syria's army said rebels had shelled …", ", the ministry
// said.", "according to Palestinian officials"). Speech verbs come from
// data/rules/speech.txt through the EventPolicy.
#include <algorithm>

#include "events/sentence_coder.h"

namespace casus {

// When the speech verb at v has a noun phrase for its object, no clause
// ("declared an air defence identification zone over ..."), the token
// where the next coordinated clause starts (", and", ", but", ";"); else
// the sentence's end.
int SentenceCoder::NounObjectEnd(int v) const {
  int k = v + 1;
  while (k < n_ && s_.mention_at[k] < 0 &&
         (s_.toks[k].pos == Pos::kDet || s_.toks[k].pos == Pos::kAdj ||
          s_.toks[k].pos == Pos::kNoun || s_.toks[k].pos == Pos::kNum))
    ++k;
  // "said the attack killed 12": a clause whose subject is a noun phrase.
  if (k == v + 1 || k >= n_ || s_.toks[k].pos == Pos::kVerb || s_.toks[k].pos == Pos::kAux ||
      s_.mention_at[k] >= 0)
    return n_;
  for (; k + 1 < n_; ++k) {
    if (Stops(k, kSemicolon)) return k;
    if (Stops(k, kComma) && s_.toks[k + 1].pos == Pos::kConj) return k;
  }
  return n_;
}

void SentenceCoder::Attribute(std::vector<Attribution>* att) const {
  att->assign(groups_.size(), Attribution{});
  // "according to X"
  for (int i = 0; i + 1 < n_; ++i) {
    if (W(i) == "according" && W(i + 1) == "to") {
      int k = i + 2;
      if (k < n_ && s_.mention_at[k] < 0 && s_.toks[k].pos == Pos::kDet) ++k;
      if (k < n_ && s_.mention_at[k] >= 0)
        for (auto& a : *att) a.speaker_group = GroupOf(s_.mention_at[k]);
    }
  }
  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    const VerbGroup& g = groups_[gi];
    int32_t lem = LemmaId(g.verb);
    // "accused Beijing of …" names a charge; "warned it would …" attributes
    // only when postposed (", officials warned.").
    if (!p_.speech_verbs->Has(lem) || p_.non_attributing_speech->Has(lem) ||
        (p_.postposed_only_speech->Has(lem) && !Postposed(int(gi))))
      continue;
    // The speaker after the verb: "..., says the Turkish interior minister."
    int after = -1;
    if (g.verb + 1 < n_) {
      int k = g.verb + 1;
      if ((s_.toks[k].pos == Pos::kDet || s_.toks[k].pos == Pos::kPossPron) && s_.mention_at[k] < 0)
        ++k;
      if (k < n_ && s_.mention_at[k] >= 0) after = GroupOf(s_.mention_at[k]);
    }
    // Speaker last, right after the comma: what precedes is the speech, not
    // a subject ("We will not extradite the suspect to Sweden, says ...").
    bool inverted = after >= 0 && g.start == g.verb && Stops(g.start - 1, kComma | kQuote) &&
                    Postposed(int(gi));
    int speaker = inverted ? after : Subject(int(gi));
    if (speaker < 0 && after >= 0) {
      speaker = after;
      inverted = true;
    }
    if (speaker < 0) continue;
    bool deny = p_.denial_verbs->Has(lem);
    // Postposed or parenthetical: ", X said." / ", said X," / ", X said,"
    int first = g.start;
    if (!inverted) {
      int sb = first;
      for (const Mention& m : s_.mentions)
        if (m.group == speaker) sb = std::min(sb, m.b);
      // "…, regional governor Oleksandr Prokudin said": modifiers before the actor
      while (sb > 0 && s_.mention_at[sb - 1] < 0 &&
             (s_.toks[sb - 1].pos == Pos::kAdj || s_.toks[sb - 1].pos == Pos::kDet ||
              s_.toks[sb - 1].pos == Pos::kNoun || s_.toks[sb - 1].pos == Pos::kPropn) &&
             first - sb < 6)
        --sb;
      first = sb;
    }
    if (first > 0 &&
        (Stops(first - 1, kComma) || (Stops(first - 1, kQuote) && Stops(first - 2, kComma)))) {
      int cut = first - 1;
      for (size_t gj = 0; gj < groups_.size(); ++gj)
        if (groups_[gj].verb < cut) (*att)[gj] = {speaker, deny};
    }
    // Complement: everything after the verb ("said (that) …"), up to a
    // new clause after a noun object ("China declared an air defence zone
    // ..., and Tokyo lodged a strong protest": Tokyo's act is no speech).
    const int end = NounObjectEnd(g.verb);
    for (size_t gj = 0; gj < groups_.size(); ++gj)
      if (groups_[gj].start > g.verb && groups_[gj].start < end && gj != gi)
        (*att)[gj] = {speaker, deny};
  }
}

}  // namespace casus
