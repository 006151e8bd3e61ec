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
  std::vector<char> keep(ev.size() - first);
  for (size_t i = 0; i < keep.size(); ++i) keep[i] = !inner(so->ev_group[i]);
  KeepSentenceEvents(keep, so);
}

}  // namespace casus
