// Verb pattern matching: a group's verb lemma selects its patterns (most
// specific first); a pattern's words, skips (*) and slots (+ target, $
// source) are matched forward from the verb. All working state (the relaxed
// pass, the slots, the tokens the words matched) lives in a MatchState passed
// down: matching the same group twice gives the same result.
#include <algorithm>
#include <cctype>

#include "events/sentence_coder.h"
#include "events/tabari.h"

namespace casus {

// Whether mention group grp has more than one member ("Gondor and Osgiliath").
bool SentenceCoder::Compound(int grp) const {
  int n = 0;
  for (const Mention& m : s_.mentions) n += m.group == grp;
  return n > 1;
}

// A TABARI set matches words, not lemmas: the very word, or for a word
// '_' does not join to the next any word it begins (PatternItem::prefix:
// "NOW + HAVE BEEN * $ RECENT" in "... of the Prince of Dol Amroth
// recently").
bool SentenceCoder::Lit(const PatternItem& it, int q) const {
  const Token& t = s_.toks[q];
  if (t.id >= 0 && t.id == it.id) return true;
  // PETRARCH matches the word as written: "adopt a set of resolutions" is
  // not "- * RESOLUTION [102]" (its synsets list their plurals).
  if (p_.petrarch.program) return false;
  if (p_.tabari.on) {
    if (!it.prefix || it.id < 0) return false;
    const std::string_view stem = d_.lexicon().Word(it.id);
    // The lexicon's word is lowercase already; an unknown one is lowered here.
    const std::string_view w = t.id >= 0 ? d_.lexicon().Word(t.id) : s_.Word(q);
    if (w.size() <= stem.size()) return false;
    if (t.id >= 0) return w.compare(0, stem.size(), stem) == 0;
    for (size_t i = 0; i < stem.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(w[i])) != stem[i]) return false;
    return true;
  }
  if (t.nlem >= 0 && (t.nlem == it.nlem || t.nlem == it.id)) return true;
  if (t.vlem >= 0 && (t.vlem == it.vlem || t.vlem == it.id)) return true;
  return false;
}

// A weekday ("Friday") or date word ("yesterday") of data/rules/dates.txt:
// a time adjunct between pattern words, never a pattern word itself.
bool SentenceCoder::TimeWord(int q) const {
  if (q < 0 || q >= n_ || s_.toks[q].id < 0) return false;
  const EnrichRules& r = d_.enrich();
  return (s_.toks[q].upper_initial && r.weekdays && r.weekdays->Find(s_.toks[q].id)) ||
         (r.date_words && r.date_words->Find(s_.toks[q].id));
}

// Whether the word at q, in a bare role, modifies the noun after it: the
// "missile" of "air and missile strikes", the "ballistic" of "fired
// ballistic missiles at" say what kind, not who.
bool SentenceCoder::RoleModifier(int q) const {
  const Mention& m = s_.mentions[s_.mention_at[q]];
  return m.country.empty() && !m.igo && q + 1 < n_ && s_.toks[q + 1].pos == Pos::kNoun;
}

// PETRARCH's "^": the end of the noun phrase at p (before `stop`), its
// preposition first if it has one: determiners, adjectives, nouns, numbers
// and possessives ("with Eriador next week"), not an "of" phrase ("the
// parliament | of Gondor"). p when none starts there.
int SentenceCoder::NounPhraseEnd(int p, int stop) const {
  int q = p < stop && s_.toks[p].pos == Pos::kPrep ? p + 1 : p;
  const int b = q;
  while (q < stop) {
    const Pos ps = s_.toks[q].pos;
    if (ps != Pos::kDet && ps != Pos::kAdj && ps != Pos::kNoun && ps != Pos::kPropn &&
        ps != Pos::kNum && ps != Pos::kPoss && ps != Pos::kPossPron)
      break;
    ++q;
  }
  return q > b ? q : p;
}

