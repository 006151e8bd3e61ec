// The coding rules: which verb groups are events of their own, who their
// parties are, and which CAMEO code they get after the recodings. Every
// word class, role and code comes from the EventPolicy (data/rules/).
#include <algorithm>
#include <cctype>

#include "events/coding.h"
#include "events/coding_imported.h"
#include "events/petrarch.h"
#include "events/tabari.h"

namespace casus {

const Mention* FirstOfGroup(const Sentence& s, int group) {
  if (group < 0) return nullptr;
  for (const Mention& m : s.mentions)
    if (m.group == group) return &m;
  return nullptr;
}

bool HasScoreLine(const Sentence& s) {
  bool score = false;
  for (size_t k = 0; k + 2 < s.toks.size(); ++k)
    score |=
        s.toks[k].pos == Pos::kNum && s.Word(int(k) + 1) == "-" && s.toks[k + 2].pos == Pos::kNum;
  for (const Token& t : s.toks) {
    std::string_view w = s.text.substr(t.begin, t.end - t.begin);
    size_t dash = w.find('-');
    score |= dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() &&
             std::isdigit((unsigned char)w[0]) && std::isdigit((unsigned char)w[dash + 1]) &&
             w.size() <= 5;
  }
  return score;
}

namespace {

// The group of the verb of accusing (text.txt [of-gerund-verbs]) whose
// object does the -ing verb of group gi after "of", or -1: "accused Iran and
// Hezbollah of sowing strife".
int Accusation(const SentenceCoder& sc, int gi) {
  const Sentence& s = sc.sentence();
  const VerbGroup& g = sc.groups()[gi];
  // "of deliberately targeting civilians": past adverbs.
  int of = g.start - 1;
  while (of >= 0 && s.toks[of].pos == Pos::kAdv) --of;
  if (s.toks[g.verb].vform != VForm::kGerund || of < 1 || sc.W(of) != "of") return -1;
  for (int q = of - 1; q >= 0 && q >= of - 10; --q) {
    if (!sc.IsMainVerb(q)) continue;
    bool accuses = sc.dicts().lexicon().Entry(sc.LemmaId(q)).marks & kMarkOfGerundTaker;
    return accuses ? sc.GroupAt(q) : -1;
  }
  return -1;
}

// Whether every target names no state but the sources' own: a bare role
// ("militants") or one of the source members' countries; or stands after
// a preposition that names no party ("shook hands on the White House lawn").
bool JointObject(const SentenceCoder& sc, const std::vector<int>& src,
                 const std::vector<int>& tgt) {
  const Sentence& s = sc.sentence();
  for (int t : tgt) {
    const Mention& m = s.mentions[t];
    if (m.pronoun) return false;
    // After a preposition that names no party; or an owner inside a phrase
    // after the object, naming what the act is about ("agreed on a framework
    // for the elimination of Syria's chemical weapons"); or a city ("endorsed
    // a framework at the Annapolis conference").
    const bool after_prep = m.b > 0 && s.toks[m.b - 1].pos == Pos::kPrep;
    const bool owner = m.e < int(s.toks.size()) && s.toks[m.e].pos == Pos::kPoss;
    bool where =
        (after_prep && (owner || !sc.policy().joint_party_prepositions->Has(sc.Id(m.b - 1)))) ||
        m.city || m.place;
    if (m.igo && !where) return false;
    bool own = where || m.country.empty() || std::any_of(src.begin(), src.end(), [&](int k) {
                 return s.mentions[k].country == m.country;
               });
    if (!own) return false;
  }
  return true;
}

// The drops that make a group no event of its own. Sets d->governor/inf.
Drop Admit(const SentenceCoder& sc, const SentenceFacts& facts, int gi, GroupDecision* d) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const auto& groups = sc.groups();
  const Found& f = facts.found[gi];
  if (!f.pat) return Drop::kNoPattern;
  // "Brazil beat Uruguay 4-1": a match result, not a fight.
  if (facts.score && p.score_dropped.Covers(f.pat->code)) return Drop::kScoreLine;
  const VerbGroup& g = groups[gi];
  int32_t lem = sc.LemmaId(g.verb);
  // PETRARCH codes the speech act itself, as any verb: "Arnor believes
  // Dagolath and Osgiliath can cope" ARN > DAG, OSG 023; "..., a senior
  // official said on Saturday" ---GOV 023 when require_dyad is off. A TABARI
  // set codes its speech verbs as any other (SAID [023?]), its subordinate
  // codes giving way to any other event (TabariSubordination).
  const bool speech_acts = p.CodersReading();
  if (p.plain_speech_verbs->Has(lem) && f.pat->items.empty() && !speech_acts)
    return Drop::kPlainSpeech;
  if (sc.Postposed(gi) && p.speech_verbs->Has(lem) && !speech_acts) return Drop::kPostposedSpeech;
  // "would seek to restore ties": the act attempted carries the event.
  if (sc.AttemptBeforeTo(gi, facts.matched) && facts.matched[sc.GroupAt(g.verb + 2)])
    return Drop::kAttempt;
  int governor;
  Inf inf = sc.Infinitive(gi, facts.matched, &governor);
  d->governor = governor;
  // SET: CODE ALL codes an infinitive too ("urged Bree to assist it": 102
  // and 092).
  if (inf == Inf::kSuppressed && p.tabari.on && p.tabari.code_by == TabariOptions::CodeBy::kAll)
    inf = Inf::kNone;
  // TABARI reads no syntax: a verb its dictionaries give no event leaves
  // the next one to code ("Arnor is inching nearer to accord with Gondor":
  // ACCORD's event).
  if (inf == Inf::kSuppressed && p.tabari.on && (governor < 0 || !facts.matched[governor]))
    inf = Inf::kNone;
  if (inf == Inf::kSuppressed) return governor >= 0 ? Drop::kInfinitive : Drop::kPurpose;
  // "demanded that Russia pull its troops": the demand is the event.
  int tg = sc.ThatGovernor(gi);
  if (tg >= 0 && facts.matched[tg] && !p.speech_verbs->Has(sc.LemmaId(groups[tg].verb)) &&
      p.demand.Covers(facts.matched[tg]->code)) {
    d->governor = tg;
    return Drop::kThatClause;
  }
  // "began pumping gas", "kept firing rockets": the gerund shares the subject.
  if (inf == Inf::kNone && g.start > 0 && s.toks[g.verb].vform == VForm::kGerund &&
      sc.IsMainVerb(g.start - 1)) {
    governor = sc.GroupAt(g.start - 1);
    d->governor = governor;
    // "urged China to stop harassing": as unreal as the verb it depends on.
    int gg;
    Inf ginf = sc.Infinitive(governor, facts.matched, &gg);
    if (ginf == Inf::kSuppressed) return Drop::kUnderSuppressed;
    if (ginf == Inf::kHypothetical) inf = ginf;
  }
  // "said it was ready to cut arsenals after signing the treaty with Obama":
  // an -ing clause after a subordinator acts with the subject of the
  // nearest clause before it that has one.
  if (inf == Inf::kNone && d->governor < 0 && g.start == g.verb && g.start > 0 &&
      s.toks[g.verb].vform == VForm::kGerund && s.toks[g.start - 1].pos == Pos::kPrep &&
      p.subordinators->Has(sc.Id(g.start - 1)))
    for (int h = gi - 1; h >= 0 && d->governor < 0; --h)
      if (sc.Subject(h) >= 0) d->governor = h;
  // ", killing eight soldiers (and setting houses on fire)": an adjunct
  // that tells more of the main event, not a new one; ", accusing it of
  // ..." says something of its own, by the main clause's subject.
  if (s.toks[g.verb].vform == VForm::kGerund && g.start == g.verb) {
    int head = sc.GerundAdjunct(gi);
    if (head >= 0 && !p.adjunct_event.Covers(f.pat->code) && !sc.WithAbsolute(gi))
      return Drop::kGerundAdjunct;
    if (head >= 0 && inf == Inf::kNone) d->governor = head;
    // "adopted a resolution on Wednesday demanding that Russia withdraw":
    // a gerund that takes a clause, with no comma, says something of its
    // own by the subject of the finite verb before it; so does one right
    // after the clause's time ("signed a joint communique ... on Sunday
    // pledging stronger trade and investment ties").
    if (head < 0 && inf == Inf::kNone && d->governor < 0 &&
        (sc.W(g.verb + 1) == "that" || sc.TimeWord(g.start - 1)))
      for (int r = g.start - 1; r >= 0; --r) {
        if (sc.Stops(r, kSemicolon | kWhWord | kComma)) break;
        if (sc.IsMainVerb(r) && s.toks[r].vform != VForm::kGerund) {
          d->governor = sc.GroupAt(r);
          break;
        }
      }
  }
  // "militias aligned with Iran" describes, not acts
  if (sc.ReducedRelativeHead(gi) >= 0) return Drop::kReducedRelative;
  // "warned NATO against deploying troops": the act is not done.
  if (s.toks[g.verb].vform == VForm::kGerund && g.start == g.verb && g.start > 0 &&
      p.unrealised_gerund_preps->Has(sc.Id(g.start - 1))) {
    d->governor = -1;
    return Drop::kWarnedAgainst;
  }
  // "accused Ankara of killing four villagers": the act is alleged, by the
  // accusation's object. Violence (coding.txt [alleged-act-roots]) is coded
  // as reported; anything else ("accused Doha of supporting terrorism") is
  // only what the accusation says.
  d->accusation = Accusation(sc, gi);
  if (d->accusation >= 0) {
    if (!p.alleged.Covers(f.pat->code)) return Drop::kAllegedOnly;
    inf = Inf::kReported;
  }
  d->inf = inf;
  return Drop::kNone;
}

// "Russia's ambassador to Turkey, Andrei Karlov, was shot dead": a role
// named by an appositive name between commas (after its "to Turkey") is a
// person.
bool AppositiveName(const SentenceCoder& sc, const Mention& m) {
  const Sentence& s = sc.sentence();
  const int n = int(s.toks.size());
  int j = m.e;
  if (m.role.empty() || m.igo) return false;
  if ((sc.W(j) == "to" || sc.W(j) == "in" || sc.W(j) == "of") && j + 1 < n &&
      s.mention_at[j + 1] >= 0)
    j = s.mentions[s.mention_at[j + 1]].e;
  if (sc.W(j) != ",") return false;
  int k = j + 1, words = 0;
  while (k < n && s.mention_at[k] < 0 && s.toks[k].upper_initial &&
         (s.toks[k].pos == Pos::kPropn || s.toks[k].pos == Pos::kNoun))
    ++k, ++words;
  return words >= 2 && words <= 3 && sc.W(k) == ",";
}

// Source and target groups of an admitted group.
void Parties(const SentenceCoder& sc, const Found& f, int gi, GroupDecision* d) {
  const EventPolicy& p = sc.policy();
  const auto& groups = sc.groups();
  const VerbGroup& g = groups[gi];
  int governor = d->governor;
  int subj = d->inf == Inf::kCaused ? sc.Object(groups[governor].verb + 1, false)
             : (governor >= 0)      ? sc.Subject(governor)
                                    : sc.Subject(gi);
  if (subj < 0 && d->inf != Inf::kNone && governor >= 0) subj = sc.Subject(gi);
  // PETRARCH: a compound after the verb is its target when the verb has a
  // subject of its own ("Eriador agrees with the Philippines and France":
  // "- * WITH %", ERI on each).
  const Mention* compound = f.slot_c >= 0 ? FirstOfGroup(sc.sentence(), f.slot_c) : nullptr;
  if (compound && p.petrarch.program && subj >= 0 && subj != f.slot_c && compound->b > g.verb) {
    d->sgroup = subj;
    d->tgroup = f.slot_c;
  } else if (f.slot_c >= 0) {  // "% renewed diplomatic ties": the members, on each other
    d->sgroup = f.slot_c;
    d->tgroup = -1;
  } else if (f.slot_s >= 0) {
    d->sgroup = f.slot_s;
    d->tgroup = f.slot_t >= 0 ? f.slot_t : subj;  // "$ say + | negotiate": both named
  } else if (const int agent = g.passive && !f.copula ? sc.Agent(g.verb + 1) : -1;
             g.passive && !f.copula && (agent >= 0 || !p.passive_needs_agent) &&
             // "The Lebanese army was put on high alert": with no one named
             // to do it, a state's own forces are alerted or deployed by it
             // (coding.txt [own-forces-roots]); read as active below.
             (agent >= 0 || p.CodersReading() || !p.own_forces.Covers(f.pat->code))) {
    d->sgroup = agent;
    d->tgroup = subj;
  } else {
    // Imported sets: TABARI and PETRARCH read a passive as one only with its
    // "by" agent ("The Philippines was criticized over its dispute with
    // Eriador": PHL against ERI, their suites say).
    d->as_active = g.passive && !f.copula;
    d->sgroup = subj;
    // Words the pattern consumed ("cut * military aid") are not the object.
    bool gives = p.giving.Covers(f.pat->code);
    d->tgroup = f.slot_t >= 0      ? f.slot_t
                : f.object_settled ? -1
                                   : sc.Object(g.verb + 1, false, &f.literal, gives);
    // "stormed into southern Israel from Gaza": not the origin of an attack.
    const Mention* t = FirstOfGroup(sc.sentence(), d->tgroup);
    if (t && t->b > 0 && sc.W(t->b - 1) == "from" && p.origin_skipped.Covers(f.pat->code))
      d->tgroup = -1;
    // "demanded that Canada release …": the demand is made of the clause's subject.
    if (d->tgroup < 0 && p.that_target.Covers(f.pat->code)) d->tgroup = sc.ThatSubject(f.end);
  }
  // "The United States and South Korea began joint exercises, prompting
  // North Korea to threaten a pre-emptive nuclear strike": a caused reaction
  // or threat naming no one answers whoever caused it.
  if (d->inf == Inf::kCaused && d->tgroup < 0 && governor >= 0 &&
      (p.reaction.Covers(f.pat->code) || p.threat.Covers(f.pat->code))) {
    int causer = sc.Subject(governor);
    const int head = causer < 0 ? sc.GerundAdjunct(governor) : -1;
    if (head >= 0) causer = sc.Subject(head);
    if (causer != d->sgroup) d->tgroup = causer;
  }
}

// "will visit", "would impose", or under a plan verb ("is scheduled to
// visit", syntax.txt [plan-verbs]): a stated future act.
bool StatedFuture(const SentenceCoder& sc, int gi, const GroupDecision& d) {
  return d.inf == Inf::kPlanned || (sc.groups()[gi].hypothetical && sc.FutureModal(gi));
}

// Reported speech: the speaker's own words and intentions are its acts;
// its claims about its own deeds stay claims. ("Iran said it would allow …")
const Mention* Speaker(const SentenceCoder& sc, const SentenceFacts& facts, int gi,
                       const GroupDecision& d) {
  const Sentence& s = sc.sentence();
  const Found& f = facts.found[gi];
  const Mention* speaker = FirstOfGroup(s, facts.att[gi].speaker_group);
  // "Iran said it would allow …", "Beijing said it would conduct drills":
  // a stated future cooperation (an intent) or conflict (a threat).
  bool will_intent = StatedFuture(sc, gi, d) &&
                     (sc.policy().Intent(f.pat->code) != nullptr ||
                      EventPolicy::Lookup(sc.policy().threat_by_code, f.pat->code) != nullptr);
  bool verbal = f.pat->cameo->quad_class == 1 || f.pat->cameo->quad_class == 3;
  if (speaker && (speaker->group == d.sgroup ||
                  (!speaker->country.empty() &&
                   s.mentions[d.src.empty() ? 0 : d.src[0]].country == speaker->country &&
                   (will_intent || verbal))))
    speaker = nullptr;
  return speaker;
}

// The recodings of CAMEO's own rules for the source's role and the target.
const CameoCode* Recode(const SentenceCoder& sc, int gi, const GroupDecision& d) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const CameoCode* cc = d.cc;
  // "ECOWAS troops entered Gambia": armed forces occupy (192), not visit.
  // "Pakistan's army chief attended a conference in Kabul": a visit.
  const Mention* src = d.src.empty() ? nullptr : &s.mentions[d.src[0]];
  const bool officer = src && (src->name_b >= 0 || p.force_person_nouns->Has(sc.Id(src->head)));
  if (src && !officer &&
      (p.force_roles->Has(src->role) || p.force_roles->Has(src->igo_role) ||
       (src->head >= 0 && p.force_head_nouns->Has(sc.Id(src->head)))))
    if (const CameoCode* f = EventPolicy::Lookup(p.force_by_code, cc->code)) cc = f;
  // Protesters who clash or fight are rioting (145), not waging war.
  if (p.riot_recoded.Covers(cc->code) && !d.src.empty()) {
    const std::string& r = s.mentions[d.src[0]].role;
    if (p.riot_roles->Has(r)) cc = p.riot_code;
    // Gunmen, bombers and militants attacking people or places: CAMEO's
    // unconventional violence (18), not a battle between forces.
    bool armed_band = p.armed_band_roles->Has(r);
    // "Hezbollah has not retaliated against Israel": a state named as such
    // is no soft target; its people ("scores of Israelis") and its cities
    // ("hit Mogadishu with grenades") are.
    auto state = [](const Mention& m) {
      return m.entry && !m.country.empty() &&
             (m.entry->field == ActorField::kName || m.entry->field == ActorField::kSeat ||
              m.entry->field == ActorField::kAlias);
    };
    bool soft_target = d.tgt.empty() || d.tgt[0] < 0 ||
                       p.soft_target_roles->Has(s.mentions[d.tgt[0]].role) ||
                       s.mentions[d.tgt[0]].place || s.mentions[d.tgt[0]].city ||
                       (s.mentions[d.tgt[0]].role.empty() && !s.mentions[d.tgt[0]].igo &&
                        !state(s.mentions[d.tgt[0]]));
    if (armed_band && soft_target && p.armed_band_recoded.Covers(cc->code)) cc = p.armed_band_code;
  }
  // "U.S. special forces killed al Qaeda leader Osama bin Laden", "Abe was
  // shot": killing a named person is an assassination (coding.txt).
  if (p.assassination_recoded.Covers(cc->code) && !d.tgt.empty() && d.tgt[0] >= 0 &&
      (s.mentions[d.tgt[0]].name_b >= 0 || AppositiveName(sc, s.mentions[d.tgt[0]])))
    cc = p.assassination_code;
  return cc;
}

