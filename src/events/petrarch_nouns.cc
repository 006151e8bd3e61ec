// The PETRARCH program's noun phrases (petrarch.h, PetrarchNounPhrases):
// actor and agent codes composed over a shallow noun chunk of the raw text
// (no parse tree is read).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "enrich/enrich.h"
#include "events/petrarch.h"
#include "match/actor_rules.h"
#include "util/strings.h"

namespace casus {
namespace {

// A dictionary phrase inside a chunk: tokens [b, e).
struct Piece {
  const ActorEntry* entry = nullptr;
  int b = 0, e = 0;
  bool agent = false;
};

// Codes CAMEO writes before a country ("MSF [NGO~]": NGOARN):
// data/rules/actors.txt [prefix-agent-roles].
bool PrefixAgent(const ActorRules& r, const std::string& role) {
  return r.prefix_agents && r.prefix_agents->Has(AsciiLower(role));
}

bool ChunkPos(Pos p) {
  return p == Pos::kDet || p == Pos::kAdj || p == Pos::kNoun || p == Pos::kPropn ||
         p == Pos::kNum || p == Pos::kPoss;
}

class Chunker {
 public:
  Chunker(const Dictionaries& d, Sentence* s)
      : d_(d), r_(d.actor_rules()), s_(*s), n_(int(s->toks.size())) {}

  // Where the chunk starting at b ends: nouns, adjectives, determiners,
  // possessives and the words of a dictionary phrase; "and" only between
  // two adjectives ("awful and evil minister").
  int End(int b) const {
    int k = b;
    while (k < n_) {
      if (ChunkPos(s_.toks[k].pos) || s_.mention_at[k] >= 0) {
        const ActorMatch& m = s_.actor_matches[k];
        k = m.entry && m.end > k ? std::max(k + 1, m.end) : k + 1;
        continue;
      }
      if (s_.toks[k].pos == Pos::kConj && k > b && k + 1 < n_ && s_.toks[k - 1].pos == Pos::kAdj &&
          s_.toks[k + 1].pos == Pos::kAdj) {
        ++k;
        continue;
      }
      break;
    }
    return k;
  }

  // The chunk's dictionary phrases, left to right, longest first (as
  // PETRARCH reads a noun phrase's words); false when one is a place of the
  // gazetteer or names nothing that acts.
  bool Pieces(int b, int e, std::vector<Piece>* out) const {
    out->clear();
    for (int k = b; k < e;) {
      const ActorMatch& m = s_.actor_matches[k];
      if (!m.entry || m.end <= k) {
        ++k;
        continue;
      }
      const ActorEntry& en = *m.entry;
      if (en.field == ActorField::kCity) return false;
      if (s_.mention_at[k] >= 0 && s_.mentions[s_.mention_at[k]].pronoun) return false;
      const bool agent = en.field == ActorField::kRole;
      if (agent &&
          (en.role == r_.no_actor_role || en.role == r_.thing_role || en.role == r_.asset_role))
        return false;
      out->push_back({m.entry, k, m.end, agent});
      k = m.end;
    }
    return true;
  }

  std::string_view Word(int i) const {
    return i >= 0 && i < n_ ? LowerWord(d_, s_, i) : std::string_view();
  }
  int size() const { return n_; }
  // A weekday or date word ("on Saturday", "today"): no party.
  bool TimeWord(int i) const {
    if (i < 0 || i >= n_ || s_.toks[i].id < 0) return false;
    const EnrichRules& r = d_.enrich();
    return (r.weekdays && r.weekdays->Find(s_.toks[i].id)) ||
           (r.date_words && r.date_words->Find(s_.toks[i].id));
  }
  // Token k is a verb, auxiliary or modal.
  bool Verbal(int k) const {
    return k >= 0 && k < n_ &&
           (s_.toks[k].pos == Pos::kVerb || s_.toks[k].pos == Pos::kAux ||
            s_.toks[k].pos == Pos::kModal);
  }
  bool Determiner(int i) const { return i >= 0 && i < n_ && s_.toks[i].pos == Pos::kDet; }
  // "former" ([former-words]) and the code of a former office holder.
  bool Former(int i) const {
    return r_.former_words && s_.toks[i].id >= 0 && r_.former_words->Has(s_.toks[i].id);
  }
  const std::string& FormerRole() const { return r_.former_office_role; }
  const ActorRules& Rules() const { return r_; }
  // The actor stage already composed token k's mention beyond its entry
  // ("Lawmakers and officials in Fornost and Gondor": each role over each
  // place, FORLEG and FORGOV).
  bool Composed(int k) const {
    const int at = s_.mention_at[k];
    return at >= 0 && s_.mentions[at].entry &&
           s_.mentions[at].code != s_.mentions[at].entry->code.view();
  }