// "fired missiles at targets in Syria": a target slot with a thing, not an
// actor, whose place names the party acted upon. Returns the place's first
// token, or q when the words at q are not such a thing.
int SentenceCoder::PlacedThing(int q) const {
  int j = q;
  while (j < n_ && j < q + 3 && s_.mention_at[j] < 0 &&
         (s_.toks[j].pos == Pos::kNoun || s_.toks[j].pos == Pos::kAdj))
    ++j;
  if (j == q || j + 1 >= n_ || s_.toks[j - 1].pos != Pos::kNoun ||
      !p_.party_place_prepositions->Has(Id(j)))
    return q;
  int pl = j + 1;
  while (pl < n_ && pl < j + 3 && s_.mention_at[pl] < 0 &&
         (s_.toks[pl].pos == Pos::kDet || s_.toks[pl].pos == Pos::kAdj))
    ++pl;
  if (pl >= n_ || s_.mention_at[pl] < 0) return q;
  const Mention& m = s_.mentions[s_.mention_at[pl]];
  return (m.city || m.place) && !m.area && !m.country.empty() ? pl : q;
}

// "agreed at a summit in Warsaw on Friday to deploy": a phrase of where,
// naming a place, between pattern words. Returns the token after it, or q
// when the words at q are no such phrase.
int SentenceCoder::PlaceAdjunctEnd(int q) const {
  if (!p_.place_adjunct_prepositions->Has(Id(q))) return q;
  int j = q + 1;
  bool place = false;
  while (j < n_ && j < q + 8) {
    if (s_.mention_at[j] >= 0) {
      const Mention& m = s_.mentions[s_.mention_at[j]];
      if (!(m.place || m.city) || m.b != j) break;
      place = true;
      j = m.e;
      continue;
    }
    Pos ps = s_.toks[j].pos;
    if (ps == Pos::kDet || ps == Pos::kAdj || ps == Pos::kNoun ||
        (ps == Pos::kPrep && p_.place_adjunct_prepositions->Has(Id(j))))
      ++j;
    else
      break;
  }
  return place ? j : q;
}

// A TABARI set's patterns read on to the end of the verb's clause, past
// commas and "that" ("Gollum allowed that Mordor isn't a really pleasant
// place": * REAL~_PLEASANT); its clauses end at conjunctions (tabari.h).
bool SentenceCoder::InTabariClause(int q, const MatchState* ms) const {
  if (q < 0 || q >= int(tabari_clause_.size()) || ms->verb < 0) return false;
  return tabari_clause_[q] == tabari_clause_[ms->verb];
}

