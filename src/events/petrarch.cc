// The PETRARCH program's sentence-level rules (petrarch.h).
#include "events/petrarch.h"

#include <algorithm>

#include "events/sentence_coder.h"

namespace casus {

int PetrarchPhraseEnd(const Sentence& s, int v) {
  const int n = int(s.toks.size());
  for (int k = v + 1; k < n; ++k) {
    if (s.Word(k) != ",") continue;
    int q = k + 1;
    while (q < n && (s.toks[q].pos == Pos::kDet || s.toks[q].pos == Pos::kAdj ||
                     s.toks[q].pos == Pos::kAdv || s.toks[q].pos == Pos::kNoun ||
                     s.toks[q].pos == Pos::kPropn))
      ++q;
    if (q > k + 1 && q < n && s.toks[q].pos == Pos::kVerb) return k;
  }
  return -1;
}

void InnerVerbsDropped(const SentenceCoder& sc, SentenceOut* so) {
  const Sentence& s = sc.sentence();
  const auto& groups = sc.groups();
  std::vector<Event>& ev = so->out->events;
  const size_t first = so->first_event;
  std::vector<int> coded;
  for (int gi : so->ev_group)
    if (gi >= 0 && std::find(coded.begin(), coded.end(), gi) == coded.end()) coded.push_back(gi);
  auto inner = [&](int gi) {
    if (gi < 0) return false;
    const VerbGroup& g = groups[gi];
    if (g.start > 0 && s.toks[g.start - 1].pos == Pos::kConj) return false;
    for (int a : coded) {
      const int v = groups[a].verb;
      if (a == gi || v >= g.verb) continue;
      const int end = PetrarchPhraseEnd(s, v);
      if (end < 0 || g.verb < end) return true;
    }
    return false;
  };
  size_t keep = first;
  for (size_t a = first; a < ev.size(); ++a) {
    const size_t i = a - first;
    if (inner(so->ev_group[i])) continue;
    if (keep != a) {
      ev[keep] = std::move(ev[a]);
      so->ev_mentions[keep - first] = so->ev_mentions[i];
      so->ev_group[keep - first] = so->ev_group[i];
      so->ev_derived[keep - first] = so->ev_derived[i];
    }
    ++keep;
  }
  ev.resize(keep);
  so->ev_mentions.resize(keep - first);
  so->ev_group.resize(keep - first);
  so->ev_derived.resize(keep - first);
}

}  // namespace casus
