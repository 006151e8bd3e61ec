// Event building: a decided verb group becomes one event per source member
// and target member (or per pair of members when they act on each other),
// with countries inherited (inherit.h), modality, attribution, location,
// evidence and a stable id. Then the sentence's quantities are shared out
// and a threat with no target takes the target of the act threatened.
#include <algorithm>
#include <cstdio>
#include <optional>

#include "events/coding.h"
#include "events/inherit.h"
#include "events/location.h"
#include "util/hash.h"
#include "util/utf8.h"

namespace casus {

// "b-e" byte span of a mention's words in the sentence; "" for none.
std::string SpanKey(const Sentence& s, const Mention* m) {
  if (!m) return "";
  return std::to_string(s.toks[m->b].begin) + "-" + std::to_string(s.toks[m->e - 1].end);
}

// The event id: FNV over everything that makes an event distinct: article,
// sentence, verb span, source and target with the words that named them, and
// the code. "fired rockets toward Tel Aviv and Ashkelon" gives two events
// with the same codes; the target's words keep their ids apart.
std::string EventId(const SentenceOut& so, const Event& e, const std::string& source_span,
                    const std::string& target_span) {
  uint64_t h = kFnvOffset;
  h = FnvField(h, so.article->id);
  h = FnvField(h, std::to_string(so.index));
  h = FnvField(h, std::to_string(e.evidence.begin) + "-" + std::to_string(e.evidence.end));
  h = FnvField(h, e.source->code);
  h = FnvField(h, source_span);
  h = FnvField(h, e.target ? e.target->code : "");
  h = FnvField(h, target_span);
  h = FnvField(h, e.cameo);
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

namespace {

void SetEvidence(const SentenceCoder& sc, const Found& f, const VerbGroup& g,
                 const std::string& sentence, Evidence* ev) {
  const Sentence& s = sc.sentence();
  int vb = g.start, ve = std::max(f.end - 1, g.verb);
  ev->begin = s.toks[vb].begin;
  ev->end = s.toks[ve].end;
  ev->char_begin = uint32_t(Utf8Chars(sentence, ev->begin));
  ev->char_end = uint32_t(Utf8Chars(sentence, ev->end));
  ev->verb_phrase = sentence.substr(ev->begin, ev->end - ev->begin);
  ev->pattern = f.pat->text;
  ev->dictionary =
      f.where ? *f.where : sc.dicts().file(f.pat->source) + ":" + std::to_string(f.pat->line);
  // A WordNet back-off (wordnet.h): whose frame, borrowed by which verb, how sure.
  if (f.backoff > 0) {
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", f.backoff);
    std::string verb(sc.VerbLemma(g.verb));
    if (f.end > g.verb + 1 && sc.Particle(g.verb) >= 0) verb += " " + std::string(sc.W(g.verb + 1));
    ev->pattern += " (wordnet: " + verb + ", " + conf + ")";
    ev->backoff = "wordnet";
  }
}

// Whether group gi already has an event from `source` with no target and
// code `cameo` ("Egyptian students protested in Cairo" by two members).
bool HasUntargeted(const SentenceOut& so, int gi, const Actor& source, const std::string& cameo) {
  const std::vector<Event>& ev = so.out->events;
  for (size_t a = so.first_event; a < ev.size(); ++a)
    if (so.ev_group[a - so.first_event] == gi && !ev[a].target && ev[a].source &&
        ev[a].source->code == source.code && ev[a].cameo == cameo)
      return true;
  return false;
}

bool SameParty(const Actor& a, const Actor& b) {
  return a.country.empty() ? a.code == b.code : a.country == b.country;
}

// Whether event x is another country's act on `country`.
bool ActedOn(const Event& x, const std::string& country) {
  return x.target && x.source && x.target->country == country && !x.source->country.empty() &&
         x.source->country != country;
}

// The source of the article's latest event of force (coding.txt
// [answer-roots]) on `country` by another country; none if there is none.
std::optional<Actor> Answered(const SentenceOut& so, const std::string& country,
                              const EventPolicy& p) {
  const std::vector<Event>& done = so.out->events;
  for (size_t k = done.size(); k-- > 0;)
    if (ActedOn(done[k], country) && p.answer.Covers(done[k].cameo)) return done[k].source;
  return std::nullopt;
}

}  // namespace

void SetCode(const CameoCode* cc, Event* e) {
  e->cameo = cc->code;
  e->root = cc->code.substr(0, 2);
  e->quad_class = cc->quad_class;
  e->goldstein = cc->goldstein;
  e->plover = cc->plover;
}

namespace {

// Appends e (its parties given by mention indexes si, ti; -1: none) with its
// id, and the threat a stated conflictual act also makes.
void Push(const SentenceCoder& sc, const Found& f, int gi, const GroupDecision& d, int si, int ti,
          Event e, SentenceOut* so) {
  const Sentence& s = sc.sentence();
  SetEvidence(sc, f, sc.groups()[gi], so->sentence, &e.evidence);
  std::string sspan = si >= 0 ? SpanKey(s, &s.mentions[si]) : "";
  std::string tspan = SpanKey(s, e.target && ti >= 0 ? &s.mentions[ti] : nullptr);
  e.event_id = EventId(*so, e, sspan, tspan);
  if (d.threat) {
    Event t = e;
    SetCode(d.threat, &t);
    t.modality = d.speaker ? "reported" : "asserted";
    t.event_id = EventId(*so, t, sspan, tspan);
    so->ev_mentions.push_back({si, ti});
    so->ev_group.push_back(gi);
    so->ev_derived.push_back(1);
    so->out->events.push_back(std::move(t));
  }
  // A paired code "032:033" (imported PETRARCH/TABARI patterns): the
  // target's act toward the source is an event too.
  const CameoCode* rc = f.pat ? f.pat->reverse_cameo : nullptr;
  std::optional<Event> rev;
  if (rc && e.target && e.source) {
    rev = e;
    std::swap(rev->source, rev->target);
    SetCode(rc, &*rev);
    rev->event_id = EventId(*so, *rev, tspan, sspan);
  }
  so->ev_mentions.push_back({si, ti});
  so->ev_group.push_back(gi);
  so->ev_derived.push_back(0);
  so->out->events.push_back(std::move(e));
  if (rev) {
    so->ev_mentions.push_back({ti, si});
    so->ev_group.push_back(gi);
    so->ev_derived.push_back(0);
    so->out->events.push_back(std::move(*rev));
  }
}

// The rest of an event whose parties are set: where, when, how sure, whose
// words; then its id (Push).
void Complete(const SentenceCoder& sc, const SentenceFacts& facts, int gi, const GroupDecision& d,
              int si, int ti, Event e, SentenceOut* so) {
  const Sentence& s = sc.sentence();
  const VerbGroup& g = sc.groups()[gi];
  e.article_id = so->article->id;
  e.sentence_index = so->index;
  e.sentence = so->sentence;
  e.date = so->date;
  SetCode(d.cc, &e);
  e.location = Locate(s, ti >= 0 ? &s.mentions[ti] : nullptr);
  e.negated = (d.negated && !d.rejection) || facts.att[gi].deny;
  bool recast = d.intent || d.rejection || d.demand;
  // "plans to visit", "before the talks begin"
  bool unreal = g.hypothetical || d.inf == Inf::kPlanned || d.not_yet;
  if ((unreal && !recast) || d.inf == Inf::kHypothetical)
    e.modality = "hypothetical";
  else if ((d.speaker && !d.demand) || d.inf == Inf::kReported)
    e.modality = "reported";
  if (d.speaker && !d.demand) e.attributed_to = MakeActor(*d.speaker, s);
  Push(sc, facts.found[gi], gi, d, si, ti, std::move(e), so);
}

// The targets of the sentence's latest cooperative act (QuadClass 1-2) by
// `source`'s party (SameParty), every target of that act's verb group; none
// if there is none.
std::vector<Actor> EarlierRecipients(const SentenceOut& so, const Actor& source) {
  const std::vector<Event>& done = so.out->events;
  std::vector<Actor> to;
  int group = -2;
  for (size_t k = done.size(); k-- > so.first_event;) {
    const Event& x = done[k];
    if (!x.target || !x.source || !SameParty(*x.source, source) || x.quad_class > 2) continue;
    int g = so.ev_group[k - so.first_event];
    if (group == -2) group = g;
    if (g != group) break;
    to.insert(to.begin(), *x.target);
  }
  return to;
}

// An event with a TABARI set's default party (DEFAULT: SOURCE [X] / TARGET
// [Y]): the default is that code alone; a named side is read as usual.
void CompleteWithDefault(const SentenceCoder& sc, const SentenceFacts& facts, int gi,
                         const GroupDecision& d, int si, int ti, SentenceOut* so) {
  const Sentence& s = sc.sentence();
  const TabariOptions& o = sc.policy().tabari;
  auto side = [&](int mi, Party party) -> std::optional<Actor> {
    if (mi == kDefaultParty)
      return Actor{party == Party::kSource ? o.default_source : o.default_target, "", "", ""};
    if (mi < 0 && !(party == Party::kSource && d.speaker)) return std::nullopt;
    Mention m = mi >= 0 ? s.mentions[mi] : *d.speaker;
    if (!sc.policy().petrarch.program) InheritCountry(&m, d.speaker, s, party);
    return MakeActor(m, s);
  };
  Event e;
  e.source = side(si, Party::kSource);
  e.target = side(ti, Party::kTarget);
  if (!e.source || (e.target && e.target->code == e.source->code)) return;
  Complete(sc, facts, gi, d, si, ti, std::move(e), so);
}

}  // namespace

// "the South's military returned fire": force at nobody named by a verb
// of answering answers the force last used on the source's country in the
// article. Not a threat or plan: "Gaddafi threatened to attack civilian
// and military targets" names its own targets.
bool Answers(const SentenceCoder& sc, int gi, const GroupDecision& d) {
  const EventPolicy& p = sc.policy();
  const VerbGroup& g = sc.groups()[gi];
  return p.answer.Covers(d.cc->code) && !g.hypothetical && !d.not_yet && !d.threat &&
         (d.inf == Inf::kNone || d.inf == Inf::kAsserted || d.inf == Inf::kReported) &&
         (p.answer_verbs->Has(sc.LemmaId(g.verb)) || (g.verb + 1 < int(sc.sentence().toks.size()) &&
                                                      p.answer_particles->Has(sc.Id(g.verb + 1))));
}

// A member does not act on itself, nor on another member of its side of a
// joint act ("Iran and six world powers - the United States, Russia, ...":
// the powers are one side, Mention::side).
bool SameSide(const Sentence& s, int si, int ti) {
  return ti == si || (ti >= 0 && si >= 0 && s.mentions[ti].side == s.mentions[si].side &&
                      s.mentions[ti].side > 0);
}

// "offered condolences to Turkey and said it would send rescue teams": an
// intent or aid with no one named goes to whom the same source's earlier
// cooperative act went ("accused Moscow ... and said it would defend" is
// not to Moscow); "New Delhi would send search-and-rescue teams" after "Modi
// offered condolences to Turkey and Syria": the same country, to each.
void ToEarlierRecipients(const SentenceCoder& sc, const SentenceFacts& facts, int gi,
                         const GroupDecision& d, int si, int ti, const Event& e, SentenceOut* so) {
  std::vector<Actor> to = EarlierRecipients(*so, *e.source);
  for (size_t k = 0; k < to.size(); ++k) {
    Event each = e;
    each.target = to[k];
    Complete(sc, facts, gi, d, si, ti, std::move(each), so);
  }
}

int BuildEvents(const SentenceCoder& sc, const SentenceFacts& facts, int gi, const GroupDecision& d,
                SentenceOut* so) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const VerbGroup& g = sc.groups()[gi];
  const CameoCode* cc = d.cc;
  // A speech verb whose pattern names nothing but its parties ("tell +"), not
  // "declare * state of emergency".
  bool plain_speech =
      p.plain_speech_verbs->Has(sc.LemmaId(g.verb)) && facts.found[gi].literal.empty();
  const bool answers = Answers(sc, gi, d);
  // "Iran said Israel must withdraw": the speaker demands of the members.
  std::vector<int> speaker_only{-1};
  const std::vector<int>& sources = d.demand ? speaker_only : d.src;
  const std::vector<int>& targets = d.demand ? d.src : d.reciprocal ? d.src : d.tgt;
  size_t before = so->out->events.size();
  for (int si2 : sources) {
    for (int ti : targets) {
      if (d.reciprocal && SameSide(s, si2, ti)) continue;
      if (si2 == kDefaultParty || ti == kDefaultParty) {
        CompleteWithDefault(sc, facts, gi, d, si2, ti, so);
        continue;
      }
      Mention sm = si2 >= 0 ? s.mentions[si2] : *d.speaker;
      // PETRARCH codes a bare agent as it is: "Russian police arrested
      // students in Moscow" is RUSCOP -> EDU (---EDU), not RUSEDU (the
      // actor stage has given a subject its phrase's country,
      // Passes::RolesOverPlaces).
      const bool inherit = !p.petrarch.program;
      if (inherit) InheritCountry(&sm, d.demand ? nullptr : d.speaker, s, Party::kSource);
      Event e;
      Mention tm;
      if (ti >= 0) {
        tm = s.mentions[ti];
        if (inherit) InheritCountry(&tm, d.speaker, s, Party::kTarget);
        // A state deploying or alerting its own forces (15) acts on no one.
        if (tm.country.empty() && !tm.igo && p.own_forces.Covers(cc->code)) ti = -1;
      }
      // Whether the source took its country from elsewhere (the other side, a
      // place, the speaker) rather than naming it.
      bool borrowed_source =
          si2 >= 0 && (s.mentions[si2].country.empty() || s.mentions[si2].pronoun);
      if (ti >= 0) {
        if (inherit) ShareCountry(&sm, &tm);
        e.target = MakeActor(tm, s);
        // "Pakistan put its air force on alert": no second party.
        bool reflexive = tm.country == sm.country && !tm.country.empty() && tm.b > 0 &&
                         s.toks[tm.b - 1].pos == Pos::kPossPron;
        if (reflexive) e.target.reset();
      }
      if (!e.target && d.domestic_default && !sm.country.empty() && !sm.igo)
        e.target = Actor{sm.country + p.own_people_role, sm.country, p.own_people_role,
                         ""};  // the state's own people
      e.source = MakeActor(sm, s);
      // "urged governments to", "appealed to the government and the rebels":
      // a party named by a bare role of no country is nobody in particular.
      // The act stands with no second party, once; beside a party that is
      // named ("called on Georgia and the separatist authorities") it is none.
      // (Between two bare roles, "police detained protesters", both stay.)
      if (e.target && ti >= 0 && !p.CodersReading() && !d.reciprocal && !d.demand &&
          e.target->country.empty() && !tm.role.empty() && !tm.igo &&
          (!sm.country.empty() || sm.igo)) {
        const bool named_other = std::any_of(targets.begin(), targets.end(), [&](int t) {
          return t >= 0 && t != ti && !s.mentions[t].country.empty();
        });
        if (named_other || HasUntargeted(*so, gi, *e.source, cc->code)) continue;
        e.target.reset();
        ti = -1;
      }
      // "Egyptian students protested in Cairo": the act stands, with no
      // second party.
      // A side that borrowed its country ("Western leaders condemned the
      // Kremlin"; "until the government met the president's demand") makes
      // no domestic act, it is a misreading: no event.
      if (e.target && e.target->code == e.source->code) {
        // "held talks with moderate Kashmiri separatist leaders": a party acted
        // upon that took its country from the source's side is still acted upon.
        // Members of one code acting on each other ("Cyprus President
        // Demetris Christofias and Turkish Cypriot leader Mehmet Ali Talat
        // resumed ... talks") make one act with no second party, not two.
        bool pronoun_target = ti >= 0 && s.mentions[ti].pronoun;
        // PETRARCH under require_dyad: a pair of one actor is no event. An
        // imported coder keeps no untargeted act for members on each other.
        const bool dyad = p.petrarch.program && p.petrarch.require_dyad;
        if ((d.reciprocal && (ti < si2 || p.CodersReading())) || d.demand || borrowed_source ||
            pronoun_target || dyad || HasUntargeted(*so, gi, *e.source, cc->code))
          continue;
        e.target.reset();
        ti = -1;
      }
      // "told reporters": talking to the press is how a statement is made;
      // so is telling one's own country ("Prime Minister Theresa May told
      // parliament", "told the Senate Foreign Relations Committee").
      if (e.target && plain_speech &&
          (p.press_roles->Has(e.target->role) ||
           (!e.target->country.empty() && e.target->country == e.source->country)))
        continue;
      // "Pinochet returned to Chile": a visit to one's own country is a
      // return home (coding.txt [foreign-only-codes]).
      if (e.target && p.foreign_only.Covers(cc->code) && !p.CodersReading() &&
          !e.target->country.empty() && e.target->country == e.source->country)
        continue;
      // Nobody identifiable on either side ("traders weighed the risk").
      // PETRARCH without require_dyad codes an agent alone ("a senior
      // official said": ---GOV/---/023).
      const bool lone_agent = p.petrarch.program && !p.petrarch.require_dyad && !sm.role.empty();
      if (sm.country.empty() && !sm.igo && !e.target && !lone_agent) continue;
      // A place at home ("officials in Seoul said") is no target either.
      bool home = e.target && ti >= 0 && s.mentions[ti].place && tm.country == sm.country;
      if ((!e.target || home) && answers && !sm.country.empty()) {
        std::optional<Actor> a = Answered(*so, sm.country, p);
        if (a) e.target = a, ti = -1;
      }
      // "pledged to rebuild", "had delivered food": to nobody named, no
      // event, or to whom the same source's earlier act went.
      if (!e.target && p.recipient_required.Covers(cc->code)) {
        ToEarlierRecipients(sc, facts, gi, d, si2, ti, e, so);
        continue;
      }
      Complete(sc, facts, gi, d, si2, ti, std::move(e), so);
    }
  }
  return int(so->out->events.size() - before);
}

// Keeps the sentence's events whose flag in `keep` (from so->first_event) is set.
void KeepSentenceEvents(const std::vector<char>& keep, SentenceOut* so) {
  std::vector<Event>& events = so->out->events;
  size_t first = so->first_event, to = first;
  for (size_t a = first; a < events.size(); ++a) {
    if (!keep[a - first]) continue;
    if (to != a) {
      events[to] = std::move(events[a]);
      so->ev_mentions[to - first] = so->ev_mentions[a - first];
      so->ev_group[to - first] = so->ev_group[a - first];
      so->ev_derived[to - first] = so->ev_derived[a - first];
    }
    ++to;
  }
  events.resize(to);
  so->ev_mentions.resize(to - first);
  so->ev_group.resize(to - first);
  so->ev_derived.resize(to - first);
}

namespace {

// "Turkey warned it would launch an operation": the warning is the threat;
// the one the stated act makes (ClauseMeaning) is dropped when the source
// already makes a threat in the sentence.
void DropDerivedThreats(const EventPolicy& p, SentenceOut* so) {
  // Most sentences make no derived threat: nothing to compare or move.
  if (std::find(so->ev_derived.begin(), so->ev_derived.end(), 1) == so->ev_derived.end()) return;
  const std::vector<Event>& events = so->out->events;
  size_t first = so->first_event;
  std::vector<char> keep(events.size() - first, 1);
  for (size_t a = first; a < events.size(); ++a) {
    if (!so->ev_derived[a - first]) continue;
    for (size_t b = first; b < events.size() && keep[a - first]; ++b)
      keep[a - first] =
          !(!so->ev_derived[b - first] && p.threat.Covers(events[b].root) && events[b].source &&
            events[a].source && SameParty(*events[b].source, *events[a].source));
  }
  KeepSentenceEvents(keep, so);
}

// "American and British warplanes and warships struck more than 60 targets":
// the warplanes and the warships are one American act. An event the same in
// every coded field as an earlier one of the sentence (parties, code,
// modality, negation, attribution, place) is not counted twice; "fired
// rockets toward Tel Aviv and Ashkelon" keeps two, one per place.
void DropRepeats(SentenceOut* so) {
  const std::vector<Event>& events = so->out->events;
  size_t first = so->first_event;
  if (events.size() - first < 2) return;
  auto code = [](const std::optional<Actor>& a) { return a ? a->code : std::string(); };
  auto place = [](const std::optional<Place>& p) { return p ? p->name : std::string(); };
  auto same = [&](const Event& x, const Event& y) {
    return x.cameo == y.cameo && code(x.source) == code(y.source) &&
           code(x.target) == code(y.target) && x.modality == y.modality && x.negated == y.negated &&
           code(x.attributed_to) == code(y.attributed_to) && place(x.location) == place(y.location);
  };
  std::vector<char> keep(events.size() - first, 1);
  bool any = false;
  for (size_t a = first + 1; a < events.size(); ++a)
    for (size_t b = first; b < a && keep[a - first]; ++b)
      if (keep[b - first] && same(events[a], events[b])) keep[a - first] = 0, any = true;
  if (any) KeepSentenceEvents(keep, so);
}

// "Washington blamed Russia, but the Russian defence ministry denied it",
// "Tokyo lodged a strong protest": a reaction (coding.txt [reaction-codes])
// with nobody named answers whoever acted against the source's country
// (conflict, QuadClass 3-4, or cooperation withheld: "had not received an
// apology from Tehran ... and demanded"; a meeting is no act to protest): in the
// sentence first (before or after it), else earlier in the article; else the
// subject of the sentence's first clause, of another country ("China
// declared an air defence identification zone ..., and Tokyo lodged a strong
// protest"; "Trump cut short his summit ... after the North Korean leader
// demanded that all sanctions be lifted").
const Mention* FirstSubject(const Sentence& s) {
  for (const Mention& m : s.mentions) {
    if (m.place || m.media || m.city || m.dateline || m.area) continue;
    if (m.pronoun || m.e >= int(s.toks.size())) return nullptr;
    Pos next = s.toks[m.e].pos;
    return next == Pos::kVerb || next == Pos::kAux ? &m : nullptr;
  }
  return nullptr;
}

void ReactionTargets(const EventPolicy& p, const Sentence& s, SentenceOut* so) {
  std::vector<Event>& events = so->out->events;
  auto on = [](const Event& x, const std::string& country) {
    return ActedOn(x, country) && (x.quad_class >= 3 || x.negated);
  };
  for (size_t a = so->first_event; a < events.size(); ++a) {
    Event& e = events[a];
    if (e.target || !e.source || e.source->country.empty() || !p.reaction.Covers(e.cameo)) continue;
    const std::string& c = e.source->country;
    const Event* by = nullptr;
    for (size_t b = so->first_event; b < events.size() && !by; ++b)
      if (b != a && on(events[b], c)) by = &events[b];
    for (size_t b = so->first_event; b-- > 0 && !by;)
      if (on(events[b], c)) by = &events[b];
    if (by) {
      e.target = by->source;
      continue;
    }
    // An imported coder's reading has no such rule ("..., a senior Bree
    // official said": BREGOV with no one).
    if (p.CodersReading()) continue;
    const Mention* first = FirstSubject(s);
    int si = so->ev_mentions[a - so->first_event].first;
    if (first && si >= 0 && first->b < s.mentions[si].b &&
        (first->igo || !first->country.empty()) && first->country != c)
      e.target = MakeActor(*first, s);
  }
}

}  // namespace

void FinishSentence(const SentenceCoder& sc, const std::vector<FoundQuantity>& quantities,
                    SentenceOut* so) {
  DropDerivedThreats(sc.policy(), so);
  std::vector<Event>& events = so->out->events;
  // Quantities: a count tied to an event's actor goes to that event ("some
  // 3,000 protesters blocked"); a count tied to no event's actor (", killing
  // three soldiers") goes to every event of the sentence.
  for (const FoundQuantity& fq : quantities) {
    bool owned = false;
    for (const auto& [sm_i, tm_i] : so->ev_mentions)
      owned |= fq.mention >= 0 && (fq.mention == sm_i || fq.mention == tm_i);
    for (size_t a = so->first_event; a < events.size(); ++a) {
      const auto& [sm_i, tm_i] = so->ev_mentions[a - so->first_event];
      if (!owned || fq.mention == sm_i || fq.mention == tm_i) events[a].quantities.push_back(fq.q);
    }
  }
  ReactionTargets(sc.policy(), sc.sentence(), so);
  // "X threatened/warned it would attack Y": the threat is aimed at Y.
  for (size_t a = so->first_event; a < events.size(); ++a) {
    Event& t = events[a];
    if (!sc.policy().threat.Covers(t.root) || t.target) continue;
    for (size_t b = a + 1; b < events.size(); ++b) {
      const Event& h = events[b];
      if (h.modality == "hypothetical" && h.target && h.source && t.source &&
          h.source->country == t.source->country) {
        t.target = h.target;
        break;
      }
    }
  }
  DropRepeats(so);
}

}  // namespace casus