 private:
  const Dictionaries& d_;
  const ActorRules& r_;
  const Sentence& s_;
  const int n_;
};

// Whether `code` holds `part` on its three-letter boundaries: "GMWGOV" does
// not hold WGO, "HGWGOVMED" holds GOVMED.
bool HoldsCode(const std::string& code, const std::string& part) {
  for (size_t at = 0; at + part.size() <= code.size(); at += 3)
    if (code.compare(at, part.size(), part) == 0) return true;
  return false;
}

// PETRARCH's mix of a noun phrase's codes: each actor takes the agents its
// code does not hold yet, prefix agents before it; "~PPL" only when alone.
std::vector<std::string> MixCodes(const ActorRules& r, const std::vector<std::string>& actors,
                                  const std::vector<std::string>& agents) {
  std::vector<std::string> out;
  for (std::string code : actors) {
    for (const std::string& ag : agents) {
      if (r.lone_agents && r.lone_agents->Has(AsciiLower(ag)) && agents.size() > 1) continue;
      if (HoldsCode(code, ag)) continue;
      code = PrefixAgent(r, ag) ? ag + code : code + ag;
    }
    out.push_back(code);
  }
  return out;
}

// One composed noun phrase: its span, actor and codes; `modifiers`: its
// agents before the head noun's ("Islamist" of "Danish Islamist media");
// `det`: it opens with a determiner.
struct Composed {
  int b = 0, e = 0;
  bool det = false;
  std::vector<Piece> actors;
  std::vector<std::string> modifiers, codes;
};

// The actor of a chunk of agents alone: that of the chunk it is conjoined
// to, with its modifiers ("Danish media and government": DNKGOV), unless
// that one opens with a determiner, a noun phrase of its own ("The Danish
// media and government": DNKMED and a bare GOV), else of its
// prepositional phrase ("human rights activists of Gonzo GMO": GONGMOOPP;
// "in", "from" too). False when there is none.
bool BorrowActor(const Chunker& ch, const std::vector<Piece>& pieces, int e,
                 const Composed* conjoined, std::vector<std::string>* agents, Composed* out) {
  if (ch.Composed(pieces.front().b)) return false;
  if (conjoined && !conjoined->actors.empty() && !conjoined->det) {
    out->actors = conjoined->actors;
    agents->insert(agents->begin(), conjoined->modifiers.begin(), conjoined->modifiers.end());
    return true;
  }
  const std::string_view prep = ch.Word(e);
  if (prep != "of" && prep != "in" && prep != "from") return false;
  std::vector<Piece> after;
  const int e2 = ch.End(e + 1);
  if (!ch.Pieces(e + 1, e2, &after) || after.empty()) return false;
  // "in" and "from" only in a subject ("Former security officials in White
  // House are"), not an adjunct ("arrested students in Moscow today").
  if (prep != "of" && !ch.Verbal(e2)) return false;
  for (const Piece& p : after) {
    if (ch.Composed(p.b)) return false;
    if (!p.agent && out->actors.empty()) out->actors.push_back(p);
  }
  out->e = after.back().e;
  return !out->actors.empty();
}

// The chunk [b, e) as PETRARCH codes it into *out (`conjoined`: the chunk
// before it and a conjunction, or null). True when its mentions are to be
// replaced: it holds more than one dictionary phrase, or borrows its actor.
bool ComposeChunk(const Chunker& ch, int b, int e, const Composed* conjoined, Composed* out) {
  std::vector<Piece> pieces;
  if (!ch.Pieces(b, e, &pieces) || pieces.empty()) return false;
  out->b = pieces.front().b;
  out->e = pieces.back().e;
  out->det = ch.Determiner(b);
  bool former = false;
  for (int k = b; k < e; ++k) former |= ch.Former(k);
  std::vector<std::string> agents;
  for (const Piece& p : pieces) {
    if (p.agent) {
      const std::string role(p.entry->role.view());
      // TABARI's and PETRARCH's "former" agent: an elite, not the office.
      agents.push_back(former && !PrefixAgent(ch.Rules(), role) ? ch.FormerRole() : role);
    } else if (out->actors.empty()) {
      // The first actor stands; a later one is the title's holder
      // ("Ithilen's minister Calimehtar") or its apposition ("Arnor's Elrond").
      out->actors.push_back(p);
    }
  }
  if (!agents.empty()) out->modifiers.assign(agents.begin(), agents.end() - 1);
  if (out->actors.empty()) {
    if (agents.empty() || !BorrowActor(ch, pieces, e, conjoined, &agents, out)) return false;
  } else if (pieces.size() == 1) {
    return false;
  }
  const ActorRules& r = ch.Rules();
  std::stable_sort(agents.begin(), agents.end(), [&](const std::string& x, const std::string& y) {
    return PrefixAgent(r, x) > PrefixAgent(r, y);
  });
  std::vector<std::string> codes;
  for (const Piece& p : out->actors) codes.push_back(std::string(p.entry->code.view()));
  out->codes = MixCodes(r, codes, agents);
  return true;
}

// Replaces the mentions over c's span by c's: one per actor, the first
// from the span's start, the last to its end, one compound group.
void Replace(const Composed& c, Sentence* s) {
  std::vector<Mention> made;
  for (size_t i = 0; i < c.actors.size(); ++i) {
    const Piece& p = c.actors[i];
    Mention m;
    if (int at = s->mention_at[p.b]; at >= 0) m = s->mentions[at];
    m.b = i == 0 ? c.b : p.b;
    m.e = i + 1 == c.actors.size() ? c.e : p.e;
    m.entry = p.entry;
    m.code = c.codes[i];
    m.country = std::string(p.entry->country.view());
    m.igo = m.country.empty();
    m.role = m.code.size() > m.country.size() && m.code.compare(0, m.country.size(), m.country) == 0
                 ? m.code.substr(m.country.size())
                 : std::string();
    m.role_of = false;
    m.head = m.e - 1;
    m.name_b = m.title = -1;
    made.push_back(std::move(m));
  }
  // The first mention of the span keeps its leading "the" ("The Quibbler").
  for (const Mention& m : s->mentions)
    if (m.b < c.b && m.e > c.b) made.front().b = m.b;
  int group = -1;
  std::vector<Mention> out;
  bool placed = false;
  for (Mention& m : s->mentions) {
    if (m.e > made.front().b && m.b < made.back().e) {
      if (group < 0) group = m.group;
      continue;
    }
    if (!placed && m.b >= made.back().e) {
      for (Mention& x : made) x.group = group, out.push_back(x);
      placed = true;
    }
    out.push_back(std::move(m));
  }
  if (!placed)
    for (Mention& x : made) x.group = group, out.push_back(x);
  s->mentions = std::move(out);
}

// Group ids in order of first appearance (0, 1, ...), maps re-pointed.
void Renumber(Sentence* s) {
  std::vector<int> seen;
  for (Mention& m : s->mentions) {
    auto it = std::find(seen.begin(), seen.end(), m.group);
    if (it == seen.end()) {
      seen.push_back(m.group);
      it = seen.end() - 1;
    }
    m.group = int(it - seen.begin());
  }
  std::fill(s->mention_at.begin(), s->mention_at.end(), -1);
  std::fill(s->mention_end.begin(), s->mention_end.end(), -1);
  for (size_t k = 0; k < s->mentions.size(); ++k) {
    for (int t = s->mentions[k].b; t < s->mentions[k].e; ++t) s->mention_at[t] = int(k);
    s->mention_end[s->mentions[k].e - 1] = int(k);
  }
}

// "Ithilen's sheep and goats of Gondor": a noun naming no actor, conjoined
// to a noun phrase with one, stands for its "of" phrase's actor, a member
// of the same compound (ITH and GON).
void JoinOfPhrase(const Chunker& ch, const Composed& last, int e, Sentence* s) {
  if (ch.Word(e) != "of" || e + 1 >= ch.size()) return;
  const int k = ch.Determiner(e + 1) ? e + 2 : e + 1;
  const int first = s->mention_at[last.b], of = k < ch.size() ? s->mention_at[k] : -1;
  if (first < 0 || of < 0 || s->mentions[of].b < e) return;
  s->mentions[of].group = s->mentions[first].group;
  Renumber(s);
}

// Words read as verbs inside a noun phrase: one right after a singular
// common noun that follows a possessive, determiner or adjective, and
// before a noun, is a noun, as no verb of that form agrees with such a
// subject ("Ithilen's palace guard militia"); so is a plural right before
// a past verb ("Calenardhon crowds burned down").
void NounsAfterSingular(Sentence* s) {
  const int n = int(s->toks.size());
  for (int k = 1; k + 1 < n; ++k) {
    Token& t = s->toks[k];
    // "Calenardhon crowds burned": no present verb stands right before a
    // past one; a plural noun does.
    if (t.pos == Pos::kVerb && t.vform == VForm::kPres3 && (t.tags & kTagNNS) &&
        (s->toks[k - 1].pos == Pos::kPropn || s->toks[k - 1].pos == Pos::kAdj) &&
        s->toks[k + 1].pos == Pos::kVerb && s->toks[k + 1].vform == VForm::kPast) {
      t.pos = Pos::kNoun;
      t.vform = VForm::kNone;
      continue;
    }
    if (k < 2) continue;
    const Token& prev = s->toks[k - 1];
    const Pos pp = s->toks[k - 2].pos;
    if (t.pos != Pos::kVerb || !(t.tags & (kTagNN | kTagNNS)) ||
        (t.vform != VForm::kBase && t.vform != VForm::kPres) || prev.pos != Pos::kNoun ||
        (prev.tags & kTagNNS) || !(pp == Pos::kPoss || pp == Pos::kDet || pp == Pos::kAdj) ||
        s->toks[k + 1].pos != Pos::kNoun)
      continue;
    t.pos = Pos::kNoun;
    t.vform = VForm::kNone;
  }
}

// "between Calenardhon and Gondor, and Gondor and Dagolath": a compound
// whose members a conjunction already joins ends at ", and"; what follows
// is a compound of its own (a list "Arnor, Gondor, and Osgiliath" stays one).
void SplitJoinedCompounds(const Chunker& ch, Sentence* s) {
  auto conj = [&](int k) { return ch.Word(k) == "and" || ch.Word(k) == "or"; };
  bool split = false;
  int first = 0;  // the current group's first mention
  for (size_t i = 1; i < s->mentions.size(); ++i) {
    Mention& m = s->mentions[i];
    const Mention& prev = s->mentions[i - 1];
    if (m.group != prev.group) {
      first = int(i);
      continue;
    }
    bool joined = false;
    for (int k = s->mentions[first].e; k < prev.b; ++k) joined |= conj(k);
    if (!joined || m.b < prev.e + 2 || ch.Word(prev.e) != "," || !conj(prev.e + 1)) continue;
    const int old = m.group;
    for (size_t j = i; j < s->mentions.size() && s->mentions[j].group == old; ++j)
      s->mentions[j].group = 2000000 + int(i);
    first = int(i);
    split = true;
  }
  if (split) Renumber(s);
}

// PETRARCH looks for a pronoun's antecedent in the clauses above the
// pronoun's own: the subject of the main clause has none ("On improvement
// of ... Gondor's health centres, he said": no one). A pronoun with no verb
// before it, past a leading prepositional phrase and its comma, is dropped.
void MainClausePronouns(Sentence* s) {
  const int n = int(s->toks.size());
  int from = 0;
  if (n > 0 && s->toks[0].pos == Pos::kPrep)
    for (int k = 1; k < n; ++k)
      if (s->Word(k) == ",") {
        from = k + 1;
        break;
      }
  bool dropped = false;
  std::vector<Mention> kept;
  for (Mention& m : s->mentions) {
    bool verb = false;
    for (int k = from; k < m.b && !verb; ++k) verb = s->toks[k].pos == Pos::kVerb;
    if (m.pronoun && m.b >= from && !verb) {
      dropped = true;
      continue;
    }
    kept.push_back(std::move(m));
  }
  s->mentions = std::move(kept);
  if (dropped) Renumber(s);
}

// A lone actor's mention covers its noun phrase to the head noun
// ("Ithilen's palace guard militia" is ITH), as PETRARCH codes a noun
// phrase.
void ExtendToHead(int b, int e, Sentence* s) {
  int at = -1;
  for (int k = b; k < e; ++k) {
    const int m = s->mention_at[k];
    if (m < 0) continue;
    if (at >= 0 && m != at) return;
    at = m;
  }
  if (at < 0 || s->mentions[at].e >= e || s->toks[e - 1].pos != Pos::kNoun) return;
  s->mentions[at].e = e;
  s->mentions[at].head = e - 1;
  Renumber(s);
}

// The words of a noun phrase naming no actor, as a new actor's code
// ("\"GRYFFINDOR HEAD MINERVA MCGONAGALL\""), or "" when it has more than
// `most` words or no noun; possessives are left out.
std::string NewActorCode(const Sentence& s, int b, int e, int most) {
  std::string code;
  int words = 0;
  bool noun = false;
  for (int k = b; k < e; ++k) {
    const Pos p = s.toks[k].pos;
    if (p == Pos::kPoss || p == Pos::kPunct) continue;
    noun |= p == Pos::kNoun || p == Pos::kPropn;
    if (++words > most) return "";
    code += words > 1 ? " " : "";
    for (char c : s.Word(k)) code += char(std::toupper(static_cast<unsigned char>(c)));
  }
  return noun ? "\"" + code + "\"" : "";
}

// PETRARCH's new_actor_length: each noun phrase of at most `most` words
// that names no actor, its "of" phrase included ("the Ministry of Magic"),
// and is a verb's subject or object, is an actor coded by its words; one
// conjoined to an actor's noun phrase joins its compound ("Eriador's death
// and injury toll": ERI and "INJURY TOLL"). A phrase whose prepositional
// phrase names an actor is that actor's ("the dispute with Osgiliath").
void NewActors(const Chunker& ch, int most, Sentence* s) {
  std::vector<Mention> made;
  int prev_e = -2, prev_mention = -1;
  std::vector<Piece> pieces;
  for (int b = 0; b < ch.size();) {
    const int e = ch.End(b);
    if (e == b) {
      ++b;
      continue;
    }
    int in = -1;
    for (int k = b; k < e && in < 0; ++k) in = s->mention_at[k];
    const std::string_view conj = ch.Word(b - 1);
    const bool joined = prev_e == b - 1 && (conj == "and" || conj == "or");
    bool codeless = in < 0 && ch.Pieces(b, e, &pieces) && pieces.empty();
    int end = e;
    if (codeless && e + 1 < ch.size() && s->toks[e].pos == Pos::kPrep) {
      const int e2 = ch.End(e + 1);
      for (int k = e + 1; k < e2; ++k) codeless &= s->mention_at[k] < 0;
      if (codeless && ch.Word(e) == "of" && ch.Pieces(e + 1, e2, &pieces) && pieces.empty())
        end = e2;
    }
    // Only a verb's parties: its subject (before a verb, or conjoined to an
    // actor) or its object (after the verb or its preposition), not a time.
    bool time = true;
    for (int k = b; k < end; ++k)
      time &= ch.TimeWord(k) || s->toks[k].pos == Pos::kDet || s->toks[k].pos == Pos::kAdj;
    const bool party = !time && (joined || ch.Verbal(end) || ch.Verbal(b - 1) ||
                                 (b >= 2 && s->toks[b - 1].pos == Pos::kPrep && ch.Verbal(b - 2)));
    const std::string code = codeless && party ? NewActorCode(*s, b, end, most) : "";
    if (!code.empty()) {
      Mention m;
      m.b = b;
      m.e = end;
      m.code = code;
      m.igo = true;
      m.head = end - 1;
      m.group = joined && prev_mention >= 0 ? s->mentions[prev_mention].group
                                            : 1000000 + int(made.size());
      made.push_back(std::move(m));
    }
    prev_mention = in;
    prev_e = end;
    b = end;
  }
  if (made.empty()) return;
  for (Mention& m : made) s->mentions.push_back(std::move(m));
  std::stable_sort(s->mentions.begin(), s->mentions.end(),
                   [](const Mention& x, const Mention& y) { return x.b < y.b; });
  Renumber(s);
}

}  // namespace

void PetrarchNounPhrases(const Dictionaries& d, int new_actor_length, Sentence* s) {
  NounsAfterSingular(s);
  Chunker ch(d, s);
  SplitJoinedCompounds(ch, s);
  MainClausePronouns(s);
  Composed last;
  int last_e = -2;
  for (int b = 0; b < ch.size();) {
    const int e = ch.End(b);
    if (e == b) {
      ++b;
      continue;
    }
    const std::string_view conj = ch.Word(b - 1);
    const bool joined = last_e == b - 1 && (conj == "and" || conj == "or");
    Composed c;
    const bool replace = ComposeChunk(ch, b, e, joined ? &last : nullptr, &c);
    if (replace) {
      Replace(c, s);
      Renumber(s);
    } else if (joined && !last.actors.empty() && c.actors.empty()) {
      JoinOfPhrase(ch, last, e, s);
    } else {
      ExtendToHead(b, e, s);
    }
    last = std::move(c);
    last_e = e;
    b = std::max(e, last.e);
  }
  if (new_actor_length > 0) NewActors(ch, new_actor_length, s);
}

}  // namespace casus
