// The coding rules of imported dictionary sets (a TABARI set with .options,
// PETRARCH's program rules): where their coders find a verb's parties when
// casus's own reading would differ. Called from Decide (coding_rules.cc).
#include "events/coding_imported.h"

#include "events/petrarch.h"
#include "events/tabari.h"

namespace casus {

// An imported TABARI or PETRARCH set, a verb with no subject: TABARI's coder
// takes the first actor of the sentence part that is not the target, before
// or after the verb ("Estonia's is about to restore full diplomatic ties
// with Libya"; "An Eriadorian was shot dead in Osgiliath" with the pattern
// "+ WAS * DEAD"); PETRARCH's suite expects the same of its subject phrase.
// Only for the part's first verb with a pattern: TABARI codes a clause's
// first event and stops ("... renewed diplomatic ties after a 12-year
// break": not "break"). A TABARI set with .options says what a clause is:
// CODE BY CLAUSE, its default, starts one at a conjunction ("... or assail
// Arnor on Thursday": Gondor's act too); CODE ALL codes every verb.
int TabariSource(const SentenceCoder& sc, const SentenceFacts& facts, int gi, int not_group) {
  const Sentence& s = sc.sentence();
  const int verb = sc.groups()[gi].verb;
  int from = 0, to = int(s.toks.size());
  for (int k = verb - 1; k >= 0 && from == 0; --k)
    if (sc.Stops(k, kSentencePartStops)) from = k + 1;
  for (int k = verb + 1; k < to; ++k)
    if (sc.Stops(k, kSentencePartStops)) to = k;
  const TabariOptions& o = sc.policy().tabari;
  if (o.code_by != TabariOptions::CodeBy::kAll)
    for (int j = 0; j < gi; ++j)
      if (facts.found[j].pat && sc.groups()[j].verb >= from &&
          !(o.on && o.code_by == TabariOptions::CodeBy::kClause &&
            TabariClause(sc, sc.groups()[j].verb) != TabariClause(sc, verb)))
        return -1;
  for (const Mention& m : s.mentions)
    if (m.b >= from && m.b < to && m.group != not_group && !m.area && !m.media &&
        (!m.country.empty() || m.igo))
      return m.group;
  return -1;
}

namespace {

// A TABARI set (policy.h): TABARI reads no syntax. Its clauses run between
// conjunctions; its actors are any coded ones, the code telling them apart.
struct TabariSpan {
  int from = 0, to = 0;  // the verb's clause, tokens [from, to)
  bool opens_with_actor = false;
};
TabariSpan TabariClauseSpan(const SentenceCoder& sc, int verb) {
  const Sentence& s = sc.sentence();
  const int n = int(s.toks.size()), clause = TabariClause(sc, verb);
  TabariSpan c;
  c.from = verb;
  while (c.from > 0 && TabariClause(sc, c.from - 1) == clause) --c.from;
  c.to = verb + 1;
  while (c.to < n && TabariClause(sc, c.to + 1) == clause) ++c.to;
  c.opens_with_actor = c.from < n && s.mention_at[c.from] >= 0;
  return c;
}

// A bare agent ("a senior official") is no actor of its own; a code of the
// .actors file is, country or not ("the Muslims": MOS).
bool TabariActor(const Mention& m) {
  const bool agent = !m.entry || m.entry->field == ActorField::kRole;
  return !m.area && !m.media && (!m.country.empty() || m.igo || !agent);
}

// TABARI's source: the first actor of the verb's clause, wherever it stands
// ("Elrond, that Calimehtar attacked Gandalf": Elrond); a later clause that
// does not open with an actor keeps the sentence's. -1: none.
int TabariClauseSource(const SentenceCoder& sc, int gi, const std::string& not_code) {
  const Sentence& s = sc.sentence();
  const TabariSpan c = TabariClauseSpan(sc, sc.groups()[gi].verb);
  const int from = c.from == 0 || c.opens_with_actor ? c.from : 0;
  for (const Mention& m : s.mentions)
    if (TabariActor(m) && m.b >= from && m.b < c.to && m.code != not_code) return m.group;
  return -1;
}

// TABARI's target: the first actor after the verb in its clause whose code
// is not the source's; else the last such before the verb ("Red Cross
// accepts that Secretary General might affirm or allow ...": UNO). -1: none.
int TabariClauseTarget(const SentenceCoder& sc, int gi, int sgroup) {
  const Sentence& s = sc.sentence();
  const int verb = sc.groups()[gi].verb;
  const TabariSpan c = TabariClauseSpan(sc, verb);
  const Mention* src = FirstOfGroup(s, sgroup);
  auto fits = [&](const Mention& m) {
    return TabariActor(m) && m.group != sgroup && (!src || m.code != src->code);
  };
  for (const Mention& m : s.mentions)
    if (fits(m) && m.b > verb && m.b < c.to) return m.group;
  for (size_t mi = s.mentions.size(); mi-- > 0;) {
    const Mention& m = s.mentions[mi];
    if (fits(m) && m.b < verb && m.b >= c.from) return m.group;
  }
  return -1;
}

}  // namespace

// A TABARI set: its parties in place of the syntax's, where no pattern slot
// names them and the verb is not a passive with its agent.
void TabariParties(const SentenceCoder& sc, const Found& f, int gi, GroupDecision* d) {
  const Sentence& s = sc.sentence();
  const TabariOptions& o = sc.policy().tabari;
  const VerbGroup& g = sc.groups()[gi];
  // "$ *" names the source alone: the target is the one TABARI finds for
  // any verb ("Gollum, ..., called on Gondor": Gondor).
  if (f.slot_s >= 0 && f.slot_t < 0 && f.slot_c < 0) {
    d->tgroup = TabariClauseTarget(sc, gi, d->sgroup);
    return;
  }
  if (f.slot_s >= 0 || f.slot_c >= 0 || (g.passive && !d->as_active)) return;
  const Mention* t = FirstOfGroup(s, f.slot_t);
  d->sgroup = TabariClauseSource(sc, gi, t ? t->code : "");
  // DEFAULT: SOURCE [X] PRIOR: an actor after the verb is no source ("Fxrnost
  // ... ties with Gondor and Bree": X on both).
  const Mention* sm = FirstOfGroup(s, d->sgroup);
  if (sm && sm->b > g.verb && o.source_prior && !o.default_source.empty()) d->sgroup = -1;
  if (f.slot_t < 0) d->tgroup = TabariClauseTarget(sc, gi, d->sgroup);
}

// A TABARI set's DEFAULT: SOURCE [X] (policy.h), for a source no pattern
// slot set. With PRIOR the source is X whenever no actor precedes the verb
// ("Fxrnost is about to restore full diplomatic ties with Gondor": X, and
// Gondor the target). Otherwise X only when nobody is found; but TABARI's
// source search takes the clause's first actor wherever it is, so the
// target found becomes the source ("Fxrnost ... ties with Gondor": Gondor,
// and the default target).
DefaultSide DefaultSource(const SentenceCoder& sc, const Found& f, int gi, GroupDecision* d) {
  const TabariOptions& o = sc.policy().tabari;
  const VerbGroup& g = sc.groups()[gi];
  if (!o.HasDefault() || f.slot_s >= 0 || f.slot_c >= 0 || (g.passive && !d->as_active))
    return DefaultSide::kNo;
  const Mention* src = FirstOfGroup(sc.sentence(), d->sgroup);
  if (!o.default_source.empty() && o.source_prior && (!src || src->b > g.verb)) {
    d->sgroup = -1;
    return DefaultSide::kDefault;
  }
  if (d->sgroup >= 0) return DefaultSide::kNo;
  if (d->tgroup >= 0 && f.slot_t < 0) {
    d->sgroup = d->tgroup;
    d->tgroup = -1;
    return DefaultSide::kFromTarget;
  }
  return o.default_source.empty() ? DefaultSide::kNo : DefaultSide::kDefault;
}

// A TABARI set's DEFAULT: TARGET [Y], for a target no pattern slot set.
// With AFTER the target is Y whenever no actor follows the verb ("Bree and
// Arnor are about to restore full diplomatic ties with Gxndor": each with
// Y, not with each other); otherwise only when nobody at all is found.
void DefaultTarget(const SentenceCoder& sc, const Found& f, int gi, bool passive,
                   GroupDecision* d) {
  const TabariOptions& o = sc.policy().tabari;
  if (o.default_target.empty() || f.slot_t >= 0 || f.slot_c >= 0 || passive) return;
  const int verb = sc.groups()[gi].verb;
  bool after = false;
  for (int t : d->tgt) after |= t >= 0 && sc.sentence().mentions[t].b > verb;
  if (d->tgt.empty() ? (o.target_after || !d->reciprocal) : (o.target_after && !after)) {
    d->tgt.assign(1, kDefaultParty);
    d->reciprocal = false;
  }
}

// PETRARCH's target is the first noun phrase of the verb's phrase, a place
// too ("Bree President Romendacil arrived in Gondor on Monday on his first
// official foreign visit": GON, not the official).
void PlaceObject(const Sentence& s, const VerbGroup& g, GroupDecision* d) {
  const int k = g.verb + 2;
  if (k < int(s.toks.size()) && s.toks[k - 1].pos == Pos::kPrep && s.mention_at[k] >= 0 &&
      s.mentions[s.mention_at[k]].place)
    d->tgroup = s.mentions[s.mention_at[k]].group;
}

// An imported TABARI or PETRARCH set: the first actor after the verb,
// wherever it is ("criticized the recent closure of guest houses in Bree").
// PETRARCH searches the verb's phrase only ("crowds burned down its embassy,
// a senior Bree official said": no one, not Bree).
void TargetAfterVerb(const SentenceCoder& sc, const VerbGroup& g, GroupDecision* d) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const int phrase_end = p.petrarch.program ? PetrarchPhraseEnd(s, g.verb) : -1;
  for (size_t mi = 0; mi < s.mentions.size(); ++mi) {
    const Mention& m = s.mentions[mi];
    if (phrase_end >= 0 && m.b >= phrase_end) break;
    // Nor a pronoun ("Frodo said he has deep satisfaction toward Gondor":
    // GON): PETRARCH codes noun phrases only.
    if (p.petrarch.program && m.pronoun) continue;
    if (m.b > g.verb && m.group != d->sgroup && !m.area && !m.media &&
        (!m.country.empty() || m.igo)) {
      // PETRARCH's target is the whole compound ("toward Gondor and Arnor's
      // Elrond": GON and ARN).
      if (p.petrarch.program)
        sc.Members(m.group, &d->tgt);
      else
        d->tgt.push_back(int(mi));
      return;
    }
  }
}

}  // namespace casus
