// Actor matching: longest phrase match in the actor trie, then composition of
// country + role + person ("French Foreign Minister Jean-Yves Le Drian",
// "Syria's army", "the army of Syria"), locative phrases and compounds.
// The passes after phrase matching are in actors_context.cc; the order in
// actors_passes.h.
#include <algorithm>
#include <cctype>

#include "events/policy.h"
#include "match/actors_passes.h"
#include "util/strings.h"

namespace casus {
namespace actors {
namespace {

bool CaseOk(const ActorEntry& e, const Sentence& s, int i) {
  if (s.tabari_actors) return true;
  for (size_t k = 0; k < e.cases.size(); ++k) {
    const Token& t = s.toks[i + k];
    if (e.cases[k] == 2 && !t.all_upper) return false;
    if (t.caseless) {
      // "TURKEY SAYS": the writer's case says nothing, but an acronym that
      // is also a common word is that word ("A CAR BOMB", "THE MAN WHO").
      if (e.cases[k] == 2 && !t.upper_initial && t.pos != Pos::kPropn) return false;
      continue;
    }
    if (e.cases[k] == 1 && !t.upper_initial) return false;
    if (e.cases[k] == 3 && s.text.substr(t.begin, t.end - t.begin) != e.spelling[k]) return false;
  }
  return true;
}

// "Afganistan's army attacked": a capitalised word no phrase matches, read
// as the one-word name it misspells (fuzzy_names.h; the policy in
// data/rules/actors.txt [fuzzy-names]). Its entry is chosen as an exact
// match's would be, among the entries a misspelling may reach.
ActorMatch Misspelled(const Dictionaries& d, const Sentence& s, int i) {
  const Token& t = s.toks[i];
  const FuzzyPolicy& p = d.actor_rules().fuzzy;
  if (!t.upper_initial || (p.max_distance == 0 && p.long_max_distance == 0)) return {};
  // Inside a run of names the word is a person's name, not a misspelled
  // one: "Olivia Smith" (no Bolivia), "Natalia Sokolova", "Meng Wanzhou"
  // (no place). Only an office holder's surname may follow a name ("Serzh
  // Sarksyan" is Sargsyan).
  auto name_at = [&](int k) {
    return k >= 0 && k < int(s.toks.size()) && s.toks[k].upper_initial &&
           s.toks[k].pos == Pos::kPropn;
  };
  if (name_at(i + 1)) return {};
  const bool after_name = name_at(i - 1);
  uint32_t node = d.fuzzy_names().Find(s.Word(i), t.id, p, d.lexicon());
  if (node == FuzzyNames::kNone) return {};
  const ActorEntry* dated_out = nullptr;
  for (uint32_t ei : d.node(node).entries) {
    const ActorEntry& e = d.actor(ei);
    if (!FuzzyEligible(e.cases.empty() ? 0 : e.cases[0], e.needs_country,
                       e.field == ActorField::kRole))
      continue;
    if (after_name && e.from == 0 && e.to == 99999999) return {};
    if (s.day && (s.day < e.from || s.day > e.to)) {
      if (!dated_out) dated_out = &e;
      continue;
    }
    return {i + 1, &e, false};
  }
  return dated_out ? ActorMatch{i + 1, dated_out, true} : ActorMatch{};
}

// Longest match at token i, walking the trie; with `misspelled`, else a
// misspelled one-word name.
ActorMatch LongestAt(const Dictionaries& d, const Sentence& s, int i, bool misspelled = true) {
  ActorMatch best;
  uint32_t node = Dictionaries::kRoot;
  for (int j = i; j < int(s.toks.size()); ++j) {
    node = d.Step(node, s.toks[j].id);
    if (node == Dictionaries::kNoNode) break;
    const ActorEntry* dated_out = nullptr;
    const ActorEntry* ok = nullptr;
    for (uint32_t ei : d.node(node).entries) {
      const ActorEntry& e = d.actor(ei);
      if (!CaseOk(e, s, i)) continue;
      if (s.day && (s.day < e.from || s.day > e.to)) {
        if (!dated_out) dated_out = &e;
        continue;
      }
      ok = &e;
      break;
    }
    if (ok)
      best = {j + 1, ok, false};
    else if (dated_out)
      best = {j + 1, dated_out, true};
  }
  if (!best.entry && misspelled && s.toks[i].upper_initial && !s.tabari_actors)
    return Misspelled(d, s, i);
  if (s.tabari_actors || s.petrarch_actors) {
    ActorMatch gapped = GappedAt(d, s, i);
    if (gapped.entry && gapped.end > best.end) return gapped;
  }
  return best;
}

bool IsCountryish(const ActorEntry& e) {
  return !e.country.empty() && e.role.empty();
}

const ActorMatch kNoMatch;

}  // namespace

Passes::Passes(const Dictionaries& d, Sentence* s)
    : d_(d), r_(d.actor_rules()), s_(*s), n_(int(s->toks.size())) {
  s_.mentions.clear();
  s_.hyphen_mediators.clear();
  s_.mention_at.assign(n_, -1);
  s_.mention_end.assign(n_, -1);
  // Every position is asked several times (roles after names, thing nouns,
  // adjective runs), so each sentence's matches are computed once.
  s_.actor_matches.resize(n_);
  for (int i = 0; i < n_; ++i) s_.actor_matches[i] = LongestAt(d_, s_, i);
}

void Passes::AddMention(Mention m) {
  const int idx = int(s_.mentions.size());
  for (int k = m.b; k < m.e; ++k) s_.mention_at[k] = idx;
  s_.mention_end[m.e - 1] = idx;
  s_.mentions.push_back(std::move(m));
}

void Passes::Reindex() {
  std::fill(s_.mention_at.begin(), s_.mention_at.end(), -1);
  std::fill(s_.mention_end.begin(), s_.mention_end.end(), -1);
  for (size_t k = 0; k < s_.mentions.size(); ++k) {
    for (int t = s_.mentions[k].b; t < s_.mentions[k].e; ++t) s_.mention_at[t] = int(k);
    s_.mention_end[s_.mentions[k].e - 1] = int(k);
  }
}

const ActorMatch& Passes::Longest(int i) const {
  return i >= 0 && i < n_ ? s_.actor_matches[i] : kNoMatch;
}

std::string_view Passes::Word(int i) const {
  return i >= 0 && i < n_ ? LowerWord(d_, s_, i) : std::string_view();
}

bool Passes::Locative(int i) const {
  return i >= 0 && i < n_ && r_.locatives->Has(s_.toks[i].id);
}

bool Passes::GluedHyphen(int k) const {
  return k > 0 && k + 1 < n_ && Word(k) == "-" && s_.toks[k].begin == s_.toks[k - 1].end &&
         s_.toks[k + 1].begin == s_.toks[k].end;
}

bool Passes::IsActorRole(const ActorMatch& m) const {
  return m.entry && m.entry->field == ActorField::kRole && m.entry->role != r_.no_actor_role &&
         m.entry->role != r_.thing_role && m.entry->role != r_.asset_role;
}

bool Passes::IsRole(const ActorMatch& m, const std::string& role) const {
  return m.entry && m.entry->field == ActorField::kRole && m.entry->role == role;
}

std::string_view Passes::RoleOf(const ActorMatch& m) const {
  return m.expired ? r_.former_office_role : m.entry->role.view();
}

// Finds a role at or shortly after i (skipping adjectives / other nouns);
// returns where it starts, or -1.
int Passes::RoleAfter(int i, int max_skip, ActorMatch* out) const {
  for (int k = i; k < n_ && k <= i + max_skip; ++k) {
    ActorMatch m = Longest(k);
    if (IsActorRole(m)) {
      // "government forces": the head role is the last one.
      ActorMatch next = Longest(m.end);
      while (next.entry && next.entry->field == ActorField::kRole) {
        m = next;
        next = Longest(m.end);
      }
      *out = m;
      return k;
    }
    Pos p = s_.toks[k].pos;
    if (!(p == Pos::kAdj || p == Pos::kNoun || p == Pos::kPropn ||
          (p == Pos::kVerb && (s_.toks[k].tags & (kTagJJ | kTagVBG | kTagVBN)))))
      break;
    if (m.entry) break;  // another actor starts here
  }
  return -1;
}

// Dictionary phrases, left to right; what starts at each token decides how
// the mention is built.
// The country entry (not `other`) named by the two words with lexicon ids
// a, b ("North" + "Korea"), or null.
const ActorEntry* Passes::TwoWordCountry(int32_t a, int32_t b, std::string_view other) const {
  uint32_t node = d_.Step(Dictionaries::kRoot, a);
  if (node != Dictionaries::kNoNode) node = d_.Step(node, b);
  if (node == Dictionaries::kNoNode) return nullptr;
  for (uint32_t ei : d_.node(node).entries) {
    const ActorEntry& e = d_.actor(ei);
    if (IsCountryish(e) && e.country != other) return &e;
  }
  return nullptr;
}

// A name written in part, or null: "North and South Korea" (a capitalised
// word before "and" and a two-word country name: with the name's last word
// another country's name); "North Korean artillery shelled South Korea's
// Yeonpyeong island ..., and the South returned fire" ("the" and a
// capitalised compass word of [locatives] with the head of an earlier
// compass name in the sentence: "South" + "Korea").
const ActorEntry* Passes::PartName(int i) const {
  const Token& t = s_.toks[i];
  if (!t.upper_initial) return nullptr;
  if (i + 3 < n_ && Word(i + 1) == "and") {
    const ActorMatch& next = Longest(i + 2);
    if (next.entry && next.end == i + 4 && IsCountryish(*next.entry))
      if (const ActorEntry* e = TwoWordCountry(t.id, s_.toks[i + 3].id, next.entry->country))
        return e;
  }
  if (i < 1 || Word(i - 1) != "the" || !Locative(i)) return nullptr;
  if (i + 1 < n_ && s_.toks[i + 1].upper_initial) return nullptr;  // "the South China Sea"
  for (int j = 0; j + 1 < i - 1; ++j)
    if (s_.toks[j].upper_initial && Locative(j))
      if (const ActorEntry* e = TwoWordCountry(t.id, s_.toks[j + 1].id, "")) return e;
  return nullptr;
}

void Passes::MatchPhrases() {
  for (int i = 0; i < n_;) {
    const ActorMatch& m = Longest(i);
    const ActorEntry* part = m.entry ? nullptr : PartName(i);
    if (part) {
      s_.actor_matches[i] = ActorMatch{i + 1, part, false};
      i = Compose(i, s_.actor_matches[i]);
    } else if (!m.entry)
      i = HyphenatedLeader(i);
    else if (m.entry->field == ActorField::kRole && !IsActorRole(m))
      i = m.end;  // "exports", "targets": nouns, not actors
    else if (m.entry->field == ActorField::kCity)
      i = City(i, m);
    else
      i = Compose(i, m);
  }
}

// "Saudi-led coalition", "U.S.-led forces": the leader acts. "British-Iranian
// aid worker": a dual national counts as the first. "British-flagged tanker",
// "Norwegian-owned vessel": the country's.
int Passes::HyphenatedLeader(int i) {
  std::string_view w = s_.Word(i);
  size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return i + 1;
  std::string_view suffix = w.substr(dash + 1);
  bool led = r_.leader_suffixes->Has(suffix);
  bool dual = false;
  if (!led && std::isupper((unsigned char)w[0]) && dash + 1 < w.size() &&
      std::isupper((unsigned char)w[dash + 1])) {
    uint32_t tn = d_.Step(Dictionaries::kRoot, d_.lexicon().Find(AsciiLower(w.substr(dash + 1))));
    if (tn != Dictionaries::kNoNode)
      for (uint32_t ei : d_.node(tn).entries) dual |= d_.actor(ei).field == ActorField::kAdj;
  }
  bool owned = r_.owner_suffixes->Has(suffix);
  if (!(led || dual || owned)) return i + 1;
  int32_t head = d_.lexicon().Find(AsciiLower(w.substr(0, dash)));
  uint32_t node = d_.Step(Dictionaries::kRoot, head);
  // "South Korean-flagged tanker": the name's first word stands before.
  int b = i;
  if (i > 0 && s_.mention_at[i - 1] < 0 && s_.toks[i - 1].upper_initial) {
    uint32_t n2 = d_.Step(d_.Step(Dictionaries::kRoot, s_.toks[i - 1].id), head);
    if (n2 != Dictionaries::kNoNode && !d_.node(n2).entries.empty()) {
      node = n2;
      b = i - 1;
    }
  }
  if (node == Dictionaries::kNoNode) return i + 1;
  for (uint32_t ei : d_.node(node).entries) {
    const ActorEntry& e = d_.actor(ei);
    if (e.field == ActorField::kRole || (e.country.empty() && e.role.empty())) continue;
    Mention mt;
    mt.b = b;
    mt.e = i + 1;
    ActorMatch r;
    if (RoleAfter(i + 1, 1, &r) >= 0) mt.e = r.end;
    mt.country = e.country;
    mt.role = e.role;
    mt.igo = e.country.empty();
    mt.code = e.code.size() > 3 || mt.igo ? e.code : e.country;
    mt.head = mt.e - 1;
    AddMention(std::move(mt));
    return s_.mentions.back().e;
  }
  return i + 1;
}

namespace {

// The countries the article names (ArticleCountries), found once: every
// sentence tokenized and its longest phrases looked up, places left out.
void AddOnce(std::vector<std::string_view>* v, std::string_view c) {
  if (std::find(v->begin(), v->end(), c) == v->end()) v->push_back(c);
}

// `current` is the sentence being coded: its span is read from its own
// tokens, not tokenized again (a one-sentence record is all of its article).
void FillArticleCountries(const Dictionaries& d, ArticleCountries* a, const Sentence& current) {
  a->filled = true;
  const WordSet& locatives = *d.actor_rules().locatives;
  for (const Span& sp : *a->spans) {
    std::string_view text = a->text.substr(sp.begin, sp.end - sp.begin);
    const bool same = text.data() == current.text.data() && text.size() == current.text.size() &&
                      current.day == a->day;
    if (!same) {
      a->scratch.day = a->day;
      a->scratch.text = text;
      Tokenize(text, d.lexicon(), &a->scratch.toks);
    }
    const Sentence& t = same ? current : a->scratch;
    for (int i = 0; i < int(t.toks.size());) {
      // Exact names only: the article's countries are asked for by
      // misspelled places, and a misspelling is not sure enough to vouch
      // for another.
      ActorMatch m = LongestAt(d, t, i, false);
      if (!m.entry) {
        ++i;
        continue;
      }
      const ActorEntry& e = *m.entry;
      if (e.field != ActorField::kCity && !e.country.empty()) {
        AddOnce(&a->codes, e.country);
        if (i > 0 && locatives.Has(t.toks[i - 1].id)) AddOnce(&a->places, e.country);
      } else if (e.field == ActorField::kCity && !e.country.empty() && !e.needs_country) {
        uint32_t node = Dictionaries::kRoot;
        for (int k = i; k < m.end && node != Dictionaries::kNoNode; ++k)
          node = d.Step(node, t.toks[k].id);
        if (node != Dictionaries::kNoNode && d.node(node).entries.size() == 1)
          AddOnce(&a->places, e.country);
      }
      i = m.end;
    }
  }
}

}  // namespace

// Which of the places sharing the name at token i is meant: the first (most
// populous) in a country the article names as a place ("in Ukraine", or by
// a city only it has), else in a country it names at all, else the first
// that needs no named country; null when none may be a place here.
const ActorEntry* Passes::PickPlace(int i, const ActorMatch& m) const {
  uint32_t node = Dictionaries::kRoot;
  for (int k = i; k < m.end && node != Dictionaries::kNoNode; ++k)
    node = d_.Step(node, s_.toks[k].id);
  // A misspelled name (fuzzy_names.h) brings its own entry, not the node's.
  std::span<const uint32_t> cands;
  if (node != Dictionaries::kNoNode) cands = d_.node(node).entries;
  const bool misspelled = std::none_of(cands.begin(), cands.end(),
                                       [&](uint32_t ei) { return &d_.actor(ei) == m.entry; });
  if (!misspelled && cands.size() == 1 && !m.entry->needs_country) return m.entry;  // most names
  auto own = [&](std::string_view c) {  // the sentence's own countries
    for (const ActorMatch& a : s_.actor_matches)
      if (a.entry && a.entry->field != ActorField::kCity && a.entry->country == c) return true;
    return false;
  };
  // Most misspelled places have their country in the same sentence: the
  // article is then not read for it.
  if (misspelled && own(m.entry->country)) return m.entry;
  std::vector<std::string_view> local;  // no article: the sentence's own countries
  const std::vector<std::string_view>* sure = &local;
  const std::vector<std::string_view>* named = &local;
  if (s_.article) {
    if (!s_.article->filled) FillArticleCountries(d_, s_.article, s_);
    sure = &s_.article->places;
    named = &s_.article->codes;
  } else {
    for (const ActorMatch& a : s_.actor_matches)
      if (a.entry && a.entry->field != ActorField::kCity && !a.entry->country.empty())
        local.push_back(a.entry->country);
  }
  auto in = [](const std::vector<std::string_view>* v, std::string_view c) {
    return !c.empty() && std::find(v->begin(), v->end(), c) != v->end();
  };
  // A misspelled place only in an article that names its country: "Tikrit"
  // (Tikrīt) in an article on Iraq, but "Samarra" is no Samara of Russia.
  if (misspelled)
    return in(sure, m.entry->country) || in(named, m.entry->country) ? m.entry : nullptr;
  const ActorEntry* in_named = nullptr;
  const ActorEntry* fallback = nullptr;
  for (uint32_t ei : cands) {
    const ActorEntry& e = d_.actor(ei);
    if (e.field != ActorField::kCity || !CaseOk(e, s_, i)) continue;
    if (in(sure, e.country)) return &e;
    if (!in_named && in(named, e.country)) in_named = &e;
    if (!fallback && !e.needs_country) fallback = &e;
  }
  // "met in Geneva" in a story naming the United States: a namesake in a
  // country the article names only as an actor (Geneva, Illinois) does not
  // beat a capital of a country or of its first-order division (GeoNames
  // PPLC, PPLA: Geneva, Switzerland) that needs no named country.
  auto capital = [](const ActorEntry* e) { return e->feature == "PPLC" || e->feature == "PPLA"; };
  if (in_named && fallback && in_named != fallback && capital(fallback) && !capital(in_named))
    return fallback;
  if (in_named) return in_named;
  return fallback;
}

// A place of the gazetteer: a city or subdivision is its country, and a
// place after a locative ("Fighting near Kharkiv continued"); a region or sea
// of data/places is only ever where ("in the Black Sea"), never who.
int Passes::City(int i, const ActorMatch& m) {
  const ActorEntry* e = PickPlace(i, m);
  if (!e) {  // a small place whose country the article never names: no place
    s_.actor_matches[i] = ActorMatch{};
    return i + 1;
  }
  s_.actor_matches[i].entry = e;
  bool area = e->place == PlaceKind::kSea || e->place == PlaceKind::kRegion;
  bool the = area && Word(i - 1) == "the";  // "in the Black Sea"
  bool locative = Locative(the ? i - 2 : i - 1);
  if (area && !locative) return m.end;
  Mention c;
  c.b = i;
  c.e = m.end;
  c.code = c.country = e->country;
  c.entry = e;
  c.place = locative;
  c.area = area;
  ActorMatch r;
  if (!area && !c.place && RoleAfter(m.end, 0, &r) >= 0) {
    // "The Lagos police commissioner": the city's country and the role.
    c.role = r.entry->role;
    c.code = c.country + c.role;
    c.e = r.end;
    TakePerson(&c, false);
    if (c.b > 0 && Word(c.b - 1) == "the") --c.b;
  } else {
    c.city = true;
    if (the) --c.b;
  }
  c.head = c.e - 1;
  AddMention(std::move(c));
  return s_.mentions.back().e;
}

// A country, IGO, named group, person or role noun, extended by what follows
// it (roles, persons, "of Syria") and marked as a place when it is one.
int Passes::Compose(int i, const ActorMatch& m) {
  const ActorEntry& e = *m.entry;
  Mention mt;
  mt.b = i;
  mt.e = m.end;
  mt.entry = m.entry;
  mt.country = e.country;
  mt.role = RoleOf(m);  // a former office holder is an elite, not the government
  mt.igo = e.country.empty() && e.field != ActorField::kRole;
  mt.media = e.role == r_.media_role;
  if (e.field == ActorField::kRole) {
    mt.stateless = i > 0 && r_.stateless_words->Has(s_.toks[i - 1].id);
    ComposeRoleFirst(&mt);
  } else if (IsCountryish(e) || (mt.igo && e.field == ActorField::kName)) {
    int skip_to;
    if (!ComposeCountryFirst(m, &mt, &skip_to)) return skip_to;
  }
  if (e.field == ActorField::kName && !e.country.empty() && !e.role.empty()) {
    // A named group or person with its own code absorbs a following role
    // noun: "Boko Haram militants", "Taliban suicide bomber".
    ActorMatch r;
    bool had_role = RoleAfter(mt.e, 0, &r) >= 0;
    // "Boko Haram's leader threatened": the group's office, its code.
    if (!had_role && Word(mt.e) == "'s") had_role = RoleAfter(mt.e + 1, 0, &r) >= 0;
    if (had_role) mt.e = r.end;
    TakeGroupPerson(&mt, had_role);
  }
  if (mt.code.empty() || !mt.igo)
    mt.code = mt.igo ? std::string(e.code.view()) : mt.country + mt.role;
  if (mt.igo && mt.code.empty()) mt.code = e.code;
  if (mt.code.empty()) mt.code = mt.role;
  // A TABARI (or PETRARCH program's) code is whatever its file writes
  // ("NORTH_YEMEN [YEMNO]", "ITHILEN TELEVISION [ITHTV]"), not a country and
  // a role.
  if ((s_.tabari_actors || s_.petrarch_actors) && mt.role.empty() && !mt.igo &&
      e.field == ActorField::kName)
    mt.code = e.code;
  if (mt.b > 0 && Word(mt.b - 1) == "the") --mt.b;
  mt.head = mt.e - 1;
  MarkPlace(&mt);
  // The tagger could not know these words were one name ("Islamist group").
  for (int k = mt.b; k < mt.e; ++k)
    if (s_.toks[k].pos == Pos::kVerb || s_.toks[k].pos == Pos::kAdj) s_.toks[k].pos = Pos::kNoun;
  AddMention(std::move(mt));
  return s_.mentions.back().e;
}

// Role first: "the army of Syria", "Foreign Minister Sergei Lavrov",
// "government forces", "gunmen from the Islamist group Boko Haram".
void Passes::ComposeRoleFirst(Mention* mt) {
  ActorMatch r;
  if (RoleAfter(mt->e, 0, &r) >= 0) {
    mt->role = r.entry->role;
    mt->e = r.end;
  }
  // "withdraw its forces from Ukraine": the owner's forces, from a place.
  const bool owned = mt->b > 0 && s_.toks[mt->b - 1].pos == Pos::kPossPron;
  if (Word(mt->e) == "of" || (Word(mt->e) == "from" && !owned)) {
    int k = mt->e + 1;
    ActorMatch c = Longest(k);
    for (int skip = 0; !c.entry && skip < 3 && k + 1 < n_ &&
                       (s_.toks[k].pos == Pos::kDet || s_.toks[k].pos == Pos::kAdj ||
                        s_.toks[k].pos == Pos::kPropn || s_.toks[k].pos == Pos::kNoun ||
                        s_.toks[k].pos == Pos::kVerb);
         ++skip)
      c = Longest(++k);
    bool named_group = c.entry && c.entry->field == ActorField::kName &&
                       !c.entry->country.empty() && !c.entry->role.empty() && Word(mt->e) == "from";
    if (c.entry && (IsCountryish(*c.entry) || c.entry->country.empty() || named_group) &&
        c.entry->field != ActorField::kRole && c.entry->field != ActorField::kCity) {
      if (c.entry->country.empty()) {
        mt->igo = true;
        mt->role = c.entry->role;
        mt->code = c.entry->code;
      } else if (named_group) {
        mt->country = c.entry->country;
        mt->role = c.entry->role;
      } else {
        mt->country = c.entry->country;
        mt->role_of = !mt->role.empty();
      }
      mt->e = c.end;
    }
  }
  // "the interior ministry's spokesman": the owner's spokesman speaks for it.
  ActorMatch r2;
  if (mt->country.empty() && !mt->igo && Word(mt->e) == "'s" && RoleAfter(mt->e + 1, 1, &r2) >= 0)
    mt->e = r2.end;
  TakePerson(mt, false);
}

// Country (or IGO) first: "Syria's army", "Turkish soldiers", "French Foreign
// Minister Jean-Yves Le Drian", "Ukrainian positions", "the Kremlin".
// Returns false when the phrase is no actor at all ("Russian wheat
// exports"), with *skip_to where matching goes on.
bool Passes::ComposeCountryFirst(const ActorMatch& m, Mention* mt, int* skip_to) {
  const ActorEntry& e = *m.entry;
  int k = mt->e;
  // "U.S.-led allied aircraft": the tokenizer splits "U.S.-led"; like
  // "Saudi-led" (HyphenatedLeader) the leader takes "-led" and the role.
  bool led = GluedHyphen(k) && r_.leader_suffixes->Has(s_.toks[k + 1].id);
  if (led) {
    s_.toks[k + 1].pos = Pos::kAdj;
    s_.toks[k + 1].vform = VForm::kNone;
    k += 2;
    mt->e = k;
  }
  bool poss = Word(k) == "'s";
  if (poss) ++k;
  ActorMatch r, p;
  if (RoleAfter(k, e.field == ActorField::kAdj || poss || led ? 2 : 0, &r) >= 0) {
    (mt->igo ? mt->igo_role : mt->role) = r.entry->role;
    mt->e = r.end;
    int before = mt->e;
    TakePerson(mt, true);
    if (mt->e == before && SameCountryNameAfter(mt->e, mt->country, &p))
      mt->e = p.end;  // "Bree Prime Minister Romendacil": the title's role stands
  } else if (poss && e.field != ActorField::kAdj) {
    // "Russia's Investigative Committee opened a criminal case": a body the
    // dictionaries do not know (two or more capitalised words) is the country's.
    int j = k;
    while (j < n_ && j < k + 4 && s_.toks[j].upper_initial && s_.toks[j].pos == Pos::kPropn &&
           !Longest(j).entry)
      ++j;
    if (j - k >= 2) mt->e = j;
  } else if (e.field == ActorField::kAdj) {
    // "Ukrainian positions": the adjective's noun phrase stands for the country.
    int j = mt->e;
    while (j < n_ && j < mt->e + 3 &&
           (s_.toks[j].pos == Pos::kNoun || s_.toks[j].pos == Pos::kAdj ||
            (s_.toks[j].pos == Pos::kVerb && (s_.toks[j].tags & kTagNounAny))) &&
           !(s_.toks[j].tags & kTagVBD) && !Longest(j).entry)
      ++j;
    mt->e = j;
    // "Turkish Airlines": not an actor at all; "Russian wheat exports": the
    // country's goods, acted upon but never acting.
    for (int q = m.end; q < j + 1 && q < n_; ++q) {
      if (IsRole(Longest(q), r_.no_actor_role)) {
        *skip_to = std::max(j, m.end);
        return false;
      }
      ActorMatch a = Longest(q);
      if (IsRole(a, r_.asset_role)) {
        mt->asset = true;
        mt->e = std::max(mt->e, a.end);  // the whole phrase: "Iranian oil exports"
        while (mt->e < n_ && IsRole(a = Longest(mt->e), r_.asset_role)) mt->e = a.end;
        break;
      }
    }
  } else if (e.field == ActorField::kSeat) {
    mt->role = r_.seat_role;
  }
  // "Taiwan's Ma Ying-jeou": the country's person, after its possessive too.
  int pe = mt->e + (Word(mt->e) == "'s" ? 1 : 0);
  if (!mt->igo && PersonAfter(pe, &p) && p.entry->country == mt->country) {
    mt->role = RoleOf(p);
    mt->e = p.end;
    // "Russia's FSB security service": a named body, then its role noun.
    ActorMatch r2;
    if (RoleAfter(mt->e, 0, &r2) >= 0 && r2.entry->role == p.entry->role) mt->e = r2.end;
  }
  return true;
}

// "Police in Kenya arrested him": a country after a locative is where, not
// who; "in the Sea of Japan", "near the town of Bucha": still a place.
void Passes::MarkPlace(Mention* mt) const {
  const ActorField f = mt->entry->field;
  // "in several Chinese cities", "in two Syrian towns": past a determiner.
  int before = mt->b - 1;
  if (before > 0 && (s_.toks[before].pos == Pos::kDet || s_.toks[before].pos == Pos::kNum) &&
      Word(before) != "the")
    --before;
  if (before >= 0 && Locative(before) && mt->role.empty() &&
      (f == ActorField::kName || f == ActorField::kCapital || f == ActorField::kAlias ||
       f == ActorField::kAdj))
    mt->place = true;
  // "on the sidelines of the APEC summit": the occasion.
  if (mt->b > 1 && Word(mt->b - 1) == "of" && r_.occasion_words->Has(s_.toks[mt->b - 2].id))
    mt->place = true;
  if (!mt->place && mt->role.empty() && !mt->igo && mt->b > 1 && Word(mt->b - 1) == "of") {
    for (int k = mt->b - 2; k >= 0 && k >= mt->b - 6; --k) {
      Pos p = s_.toks[k].pos;
      if (Locative(k)) {
        mt->place = true;
        break;
      }
      if (!(p == Pos::kDet || p == Pos::kNoun || p == Pos::kPropn || p == Pos::kAdj)) break;
    }
  }
}

}  // namespace actors

namespace {

// A `roles` section naming exactly one role code.
Status RequireRole(const Rules& rules, std::string_view name, std::string* out) {
  const WordSet* w;
  Status st = rules.RequireWords(name, &w);
  if (!st.ok()) return st;
  const RuleSection* s = rules.Find(name);
  if (s->kind != RuleKind::kRoles || w->items().size() != 1)
    return Status::Error(s->file + ":" + std::to_string(s->line) + ": section [" + s->name +
                         "] must be of kind roles and name one role code");
  *out = w->items()[0];
  return Status::Ok();
}

}  // namespace

Status ActorRules::Resolve(const Rules& rules) {
  for (auto [name, out] : {std::pair{"locatives", &locatives},
                           {"leader-suffixes", &leader_suffixes},
                           {"mediator-suffixes", &mediator_suffixes},
                           {"prefix-agent-roles", &prefix_agents},
                           {"lone-agent-roles", &lone_agents},
                           {"owner-suffixes", &owner_suffixes},
                           {"antecedent-subject-pronouns", &subject_pronouns},
                           {"antecedent-object-pronouns", &object_pronouns},
                           {"speech-verbs", &speech_verbs},
                           {"not-name-words", &not_names},
                           {"name-particles", &name_particles},
                           {"former-words", &former_words},
                           {"stateless-words", &stateless_words},
                           {"ethnic-words", &ethnic_words},
                           {"ethnic-place-words", &ethnic_place_words},
                           {"occasion-words", &occasion_words},
                           {"organisation-anaphors", &igo_anaphors},
                           {"place-anaphors", &place_anaphors},
                           {"leader-participles", &leader_participles}}) {
    Status st = rules.RequireWords(name, out);
    if (!st.ok()) return st;
  }
  for (auto [name, out] : {std::pair{"former-office-holder-role", &former_office_role},
                           {"seat-of-government-role", &seat_role},
                           {"media-role", &media_role},
                           {"no-actor-role", &no_actor_role},
                           {"asset-role", &asset_role},
                           {"thing-role", &thing_role}}) {
    Status st = RequireRole(rules, name, out);
    if (!st.ok()) return st;
  }
  return fuzzy.Resolve(rules);
}

Actor MakeActor(const Mention& m, const Sentence& s) {
  Actor a;
  a.code = m.code;
  a.country = m.country;
  a.role = m.role;
  a.text = std::string(s.text.substr(s.toks[m.b].begin, s.toks[m.e - 1].end - s.toks[m.b].begin));
  return a;
}

void FindActors(const Dictionaries& d, Sentence* s) {
  actors::Passes p(d, s);
  p.MatchPhrases();
  p.EthnicGroups();
  p.LedRoles();
  p.Coreference();
  p.VerbAfterActor();
  p.Dateline();
  p.PossessivePronouns();
  p.SubjectPronouns();
  p.DropRoleModifiers();
  p.DropHyphenModifiers();
  p.ShareCoordinatedRole();
  p.GroupCompounds();
  if (d.events().petrarch.on) p.RolesOverPlaces();
  // "the Baltic states" (EST/LVA/LTU), PETRARCH's "[ELR/GAL]"; a TABARI set
  // with .options splits its own (SplitMultiCodes).
  if (!d.events().tabari.on) p.MultiCodeCompounds();
  p.RememberPersons();
}

}  // namespace casus