// Whether group gi carries a modal of obligation ("must", "should").
bool Obliged(const SentenceCoder& sc, int gi) {
  const VerbGroup& g = sc.groups()[gi];
  const Sentence& s = sc.sentence();
  for (int k = g.start; k < g.verb; ++k)
    if (s.toks[k].pos == Pos::kModal && sc.policy().obligation_modals->Has(sc.LemmaId(k)))
      return true;
  return false;
}

// "vowed to hunt down the attackers": the threat a promise makes when the
// act promised (an infinitive complement of group gi) is conflictual.
const CameoCode* VowedThreat(const SentenceCoder& sc, const SentenceFacts& facts, int gi) {
  const EventPolicy& p = sc.policy();
  if (!p.vow_verbs->Has(sc.LemmaId(sc.groups()[gi].verb))) return nullptr;
  // Only a promise coded as an intent (03x): "vow to retaliate" has a
  // threat pattern of its own.
  if (!p.intent_roots.Covers(facts.found[gi].pat->code)) return nullptr;
  for (size_t gj = gi + 1; gj < sc.groups().size(); ++gj) {
    int gov = -1;
    if (sc.Infinitive(int(gj), facts.matched, &gov) != Inf::kHypothetical || gov != gi) continue;
    return EventPolicy::Lookup(p.threat_by_code, facts.matched[gj]->code);
  }
  return nullptr;
}

