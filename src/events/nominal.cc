// Events written as nouns (data/rules/nominal.txt): "Russia's invasion of
// Ukraine", "the U.S. drone strike on ...", "talks between Israel and
// Hamas", "Blinken's visit to Beijing". The noun's owner is the source: a
// possessive or a modifier before it, or "by X" after it; the party after a
// preposition is the target; "between X and Y" makes each act on the other.
// A noun that a verb pattern used ("launched an offensive against") is that
// verb's event already.
#include "events/coding.h"
#include "events/inherit.h"
#include "util/utf8.h"

namespace casus {
namespace {

constexpr int kSkip = 3;  // modifiers between an owner and the noun ("'s full-scale military")

bool Modifier(Pos p) {
  return p == Pos::kAdj || p == Pos::kNoun || p == Pos::kNum || p == Pos::kPropn;
}

// The mention that owns the noun at k from before it, or -1: "Russia's
// (full-scale) invasion", "the U.S. (drone) strike", "Russian invasion".
// A one-word role with no country is looked past for a country ("the U.S.
// cruise missile strike") and owns the noun when there is none ("a police
// raid", whose country comes from the sentence).
int OwnerBefore(const Sentence& s, int k) {
  int j = k - 1, role = -1;
  for (int n = 0; j >= 0 && n < kSkip && Modifier(s.toks[j].pos); ++n, --j) {
    int m = s.mention_end[j];
    if (m < 0) continue;
    if (s.mentions[m].b != j || !s.mentions[m].country.empty() || s.mentions[m].igo) break;
    if (role < 0) role = m;
  }
  if (j >= 1 && s.toks[j].pos == Pos::kPoss && s.mention_end[j - 1] >= 0)
    return s.mention_end[j - 1];
  if (j >= 0 && s.mention_end[j] >= 0) return s.mention_end[j];
  return role;
}

// "on a pharmaceutical plant in Khartoum": after the noun phrase from token
// k, a place ("in/near X") names the party acted upon; -1 when none.
int PlaceAfter(const SentenceCoder& sc, int k) {
  const Sentence& s = sc.sentence();
  int n = int(s.toks.size()), j = k;
  for (; j < n && j < k + kSkip + 1 && s.mention_at[j] < 0; ++j) {
    Pos p = s.toks[j].pos;
    if (p != Pos::kDet && !Modifier(p)) break;
  }
  if (j == k || j + 1 >= n || !sc.policy().nominal_place_preps->Has(sc.Id(j))) return -1;
  int m = s.mention_at[j + 1];
  const bool where = m >= 0 && (s.mentions[m].city || s.mentions[m].place);
  return where && !s.mentions[m].area && !s.mentions[m].country.empty() ? m : -1;
}

// "the border with South Sudan" from token k: the country beyond the
// boundary (nominal.txt [nominal-border-nouns]), or -1.
int BeyondBorder(const SentenceCoder& sc, int k) {
  const Sentence& s = sc.sentence();
  int n = int(s.toks.size()), j = k;
  while (j < n && j < k + 3 && s.mention_at[j] < 0 &&
         (s.toks[j].pos == Pos::kDet || s.toks[j].pos == Pos::kAdj))
    ++j;
  if (j + 2 >= n || !sc.policy().nominal_border_nouns->Has(sc.Id(j)) || sc.W(j + 1) != "with")
    return -1;
  int m = s.mention_at[j + 2];
  if (m < 0 || s.mentions[m].b != j + 2 || s.mentions[m].country.empty()) return -1;
  return m;
}

// The first mention after token k, past determiners and modifiers, or -1.
int MentionAfter(const Sentence& s, int k) {
  int n = int(s.toks.size());
  for (int j = k; j < n && j < k + kSkip + 1; ++j) {
    if (s.mention_at[j] >= 0) return s.mention_at[j];
    Pos p = s.toks[j].pos;
    if (p != Pos::kDet && !Modifier(p)) return -1;
  }
  return -1;
}

// "There was (heavy) fighting between ...": the gerund at k is the noun an
// expletive subject and a form of "be" introduce (syntax.txt).
bool ExistentialGerund(const SentenceCoder& sc, int k) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  if (s.toks[k].pos != Pos::kVerb || s.toks[k].vform != VForm::kGerund) return false;
  int j = k - 1;
  while (j >= 0 && (s.toks[j].pos == Pos::kAdj || s.toks[j].pos == Pos::kAdv)) --j;
  // "there was", "there has been", "there had been"
  int be = j;
  while (j >= 0 && j > be - 2 && sc.PosAt(j) == Pos::kAux) --j;
  return j < be && p.be_forms->Has(sc.Id(be)) && p.existential_subjects->Has(sc.Id(j));
}

// "Following consultations with Saudi Arabia and the UAE, Egyptian
// President Abdel Fattah al-Sisi said": a meeting told in a phrase before
// the subject (nominal.txt [nominal-fronted-nouns]) is the subject's. The
// noun must open the sentence after a preposition or participle, and the
// subject follow the phrase's comma; -1 when not.
int FrontedOwner(const SentenceCoder& sc, int k, int target) {
  const Sentence& s = sc.sentence();
  const int n = int(s.toks.size());
  for (int j = 0; j < k; ++j)
    if (s.mention_at[j] >= 0 || j > 3 || sc.W(j) == ",") return -1;
  int j = target >= 0 ? s.mentions[target].e : k + 1;
  // past the rest of the target's compound ("and the United Arab Emirates")
  while (j < n && sc.W(j) != ",") {
    int m = s.mention_at[j];
    if (m >= 0 && (target < 0 || s.mentions[m].group != s.mentions[target].group)) return -1;
    if (m >= 0) j = s.mentions[m].e - 1;
    if (++j > k + 16) return -1;
  }
  if (j + 1 >= n || s.mention_at[j + 1] < 0) return -1;
  int m = s.mention_at[j + 1];
  return s.mentions[m].b == j + 1 && !s.mentions[m].place ? m : -1;
}

struct Nominal {
  int k = -1;  // the noun
  const EventPolicy::NominalClass* cls = nullptr;
  int own = -1;                  // the actor phrase ending in the noun, if any
  int source = -1, target = -1;  // mentions
  int end = 0;                   // one past the phrase's last token
  bool reciprocal = false, unreal = false;
  std::optional<Mention> home;  // no owner named: the people of a country protesting
};

// "following weeks of protests", "protests in Minsk": a home noun
// (nominal.txt [nominal-home-nouns]) with no owner named is the protest of
// the people of the place it was in, else of the country of the sentence's
// first actor. False when there is neither.
bool HomeOwner(const SentenceCoder& sc, Nominal* nm) {
  const Sentence& s = sc.sentence();
  // Only a movement that lasted: "weeks of (street) protests", not a
  // protest in passing ("detained protesters during demonstrations").
  int j = nm->k - 1;
  while (j > nm->k - 3 && j >= 0 && Modifier(s.toks[j].pos) && s.mention_at[j] < 0) --j;
  if (j < 1 || sc.W(j) != "of" || !sc.policy().nominal_home_spans->Has(sc.Id(j - 1))) return false;
  // "after (11) weeks of": what came before the news; "to help quell weeks
  // of Shi'ite-led protests" is another's act on them.
  int pj = j - 2;
  while (pj >= 0 && (s.toks[pj].pos == Pos::kNum || s.toks[pj].pos == Pos::kDet)) --pj;
  if (pj < 0 || !sc.policy().nominal_home_preps->Has(sc.Id(pj))) return false;
  int home = -1;
  if (nm->target >= 0 && (s.mentions[nm->target].place || s.mentions[nm->target].city)) {
    home = nm->target;
    nm->target = -1;
  }
  for (size_t m = 0; m < s.mentions.size() && home < 0; ++m) {
    const Mention& x = s.mentions[m];
    if (!x.country.empty() && !x.igo && !x.place && !x.city && !x.media && !x.area) home = int(m);
  }
  if (home < 0) return false;
  Mention h = s.mentions[home];
  h.role = sc.policy().nominal_home_role;
  h.code = h.country + h.role;
  h.place = h.city = h.pronoun = false;
  nm->home = h;
  nm->source = home;
  return true;
}

// Reads the phrase around the noun at k; false when it names no owner.
bool Read(const SentenceCoder& sc, int k, Nominal* nm) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  int n = int(s.toks.size());
  nm->source = nm->own >= 0 ? nm->own : OwnerBefore(s, k);
  nm->end = k + 1;
  // "ahead of talks between X and Y", "aimed at securing a ceasefire": not
  // yet. Counted from the owner's first word: "ahead of the US secretary of
  // state's visit to Tehran".
  int from = nm->source >= 0 ? std::min(k, s.mentions[nm->source].b) : k;
  for (int j = std::max(0, from - 4); j < k; ++j) nm->unreal |= p.nominal_unreal->Has(sc.Id(j));
  // "in response to Russia's invasion": an earlier event the story looks
  // back to (nominal.txt [nominal-background-words]).
  for (int j = std::max(0, from - 3); j < from; ++j)
    if (p.nominal_background->Has(sc.Id(j))) return false;
  // "Heavy fighting broke out between ...": the noun's onset before "between".
  int rec = k + 1;
  while (rec < n && rec < k + 3 && p.nominal_onset->Has(sc.Id(rec))) ++rec;
  if (rec < n && p.nominal_reciprocal->Has(sc.Id(rec))) {
    // "talks between Israel and Hamas": the first two members of a group.
    int a = MentionAfter(s, rec + 1);
    if (a < 0) return false;
    for (size_t b = 0; b < s.mentions.size(); ++b)
      if (int(b) != a && s.mentions[b].group == s.mentions[a].group) {
        nm->source = a;
        nm->target = int(b);
        nm->reciprocal = true;
        nm->end = s.mentions[b].e;
        return true;
      }
    return false;
  }
  // "the withdrawal of U.S. troops from Afghanistan": "of" names the actor.
  if (nm->source < 0 && k + 1 < n && sc.W(k + 1) == "of" && p.nominal_of_agent->Has(sc.Id(k))) {
    nm->source = MentionAfter(s, k + 2);
    if (nm->source >= 0) nm->end = s.mentions[nm->source].e;
  }
  // With the owner known, "from" is where the act goes from ("withdrawal of
  // U.S. troops from Afghanistan"); without one it names the owner.
  int after = nm->end;
  bool from_target = nm->source >= 0 && sc.W(after) == "from";
  if (after < n && (p.nominal_target_preps->Has(sc.Id(after)) || from_target)) {
    nm->target = MentionAfter(s, after + 1);
    if (nm->target < 0) nm->target = PlaceAfter(sc, after + 1);
    if (nm->target < 0) nm->target = BeyondBorder(sc, after + 1);
    if (nm->target >= 0) nm->end = s.mentions[nm->target].e;
  }
  // "the attack on the convoy by rebels", "condemnation from Kyiv".
  if (nm->source < 0 && nm->end < n && p.nominal_agent->Has(sc.Id(nm->end))) {
    nm->source = MentionAfter(s, nm->end + 1);
    if (nm->source >= 0) nm->end = s.mentions[nm->source].e;
  }
  if (nm->source < 0 && p.nominal_fronted_nouns->Has(sc.Id(k)))
    nm->source = FrontedOwner(sc, k, nm->target);
  // "rejected calls from ASEAN to release": an appeal naming no one is made
  // of the actor the sentence opens with (nominal.txt [nominal-addressee-nouns]).
  if (nm->source >= 0 && nm->target < 0 && p.nominal_addressee_nouns->Has(sc.Id(k)))
    for (size_t m = 0; m < s.mentions.size() && s.mentions[m].b < k; ++m) {
      const Mention& x = s.mentions[m];
      if (x.group == s.mentions[nm->source].group || x.place || x.city || x.media || x.area)
        continue;
      if (!x.country.empty() || x.igo) nm->target = int(m);
      break;
    }
  if (nm->source < 0 && p.nominal_home_nouns->Has(sc.Id(k))) return HomeOwner(sc, nm);
  return nm->source >= 0;
}