// Matches pattern items from item k at token p. Returns the end token or -1.
int SentenceCoder::MatchItems(const Pattern& pat, size_t k, int p, MatchState* ms) const {
  if (k == ms->post_end) return p;
  const PatternItem& it = pat.items[k];
  // Second pass: a closing "with +" / "on +" may be absent ("India and China held talks").
  // Only after other words matched: "call upon +" without "upon" is not a pattern.
  // Nor when another preposition stands in its place ("sent tanks into" is not "sent tanks to").
  if (ms->relaxed && k > 0 && k + 2 == ms->post_end && it.kind == PatElem::kWord &&
      pat.items[k + 1].kind == PatElem::kTarget &&
      (p >= n_ || (!Lit(it, p) && s_.toks[p].pos != Pos::kPrep && s_.toks[p].pos != Pos::kTo)))
    return p;
  // "^" passes over an actor for a TABARI coder only; elsewhere it is the
  // skip it always was.
  // TABARI matches greedily: a word or slot after a skip is its first
  // occurrence in the clause, which the item finds itself.
  if (it.kind == PatElem::kSkip && p_.tabari.on && k + 1 < ms->post_end &&
      !pat.items[k + 1].glued && pat.items[k + 1].kind != PatElem::kSkip)
    return MatchItems(pat, k + 1, p, ms);
  // PETRARCH's "^" passes over one noun phrase, its preposition too ("warned
  // at the Gondor of the Prince of Dol Amroth": "- * AT ^ +", DOL).
  if (it.kind == PatElem::kSkipActor && p_.petrarch.program && !p_.tabari.on) {
    const int q = NounPhraseEnd(p, ms->stop);
    return q > p ? MatchItems(pat, k + 1, q, ms) : -1;
  }
  if (it.kind == PatElem::kSkip || (it.kind == PatElem::kSkipActor && !p_.tabari.on)) {
    // Up to four words; an amount counts as none ("announced another $800
    // million in military aid for Ukraine").
    // PETRARCH's reaches over the verb's whole phrase, its clauses included
    // ("allowed that Mordor isn't a really pleasant place": "- *
    // REALLY_PLEASANT [024]"), to a comma. A TABARI set's skip reads words
    // alone, verbs or not, as far as it needs ("signed an 800 million ducat
    // trade protocol": SIGN * PROTOCOL).
    const bool phrase = p_.petrarch.program;
    const bool tabari = p_.tabari.on;
    const int most = phrase ? 12 : 4;
    for (int s = 0, words = 0; (tabari || words <= most) && p + s <= ms->stop; ++s) {
      // A skip stays inside the clause.
      if (s > 0) {
        int q = p + s - 1;
        if (tabari ? !InTabariClause(q, ms)
                   : ((!phrase && IsMainVerb(q)) ||
                      Stops(q, phrase ? kComma | kSemicolon : kSkipStops)))
          break;
        bool amount = s_.toks[q].pos == Pos::kNum || (s_.toks[q].pos == Pos::kPunct && q + 1 < n_ &&
                                                      s_.toks[q + 1].pos == Pos::kNum);  // "$", "€"
        if (!amount) ++words;
        if (!tabari && words > most) break;
      }
      int r = MatchItems(pat, k + 1, p + s, ms);
      if (r >= 0) return r;
    }
    return -1;
  }
  int q = p;
  if (it.kind == PatElem::kWord) {
    int nouns = 0;
    while (!it.glued && q < ms->stop && !Lit(it, q)) {
      // A TABARI set: words apart stand anywhere after ("Eriador's death
      // toll has risen": DEATH TOLL RISEN), inside the clause.
      if (p_.tabari.on) {
        if (!InTabariClause(q, ms)) break;
        ++q;
        continue;
      }
      Pos ps = s_.toks[q].pos;
      bool skip = ps == Pos::kDet || ps == Pos::kPossPron || ps == Pos::kNum || ps == Pos::kAdj ||
                  (ps == Pos::kAdv && q <= p + 1) || Raw(q) == "'" ||
                  Stops(q, kQuote) ||  // "was 'cautiously optimistic'"
                  // modifiers between pattern words: "joint naval exercises"
                  (k > 0 && (ps == Pos::kNoun || ps == Pos::kPropn) &&
                   (s_.mention_at[q] < 0 || RoleModifier(q)) && ++nouns <= 2) ||
                  // "air and missile strikes", "rail and bus links"
                  (k > 0 && q > p && ps == Pos::kConj && W(q) == "and" && q + 1 < ms->stop &&
                   s_.toks[q - 1].pos == Pos::kNoun && s_.toks[q + 1].pos == Pos::kNoun) ||
                  TimeWord(q) || (W(q) == "on" && TimeWord(q + 1));  // "agreed on Friday to"
      if (!skip && ps == Pos::kPrep) {
        const int past = PlaceAdjunctEnd(q);
        if (past > q) {
          q = past;
          continue;
        }
      }
      if (!skip) break;
      ++q;
    }
    if (q < ms->stop && Lit(it, q)) {
      int r = MatchItems(pat, k + 1, q + 1, ms);
      if (r >= 0) ms->literal->push_back(q);
      return r;
    }
    return -1;
  }
  // "fired on and seized three Ukrainian vessels": the verbs share the party.
  if (q + 1 < n_ && p_.object_coordinators->Has(Id(q)) && IsMainVerb(q + 1)) q += 2;
  const int slot_from = q;
  // Slot: a mention group must start here (after determiners, adjectives;
  // glued: after a determiner at most). PETRARCH's slot is the next noun
  // phrase, a prepositional one too ("received by courier money from
  // Osgiliath": "- + * MONEY $", OSG). A TABARI set's slot not glued to
  // what comes before is the next actor in the clause ("warned at the
  // Gondor of the Prince of Dol Amroth": * AT ^ +).
  const bool anywhere = p_.tabari.on && !it.glued;
  // PETRARCH's noun phrase also takes a prefix written with its hyphen ("an
  // anti- Gondor parade").
  auto prefix = [&](int t) {
    return p_.petrarch.program && t + 1 < n_ && Raw(t + 1) == "-" &&
           s_.toks[t + 1].begin == s_.toks[t].end;
  };
  while (q < n_ && (anywhere || q < slot_from + (it.glued ? 1 : 3)) &&
         (anywhere ? InTabariClause(q, ms)
                   : (s_.toks[q].pos == Pos::kDet || s_.toks[q].pos == Pos::kAdj ||
                      (s_.toks[q].pos == Pos::kNum && slot_from > p) ||
                      (p_.petrarch.program && !it.glued && q == slot_from &&
                       s_.toks[q].pos == Pos::kPrep))) &&
         s_.mention_at[q] < 0)
    ++q;
  if (!anywhere && q + 2 < n_ && s_.mention_at[q] < 0 && prefix(q)) q += 2;
  if (q < n_ && s_.mention_at[q] < 0 && it.kind == PatElem::kTarget && !p_.tabari.on)
    q = PlacedThing(q);
  // PETRARCH: a noun phrase naming no actor is its "of" phrase's ("with the
  // leaders of Gondor": GON).
  if (q < n_ && s_.mention_at[q] < 0 && p_.petrarch.program && !p_.tabari.on) {
    const int e = NounPhraseEnd(q, ms->stop);
    if (e > q && e + 1 < n_ && W(e) == "of" && s_.mention_at[e + 1] >= 0) q = e + 1;
  }
  if (q >= n_ || s_.mention_at[q] < 0) return -1;
  int mi = s_.mention_at[q];
  if (s_.mentions[mi].b != q && !(s_.mentions[mi].b < q)) return -1;
  int grp = GroupOf(mi);
  int end = q;
  for (const Mention& m : s_.mentions)
    if (m.group == grp) end = std::max(end, m.e);
  if (it.kind == PatElem::kCompound && !Compound(grp)) return -1;
  if (it.kind == PatElem::kSkipActor) return MatchItems(pat, k + 1, end, ms);
  (it.kind == PatElem::kTarget   ? ms->slot_t
   : it.kind == PatElem::kSource ? ms->slot_s
                                 : ms->slot_c) = grp;
  int r = MatchItems(pat, k + 1, end, ms);
  // "called on Georgia and the separatist authorities in South Ossetia to":
  // the party's place, then the pattern's next word.
  if (r >= 0 || k + 1 == ms->post_end || pat.items[k + 1].kind != PatElem::kWord || end >= n_ ||
      !p_.party_place_prepositions->Has(Id(end)))
    return r;
  int pl = end + 1;
  while (pl < n_ && pl < end + 3 && s_.mention_at[pl] < 0 &&
         (s_.toks[pl].pos == Pos::kDet || s_.toks[pl].pos == Pos::kAdj))
    ++pl;
  if (pl >= n_ || s_.mention_at[pl] < 0) return -1;
  const Mention& place = s_.mentions[s_.mention_at[pl]];
  return place.group == grp ? -1 : MatchItems(pat, k + 1, place.e, ms);
}

