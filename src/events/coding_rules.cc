// The coding rules: which verb groups are events of their own, who their
// parties are, and which CAMEO code they get after the recodings. Every
// word class, role and code comes from the EventPolicy (data/rules/).
#include <cctype>

#include "events/coding.h"

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
  if (p.plain_speech_verbs->Has(lem) && f.pat->items.empty()) return Drop::kPlainSpeech;
  if (sc.Postposed(gi) && p.speech_verbs->Has(lem)) return Drop::kPostposedSpeech;
  int governor;
  Inf inf = sc.Infinitive(gi, facts.matched, &governor);
  d->governor = governor;
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
  // ", killing eight soldiers (and setting houses on fire)": an adjunct
  // that tells more of the main event, not a new one.
  if (s.toks[g.verb].vform == VForm::kGerund && g.start == g.verb && sc.GerundAdjunct(gi))
    return Drop::kGerundAdjunct;
  // "militias aligned with Iran" describes, not acts
  if (sc.ReducedRelativeHead(gi) >= 0) return Drop::kReducedRelative;
  d->inf = inf;
  return Drop::kNone;
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
  if (f.slot_s >= 0) {
    d->sgroup = f.slot_s;
    d->tgroup = subj;
  } else if (g.passive && !f.copula) {
    d->sgroup = sc.Agent(g.verb + 1);
    d->tgroup = subj;
  } else {
    d->sgroup = subj;
    // Words the pattern consumed ("cut * military aid") are not the object.
    bool gives = p.giving.Covers(f.pat->code);
    d->tgroup = f.slot_t >= 0 ? f.slot_t : sc.Object(g.verb + 1, false, &f.literal, gives);
    // "demanded that Canada release …": the demand is made of the clause's subject.
    if (d->tgroup < 0 && p.that_target.Covers(f.pat->code)) d->tgroup = sc.ThatSubject(f.end);
  }
}

// Reported speech: the speaker's own words and intentions are its acts;
// its claims about its own deeds stay claims. ("Iran said it would allow …")
const Mention* Speaker(const SentenceCoder& sc, const SentenceFacts& facts, int gi,
                       const GroupDecision& d) {
  const Sentence& s = sc.sentence();
  const Found& f = facts.found[gi];
  const VerbGroup& g = sc.groups()[gi];
  const Mention* speaker = FirstOfGroup(s, facts.att[gi].speaker_group);
  bool will_intent =
      g.hypothetical && sc.FutureModal(gi) && sc.policy().Intent(f.pat->code) != nullptr;
  bool verbal = f.pat->cameo->quad_class == 1 || f.pat->cameo->quad_class == 3;
  if (speaker && (speaker->group == d.sgroup ||
                  (!speaker->country.empty() &&
                   s.mentions[d.src.empty() ? 0 : d.src[0]].country == speaker->country &&
                   (will_intent || verbal))))
    speaker = nullptr;
  return speaker;
}

// The recodings of CAMEO's own rules for the source's role and the target.
const CameoCode* Recode(const SentenceCoder& sc, int gi, const GroupDecision& d, bool* intent) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const CameoCode* cc = d.cc;
  // Protesters who clash or fight are rioting (145), not waging war.
  if (p.riot_recoded.Covers(cc->code) && !d.src.empty()) {
    const std::string& r = s.mentions[d.src[0]].role;
    if (p.riot_roles->Has(r)) cc = p.riot_code;
    // Gunmen, bombers and militants attacking people or places: CAMEO's
    // unconventional violence (18), not a battle between forces.
    bool armed_band = p.armed_band_roles->Has(r);
    bool soft_target = d.tgt.empty() || d.tgt[0] < 0 ||
                       p.soft_target_roles->Has(s.mentions[d.tgt[0]].role) ||
                       s.mentions[d.tgt[0]].place || s.mentions[d.tgt[0]].city ||
                       s.mentions[d.tgt[0]].role.empty();
    if (armed_band && soft_target && p.armed_band_recoded.Covers(cc->code)) cc = p.armed_band_code;
  }
  // "would observe a truce", "will visit": CAMEO codes a promised
  // cooperative act as the intent to do it (03x), which is itself a fact.
  *intent = false;
  const VerbGroup& g = sc.groups()[gi];
  if (g.hypothetical && sc.FutureModal(gi))
    if (const CameoCode* to = p.Intent(cc->code)) {
      cc = to;
      *intent = true;
    }
  return cc;
}

}  // namespace

void Decide(const SentenceCoder& sc, const SentenceFacts& facts, int gi, GroupDecision* d) {
  d->drop = Drop::kNone;
  d->governor = d->sgroup = d->tgroup = -1;
  d->inf = Inf::kNone;
  d->src.clear();
  d->tgt.clear();
  d->speaker = nullptr;
  d->reciprocal = d->domestic_default = d->intent = false;
  d->cc = nullptr;
  d->drop = Admit(sc, facts, gi, d);
  if (d->drop != Drop::kNone) return;
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const Found& f = facts.found[gi];
  const VerbGroup& g = sc.groups()[gi];
  Parties(sc, f, gi, d);
  if (d->sgroup < 0) {
    d->drop = Drop::kNoSource;
    return;
  }
  sc.Members(d->sgroup, &d->src);
  d->speaker = Speaker(sc, facts, gi, *d);
  sc.Members(d->tgroup, &d->tgt);
  // "India and China met": a joint act between the members, both ways.
  bool each_other = sc.EachOther(g.verb + 1) || sc.Together(gi);
  d->reciprocal =
      d->tgt.empty() && d->src.size() > 1 && f.slot_s < 0 &&
      (each_other || p.reciprocal_verbs->Has(sc.LemmaId(g.verb)) || p.joint.Covers(f.pat->code));
  // Violence with no one named as its object falls on the place it hit:
  // "air strikes destroyed a tower in Gaza City".
  // Likewise aid, appeals and force "to flood victims in Pakistan", "drills around Taiwan".
  // Repression names its victims vaguely: "detained thousands of people".
  d->domestic_default = d->tgt.empty() && !g.passive && p.domestic_default.Covers(f.pat->code);
  if (d->tgt.empty() && !d->reciprocal && !g.passive && p.place_target.Covers(f.pat->code)) {
    for (size_t mi = 0; mi < s.mentions.size(); ++mi)
      if (s.mentions[mi].place && s.mentions[mi].b > g.verb) {
        d->tgt.push_back(int(mi));
        break;
      }
  }
  if (!d->tgt.empty()) d->domestic_default = false;
  if (d->tgt.empty()) d->tgt.push_back(-1);
  d->cc = f.pat->cameo;
  d->cc = Recode(sc, gi, *d, &d->intent);
}

}  // namespace casus
