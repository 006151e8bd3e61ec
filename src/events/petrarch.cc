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

void PetrarchVerbWords(const Dictionaries& d, Sentence* s) {
  const int n = int(s->toks.size());
  for (int k = 1; k + 1 < n; ++k) {
    Token& t = s->toks[k];
    if (t.pos != Pos::kAdj || t.upper_initial || s->mention_at[k] >= 0) continue;
    const uint32_t verb = t.tags & (kTagVB | kTagVBD | kTagVBP);
    const int32_t lemma = t.vlem >= 0 ? t.vlem : t.id;
    if (!verb || lemma < 0 || !d.PatternsFor(lemma)) continue;
    // After an actor ("Fornost and Gondor welcome a resumption") or a
    // conjunction that joins no adjectives ("on Thursday and promised aid").
    const Token& prev = s->toks[k - 1];
    const bool after_actor = s->mention_end[k - 1] >= 0;
    const bool after_and = prev.pos == Pos::kConj && k >= 2 && s->toks[k - 2].pos != Pos::kAdj;
    const Pos next = s->toks[k + 1].pos;
    if (!(after_actor || after_and) || (next != Pos::kDet && next != Pos::kNoun)) continue;
    t.pos = Pos::kVerb;
    t.vform = (verb & kTagVBD) ? VForm::kPast : (verb & kTagVBP) ? VForm::kPres : VForm::kBase;
  }
}

namespace {

// Whether a pattern of the verb with lemma `lemma` glues the word of token
// `prev` right before it ("WIRE_+TAP": "wire" before "tap").
bool GluedBefore(const Dictionaries& d, int32_t lemma, const Token& prev) {
  const std::vector<uint32_t>* pats = d.PatternsFor(lemma);
  if (!pats || prev.id < 0) return false;
  for (uint32_t pi : *pats) {
    const Pattern& p = d.pattern(pi);
    for (size_t i = 0; i + 1 < p.items.size(); ++i) {
      if (p.items[i].kind != PatElem::kBefore || !p.items[i].glued) continue;
      const PatternItem& last = p.items.back();
      if (last.kind == PatElem::kWord && (last.id == prev.id || last.id == prev.vlem)) return true;
    }
  }
  return false;
}

}  // namespace

void PetrarchGluedVerbs(const Dictionaries& d, Sentence* s) {
  for (int k = 1; k < int(s->toks.size()); ++k) {
    Token& t = s->toks[k];
    const int32_t lemma = t.vlem >= 0 ? t.vlem : t.id;
    if (t.pos == Pos::kVerb || !(t.tags & kTagVerbAny) || s->mention_at[k] >= 0 || lemma < 0 ||
        !GluedBefore(d, lemma, s->toks[k - 1]))
      continue;
    s->toks[k - 1].pos = Pos::kNoun;
    s->toks[k - 1].vform = VForm::kNone;
    t.pos = Pos::kVerb;
    t.vform = (t.tags & kTagVBD) ? VForm::kPast : VForm::kBase;
  }
}

void PetrarchNegatedVerbs(const Dictionaries& d, Sentence* s) {
  const int n = int(s->toks.size());
  for (int k = 0; k + 2 < n; ++k) {
    const Pos pk = s->toks[k].pos;
    if ((pk != Pos::kAux && pk != Pos::kModal) || s->toks[k + 1].pos != Pos::kNeg) continue;
    int j = k + 2;
    while (j < n && (s->toks[j].tags & kTagRB)) ++j;
    if (j >= n || j == k + 2 || s->mention_at[j] >= 0) continue;
    Token& t = s->toks[j];
    const int32_t lemma = t.vlem >= 0 ? t.vlem : t.id;
    if (t.pos == Pos::kVerb || !(t.tags & kTagVB) || lemma < 0 || !d.PatternsFor(lemma)) continue;
    for (int a = k + 2; a < j; ++a) s->toks[a].pos = Pos::kAdv, s->toks[a].vform = VForm::kNone;
    t.pos = Pos::kVerb;
    t.vform = VForm::kBase;
  }
}

void InnerVerbsDropped(const SentenceCoder& sc, const std::vector<int>& sourceless,
                       SentenceOut* so) {
  const Sentence& s = sc.sentence();
  const auto& groups = sc.groups();
  std::vector<Event>& ev = so->out->events;
  const size_t first = so->first_event;
  std::vector<int> coded(sourceless);
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
