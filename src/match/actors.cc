// Actor matching: longest phrase match in the actor trie, then composition of
// country + role + person ("French Foreign Minister Jean-Yves Le Drian",
// "Syria's army", "the army of Syria"), locative phrases and compounds.
#include <algorithm>
#include <cstring>

#include "internal.h"

namespace casus {
namespace {

struct Match {
  int end = -1;
  const ActorEntry* entry = nullptr;
  bool expired = false;  // a dated entry outside its range (a former office holder)
};

bool CaseOk(const ActorEntry& e, const Sentence& s, int i) {
  for (size_t k = 0; k < e.cases.size(); ++k) {
    const Token& t = s.toks[i + k];
    if (e.cases[k] == 2 && !t.all_upper) return false;
    if (e.cases[k] == 1 && !t.upper_initial) return false;
    if (e.cases[k] == 3 && s.text.substr(t.begin, t.end - t.begin) != e.spelling[k]) return false;
  }
  return true;
}

// Longest match at token i.
Match LongestUncached(const Dictionaries& d, const Sentence& s, int i) {
  Match best;
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
  return best;
}

// Every position is asked several times (roles after names, thing nouns,
// adjective runs), so each sentence's matches are computed once.
thread_local std::vector<Match> g_match;
thread_local const Sentence* g_match_for = nullptr;

Match Longest(const Dictionaries& d, const Sentence& s, int i) {
  if (g_match_for == &s && size_t(i) < g_match.size()) return g_match[i];
  return LongestUncached(d, s, i);
}

// Token -> mention maps, after mentions were added or removed.
void Reindex(Sentence* s) {
  std::fill(s->mention_at.begin(), s->mention_at.end(), -1);
  std::fill(s->mention_end.begin(), s->mention_end.end(), -1);
  for (size_t k = 0; k < s->mentions.size(); ++k) {
    for (int t = s->mentions[k].b; t < s->mentions[k].e; ++t) s->mention_at[t] = int(k);
    s->mention_end[s->mentions[k].e - 1] = int(k);
  }
}

bool IsCountryish(const ActorEntry& e) {
  return !e.country.empty() && e.role.empty();
}

bool Is(std::string_view w, std::string_view x) {
  return w == x;
}

bool Locative(std::string_view w) {
  static constexpr std::string_view k[] = {
      "in",           "near",         "at",           "inside",  "outside",   "across",
      "throughout",   "around",       "within",       "north",   "south",     "east",
      "west",         "northern",     "southern",     "eastern", "western",   "northeastern",
      "northwestern", "southeastern", "southwestern", "central", "northeast", "northwest",
      "southeast",    "southwest"};
  for (std::string_view x : k)
    if (w == x) return true;
  return false;
}

}  // namespace

Actor MakeActor(const Mention& m, const Sentence& s) {
  Actor a;
  a.code = m.code;
  a.country = m.country;
  a.role = m.role;
  a.text = std::string(s.text.substr(s.toks[m.b].begin, s.toks[m.e - 1].end - s.toks[m.b].begin));
  return a;
}

void FindActors(const Dictionaries& d, Sentence* sp) {
  Sentence& s = *sp;
  const int n = int(s.toks.size());
  s.mentions.clear();
  s.mention_at.assign(n, -1);
  s.mention_end.assign(n, -1);
  auto word = [&](int i) { return i >= 0 && i < n ? LowerWord(d, s, i) : std::string_view(); };
  g_match_for = nullptr;
  g_match.resize(n);
  for (int i = 0; i < n; ++i) g_match[i] = LongestUncached(d, s, i);
  g_match_for = &s;
  struct Reset {
    ~Reset() { g_match_for = nullptr; }
  } reset;

  // Finds a role at or shortly after i (skipping adjectives / other nouns).
  auto role_after = [&](int i, int max_skip, Match* out) -> int {
    for (int k = i; k < n && k <= i + max_skip; ++k) {
      Match m = Longest(d, s, k);
      if (m.entry && m.entry->field == ActorField::kRole && m.entry->role != "NIL" &&
          m.entry->role != "OBJ") {
        // "government forces": the head role is the last one.
        Match next = Longest(d, s, m.end);
        while (next.entry && next.entry->field == ActorField::kRole) {
          m = next;
          next = Longest(d, s, m.end);
        }
        *out = m;
        return k;
      }
      Pos p = s.toks[k].pos;
      if (!(p == Pos::kAdj || p == Pos::kNoun || p == Pos::kPropn ||
            (p == Pos::kVerb && (s.toks[k].tags & (kTagJJ | kTagVBG | kTagVBN)))))
        break;
      if (m.entry) break;  // another actor starts here
    }
    return -1;
  };
  // A person named right after a title ("Foreign Minister Sergei Lavrov").
  auto person_after = [&](int i, Match* out) -> bool {
    if (i >= n) return false;
    Match m = Longest(d, s, i);
    if (m.entry && m.entry->field == ActorField::kName && !m.entry->country.empty() &&
        !m.entry->role.empty()) {
      *out = m;
      return true;
    }
    return false;
  };

  for (int i = 0; i < n;) {
    Match m = Longest(d, s, i);
    if (!m.entry) {
      // "Saudi-led coalition", "U.S.-led forces": the leader acts.
      std::string_view w = s.Word(i);
      size_t dash = w.rfind('-');
      // "British-Iranian aid worker": a dual national counts as the first.
      bool dual = false;
      if (dash != std::string_view::npos && dash > 0 && w.substr(dash) != "-led" &&
          std::isupper((unsigned char)w[0]) && dash + 1 < w.size() &&
          std::isupper((unsigned char)w[dash + 1])) {
        std::string tail(w.substr(dash + 1));
        for (char& c : tail) c = char(std::tolower(static_cast<unsigned char>(c)));
        uint32_t tn = d.Step(Dictionaries::kRoot, d.lexicon().Find(tail));
        if (tn != Dictionaries::kNoNode)
          for (uint32_t ei : d.node(tn).entries) dual |= d.actor(ei).field == ActorField::kAdj;
      }
      // "British-flagged tanker", "Norwegian-owned vessel": the country's.
      bool owned = dash != std::string_view::npos &&
                   (w.substr(dash) == "-flagged" || w.substr(dash) == "-owned" ||
                    w.substr(dash) == "-registered");
      if (dash != std::string_view::npos && dash > 0 &&
          (w.substr(dash) == "-led" || dual || owned)) {
        std::string head(w.substr(0, dash));
        for (char& c : head) c = char(std::tolower(static_cast<unsigned char>(c)));
        uint32_t node = d.Step(Dictionaries::kRoot, d.lexicon().Find(head));
        if (node != Dictionaries::kNoNode) {
          for (uint32_t ei : d.node(node).entries) {
            const ActorEntry& e = d.actor(ei);
            if (e.field == ActorField::kRole || (e.country.empty() && e.role.empty())) continue;
            Mention mt;
            mt.b = i;
            mt.e = i + 1;
            Match r;
            if (role_after(i + 1, 1, &r) >= 0) mt.e = r.end;
            mt.country = e.country;
            mt.role = e.role;
            mt.igo = e.country.empty();
            mt.code = e.code.size() > 3 || mt.igo ? e.code : e.country;
            mt.head = mt.e - 1;
            for (int k = mt.b; k < mt.e; ++k) s.mention_at[k] = int(s.mentions.size());
            s.mention_end[mt.e - 1] = int(s.mentions.size());
            s.mentions.push_back(mt);
            break;
          }
        }
        if (s.mention_at[i] >= 0) {
          i = s.mentions.back().e;
          continue;
        }
      }
      ++i;
      continue;
    }
    if (m.entry->field == ActorField::kRole && (m.entry->role == "NIL" || m.entry->role == "OBJ")) {
      i = m.end;
      continue;
    }
    if (m.entry->field == ActorField::kCity) {
      Mention c;
      c.b = i;
      c.e = m.end;
      c.code = c.country = m.entry->country;
      c.city = true;
      c.entry = m.entry;
      c.head = c.e - 1;
      c.place = i > 0 && Locative(word(i - 1));
      for (int k = c.b; k < c.e; ++k) s.mention_at[k] = int(s.mentions.size());
      s.mention_end[c.e - 1] = int(s.mentions.size());
      s.mentions.push_back(c);
      i = m.end;
      continue;
    }
    Mention mt;
    mt.b = i;
    mt.e = m.end;
    mt.entry = m.entry;
    const ActorEntry& e = *m.entry;
    mt.country = e.country;
    mt.role = m.expired ? "ELI" : e.role;  // a former office holder is an elite, not the government
    mt.igo = e.country.empty() && e.field != ActorField::kRole;
    mt.media = e.role == "MED";
    if (e.field == ActorField::kRole) {
      // Role first: "the army of Syria", "Foreign Minister Sergei Lavrov", "government forces".
      Match r;
      if (role_after(mt.e, 0, &r) >= 0) {
        mt.role = r.entry->role;
        mt.e = r.end;
      }
      if (Is(word(mt.e), "of") || Is(word(mt.e), "from")) {
        // "the army of Syria", "gunmen from the Islamist group Boko Haram"
        int k = mt.e + 1;
        Match c = Longest(d, s, k);
        for (int skip = 0; !c.entry && skip < 3 && k + 1 < n &&
                           (s.toks[k].pos == Pos::kDet || s.toks[k].pos == Pos::kAdj ||
                            s.toks[k].pos == Pos::kPropn || s.toks[k].pos == Pos::kNoun ||
                            s.toks[k].pos == Pos::kVerb);
             ++skip)
          c = Longest(d, s, ++k);
        bool named_group = c.entry && c.entry->field == ActorField::kName &&
                           !c.entry->country.empty() && !c.entry->role.empty() &&
                           Is(word(mt.e), "from");
        if (c.entry && (IsCountryish(*c.entry) || c.entry->country.empty() || named_group) &&
            c.entry->field != ActorField::kRole && c.entry->field != ActorField::kCity) {
          if (c.entry->country.empty()) {
            mt.igo = true;
            mt.role = c.entry->role;
            mt.code = c.entry->code;
          } else if (named_group) {
            mt.country = c.entry->country;
            mt.role = c.entry->role;
          } else
            mt.country = c.entry->country;
          mt.e = c.end;
        }
      }
      Match p;
      if (person_after(mt.e, &p)) {
        mt.country = p.entry->country;
        mt.role = p.expired ? "ELI" : p.entry->role;
        mt.e = p.end;
      }
    } else if (IsCountryish(e) || (mt.igo && e.field == ActorField::kName)) {
      int k = mt.e;
      bool poss = Is(word(k), "'s");
      if (poss) ++k;
      Match r;
      int at = role_after(k, e.field == ActorField::kAdj || poss ? 2 : 0, &r);
      if (at >= 0) {
        if (!mt.igo) mt.role = r.entry->role;
        mt.e = r.end;
        Match p;
        if (person_after(mt.e, &p) && (p.entry->country == mt.country || mt.igo)) {
          mt.role = p.expired ? "ELI" : p.entry->role;
          mt.e = p.end;
        }
      } else if (e.field == ActorField::kAdj) {
        // "Ukrainian positions": the adjective's noun phrase stands for the country.
        int j = mt.e;
        while (j < n && j < mt.e + 3 &&
               (s.toks[j].pos == Pos::kNoun || s.toks[j].pos == Pos::kAdj ||
                (s.toks[j].pos == Pos::kVerb && (s.toks[j].tags & kTagNounAny))) &&
               !(s.toks[j].tags & kTagVBD) && !Longest(d, s, j).entry)
          ++j;
        mt.e = j;
        // "Russian wheat exports", "Turkish Airlines": not an actor at all.
        bool nil = false;
        for (int q = m.end; q < j + 1 && q < n; ++q) {
          Match h = Longest(d, s, q);
          if (h.entry && h.entry->field == ActorField::kRole && h.entry->role == "NIL") nil = true;
        }
        if (nil) {
          i = std::max(j, m.end);
          continue;
        }
      } else if (e.field == ActorField::kSeat) {
        mt.role = "GOV";
      }
      Match p;
      if (!mt.igo && person_after(mt.e, &p) && p.entry->country == mt.country) {
        mt.role = p.expired ? "ELI" : p.entry->role;
        mt.e = p.end;
      }
    }
    if (e.field == ActorField::kName && !e.country.empty() && !e.role.empty()) {
      // A named group or person with its own code absorbs a following role
      // noun: "Boko Haram militants", "Taliban suicide bomber".
      Match r;
      if (role_after(mt.e, 0, &r) >= 0) mt.e = r.end;
    }
    if (mt.code.empty() || !mt.igo) mt.code = mt.igo ? e.code : mt.country + mt.role;
    if (mt.igo && mt.code.empty()) mt.code = e.code;
    if (mt.code.empty()) mt.code = mt.role;
    if (mt.b > 0 && Is(word(mt.b - 1), "the")) --mt.b;
    mt.head = mt.e - 1;
    if (mt.b > 0 && Locative(word(mt.b - 1)) && (mt.role.empty() || mt.role == "GOV") &&
        e.field != ActorField::kRole &&
        (e.field == ActorField::kName || e.field == ActorField::kCapital ||
         e.field == ActorField::kAlias || e.field == ActorField::kAdj))
      mt.place = mt.role.empty();
    // "in the Sea of Japan", "near the town of Bucha": still a place.
    if (!mt.place && mt.role.empty() && !mt.igo && mt.b > 1 && word(mt.b - 1) == "of") {
      for (int k = mt.b - 2; k >= 0 && k >= mt.b - 6; --k) {
        Pos p = s.toks[k].pos;
        if (Locative(word(k))) {
          mt.place = true;
          break;
        }
        if (!(p == Pos::kDet || p == Pos::kNoun || p == Pos::kPropn || p == Pos::kAdj)) break;
      }
    }
    int idx = int(s.mentions.size());
    for (int k = mt.b; k < mt.e; ++k) {
      s.mention_at[k] = idx;
      if (s.toks[k].pos == Pos::kVerb || s.toks[k].pos == Pos::kAdj) s.toks[k].pos = Pos::kNoun;
    }
    s.mention_end[mt.e - 1] = idx;
    s.mentions.push_back(std::move(mt));
    i = s.mentions.back().e;
  }

  // Right after an actor, a finite verb form is the actor's verb: the tagger
  // could not know "air force" was one noun phrase ("the air force said").
  for (const Mention& m : s.mentions) {
    int k = m.e;
    if (k >= n || s.mention_at[k] >= 0) continue;
    // Only while the clause has no verb yet: "pulled out of military talks" keeps its noun.
    bool verb_before = false;
    for (int q = m.b - 1; q >= 0; --q) {
      std::string_view raw = s.Word(q);
      if (raw == "," || raw == ";" || raw == ":" || s.toks[q].pos == Pos::kWh) break;
      if (s.toks[q].pos == Pos::kVerb || s.toks[q].pos == Pos::kAux ||
          s.toks[q].pos == Pos::kModal) {
        // "Pakistan said its air force shot down …": a speech verb opens a new clause.
        int32_t l = s.toks[q].vlem;
        std::string_view lw = l >= 0 ? std::string_view(d.lexicon().Word(l)) : std::string_view();
        verb_before = !(lw == "say" || lw == "tell" || lw == "claim" || lw == "report" ||
                        lw == "announce" || lw == "state" || lw == "add" || lw == "allege" ||
                        lw == "insist" || lw == "confirm" || lw == "warn" || lw == "deny");
        break;
      }
    }
    if (verb_before) continue;
    Token& t = s.toks[k];
    if ((t.pos == Pos::kNoun || t.pos == Pos::kAdj) && (t.tags & (kTagVBD | kTagVBZ)) &&
        !t.upper_initial &&
        !(k + 1 < n && (s.toks[k + 1].pos == Pos::kNoun) && s.mention_at[k + 1] < 0)) {
      t.pos = Pos::kVerb;
      t.vform = (t.tags & kTagVBD) ? VForm::kPast : VForm::kPres3;
    }
  }

  // A dateline ("DAMASCUS, March 5 (Reuters) -") names where the story was
  // filed and who filed it: its city is a place, its agency no actor.
  {
    int dash = -1;
    if (n > 2 && s.toks[0].all_upper && s.Word(0).size() > 2) {
      for (int k = 1; k < n && k < 14; ++k)
        if (s.Word(k) == "-") {
          dash = k;
          break;
        }
    }
    if (dash > 0) {
      std::vector<Mention> kept;
      for (Mention& m : s.mentions) {
        if (m.e > dash) {
          kept.push_back(m);
          continue;
        }
        if (m.media || m.role == "MED") continue;
        m.place = true;
        m.dateline = true;
        kept.push_back(m);
      }
      if (kept.size() != s.mentions.size()) {
        s.mentions.swap(kept);
        Reindex(&s);
      }
    }
  }

  // "its jets", "their forces": a possessive pronoun points back to the
  // nearest country named before it.
  for (size_t k = 0; k < s.mentions.size(); ++k) {
    Mention& m = s.mentions[k];
    if (!m.country.empty() || m.igo || m.b == 0 || s.toks[m.b - 1].pos != Pos::kPossPron) continue;
    for (size_t q = k; q-- > 0;) {
      const Mention& a = s.mentions[q];
      if (!a.country.empty() && !a.place) {
        m.country = a.country;
        m.code = a.country + m.role;
        break;
      }
    }
  }

  // "Iran said it would …": a subject pronoun stands for the nearest actor
  // named before it.
  for (int i = 0; i < n; ++i) {
    std::string_view w = word(i);
    bool subject = w == "he" || w == "she" || w == "it" || w == "they" || w == "we";
    bool object = w == "him" || w == "them";
    if (s.toks[i].pos != Pos::kPron || !(subject || object)) continue;
    const Mention* ante = nullptr;
    for (const Mention& m : s.mentions) {
      if (m.b >= i) break;
      if (!m.place && !m.city && (!m.country.empty() || m.igo) && !m.media) ante = &m;
    }
    // "He accused Iran …" opening a sentence: the previous sentence's actor.
    if (!ante && subject && s.prior && (i == 0 || s.Word(i - 1) == "\"" || s.Word(i - 1) == "'"))
      ante = &*s.prior;
    // A subject pronoun prefers the sentence's first actor (usually the
    // speaker); an object pronoun the nearest one.
    if (ante) {
      for (const Mention& m : s.mentions) {
        if (object) break;
        if (m.b >= i) break;
        if (!m.place && !m.city && (!m.country.empty() || m.igo) && !m.media) {
          ante = &m;
          break;
        }
      }
      Mention p = *ante;
      p.b = i;
      p.e = i + 1;
      p.head = i;
      p.pronoun = true;
      auto pos = std::find_if(s.mentions.begin(), s.mentions.end(),
                              [&](const Mention& m) { return m.b > i; });
      s.mentions.insert(pos, p);
    }
  }
  Reindex(&s);

  // "civilian and military targets": a bare role before a thing noun (OBJ in
  // roles.txt) describes the thing; it is not an actor.
  {
    std::vector<Mention> kept;
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      const Mention& m = s.mentions[k];
      bool modifier = false;
      if (m.country.empty() && !m.igo && !m.pronoun && m.entry &&
          m.entry->field == ActorField::kRole) {
        // find the first token after the coordinated run of bare roles
        int q = m.e;
        size_t j = k;
        while (q < n && (word(q) == "and" || word(q) == "or" || s.Word(q) == ",") &&
               j + 1 < s.mentions.size() && s.mentions[j + 1].b == q + 1 &&
               s.mentions[j + 1].country.empty()) {
          q = s.mentions[++j].e;
        }
        Match h = q < n ? Longest(d, s, q) : Match{};
        modifier = h.entry && h.entry->field == ActorField::kRole && h.entry->role == "OBJ";
      }
      if (!modifier) kept.push_back(m);
    }
    if (kept.size() != s.mentions.size()) {
      s.mentions.swap(kept);
      Reindex(&s);
    }
  }