// Whether the sentence has an event of the same parties and root already.
bool Coded(const SentenceOut& so, const Event& e) {
  const std::vector<Event>& ev = so.out->events;
  for (size_t a = so.first_event; a < ev.size(); ++a)
    if (ev[a].root == e.root && ev[a].source && ev[a].source->code == e.source->code &&
        (ev[a].target ? ev[a].target->code : "") == (e.target ? e.target->code : ""))
      return true;
  return false;
}

// The sentence's fields and the code of a nominal event.
void Stamp(const SentenceOut& so, const CameoCode* code, Event* e) {
  e->article_id = so.article->id;
  e->sentence_index = so.index;
  e->sentence = so.sentence;
  e->date = so.date;
  SetCode(code, e);
}

// Adds e, its evidence the tokens [b, last] told by the word at `word` and
// the rule at `where`, with its parties' spans and mentions (-1: none).
void Record(const SentenceCoder& sc, Event e, int b, int last, int word, const std::string& where,
            const std::string& source_span, const std::string& target_span, int si, int ti,
            TraceGroup* tg, SentenceOut* so) {
  const Sentence& s = sc.sentence();
  Evidence& ev = e.evidence;
  ev.begin = s.toks[b].begin;
  ev.end = s.toks[last].end;
  ev.char_begin = uint32_t(Utf8Chars(so->sentence, ev.begin));
  ev.char_end = uint32_t(Utf8Chars(so->sentence, ev.end));
  ev.verb_phrase = so->sentence.substr(ev.begin, ev.end - ev.begin);
  ev.pattern = "nominal: " + std::string(sc.Raw(word));
  ev.dictionary = where;
  e.event_id = EventId(*so, e, source_span, target_span);
  if (tg)
    tg->events.push_back(
        {e.source->code, e.target ? e.target->code : "", e.cameo, e.modality, "", false});
  so->ev_mentions.push_back({si, ti});
  so->ev_group.push_back(-1);
  so->ev_derived.push_back(0);
  so->out->events.push_back(std::move(e));
}