// What the clause means, beyond its verb (coding.txt, "Clause meaning"): a
// promised cooperative act is an intent (03x) and a refused one a rejection
// (12x); a stated conflictual act is also a threat (13x); an obligation laid
// on someone else is the speaker's demand (10x).
void ClauseMeaning(const SentenceCoder& sc, const SentenceFacts& facts, int gi, GroupDecision* d) {
  const EventPolicy& p = sc.policy();
  const VerbGroup& g = sc.groups()[gi];
  if (const CameoCode* t = VowedThreat(sc, facts, gi)) d->cc = t;
  // "is unwilling to extradite the suspects": the refusal is the event.
  if (d->inf == Inf::kRefused) {
    d->cc = EventPolicy::Lookup(p.rejection_by_code, d->cc->code);  // Control checked it
    d->rejection = true;
    return;
  }
  // "did not observe the ceasefire": not keeping an agreement in force is
  // breaking it, an act that happened (coding.txt [breach-by-code]).
  if (d->negated && !g.hypothetical && d->inf == Inf::kNone) {
    if (const CameoCode* to = EventPolicy::Lookup(p.breach_by_code, d->cc->code)) {
      d->cc = to;
      d->negated = false;
      return;
    }
  }
  if (!g.hypothetical && d->inf != Inf::kPlanned) return;
  // "Iran said Israel must withdraw": Iran demands of Israel.
  if (d->speaker && Obliged(sc, gi)) {
    if (const CameoCode* to = EventPolicy::Lookup(p.demand_by_code, d->cc->code)) {
      d->cc = to;
      d->demand = true;
    }
    return;
  }
  if (!StatedFuture(sc, gi, *d)) return;
  // "would not extradite the suspect", "does not plan to attend": a
  // refusal, stated as a fact.
  if (d->negated) {
    if (const CameoCode* to = EventPolicy::Lookup(p.rejection_by_code, d->cc->code)) {
      d->cc = to;
      d->rejection = true;
      return;
    }
  }
  // "would observe a truce", "will visit": CAMEO codes a promised
  // cooperative act as the intent to do it (03x), which is itself a fact.
  if (const CameoCode* to = p.Intent(d->cc->code)) {
    d->cc = to;
    d->intent = true;
    return;
  }
  // "Beijing said it would conduct drills around Taiwan": a threat. Under
  // "threatened to", the governing verb is the threat already.
  if (!d->negated && d->inf != Inf::kHypothetical)
    d->threat = EventPolicy::Lookup(p.threat_by_code, d->cc->code);
}