  // "a U.S.-brokered plan", "Iran-backed militias": the name modifies a noun
  // ("-led" is handled above as the leader acting).
  {
    std::vector<Mention> kept;
    for (const Mention& m : s.mentions) {
      std::string_view nx = m.e < n ? s.Word(m.e) : std::string_view();
      bool modifier = nx.size() > 1 && nx[0] == '-' && nx != "-led";
      if (!modifier) kept.push_back(m);
    }
    if (kept.size() != s.mentions.size()) {
      s.mentions.swap(kept);
      Reindex(&s);
    }
  }

  // "Indian and Pakistani border guards": the role belongs to both adjectives.
  for (size_t k = 0; k + 1 < s.mentions.size(); ++k) {
    Mention& a = s.mentions[k];
    const Mention& b = s.mentions[k + 1];
    if (a.role.empty() && !a.igo && a.entry &&
        (a.entry->field == ActorField::kAdj || a.entry->field == ActorField::kName ||
         a.entry->field == ActorField::kAlias) &&
        b.entry && b.entry->field == ActorField::kAdj && word(a.e) == "and" && b.b == a.e + 1 &&
        !b.role.empty() && !b.country.empty()) {
      a.role = b.role;
      a.code = a.country + a.role;
    }
  }

  // Compounds: mentions separated only by ",", "and", ", and", "as well as".
  int g = 0;
  for (size_t k = 0; k < s.mentions.size(); ++k) {
    Mention& cur = s.mentions[k];
    if (k > 0 && !cur.place) {
      Mention& prev = s.mentions[k - 1];
      int gap_b = prev.e, gap_e = cur.b;
      bool sep = gap_e > gap_b && !prev.place;
      bool has_and = false;
      for (int t = gap_b; sep && t < gap_e; ++t) {
        std::string_view w = word(t);
        if (w == "and" || w == "or")
          has_and = true;
        else if (s.Word(t) != "," && w != "both" && w != "as" && w != "well")
          sep = false;
      }
      // "A, B and C": a bare comma joins only when an "and" follows later.
      if (sep && !has_and) {
        sep = false;
        for (size_t q = k + 1; q < s.mentions.size(); ++q) {
          int b2 = s.mentions[q - 1].e, e2 = s.mentions[q].b;
          bool only = e2 > b2;
          bool and2 = false;
          for (int t = b2; only && t < e2; ++t) {
            std::string_view w = word(t);
            if (w == "and")
              and2 = true;
            else if (s.Word(t) != ",")
              only = false;
          }
          if (!only) break;
          if (and2) {
            sep = true;
            break;
          }
        }
      }
      if (sep) {
        cur.group = prev.group;
        continue;
      }
    }
    cur.group = g++;
  }
}

}  // namespace casus