void Emit(const SentenceCoder& sc, const Nominal& nm, int si, int ti, SentenceOut* so,
          TraceGroup* tg) {
  const Sentence& s = sc.sentence();
  const bool home = nm.home && si == nm.source;
  Mention sm = home ? *nm.home : s.mentions[si];
  InheritCountry(&sm, nullptr, s, Party::kSource);
  // A city or place before the noun says where ("the Mumbai attack"), not who.
  if (sm.place || sm.city || sm.media || (sm.country.empty() && !sm.igo)) return;
  Event e;
  if (ti >= 0) {
    Mention tm = s.mentions[ti];
    InheritCountry(&tm, nullptr, s, Party::kTarget);
    if (tm.media) return;
    ShareCountry(&sm, &tm);
    if (!tm.country.empty() || tm.igo) e.target = MakeActor(tm, s);
  }
  e.source = MakeActor(sm, s);
  // A noun with no party acted upon says too little to code ("Trump's
  // visit"); one within the owner's own country is no event between states
  // ("Putin's trip to Vladivostok"). But members of one country on each
  // other ("clashes between Liberian government troops and LURD rebels")
  // are a domestic dyad; of one code, one act with no second party. Each
  // must name its country: "fighting between insurgents and U.S. forces" is
  // no American act on Americans.
  // A protest is an event of its own, with or without a party acted upon.
  const bool home_noun = sc.policy().nominal_home_nouns->Has(sc.Id(nm.k));
  if (!e.target && !home_noun) return;
  const bool domestic =
      e.target && !e.source->country.empty() && e.target->country == e.source->country;
  if (!e.target) {
    // a protest with no party acted upon
  } else if (nm.reciprocal && domestic &&
             (s.mentions[si].country.empty() || s.mentions[ti].country.empty())) {
    return;
  } else if (nm.reciprocal && e.target->code == e.source->code) {
    e.target.reset();
    ti = -1;
  } else if (e.target->code == e.source->code) {
    return;
  } else if (!nm.reciprocal && domestic && !sc.policy().nominal_domestic_nouns->Has(sc.Id(nm.k))) {
    return;
  }
  Stamp(*so, nm.cls->code, &e);
  if (nm.unreal) e.modality = "hypothetical";
  if (Coded(*so, e)) return;
  Record(sc, std::move(e), home ? nm.k : std::min(nm.k, s.mentions[si].b), nm.end - 1, nm.k,
         nm.cls->where, SpanKey(s, &s.mentions[si]),
         SpanKey(s, ti >= 0 ? &s.mentions[ti] : nullptr), si, ti, tg, so);
}