// "... and Beijing denounced the decision": a reaction whose object is an
// act told earlier in the sentence (events.txt [anaphoric-event-nouns]) is
// toward the subject of the latest earlier verb that has one.
// "the OAS demanded his immediate reinstatement": a possessive opening the
// object stands for the nearest actor named before the verb that is not its
// subject (events.txt [object-possessives]); a place, the press or another
// pronoun never, and for "his"/"her" no bare state ("exiled Zelaya to Costa
// Rica").
void PossessiveTarget(const SentenceCoder& sc, int gi, GroupDecision* d) {
  const Sentence& s = sc.sentence();
  const VerbGroup& g = sc.groups()[gi];
  int k = g.verb + 1;
  if (sc.W(k).empty() || s.toks[k].pos != Pos::kPossPron ||
      !sc.policy().object_possessives->Has(sc.Id(k)))
    return;
  bool person = sc.W(k) != "their";
  for (size_t mi = s.mentions.size(); mi-- > 0;) {
    const Mention& m = s.mentions[mi];
    if (m.b >= g.start || m.group == d->sgroup || m.place || m.city || m.area || m.media ||
        m.pronoun || (m.country.empty() && !m.igo) || (person && m.name_b < 0 && m.role.empty()))
      continue;
    d->tgt.push_back(int(mi));
    return;
  }
}