// Matches the words before the verb (imported patterns: "indicated would |
// act now", "despite $ | criticize"), item k (walking back to the kBefore at
// ms->post_end) at or before token p. Between words it passes the little
// words of a verb phrase ("indicated it would act"), never a clause bound.
bool SentenceCoder::MatchBefore(const Pattern& pat, size_t k, int p, MatchState* ms) const {
  if (k == ms->post_end) return true;
  const PatternItem& it = pat.items[k];
  if (it.kind == PatElem::kSkip || (it.kind == PatElem::kSkipActor && !p_.tabari.on)) {
    for (int s = 0; s <= 4 && p - s >= -1; ++s) {
      if (s > 0 && Stops(p - s + 1, kSkipStops)) break;
      if (MatchBefore(pat, k - 1, p - s, ms)) return true;
    }
    return false;
  }
  // Glued to what follows it (the next item, or the verb after the last):
  // nothing between ("in_ | attend", "suggested_+").
  const bool glued =
      k + 1 < pat.items.size() ? pat.items[k + 1].glued : pat.items[ms->post_end].glued;
  int q = p;
  // A TABARI set reads its patterns over the words alone: a word or slot
  // not glued to what follows it may stand anywhere before it ("Arnor
  // suggested Gondor should apply ...": SUGGESTED * APPLY; "Gollum, ...,
  // called on Gondor": $ *).
  const bool anywhere = p_.tabari.on && !glued;
  if (it.kind == PatElem::kWord) {
    for (int gaps = 0; q >= 0 && !Lit(it, q); --q) {
      if (glued) return false;
      if (anywhere) continue;
      Pos ps = s_.toks[q].pos;
      bool small = ps == Pos::kDet || ps == Pos::kPossPron || ps == Pos::kPron || ps == Pos::kAdv ||
                   ps == Pos::kAdj || ps == Pos::kNum || ps == Pos::kAux || ps == Pos::kModal ||
                   ps == Pos::kNeg;
      // PETRARCH passes any word of the clause before its verb ("Neither
      // Galadriel nor Gollum boycotted": "- NEITHER * [081]"), and of the
      // clause it completes ("noted that Cirith Ungol regretted": "- NOTED
      // + *").
      const uint16_t stops = p_.petrarch.program ? kSkipStops & ~kWhWord : kSkipStops;
      if ((!small && !p_.petrarch.program) || Stops(q, stops) ||
          ++gaps > (p_.petrarch.program ? 8 : 3))
        return false;
    }
    if (q < 0 || !MatchBefore(pat, k - 1, q - 1, ms)) return false;
    ms->literal->push_back(q);
    return true;
  }
  // PETRARCH: an abbreviation in brackets belongs to the noun phrase before
  // it ("The Philippines and the European Union (EU) agree": "% | agree").
  if (p_.petrarch.program && !glued && q >= 2 && Raw(q) == ")")
    for (int o = q - 1; o >= 0 && o >= q - 4; --o)
      if (Raw(o) == "(") {
        q = o - 1;
        break;
      }
  // Slot: a mention group ends here (past auxiliaries and adverbs; for
  // PETRARCH, whose infinitive with no subject of its own reads its
  // governing verb's, past "to" and that verb too: "Gollum was seen to
  // break": "- + * IN $").
  const bool raised = p_.petrarch.program && q >= 0 && s_.toks[q].pos == Pos::kTo;
  while (!glued && q >= 0 && (anywhere || q > p - (raised ? 5 : 3)) && s_.mention_at[q] < 0 &&
         (anywhere || s_.toks[q].pos == Pos::kAdv || s_.toks[q].pos == Pos::kAux ||
          s_.toks[q].pos == Pos::kModal ||
          (raised && (s_.toks[q].pos == Pos::kTo ||
                      (s_.toks[q].pos == Pos::kVerb && s_.toks[q + 1].pos == Pos::kTo)))))
    --q;
  if (q < 0 || s_.mention_at[q] < 0) return false;
  int grp = GroupOf(s_.mention_at[q]);
  int b = q;
  for (const Mention& m : s_.mentions)
    if (m.group == grp && m.b <= q) b = std::min(b, m.b);
  if (it.kind == PatElem::kCompound && !Compound(grp)) return false;
  if (it.kind != PatElem::kSkipActor)
    (it.kind == PatElem::kTarget   ? ms->slot_t
     : it.kind == PatElem::kSource ? ms->slot_s
                                   : ms->slot_c) = grp;
  return MatchBefore(pat, k - 1, b - 1, ms);
}

