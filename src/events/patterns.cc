// Verb pattern matching: a group's verb lemma selects its patterns (most
// specific first); a pattern's words, skips (*) and slots (+ target, $
// source) are matched forward from the verb. All working state (the relaxed
// pass, the slots, the tokens the words matched) lives in a MatchState passed
// down: matching the same group twice gives the same result.
#include <algorithm>

#include "events/sentence_coder.h"

namespace casus {

bool SentenceCoder::Lit(const PatternItem& it, int q) const {
  const Token& t = s_.toks[q];
  if (t.id >= 0 && t.id == it.id) return true;
  if (t.nlem >= 0 && (t.nlem == it.nlem || t.nlem == it.id)) return true;
  if (t.vlem >= 0 && (t.vlem == it.vlem || t.vlem == it.id)) return true;
  return false;
}

// Matches pattern items from item k at token p. Returns the end token or -1.
int SentenceCoder::MatchItems(const Pattern& pat, size_t k, int p, MatchState* ms) const {
  if (k == pat.items.size()) return p;
  const PatternItem& it = pat.items[k];
  // Second pass: a closing "with +" / "on +" may be absent ("India and China held talks").
  // Only after other words matched: "call upon +" without "upon" is not a pattern.
  // Nor when another preposition stands in its place ("sent tanks into" is not "sent tanks to").
  if (ms->relaxed && k > 0 && k + 2 == pat.items.size() && it.kind == PatElem::kWord &&
      pat.items[k + 1].kind == PatElem::kTarget &&
      (p >= n_ || (!Lit(it, p) && s_.toks[p].pos != Pos::kPrep && s_.toks[p].pos != Pos::kTo)))
    return p;
  if (it.kind == PatElem::kSkip) {
    for (int s = 0; s <= 4 && p + s <= n_; ++s) {
      // A skip stays inside the clause.
      if (s > 0) {
        int q = p + s - 1;
        if (IsMainVerb(q) || Stops(q, kSkipStops)) break;
      }
      int r = MatchItems(pat, k + 1, p + s, ms);
      if (r >= 0) return r;
    }
    return -1;
  }
  int q = p;
  if (it.kind == PatElem::kWord) {
    int nouns = 0;
    while (q < n_ && !Lit(it, q)) {
      Pos ps = s_.toks[q].pos;
      bool skip = ps == Pos::kDet || ps == Pos::kPossPron || ps == Pos::kNum || ps == Pos::kAdj ||
                  (ps == Pos::kAdv && q <= p + 1) || Raw(q) == "'" ||
                  Stops(q, kQuote) ||  // "was 'cautiously optimistic'"
                  // modifiers between pattern words: "joint naval exercises"
                  (k > 0 && (ps == Pos::kNoun || ps == Pos::kPropn) && s_.mention_at[q] < 0 &&
                   ++nouns <= 2);
      if (!skip) break;
      ++q;
    }
    if (q < n_ && Lit(it, q)) {
      int r = MatchItems(pat, k + 1, q + 1, ms);
      if (r >= 0) ms->literal->push_back(q);
      return r;
    }
    return -1;
  }
  // Slot: a mention group must start here (after determiners, adjectives).
  while (q < n_ && q < p + 3 && (s_.toks[q].pos == Pos::kDet || s_.toks[q].pos == Pos::kAdj) &&
         s_.mention_at[q] < 0)
    ++q;
  if (q >= n_ || s_.mention_at[q] < 0) return -1;
  int mi = s_.mention_at[q];
  if (s_.mentions[mi].b != q && !(s_.mentions[mi].b < q)) return -1;
  int grp = GroupOf(mi);
  int end = q;
  for (const Mention& m : s_.mentions)
    if (m.group == grp) end = std::max(end, m.e);
  if (it.kind == PatElem::kTarget)
    ms->slot_t = grp;
  else
    ms->slot_s = grp;
  return MatchItems(pat, k + 1, end, ms);
}

// Matches `p` from token `start`; on success fills `f`.
bool SentenceCoder::TryPattern(const Pattern& p, int start, bool relaxed, Found* f) const {
  std::vector<int> literal;
  MatchState ms;
  ms.relaxed = relaxed;
  ms.literal = &literal;
  int end = MatchItems(p, 0, start, &ms);
  if (end < 0) return false;
  f->pat = &p;
  f->end = end;
  f->slot_t = ms.slot_t;
  f->slot_s = ms.slot_s;
  f->literal = std::move(literal);
  return true;
}

Found SentenceCoder::MatchVerb(int gi) const {
  Found f;
  const VerbGroup& g = groups_[gi];
  int32_t lem = s_.toks[g.verb].vlem;
  if (lem < 0) lem = s_.toks[g.verb].id;
  const std::vector<uint32_t>* pats = d_.PatternsFor(lem);
  for (int pass = 0; pass < 2 && !f.pat && pats; ++pass)
    for (uint32_t pi : *pats)
      if (TryPattern(d_.pattern(pi), g.verb + 1, pass == 1, &f)) break;
  // "was deeply worried", "is willing to": the participle is the
  // predicate of "be" ("be worried", "be willing to").
  if (!f.pat && g.start < g.verb) {
    bool be = false;
    for (int k = g.start; k < g.verb; ++k)
      be |= s_.toks[k].pos == Pos::kAux && p_.be_forms->Has(Id(k));
    const std::vector<uint32_t>* bp = be ? d_.PatternsFor(d_.be_lemma()) : nullptr;
    for (size_t i = 0; bp && i < bp->size(); ++i) {
      const Pattern& p = d_.pattern((*bp)[i]);
      if (p.items.empty() || p.items[0].kind != PatElem::kWord) continue;
      if (TryPattern(p, g.verb, false, &f)) {
        f.copula = true;
        break;
      }
    }
  }
  // Beyond the verb's patterns (wordnet.cc): a frame or support verb beats
  // a plain frame ("suspended aid", "launched an offensive"); a verb with
  // nothing else borrows a WordNet relative's plain frame.
  if ((!f.pat || (f.pat->literals == 0 && !f.copula)) && Frames(gi, &f)) return f;
  if (!f.pat) BackOff(gi, pats != nullptr, &f);
  return f;
}

}  // namespace casus