// "Moscow recognised two breakaway regions in eastern Ukraine": the object
// is land (events.txt [territory-nouns]) and the place after "in" or "of"
// names whose land it is; that country is the party acted upon.
void TerritoryTarget(const SentenceCoder& sc, int gi, GroupDecision* d) {
  const Sentence& s = sc.sentence();
  const int n = int(s.toks.size()), v = sc.groups()[gi].verb;
  for (int k = v + 1; k < n && k <= v + 5; ++k) {
    if (s.mention_at[k] >= 0 || sc.IsMainVerb(k) || sc.Stops(k, kComma | kPeriod)) return;
    if (!sc.policy().territory_nouns->Has(sc.Id(k))) continue;
    if (k + 2 >= n || (sc.W(k + 1) != "in" && sc.W(k + 1) != "of")) return;
    // Past a determiner or adjective: "in eastern Ukraine", "of the Donbas".
    int j = k + 2;
    while (j < n && j < k + 4 && s.mention_at[j] < 0 &&
           (s.toks[j].pos == Pos::kDet || s.toks[j].pos == Pos::kAdj || s.toks[j].pos == Pos::kAdv))
      ++j;
    int m = j < n ? s.mention_at[j] : -1;
    if (m >= 0 && !s.mentions[m].country.empty() && !s.mentions[m].area &&
        s.mentions[m].group != d->sgroup)
      d->tgt.push_back(m);
    return;
  }
}