// Matches `p` from token `start` (the verb is start - 1); on success fills `f`.
bool SentenceCoder::TryPattern(const Pattern& p, int start, bool relaxed, Found* f) const {
  std::vector<int> literal;
  MatchState ms;
  ms.relaxed = relaxed;
  ms.literal = &literal;
  ms.post_end = p.items.size();
  ms.verb = start - 1;
  for (size_t k = 0; k < p.items.size(); ++k)
    if (p.items[k].kind == PatElem::kBefore) ms.post_end = k;
  // "A Chinese boat was seized by the Indonesian navy off the Natuna
  // Islands": a passive's pattern words come before its agent ("seize *
  // island" is not this).
  ms.stop = IsMainVerb(start - 1) && groups_[main_[start - 1]].by >= 0
                ? groups_[main_[start - 1]].by
                : n_;
  int end = MatchItems(p, 0, start, &ms);
  if (end < 0) return false;
  if (ms.post_end < p.items.size() && !MatchBefore(p, p.items.size() - 1, start - 2, &ms))
    return false;
  f->pat = &p;
  f->end = end;
  f->slot_t = ms.slot_t;
  f->slot_s = ms.slot_s;
  f->slot_c = ms.slot_c;
  f->literal = std::move(literal);
  return true;
}

Found SentenceCoder::MatchVerb(int gi) const {
  Found f;
  const VerbGroup& g = groups_[gi];
  int32_t lem = s_.toks[g.verb].vlem;
  if (lem < 0) lem = s_.toks[g.verb].id;
  const std::vector<uint32_t>* pats = d_.PatternsFor(lem);
  // A TABARI set: a modal or auxiliary with patterns of its own is the
  // first verb TABARI reads ("Gondor should apply Geneva conventions":
  // SHOULD's "SUGGESTED * APPLY_{GENEVA | INTERNATIONAL} CONVENTIONS").
  for (int k = g.start; p_.tabari.on && k < g.verb; ++k) {
    const std::vector<uint32_t>* mp = d_.PatternsFor(LemmaId(k));
    for (int pass = 0; pass < 2 && !f.pat && mp; ++pass)
      for (uint32_t pi : *mp)
        if (TryPattern(d_.pattern(pi), k + 1, pass == 1, &f)) break;
    if (f.pat) return f;
  }
  // TABARI tries a verb's patterns longest first: of those with as many
  // words as the first that matches, the one with the most letters ("vowed
  // resistance to the end to the invading Rohans": RESISTANCE TO THE
  // INVADING over RESIST {TO THE END}); ties go to casus's order.
  if (p_.tabari.on && pats) {
    size_t best = 0;
    for (uint32_t pi : *pats) {
      if (f.pat && d_.pattern(pi).literals != f.pat->literals) break;
      Found m;
      if (!TryPattern(d_.pattern(pi), g.verb + 1, false, &m)) continue;
      size_t letters = 1;
      for (const PatternItem& it : m.pat->items)
        if (it.kind == PatElem::kWord && it.id >= 0) letters += d_.lexicon().Word(it.id).size();
      if (letters > best) best = letters, f = std::move(m);
    }
  }
  // A PETRARCH verb listed in an inflected form, keyed as written ("LEFT
  // [032:033]" beside "LEAVE [012]"): the program takes it alone ("Telemar
  // left for Minas Tirith": 032); otherwise it is tried after the lemma's.
  const std::vector<uint32_t>* own =
      p_.petrarch.on && s_.toks[g.verb].id >= 0 && s_.toks[g.verb].id != lem
          ? d_.PatternsFor(s_.toks[g.verb].id)
          : nullptr;
  if (own && p_.petrarch.program) pats = own, own = nullptr;
  for (const std::vector<uint32_t>* list : {pats, own})
    for (int pass = 0; pass < 2 && !f.pat && list; ++pass)
      for (uint32_t pi : *list)
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