// "agreed ... in a U.S.-brokered deal": the mediator (Sentence::
// hyphen_mediators) on each party of the sentence's events told before it.
void HyphenMediation(const SentenceCoder& sc, SentenceOut* so, TraceSentence* ts) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  const int n = int(s.toks.size());
  if (!p.hyphen_mediation_nouns || !p.hyphen_mediation_code) return;
  for (const Mention& m : s.hyphen_mediators) {
    int k = m.e + 2;  // after the hyphen and "brokered"
    while (k < n && k < m.e + 5 && s.toks[k].pos == Pos::kAdj) ++k;
    if (k >= n || !p.hyphen_mediation_nouns->Has(sc.Id(k))) continue;
    Mention mm = m;
    InheritCountry(&mm, nullptr, s, Party::kSource);
    if (mm.country.empty() && !mm.igo) continue;
    std::vector<Actor> parties;
    const size_t end = so->out->events.size();
    for (size_t a = so->first_event; a < end; ++a) {
      const Event& e = so->out->events[a];
      if (e.evidence.begin >= s.toks[m.b].begin) continue;
      for (const std::optional<Actor>& x : {e.source, e.target})
        if (x && x->country != mm.country &&
            std::none_of(parties.begin(), parties.end(),
                         [&](const Actor& y) { return y.code == x->code; }))
          parties.push_back(*x);
    }
    TraceGroup* tg = nullptr;
    if (ts) {
      tg = &ts->groups.emplace_back();
      tg->verb = std::string(sc.Raw(m.e + 1));
      tg->lemma = "(hyphen)";
      tg->pattern = "nominal: " + tg->verb;
      tg->code = p.hyphen_mediation_code->code;
      tg->dictionary = p.hyphen_mediation_where;
      if (parties.empty()) tg->dropped = "no event (no parties told before it)";
    }
    for (const Actor& party : parties) {
      Event e;
      e.source = MakeActor(mm, s);
      e.target = party;
      Stamp(*so, p.hyphen_mediation_code, &e);
      Record(sc, std::move(e), m.b, k, m.e + 1, p.hyphen_mediation_where, SpanKey(s, &m),
             party.text, -1, -1, tg, so);
    }
  }
}

}  // namespace