// "Russia and Ukraine signed a deal ..., in an agreement brokered by Turkey
// and the United Nations": a mediation told as a participle after a noun
// (coding.txt [mediation-codes]) is between the parties of the clause
// before it, the subject of the nearest verb before it.
void MediatedParties(const SentenceCoder& sc, const Found& f, int gi, GroupDecision* d) {
  const Sentence& s = sc.sentence();
  const VerbGroup& g = sc.groups()[gi];
  if (!g.passive || g.start != g.verb || g.by < 0 || g.verb == 0 ||
      s.toks[g.verb - 1].pos != Pos::kNoun || s.mention_at[g.verb - 1] >= 0 ||
      !sc.policy().mediation.Covers(f.pat->code))
    return;
  for (int e = gi - 1; e >= 0; --e) {
    int grp = sc.Subject(e);
    if (grp < 0) continue;
    if (grp == d->sgroup) return;
    d->tgt.clear();
    sc.Members(grp, &d->tgt);
    return;
  }
}

// A passive whose subject is no actor acts on one inside it or on the
// party it reaches: "Sanctions on Iranian oil exports were reimposed by the
// Trump administration" (IRN); "food aid was delivered by the European Union
// to Gaza" (the recipient).
void PassiveTarget(const SentenceCoder& sc, const Found& f, int gi, GroupDecision* d) {
  const Sentence& s = sc.sentence();
  const VerbGroup& g = sc.groups()[gi];
  if (sc.policy().giving.Covers(f.pat->code)) {
    int r = sc.Recipient(g.verb + 1);
    if (r >= 0 && r != d->sgroup) {
      sc.Members(r, &d->tgt);
      return;
    }
  }
  int b = g.start;  // the subject's noun phrase, back to the clause's start
  while (b > 0 && !sc.Stops(b - 1, kSubjectClauseStops)) {
    Pos p = s.toks[b - 1].pos;
    if (!(s.mention_end[b - 1] >= 0 || p == Pos::kNoun || p == Pos::kPropn || p == Pos::kAdj ||
          p == Pos::kDet || p == Pos::kNum || p == Pos::kPrep))
      break;
    --b;
  }
  // Never the agent's own country, nor for a bare role that would take the
  // place's country: "its hospitals in the Syrian enclave had been hit by
  // government air strikes".
  const Mention* src = FirstOfGroup(s, d->sgroup);
  if (!src || (src->country.empty() && !src->igo)) return;
  for (size_t mi = 0; mi < s.mentions.size(); ++mi) {
    const Mention& m = s.mentions[mi];
    if (m.b < b || m.e > g.start) continue;
    if (m.group == d->sgroup || m.area || m.media || m.pronoun || (m.country.empty() && !m.igo) ||
        (!m.country.empty() && m.country == src->country))
      continue;
    d->tgt.push_back(int(mi));
    return;
  }
}

// "vowed to retaliate after U.S. and British forces struck": the retaliation
// is against the subject of the clause events.txt [retaliation-subordinators]
// opens right after it.
void RetaliationTarget(const SentenceCoder& sc, int gi, GroupDecision* d) {
  const EventPolicy& p = sc.policy();
  const auto& groups = sc.groups();
  const int n = int(sc.sentence().toks.size());
  // The verb, or one of the next four words ("vowed on Thursday to retaliate").
  int k = groups[gi].verb;
  const int last = std::min(n, k + 5);
  while (k < last && !p.retaliation_verbs->Has(sc.LemmaId(k))) ++k;
  if (k == last) return;
  for (int end = std::min(n, k + 6); ++k < end;) {
    if (sc.Stops(k, kComma | kSemicolon | kPeriod)) return;
    if (!p.retaliation_subordinators->Has(sc.Id(k))) continue;
    for (size_t h = 0; h < groups.size(); ++h) {
      if (groups[h].start <= k) continue;
      int subj = sc.Subject(int(h));
      if (subj >= 0 && subj != d->sgroup) sc.Members(subj, &d->tgt);
      return;
    }
    return;
  }
}

void AnaphoricTarget(const SentenceCoder& sc, int gi, GroupDecision* d) {
  const VerbGroup& g = sc.groups()[gi];
  // "the move", "this decision", "the Israeli raid"
  std::string_view det = sc.W(g.verb + 1);
  if (det != "the" && det != "this" && det != "that") return;
  int j = g.verb + 2;
  if (!sc.W(j).empty() && sc.PosAt(j) == Pos::kAdj && sc.sentence().mention_at[j] < 0) ++j;
  if (!sc.policy().anaphoric_event_nouns->Has(sc.Id(j))) return;
  // An earlier clause's verb: not one inside the source's own phrase ("a
  // spokesman for forces aligned with ..."), and not its own side's ("Belarus
  // said it would challenge the measures").
  const Sentence& s = sc.sentence();
  const Mention* src = FirstOfGroup(s, d->sgroup);
  for (int h = gi - 1; h >= 0; --h) {
    // ", ending decades of non-alignment": a gerund adjunct acts by its
    // clause's subject ("Finland and Sweden applied to join NATO").
    int ha = s.toks[sc.groups()[h].verb].vform == VForm::kGerund ? sc.GerundAdjunct(h) : -1;
    int subj = sc.Subject(ha >= 0 ? ha : h);
    const Mention* m = FirstOfGroup(s, subj);
    if (!m || subj == d->sgroup || (src && sc.groups()[h].verb > src->b) ||
        (src && !src->country.empty() && m->country == src->country))
      continue;
    sc.Members(subj, &d->tgt);
    return;
  }
}

