// Actor passes that read the mentions phrase matching found in their context:
// the verb after an actor, datelines, pronouns, modifiers that are no actors,
// roles shared by coordinated adjectives, and compound groups.
#include <algorithm>

#include "events/policy.h"
#include "match/actors_passes.h"
#include "util/strings.h"

namespace casus::actors {

template <class Drop>
void Passes::DropMentions(Drop drop) {
  std::vector<Mention> kept;
  for (size_t k = 0; k < s_.mentions.size(); ++k)
    if (!drop(k)) kept.push_back(s_.mentions[k]);
  if (kept.size() != s_.mentions.size()) {
    s_.mentions.swap(kept);
    Reindex();
  }
}

// "ethnic Hungarians in Romania": an ethnic group belongs to the country it
// lives in (ROU), not to the one its name comes from; the place joins the
// mention. "Romanian-born", "of Hungarian origin" are left as they are.
void Passes::EthnicGroups() {
  bool changed = false;
  for (size_t k = 0; k + 1 < s_.mentions.size(); ++k) {
    Mention& m = s_.mentions[k];
    Mention& y = s_.mentions[k + 1];
    if (m.b < 0) continue;  // merged into the mention before it (dropped below)
    int b = m.b > 0 && Word(m.b) == "the" ? m.b + 1 : m.b;
    if (b == 0 || !r_.ethnic_words->Has(s_.toks[b - 1].id) || !m.entry || !y.entry) continue;
    if (!(m.entry->field == ActorField::kPeople || m.entry->field == ActorField::kAdj)) continue;
    if (y.b != m.e + 1 || !r_.ethnic_place_words->Has(s_.toks[m.e].id) || y.country.empty() ||
        !y.role.empty() || y.igo) {
      // "Ethnic Russians rioted in Tallinn": with no "in" country, where
      // the group acts is where it lives.
      for (size_t q = k + 1; q < s_.mentions.size(); ++q) {
        const Mention& w = s_.mentions[q];
        if (!(w.place || w.city) || w.country.empty() || w.area || w.b > m.e + 6) continue;
        m.country = w.country;
        m.code = m.country + m.role;
        m.b = std::min(m.b, b - 1);
        break;
      }
      continue;
    }
    m.b = std::min(m.b, b - 1);
    m.e = y.e;
    m.head = y.b - 2;
    m.country = y.country;
    m.code = m.country + m.role;
    m.place = false;
    y.b = -1;  // dropped below
    changed = true;
  }
  if (changed) DropMentions([&](size_t k) { return s_.mentions[k].b < 0; });
}

// "rebels led by Laurent Kabila": a bare role led by a national is of the
// leader's country (not "backed by", whose backer is someone else).
void Passes::LedRoles() {
  for (size_t k = 0; k + 1 < s_.mentions.size(); ++k) {
    Mention& m = s_.mentions[k];
    const Mention& y = s_.mentions[k + 1];
    if (!m.country.empty() || m.igo || m.role.empty() || m.e + 2 >= n_) continue;
    if (!r_.leader_participles->Has(s_.toks[m.e].id) || Word(m.e + 1) != "by") continue;
    int b = y.b > 0 && Word(y.b) == "the" ? y.b + 1 : y.b;
    if (b != m.e + 2 || y.country.empty() || y.igo || y.place) continue;
    m.country = y.country;
    m.code = m.country + m.role;
  }
}

// Right after an actor, a finite verb form is the actor's verb: the tagger
// could not know "air force" was one noun phrase ("the air force said").
void Passes::VerbAfterActor() {
  for (const Mention& m : s_.mentions) {
    int k = m.e;
    if (k >= n_ || s_.mention_at[k] >= 0) continue;
    // Only while the clause has no verb yet: "pulled out of military talks" keeps its noun.
    bool verb_before = false;
    for (int q = m.b - 1; q >= 0; --q) {
      std::string_view raw = s_.Word(q);
      if (raw == "," || raw == ";" || raw == ":" || s_.toks[q].pos == Pos::kWh) break;
      if (s_.toks[q].pos == Pos::kVerb || s_.toks[q].pos == Pos::kAux ||
          s_.toks[q].pos == Pos::kModal) {
        // "Pakistan said its air force shot down …": a speech verb opens a new clause.
        verb_before = !r_.speech_verbs->Has(s_.toks[q].vlem);
        break;
      }
    }
    if (verb_before) continue;
    // "Beijing announced military drills": a bare role word that is also an
    // adjective, right after the verb, modifies the noun after it.
    // So after a modifier: "announced live-fire military drills".
    int v = m.b - 1;
    if (v > 0 && (s_.toks[v].pos == Pos::kAdj || s_.toks[v].pos == Pos::kNoun) &&
        s_.mention_at[v] < 0 && !s_.toks[v].upper_initial)
      --v;
    if (m.e - m.b == 1 && m.country.empty() && !m.igo && v >= 0 && s_.toks[v].pos == Pos::kVerb &&
        (s_.toks[m.b].tags & kTagJJ))
      continue;
    Token& t = s_.toks[k];
    if ((t.pos == Pos::kNoun || t.pos == Pos::kAdj) && (t.tags & (kTagVBD | kTagVBZ)) &&
        !t.upper_initial &&
        !(k + 1 < n_ && (s_.toks[k + 1].pos == Pos::kNoun) && s_.mention_at[k + 1] < 0)) {
      t.pos = Pos::kVerb;
      t.vform = (t.tags & kTagVBD) ? VForm::kPast : VForm::kPres3;
    }
  }
}

// A dateline ("DAMASCUS, March 5 (Reuters) -") names where the story was
// filed and who filed it: its city is a place, its agency no actor.
void Passes::Dateline() {
  int dash = -1;
  if (n_ > 2 && s_.toks[0].all_upper && s_.Word(0).size() > 2) {
    // A free-standing dash: "U.S.-led forces" opening a sentence is no dateline.
    for (int k = 1; k < n_ && k < 14; ++k)
      if (s_.Word(k) == "-" && s_.toks[k].begin > s_.toks[k - 1].end) {
        dash = k;
        break;
      }
  }
  if (dash <= 0) return;
  auto agency = [&](const Mention& m) { return m.media || m.role == r_.media_role; };
  for (Mention& m : s_.mentions)
    if (m.e <= dash && !agency(m)) {
      m.place = true;
      m.dateline = true;
    }
  DropMentions([&](size_t k) { return s_.mentions[k].e <= dash && agency(s_.mentions[k]); });
}

// "its jets", "their forces": a possessive pronoun points back to the
// nearest country named before it ("Turkey said its jets had hit targets").
void Passes::PossessivePronouns() {
  for (size_t k = 0; k < s_.mentions.size(); ++k) {
    Mention& m = s_.mentions[k];
    if (!m.country.empty() || m.igo || m.b == 0 || s_.toks[m.b - 1].pos != Pos::kPossPron) continue;
    for (size_t q = k; q-- > 0;) {
      const Mention& a = s_.mentions[q];
      if (!a.country.empty() && !a.place) {
        m.country = a.country;
        m.code = a.country + m.role;
        break;
      }
    }
  }
}

// "Iran said it would …": a subject pronoun stands for the nearest actor
// named before it; "He accused Iran …" opening a sentence: the previous
// sentence's actor. The pronoun becomes a mention of its own.
void Passes::SubjectPronouns() {
  auto actor = [](const Mention& m) {
    return !m.place && !m.city && (!m.country.empty() || m.igo) && !m.media;
  };
  for (int i = 0; i < n_; ++i) {
    bool subject = r_.subject_pronouns->Has(s_.toks[i].id);
    bool object = r_.object_pronouns->Has(s_.toks[i].id);
    if (s_.toks[i].pos != Pos::kPron || !(subject || object)) continue;
    // "cut ties with Qatar, accusing it of ...": after a gerund opening an
    // adjunct, "it" is an object and stands for the nearest actor.
    // ("arguing they have ..." stays a subject).
    if (subject && i >= 2 && i + 1 < n_ && s_.toks[i - 1].vform == VForm::kGerund &&
        s_.Word(i - 2) == "," &&
        (s_.toks[i + 1].pos == Pos::kPrep || s_.toks[i + 1].pos == Pos::kTo))
      object = true;
    const Mention* ante = nullptr;
    // "President Zelenskiy accused them of war crimes": an object pronoun
    // is not its own verb's subject (that would be "himself"), and "them"
    // is a plural phrase ("Russian forces") when there is one.
    const bool plural = Word(i) == "them";
    const int verb = i - 1;
    const Mention* many = nullptr;
    for (const Mention& m : s_.mentions) {
      if (m.b >= i) break;
      if (!actor(m)) continue;
      if (object && !subject && ante && s_.toks[verb].pos == Pos::kVerb && m.e == verb) continue;
      ante = &m;
      if (s_.toks[m.e - 1].tags & kTagNNS) many = &m;
    }
    if (plural && object && many) ante = many;
    const bool tabari = s_.tabari_pronouns;
    if (!ante && (subject || tabari) && s_.prior &&
        (tabari || i == 0 || s_.Word(i - 1) == "\"" || s_.Word(i - 1) == "'"))
      ante = &*s_.prior;
    if (!ante) continue;
    // A subject pronoun prefers the sentence's first actor (usually the
    // speaker); an object pronoun the nearest one; TABARI's any pronoun the
    // first ("Elrond urged Bree ... and Gondor asked him": Elrond).
    for (const Mention& m : s_.mentions) {
      if ((object && !tabari) || m.b >= i) break;
      if (actor(m)) {
        ante = &m;
        break;
      }
    }
    // "..., while Israel's military said it had launched air strikes": the
    // subject of a speech verb just before the pronoun speaks of itself.
    // A subject: a verb follows ("accused it of" is an object); the speech
    // verb's subject stands right before it ("both sides said they" is no one's).
    int sv = i >= 1 && s_.Word(i - 1) == "that" ? i - 2 : i - 1;
    Pos after = i + 1 < n_ ? s_.toks[i + 1].pos : Pos::kPunct;
    if (subject && !tabari && sv >= 1 && s_.toks[sv].pos == Pos::kVerb &&
        r_.speech_verbs->Has(s_.toks[sv].vlem) &&
        (after == Pos::kAux || after == Pos::kModal || after == Pos::kVerb)) {
      int q = sv - 1;
      while (q > 0 && (s_.toks[q].pos == Pos::kAdv || s_.toks[q].pos == Pos::kAux)) --q;
      // Of a compound ("U.S. and Iraqi forces said they"), the first.
      for (size_t k = 0; k < s_.mentions.size(); ++k) {
        if (s_.mentions[k].e != q + 1 || !actor(s_.mentions[k])) continue;
        while (k > 0 && s_.mentions[k - 1].e + 1 == s_.mentions[k].b &&
               (Word(s_.mentions[k].b - 1) == "and" || s_.Word(s_.mentions[k].b - 1) == ",") &&
               actor(s_.mentions[k - 1]))
          --k;
        ante = &s_.mentions[k];
        break;
      }
    }
    Mention p = *ante;
    p.b = i;
    p.e = i + 1;
    p.head = i;
    p.pronoun = true;
    p.name_b = p.title = -1;
    auto pos = std::find_if(s_.mentions.begin(), s_.mentions.end(),
                            [&](const Mention& m) { return m.b > i; });
    s_.mentions.insert(pos, p);
  }
  Reindex();
}

// "civilian and military targets": a bare role before a thing noun (OBJ in
// roles.txt) describes the thing; it is not an actor.
void Passes::DropRoleModifiers() {
  DropMentions([&](size_t k) {
    const Mention& m = s_.mentions[k];
    if (!(m.country.empty() && !m.igo && !m.pronoun && m.entry &&
          m.entry->field == ActorField::kRole))
      return false;
    // the first token after the coordinated run of bare roles
    int q = m.e;
    size_t j = k;
    while (q < n_ && (Word(q) == "and" || Word(q) == "or" || s_.Word(q) == ",") &&
           j + 1 < s_.mentions.size() && s_.mentions[j + 1].b == q + 1 &&
           s_.mentions[j + 1].country.empty()) {
      q = s_.mentions[++j].e;
    }
    if (IsRole(Longest(q), r_.thing_role)) return true;
    // "crossed the military demarcation line": after a determiner, a role
    // word that is also an adjective, right before a common noun no actor
    // starts at, describes that noun. (Bare, it may name whose the thing is:
    // "bombed rebel positions" acts on rebels.)
    return j == k && q + 1 < n_ && q - m.b == 2 && s_.toks[m.b].pos == Pos::kDet &&
           (s_.toks[q - 1].tags & kTagJJ) && s_.toks[q].pos == Pos::kNoun && s_.mention_at[q] < 0 &&
           !Longest(q).entry &&
           (s_.toks[q + 1].pos == Pos::kNoun || s_.toks[q + 1].pos == Pos::kPrep);
  });
}

// "a U.S.-brokered plan", "Iran-backed militias": the name modifies a noun
// ("Saudi-led" is handled by phrase matching as the leader acting).
void Passes::DropHyphenModifiers() {
  DropMentions([&](size_t k) {
    const Mention& m = s_.mentions[k];
    // The tokenizer splits "U.S.-brokered" into "U.S.", "-", "brokered".
    int k2 = m.e;
    if (!GluedHyphen(k2)) return false;
    // "a U.S.-French proposal": two actors, not a modifier.
    if (Longest(k2 + 1).entry) return false;
    if (r_.mediator_suffixes->Has(s_.toks[k2 + 1].id)) s_.hyphen_mediators.push_back(m);
    return !r_.leader_suffixes->Has(s_.toks[k2 + 1].id);
  });
}

// "Indian and Pakistani border guards": the role belongs to both adjectives.
void Passes::ShareCoordinatedRole() {
  for (size_t k = 0; k + 1 < s_.mentions.size(); ++k) {
    Mention& a = s_.mentions[k];
    const Mention& b = s_.mentions[k + 1];
    if (a.role.empty() && !a.igo && a.entry &&
        (a.entry->field == ActorField::kAdj || a.entry->field == ActorField::kName ||
         a.entry->field == ActorField::kAlias) &&
        b.entry && b.entry->field == ActorField::kAdj && Word(a.e) == "and" && b.b == a.e + 1 &&
        !b.role.empty() && !b.country.empty()) {
      a.role = b.role;
      a.code = a.country + a.role;
    }
  }
}

// Whether mention k joins mention k-1 in a compound: only ",", "and", "or",
// ", and", "as well as", "both" between them, and determiners and adjectives
// after those ("Fornost and the evil awful Gondor"); a bare comma joins only
// when an "and" follows later ("A, B and C").
// A determiner or adjective in a compound's gap, after its "," or "and".
bool Passes::Modifier(int t, int gap_b) const {
  Pos p = s_.toks[t].pos;
  return t > gap_b && (p == Pos::kDet || p == Pos::kAdj);
}

// "struck Taliban air defences and al Qaeda training camps": each name
// owns the common nouns after it, and the two phrases are joined, so the
// owners are one compound.
bool Passes::ParallelOwners(const Mention& prev, const Mention& cur) const {
  auto common_noun = [&](int t) {
    return t < n_ && s_.toks[t].pos == Pos::kNoun && !s_.toks[t].upper_initial &&
           s_.mention_at[t] < 0;
  };
  int t = prev.e, nouns = 0;
  while (common_noun(t) && nouns < 3) ++t, ++nouns;
  if (nouns == 0 || t >= n_ || Word(t) != "and") return false;
  ++t;
  while (t < cur.b && (s_.toks[t].pos == Pos::kDet || s_.toks[t].pos == Pos::kAdj)) ++t;
  return t == cur.b && common_noun(cur.e) && !cur.place && !prev.place;
}

// "Iran and six world powers - the United States, Russia, ... - reached a
// deal": the list after the dash names the partners, so Iran and the list
// are one compound (joint subject), not Iran alone before a clause.
bool Passes::NamedPartners(const Mention& prev, const Mention& cur) const {
  int t = prev.e;
  if (t >= cur.b || Word(t) != "and") return false;
  ++t;
  int nouns = 0;
  for (; t < cur.b - 1; ++t) {
    Pos p = s_.toks[t].pos;
    if (p == Pos::kNoun && s_.mention_at[t] < 0)
      ++nouns;
    else if (p != Pos::kNum && p != Pos::kAdj && p != Pos::kDet)
      return false;
  }
  std::string_view dash = s_.Word(cur.b - 1);
  return nouns > 0 && t == cur.b - 1 && (dash == "-" || dash == "\u2014" || dash == "--");
}

bool Passes::JoinsPrevious(size_t k) const {
  const Mention& prev = s_.mentions[k - 1];
  const Mention& cur = s_.mentions[k];
  int gap_b = prev.e, gap_e = cur.b;
  if (cur.place || prev.place || gap_e <= gap_b) return false;
  if (ParallelOwners(prev, cur) || NamedPartners(prev, cur)) return true;
  bool has_and = false;
  for (int t = gap_b; t < gap_e; ++t) {
    std::string_view w = Word(t);
    // PETRARCH joins "nor" too ("Neither Galadriel nor Gollum boycotted":
    // ELF and HOB).
    if (w == "and" || w == "or" || (w == "nor" && d_.events().petrarch.on))
      has_and = true;
    else if (s_.Word(t) != "," && !In(w, {"both", "as", "well"}) && !Modifier(t, gap_b))
      return false;
  }
  // "revoked agreements with France, and ECOWAS threatened to use force":
  // ", and" before a subject with its verb opens a clause, unless a list
  // runs on ("Japan, South Korea, and Australia condemned").
  if (has_and && s_.Word(gap_b) == "," && cur.e < n_ &&
      (s_.toks[cur.e].pos == Pos::kVerb || s_.toks[cur.e].pos == Pos::kAux ||
       s_.toks[cur.e].pos == Pos::kModal) &&
      !(k >= 2 && s_.mentions[k - 2].group == prev.group))
    return false;
  if (has_and) return true;
  for (size_t q = k + 1; q < s_.mentions.size(); ++q) {
    int b2 = s_.mentions[q - 1].e, e2 = s_.mentions[q].b;
    if (e2 <= b2) return false;
    bool and2 = false;
    for (int t = b2; t < e2; ++t) {
      if (Word(t) == "and")
        and2 = true;
      else if (s_.Word(t) != "," && !Modifier(t, b2))
        return false;
    }
    if (and2) return true;
  }
  return false;
}

// Compounds: "Japan, South Korea and Australia" share one group id.
void Passes::GroupCompounds() {
  int g = 0;
  for (size_t k = 0; k < s_.mentions.size(); ++k) {
    Mention& cur = s_.mentions[k];
    if (k > 0 && JoinsPrevious(k)) {
      cur.group = s_.mentions[k - 1].group;
      cur.side = s_.mentions[k - 1].side + (NamedPartners(s_.mentions[k - 1], cur) ? 1 : 0);
    } else
      cur.group = g++;
  }
  // "The ambassadors of Arnor, Osgiliath and Gondor": the role is each
  // country's, not the first's alone. Groups are numbered in order, so a
  // new id opens its group.
  std::vector<const Mention*> first;  // group id -> its first member
  for (Mention& cur : s_.mentions) {
    if (cur.group == int(first.size())) {
      first.push_back(&cur);
      continue;
    }
    const Mention& f = *first[cur.group];
    if (!f.role_of || !cur.role.empty() || cur.country.empty() || cur.igo || cur.pronoun ||
        cur.city || cur.area || cur.asset)
      continue;
    cur.role = f.role;
    cur.code = cur.country + cur.role;
  }
}

// PETRARCH's actor records may carry several codes, "LORIEN [ELR/GAL]",
// "THE_SHIRE [FRO/BIL/SAM]": the phrase names each of them ("The Shire is
// about to restore ties with Lorien": FRO, BIL and SAM with ELR and GAL).
// The importer loads one entry per code on the same phrase; each entry
// of the same record and dates beside the one matched joins the mention's
// compound group with the mention's role.
void Passes::MultiCodeCompounds() {
  // The trie node whose entries hold the mention's own: its phrase may start
  // inside the mention ("The Marx Brothers").
  auto node_of = [&](const Mention& m) {
    for (int b = m.b; b < m.e; ++b) {
      uint32_t node = Dictionaries::kRoot;
      for (int k = b; k < m.e; ++k) {
        node = d_.Step(node, s_.toks[k].id);
        if (node == Dictionaries::kNoNode) break;
        auto entries = d_.node(node).entries;
        if (std::any_of(entries.begin(), entries.end(),
                        [&](uint32_t ei) { return &d_.actor(ei) == m.entry; }))
          return node;
      }
    }
    return Dictionaries::kNoNode;
  };
  std::vector<Mention> out;
  bool added = false;
  for (const Mention& m : s_.mentions) {
    out.push_back(m);
    if (!m.entry || m.pronoun || m.entry->country.empty()) continue;
    const uint32_t node = node_of(m);
    if (node == Dictionaries::kNoNode) continue;
    for (uint32_t ei : d_.node(node).entries) {
      const ActorEntry& e = d_.actor(ei);
      // One record's codes share its line and dates; a record's other date
      // restrictions ("[ORCHOB 20100109-20100112]" over "[HOBMIL
      // 20080120-20121109]") are alternatives, the first one valid wins.
      if (&e == m.entry || e.field != m.entry->field || e.country.empty() ||
          e.source != m.entry->source || e.line != m.entry->line || e.from != m.entry->from ||
          e.to != m.entry->to || e.country == m.country)
        continue;
      Mention c = m;
      c.entry = &e;
      c.country = std::string(e.country.view());
      if (m.role == m.entry->role.view()) c.role = std::string(e.role.view());
      c.code = c.country + c.role;
      out.push_back(std::move(c));
      added = true;
    }
  }
  if (!added) return;
  s_.mentions.swap(out);
  Reindex();
}

// PETRARCH reads a subject noun phrase whole, its prepositional phrase
// included: "Lawmakers and officials in Fornost and Gondor welcomed" is
// FORLEG, FORGOV, GONLEG and GONGOV, one compound; "Human rights activists
// in Arnor are about to restore" ARNOPP. Only before the verb: after it the
// phrase may be the verb's ("Russian police arrested students in Moscow":
// ---EDU). Bare roles (one group) + a preposition + countries joined by
// "and" or commas + a verb: the roles' group becomes each pair.
void Passes::RolesOverPlaces() {
  auto bare = [](const Mention& m) {
    return m.country.empty() && !m.role.empty() && !m.igo && !m.pronoun;
  };
  auto country = [](const Mention& m) {
    return !m.country.empty() && m.role.empty() && !m.igo && !m.pronoun && !m.area;
  };
  for (size_t k = 0; k < s_.mentions.size(); ++k) {
    if (!bare(s_.mentions[k])) continue;
    size_t r_end = k + 1;  // the role group: k .. r_end
    while (r_end < s_.mentions.size() && s_.mentions[r_end].group == s_.mentions[k].group &&
           bare(s_.mentions[r_end]))
      ++r_end;
    const int prep = s_.mentions[r_end - 1].e;
    if (r_end >= s_.mentions.size() || prep >= n_ || s_.toks[prep].pos != Pos::kPrep ||
        s_.mentions[r_end].b != prep + 1 || !country(s_.mentions[r_end]))
      continue;
    size_t c_end = r_end + 1;  // the countries: r_end .. c_end
    while (c_end < s_.mentions.size() && country(s_.mentions[c_end])) {
      bool joined = s_.mentions[c_end].b > s_.mentions[c_end - 1].e;
      for (int t = s_.mentions[c_end - 1].e; t < s_.mentions[c_end].b; ++t)
        joined &= Word(t) == "and" || Word(t) == ",";
      if (!joined) break;
      ++c_end;
    }
    const int after = s_.mentions[c_end - 1].e;
    if (after >= n_ || (s_.toks[after].pos != Pos::kVerb && s_.toks[after].pos != Pos::kAux &&
                        s_.toks[after].pos != Pos::kModal))
      continue;
    std::vector<Mention> pairs;
    for (size_t c = r_end; c < c_end; ++c)
      for (size_t r = k; r < r_end; ++r) {
        Mention m = s_.mentions[c];
        m.role = s_.mentions[r].role;
        m.code = m.country + m.role;
        m.place = false;
        m.group = s_.mentions[k].group;
        pairs.push_back(std::move(m));
      }
    s_.mentions.erase(s_.mentions.begin() + long(k), s_.mentions.begin() + long(c_end));
    s_.mentions.insert(s_.mentions.begin() + long(k), pairs.begin(), pairs.end());
    k += pairs.size() - 1;
    Reindex();
  }
}

}  // namespace casus::actors
