// TABARI's reading of actor phrases (actors_passes.h): a phrase whose words
// may stand apart (ActorEntry::gaps), as TABARI's dictionaries write them
// with spaces ("PRINCE DOL_AMROTH", "AL GORE").
#include "match/actors_passes.h"

namespace casus::actors {

// A TABARI phrase whose words may stand apart (ActorEntry::gaps) read with
// other words between them, as TABARI does ("the Prince of Dol Amroth":
// PRINCE DOL_AMROTH; Al "The Weasel" Gore: AL GORE). Between them stand up
// to four words that are no verb, conjunction or punctuation but quotes,
// so that no verb is read into a name; at least one does (the contiguous
// match is LongestAt's).
ActorMatch GappedAt(const Dictionaries& d, const Sentence& s, int i) {
  ActorMatch best;
  const int n = int(s.toks.size());
  uint32_t node = d.Step(Dictionaries::kRoot, s.toks[i].id);
  int skipped = 0;
  for (int j = i + 1; node != Dictionaries::kNoNode && j < n; ++j) {
    const uint32_t next = d.Step(node, s.toks[j].id);
    if (next == Dictionaries::kNoNode) {
      const Token& t = s.toks[j];
      const bool quote = s.Word(j) == "\"" || s.Word(j) == "'";
      if ((t.pos == Pos::kPunct && !quote) || t.pos == Pos::kVerb || t.pos == Pos::kConj ||
          ++skipped > 4)
        break;
      continue;
    }
    node = next;
    if (!skipped) continue;
    for (uint32_t ei : d.node(node).entries) {
      const ActorEntry& e = d.actor(ei);
      if (!e.gaps || (s.day && (s.day < e.from || s.day > e.to))) continue;
      best = {j + 1, &e, false};
      break;
    }
  }
  return best;
}

}  // namespace casus::actors