// "China condemns North Korea nuclear test, urges restraint": an appeal
// that names no one, coordinated with a verb that does, is made of the
// party that verb names (coding.txt [shared-target-roots]).
void SharedTarget(const SentenceCoder& sc, const SentenceFacts& facts, int gi, GroupDecision* d) {
  const int v = sc.groups()[gi].verb;
  if (sc.policy().shared_target_stops->Has(sc.Id(v + 1))) return;
  int h = sc.CoordinatedPartner(gi);
  if (h < 0 || !facts.found[h].pat) return;
  const Found& hf = facts.found[h];
  int t = hf.slot_t >= 0 ? hf.slot_t : sc.Object(sc.groups()[h].verb + 1, false, &hf.literal);
  if (t < 0 || t == d->sgroup) return;
  const Mention* m = FirstOfGroup(sc.sentence(), t);
  if (m && m->b < sc.groups()[gi].start && !m->place && !m->area) sc.Members(t, &d->tgt);
}

// The target when the clause's object names none: the place hit, an earlier
// clause's subject ("the move"), a possessive, land and its country, a
// passive's subject, a set's default.
void FallbackTargets(const SentenceCoder& sc, const SentenceFacts& facts, const Found& f, int gi,
                     bool passive, GroupDecision* d) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const VerbGroup& g = sc.groups()[gi];
  // Violence with no one named as its object falls on the place it hit:
  // "air strikes destroyed a tower in Gaza City".
  // Likewise aid, appeals and force "to flood victims in Pakistan", "drills around Taiwan".
  // Repression names its victims vaguely: "detained thousands of people".
  d->domestic_default = d->tgt.empty() && !passive && p.domestic_default.Covers(f.pat->code);
  if (d->tgt.empty() && !d->reciprocal && !passive && p.place_target.Covers(f.pat->code)) {
    for (size_t mi = 0; mi < s.mentions.size(); ++mi)
      // A sea or region is where, never the one hit ("targets in the Mediterranean").
      if (s.mentions[mi].place && !s.mentions[mi].area && s.mentions[mi].b > g.verb) {
        d->tgt.push_back(int(mi));
        break;
      }
  }
  // A TABARI set looks for its target in the verb's clause alone ("Gondor
  // called on Calenardon to affirm or cast doubt that ... in south
  // Ithilen": nobody for CALLED_ON); the searches below read further.
  const bool searched = p.tabari.on && !passive;
  if (d->tgt.empty() && !d->reciprocal && !passive && !p.CodersReading() &&
      p.shared_target.Covers(f.pat->code))
    SharedTarget(sc, facts, gi, d);
  if (d->tgt.empty() && !d->reciprocal && !passive && p.target_after_verb && !searched)
    TargetAfterVerb(sc, g, d);
  if (d->tgt.empty() && !d->reciprocal && !passive && !searched) AnaphoricTarget(sc, gi, d);
  if (d->tgt.empty() && !d->reciprocal && !passive && !searched) PossessiveTarget(sc, gi, d);
  if (d->tgt.empty() && !d->reciprocal && !passive && !searched) TerritoryTarget(sc, gi, d);
  if (d->tgt.empty() && passive && d->tgroup < 0 && !f.copula) PassiveTarget(sc, f, gi, d);
  DefaultTarget(sc, f, gi, passive, d);
}

}  // namespace