void NominalEvents(const SentenceCoder& sc, const SentenceFacts& facts, SentenceOut* so,
                   TraceSentence* ts) {
  const Sentence& s = sc.sentence();
  const EventPolicy& p = sc.policy();
  if (p.nominal.empty() || s.mentions.empty()) return;
  int n = int(s.toks.size());
  for (int k = 0; k < n; ++k) {
    if (s.toks[k].pos != Pos::kNoun && !ExistentialGerund(sc, k)) continue;
    Nominal nm;
    nm.k = k;
    // "The Russian bombardment of Kharkiv": the actor phrase took the noun
    // as its head; its country word is the owner.
    int m = s.mention_at[k];
    if (m >= 0 && (s.mentions[m].e != k + 1 || s.mentions[m].b == k)) continue;
    nm.own = m;
    for (const auto& c : p.nominal)
      if (c.nouns->Has(sc.Id(k))) nm.cls = &c;
    if (!nm.cls) continue;
    bool used = false;  // a pattern's word: "launched an offensive against"
    for (size_t gi = 0; gi < facts.found.size() && !used; ++gi)
      for (int t : facts.found[gi].literal) used |= t == k;
    if (used || !Read(sc, k, &nm)) continue;
    TraceGroup* tg = nullptr;
    if (ts) {
      tg = &ts->groups.emplace_back();
      tg->verb = std::string(sc.Raw(k));
      tg->lemma = "(noun)";
      tg->pattern = "nominal: " + tg->verb;
      tg->code = nm.cls->code->code;
      tg->dictionary = nm.cls->where;
    }
    Emit(sc, nm, nm.source, nm.target, so, tg);
    if (nm.reciprocal) Emit(sc, nm, nm.target, nm.source, so, tg);
    // "consultations with Saudi Arabia and the United Arab Emirates": each
    // later member of the target's compound is acted upon too.
    if (!nm.reciprocal && nm.target >= 0)
      for (size_t b = nm.target + 1; b < s.mentions.size(); ++b)
        if (s.mentions[b].group == s.mentions[nm.target].group)
          Emit(sc, nm, nm.source, int(b), so, tg);
    if (tg && tg->events.empty()) tg->dropped = "no event (no party, or coded by a verb already)";
  }
  if (!s.hyphen_mediators.empty()) HyphenMediation(sc, so, ts);
}

}  // namespace casus