void Decide(const SentenceCoder& sc, const SentenceFacts& facts, int gi, GroupDecision* d) {
  d->drop = Drop::kNone;
  d->governor = d->sgroup = d->tgroup = -1;
  d->inf = Inf::kNone;
  d->src.clear();
  d->tgt.clear();
  d->speaker = nullptr;
  d->reciprocal = d->domestic_default = d->intent = d->rejection = d->demand = false;
  d->accusation = -1;
  d->as_active = false;
  d->negated = d->not_yet = false;
  d->cc = d->threat = nullptr;
  d->drop = Admit(sc, facts, gi, d);
  if (d->drop != Drop::kNone) return;
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const Found& f = facts.found[gi];
  const VerbGroup& g = sc.groups()[gi];
  Parties(sc, f, gi, d);
  // "We will not extradite him, says the Turkish interior minister": the
  // speaker speaks of its own side.
  int sp = facts.att[gi].speaker_group;
  if (d->sgroup < 0 && sp >= 0 && d->governor < 0 && !g.passive && g.start > 0 &&
      s.toks[g.start - 1].pos == Pos::kPron && p.speaker_pronouns->Has(sc.Id(g.start - 1)))
    d->sgroup = sp;
  d->not_yet = sc.NotYet(gi);  // "before the talks with Ukraine begin"
  // "does not plan to attend": the control verb's negation is the act's.
  d->negated = g.negated ||
               ((d->inf == Inf::kPlanned || d->inf == Inf::kAsserted || d->inf == Inf::kReported) &&
                d->governor >= 0 && sc.groups()[d->governor].negated);
  if (p.tabari.on) TabariParties(sc, f, gi, d);
  // Their source is never the pattern's target ("+ WAS * DEAD").
  if (p.source_first_actor && d->sgroup >= 0 && d->sgroup == d->tgroup) d->sgroup = -1;
  // PETRARCH: a pronoun subject it finds no antecedent for (petrarch.h,
  // PetrarchNounPhrases) leaves the verb without a source ("..., he said").
  const bool lone_pronoun = p.petrarch.program && g.start > 0 &&
                            s.toks[g.start - 1].pos == Pos::kPron && s.mention_at[g.start - 1] < 0;
  if (d->sgroup < 0 && p.source_first_actor && !lone_pronoun)
    d->sgroup = TabariSource(sc, facts, gi, d->tgroup);
  const DefaultSide dsrc = DefaultSource(sc, f, gi, d);
  if (d->sgroup < 0 && dsrc != DefaultSide::kDefault) {
    d->drop = Drop::kNoSource;
    return;
  }
  sc.Members(d->sgroup, &d->src);
  d->speaker = Speaker(sc, facts, gi, *d);
  // "Iraq accused Ankara of killing four villagers": the accuser says so.
  if (d->accusation >= 0 && !d->speaker && d->inf == Inf::kReported) {
    const Mention* by = FirstOfGroup(s, sc.Subject(d->accusation));
    if (by && by->group != d->sgroup) d->speaker = by;
  }
  const bool passive = g.passive && !d->as_active;
  if (p.petrarch.program && f.slot_t < 0 && !passive) PlaceObject(s, g, d);
  sc.Members(d->tgroup, &d->tgt);
  // "... ties with Gondor and Bree": Gondor acts, on Bree (TABARI's target
  // is the next actor whose code is not the source's).
  if (dsrc == DefaultSide::kFromTarget && d->src.size() > 1) {
    d->tgt.assign(d->src.begin() + 1, d->src.end());
    d->src.resize(1);
  }
  // "Houthi officials vowed to retaliate after U.S. and British forces
  // struck": a threatened retaliation naming no one of its own is no act
  // beyond the threat ("threatened to retaliate against American
  // interests" is one).
  if (d->tgt.empty() && !passive && d->inf == Inf::kHypothetical && !p.CodersReading() &&
      p.retaliation_verbs->Has(sc.LemmaId(g.verb))) {
    d->drop = Drop::kBareRetaliation;
    return;
  }
  if (d->tgt.empty() && !passive) RetaliationTarget(sc, gi, d);
  MediatedParties(sc, f, gi, d);
  // "India and China met": a joint act between the members, both ways.
  bool each_other = sc.EachOther(g.verb + 1) || sc.Together(gi) ||
                    (!p.CodersReading() && sc.SharedBorder(g.verb + 1));
  // So is a joint act whose object names no other state: "Britain and France
  // agreed to share intelligence on Islamist militants", "Russia and Ukraine
  // signed a deal ... to reopen Ukraine's Black Sea ports".
  if (!d->tgt.empty() && d->src.size() > 1 && f.slot_s < 0 && f.slot_c < 0 && !passive &&
      p.joint.Covers(f.pat->code) && JointObject(sc, d->src, d->tgt))
    d->tgt.clear();
  d->reciprocal = d->tgt.empty() && d->src.size() > 1 && f.slot_s < 0 &&
                  (f.slot_c >= 0 || each_other || p.reciprocal_verbs->Has(sc.LemmaId(g.verb)) ||
                   p.joint.Covers(f.pat->code));
  FallbackTargets(sc, facts, f, gi, passive, d);
  // TABARI makes no event without a target, and reads the clause on ("The
  // hall condemned Sylvania": Sylvania is the source, and no one the target).
  // So does PETRARCH under its require_dyad (its default).
  const bool dyad = p.tabari.on || (p.petrarch.program && p.petrarch.require_dyad);
  // Without require_dyad PETRARCH codes a verb with no target only when it
  // has an object phrase; a bare time word is none ("a senior Bree official
  // said today.", where "said on Saturday." is coded).
  const int after = g.verb + 1;
  const bool bare_time = p.petrarch.program && sc.TimeWord(after) &&
                         (after + 1 >= int(s.toks.size()) || s.toks[after + 1].pos == Pos::kPunct);
  if ((dyad || bare_time) && d->tgt.empty() && !d->reciprocal) {
    d->drop = Drop::kNoParty;
    return;
  }
  if (!d->tgt.empty()) d->domestic_default = false;
  if (d->tgt.empty()) d->tgt.push_back(-1);
  d->cc = f.pat->cameo;
  d->cc = Recode(sc, gi, *d);
  ClauseMeaning(sc, facts, gi, d);
  if (dsrc == DefaultSide::kDefault) d->src.assign(1, kDefaultParty);
}

}  // namespace casus
