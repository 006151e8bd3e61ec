// Event coding: verb groups, pattern matching, subject/object search over a
// shallow clause structure, passive voice, compounds, reported speech,
// negation and modality. One sentence at a time, no allocation per token
// beyond the per-thread Scratch.
#include "casus/coder.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "internal.h"

namespace casus {

struct Scratch {
  Sentence s;
  std::vector<FoundQuantity> quantities;
};

void ScratchDeleter::operator()(Scratch* s) const {
  delete s;
}
ScratchPtr MakeScratch() {
  return ScratchPtr(new Scratch);
}

namespace {

// String views built at the call site: their lengths are compile-time constants.
bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (w == x) return true;
  return false;
}

bool SpeechLemma(std::string_view l) {
  return In(l, {"say",     "tell",        "claim",   "report", "announce", "state",    "add",
                "allege",  "insist",      "confirm", "note",   "stress",   "assert",   "declare",
                "deny",    "acknowledge", "admit",   "write",  "explain",  "maintain", "argue",
                "contend", "suggest",     "warn",    "quote",  "believe",  "think",    "accuse"});
}
// Speech verbs whose own event is only "made a statement": they attribute, they do not act.
bool PlainSpeech(std::string_view l) {
  return In(l, {"say",     "tell",    "claim",  "report",  "announce", "state",
                "add",     "allege",  "insist", "confirm", "note",     "stress",
                "assert",  "declare", "write",  "explain", "maintain", "argue",
                "contend", "suggest", "quote",  "believe", "think",    "acknowledge"});
}
// Verbs whose compound subject acts jointly ("A and B clashed").
bool Reciprocal(std::string_view l) {
  return In(
      l, {"meet",      "talk",     "negotiate", "sign",     "agree",     "clash",     "fight",
          "cooperate", "discuss",  "trade",     "exchange", "reconcile", "normalize", "normalise",
          "mend",      "resume",   "hold",      "conclude", "reach",     "restore",   "establish",
          "sever",     "skirmish", "battle",    "spar",     "feud",      "quarrel",   "consult"});
}
bool Subordinator(std::string_view w) {
  return In(w, {"after", "before", "when", "while", "because", "although", "though", "since",
                "until", "if", "unless", "whereas", "as", "once", "whether"});
}
bool BeForm(std::string_view w) {
  return In(w, {"be", "is", "are", "was", "were", "been", "being", "am", "'re"});
}
bool HypotheticalModal(std::string_view w) {
  return In(
      w, {"could", "might", "may", "would", "will", "shall", "can", "must", "should", "wo", "ca"});
}

struct VerbGroup {
  int start = 0, verb = 0;
  bool negated = false, hypothetical = false, passive = false;
};

struct Attribution {
  int speaker_group = -1;  // mention group of the speaker
  bool deny = false;
};

class SentenceCoder {
 public:
  SentenceCoder(const Dictionaries& d, Sentence& s) : d_(d), s_(s), n_(int(s.toks.size())) {}

  std::string_view W(int i) const {
    return i >= 0 && i < n_ ? LowerWord(d_, s_, i) : std::string_view();
  }
  std::string_view Raw(int i) const { return i >= 0 && i < n_ ? s_.Word(i) : std::string_view(); }
  std::string_view VerbLemma(int i) const {
    int32_t l = s_.toks[i].vlem;
    return l >= 0 ? std::string_view(d_.lexicon().Word(l)) : W(i);
  }

  void FindVerbGroups() {
    main_.assign(n_, -1);
    groups_.clear();
    for (int i = 0; i < n_; ++i) {
      Pos p = s_.toks[i].pos;
      bool main = p == Pos::kVerb;
      if (p == Pos::kAux) {
        int k = i + 1;
        while (k < n_ && (s_.toks[k].pos == Pos::kAdv || s_.toks[k].pos == Pos::kNeg ||
                          s_.toks[k].pos == Pos::kAux))
          ++k;
        main = !(k < n_ && s_.toks[k].pos == Pos::kVerb);
        if (main && k > i + 1) continue;  // "has not been" + noun: the last aux is the main one
      }
      if (!main || s_.mention_at[i] >= 0) continue;
      VerbGroup g;
      g.verb = i;
      g.start = i;
      bool be = false;
      while (g.start > 0) {
        Pos q = s_.toks[g.start - 1].pos;
        if (q == Pos::kAux || q == Pos::kModal || q == Pos::kNeg || q == Pos::kAdv) {
          --g.start;
          std::string_view w = W(g.start);
          if (q == Pos::kNeg) g.negated = true;
          if (q == Pos::kModal && HypotheticalModal(w)) g.hypothetical = true;
          if (q == Pos::kAux && (BeForm(w) || w == "get" || w == "got")) be = true;
          continue;
        }
        break;
      }
      while (g.start < g.verb && s_.toks[g.start].pos == Pos::kAdv) ++g.start;
      if (g.start < i && W(g.verb - 1) == "been" && s_.toks[g.verb].vform == VForm::kGerund)
        be = false;
      const Token& v = s_.toks[i];
      g.passive = be && p == Pos::kVerb && (v.vform == VForm::kPart || v.vform == VForm::kPast) &&
                  (v.tags & kTagVBN);
      // Reduced passive: "most of them shot by security forces".
      if (!g.passive && p == Pos::kVerb && g.start == g.verb && (v.tags & kTagVBN) &&
          W(i + 1) == "by")
        g.passive = true;
      if (p == Pos::kVerb && i + 1 < n_ && (W(i + 1) == "no" && W(i + 2) == "longer"))
        g.negated = true;
      main_[i] = int(groups_.size());
      groups_.push_back(g);
    }
  }

  bool IsMainVerb(int i) const { return i >= 0 && i < n_ && main_[i] >= 0; }
  int GroupAt(int i) const { return main_[i]; }

  int GroupOf(int mention) const { return s_.mentions[mention].group; }

  // Segment (a, b) between commas that reads as an aside: ", the council said,"
  // ", who ...", ", meanwhile,".
  bool Aside(int a, int b) const {
    if (b - a <= 1) return false;
    if (s_.toks[a + 1].pos == Pos::kWh) return true;
    // Apposition after an actor: "Bola Tinubu, the current chairman of ECOWAS,".
    int before = a - 1;  // "Nigeria's President Bola Tinubu, the chairman of ECOWAS,"
    while (before > 0 && s_.mention_at[before] < 0 && s_.toks[before].pos == Pos::kPropn &&
           a - before < 4)
      --before;
    if (a > 0 && before >= 0 && s_.mention_end[before] >= 0 && s_.toks[a + 1].pos == Pos::kDet) {
      bool verb = false;
      for (int k = a + 1; k < b; ++k) verb |= IsMainVerb(k);
      if (!verb) return true;
    }
    bool verb = false, mention = false;
    for (int k = a + 1; k < b; ++k) {
      if (IsMainVerb(k)) {
        verb = true;
        if (SpeechLemma(VerbLemma(k))) return true;
      }
      if (s_.mention_at[k] >= 0) mention = true;
    }
    return !verb && !mention;
  }

  // "militias aligned with Iran", "forces backed by Moscow": a participle
  // right after an actor describes it. Returns that actor's group, or -1.
  int ReducedRelativeHead(int gi) const {
    const VerbGroup& g = groups_[gi];
    if (g.start != g.verb || !(s_.toks[g.verb].tags & kTagVBN) ||
        s_.toks[g.verb].vform == VForm::kGerund)
      return -1;
    if (g.verb == 0 || s_.mention_end[g.verb - 1] < 0) return -1;
    if (!(g.verb + 1 < n_ && s_.toks[g.verb + 1].pos == Pos::kPrep)) return -1;
    // another finite verb must follow: the participle is not the clause's verb
    for (int k = g.verb + 1; k < n_; ++k) {
      if (Raw(k) == "," || Raw(k) == ";" || s_.toks[k].pos == Pos::kWh || W(k) == "that" ||
          Subordinator(W(k)) || s_.toks[k].pos == Pos::kConj)
        return -1;
      if (!IsMainVerb(k)) continue;
      const VerbGroup& h = groups_[main_[k]];
      bool finite = h.start < h.verb || s_.toks[k].vform == VForm::kPast ||
                    s_.toks[k].vform == VForm::kPres3 || s_.toks[k].vform == VForm::kPres;
      if (finite && !(h.start > 0 && W(h.start - 1) == "to"))
        return GroupOf(s_.mention_end[g.verb - 1]);
    }
    return -1;
  }

  // The subject of the verb group starting at g: a mention group, or -1.
  int Subject(int gi, int depth = 0) const {
    const VerbGroup& g = groups_[gi];
    int j = g.start - 1;
    // Relative clause: "rebels, who control the north, attacked" / "rebels who attacked".
    if (j >= 0 && s_.toks[j].pos == Pos::kWh && W(j) != "that") {
      int k = j - 1;
      if (Raw(k) == ",") --k;
      if (k >= 0 && s_.mention_end[k] >= 0) return GroupOf(s_.mention_end[k]);
    }
    // Verb-phrase coordination: "Russia attacked Ukraine and shelled Kharkiv".
    if (j >= 0 && In(W(j), {"and", "but", "then"}) && depth < 3) {
      int k = j - 1;
      if (Raw(k) == ",") --k;
      // The partner verb: the nearest earlier finite verb of the same shape,
      // past gerund adjuncts, infinitives and verbs inside "that"-clauses
      // ("said that rebels had shelled …, and accused …" pairs "accused"
      // with "said").
      bool has_aux = g.start < g.verb;
      int partner = -1, first_finite = -1;
      for (int q = k; q >= 0; --q) {
        if (Raw(q) == ";" || Raw(q) == ".") break;
        if (!IsMainVerb(q)) continue;
        const VerbGroup& pg = groups_[main_[q]];
        VForm vf = s_.toks[q].vform;
        if (vf == VForm::kGerund || (pg.start > 0 && W(pg.start - 1) == "to")) continue;
        if (first_finite < 0) first_finite = q;
        bool pg_aux = pg.start < pg.verb;
        if (pg_aux == has_aux && vf == s_.toks[g.verb].vform) {
          partner = q;
          break;
        }
      }
      if (partner < 0) partner = first_finite;
      if (partner >= 0 && (s_.mention_end[k] < 0 || s_.mentions[s_.mention_end[k]].b > partner))
        return Subject(main_[partner], depth + 1);
    }
    // "told reporters the governing camp was confident": the subject is the
    // noun right before the verb, and it names no actor. A noun after a
    // national adjective ("a Turkish convoy") still stands for its country.
    if (j >= 0 && s_.mention_at[j] < 0 &&
        (s_.toks[j].pos == Pos::kNoun || s_.toks[j].pos == Pos::kPropn) &&
        !(j > 0 && s_.mention_end[j - 1] >= 0)) {
      int k = j;
      while (k >= 0 && s_.mention_at[k] < 0 &&
             (s_.toks[k].pos == Pos::kNoun || s_.toks[k].pos == Pos::kPropn ||
              s_.toks[k].pos == Pos::kAdj || s_.toks[k].pos == Pos::kNum))
        --k;
      // the noun phrase starts at a determiner right after another verb's object
      if (k >= 0 && s_.toks[k].pos == Pos::kDet && k > 0 && s_.mention_end[k - 1] >= 0) return -1;
    }
    while (j >= 0) {
      std::string_view raw = Raw(j);
      if (raw == ")") {
        while (j >= 0 && Raw(j) != "(") --j;
        --j;
        continue;
      }
      if (raw == ",") {
        int c2 = j - 1;
        while (c2 >= 0 && Raw(c2) != "," && Raw(c2) != ";") --c2;
        if (c2 >= 0 && Raw(c2) == "," && Aside(c2, j)) {
          j = c2 - 1;
          continue;
        }
        if (c2 < 0 && Aside(-1, j)) {
          j = -1;
          break;
        }  // introductory phrase
        --j;
        continue;
      }
      if (s_.mention_end[j] >= 0) {
        const Mention& m = s_.mentions[s_.mention_end[j]];
        int pb = m.b - 1;  // "on a U.S. request": look past determiners and modifiers
        while (pb >= 0 &&
               (s_.toks[pb].pos == Pos::kDet || s_.toks[pb].pos == Pos::kAdj ||
                s_.toks[pb].pos == Pos::kNum) &&
               pb >= m.b - 3)
          --pb;
        std::string_view pw = W(pb);
        bool oblique = m.place || (pb >= 0 && s_.toks[pb].pos == Pos::kPrep && pw != "of" &&
                                   !Subordinator(pw));
        if (m.city) oblique = true;  // "Kharkiv" alone is where, not who
        if (oblique) {  // "rebels in northern Syria", "leaders from France": not the subject
          j = m.b - 1;
          continue;
        }
        // "Japan's economy returned to growth": the possessor is not the subject.
        if (W(m.e) == "'s" && s_.mention_at[m.e] < 0 && !g.passive) return -1;
        return m.group;
      }
      if (IsMainVerb(j)) {
        int rr = ReducedRelativeHead(main_[j]);
        if (rr >= 0) return rr;
        break;
      }
      if (raw == ";" || raw == ":") break;
      std::string_view w = W(j);
      if (w == "that" || Subordinator(w)) break;
      if (w == "according") break;
      --j;
    }
    return -1;
  }

  // First mention group after token `from` in the same clause.
  // `recipient_first`: the pattern gives something to someone (06x, 07x), so
  // a party after "to" outranks the thing given.
  int Object(int from, bool passive, const std::vector<int>* literal = nullptr,
             bool recipient_first = false) const {
    // "beat and detained dozens of demonstrators": the verbs share the object.
    if (from + 1 < n_ && In(W(from), {"and", "or"}) && IsMainVerb(from + 1)) from += 2;
    // "fired on and seized three vessels"
    else if (from + 2 < n_ && s_.toks[from].pos == Pos::kPrep && In(W(from + 1), {"and", "or"}) &&
             IsMainVerb(from + 2))
      from += 3;
    for (int j = from; j < n_; ++j) {
      if (s_.mention_at[j] >= 0) {
        const Mention& m = s_.mentions[s_.mention_at[j]];
        // A pattern word inside a mention ("cut its military aid") makes the
        // mention part of the pattern, unless the mention names its own
        // country before that word ("expelled 45 Russian diplomats").
        bool consumed = false;
        if (literal)
          for (int q : *literal)
            consumed |= (q >= m.b && q < m.e &&
                         (m.country.empty() || m.pronoun || q == m.b ||
                          (m.b > 0 && s_.toks[m.b - 1].pos == Pos::kPossPron))) ||
                        // "military talks": a bare role modifying the pattern's noun
                        (q == m.e && m.country.empty() && !m.igo);
        if (consumed || m.place || (passive && W(m.b - 1) == "by")) {
          j = m.e - 1;
          continue;
        }
        // "warned it would launch …": the pronoun starts a new clause.
        if (m.pronoun && m.e < n_ &&
            (s_.toks[m.e].pos == Pos::kModal || s_.toks[m.e].pos == Pos::kAux ||
             s_.toks[m.e].pos == Pos::kVerb))
          return -1;
        if (W(m.b - 1) == "according" || W(m.b - 2) == "according") return -1;
        // "sent doctors and nurses to Italy": a bare role is the thing sent;
        // the country after "to" is the party acted upon. Likewise for what
        // is handed over: "extradited a Venezuelan spy chief to the United States".
        if ((m.country.empty() && !m.igo) || recipient_first) {
          for (int k = m.e; k < n_; ++k) {
            std::string_view raw = Raw(k);
            if (raw == "," || raw == ";" || raw == "." || s_.toks[k].pos == Pos::kWh ||
                (IsMainVerb(k) && W(k - 1) != "to"))
              break;
            if (s_.mention_at[k] >= 0) {
              const Mention& r = s_.mentions[s_.mention_at[k]];
              if ((!r.country.empty() || r.igo) && !r.place &&
                  In(W(r.b - 1), {"to", "into", "for", "against", "with"}))
                return r.group;
              k = r.e - 1;
            }
          }
        }
        return m.group;
      }
      std::string_view raw = Raw(j);
      if (raw == ";" || raw == ":" || raw == "," || raw == "." || raw == "\"") return -1;
      // "shot down 42 drones launched by Russia": the things' owner is the target.
      if (IsMainVerb(j) && groups_[main_[j]].passive && groups_[main_[j]].start == j &&
          W(j + 1) == "by") {
        int owner = Agent(j + 1);
        if (owner >= 0) return owner;
      }
      if (IsMainVerb(j) && s_.toks[j].vform != VForm::kGerund && !(j > 0 && W(j - 1) == "to") &&
          !(literal && std::find(literal->begin(), literal->end(), j) != literal->end()))
        return -1;
      if (s_.toks[j].pos == Pos::kWh || Subordinator(W(j)) ||
          In(W(j), {"during", "amid", "despite"}))
        return -1;
    }
    return -1;
  }

  // The agent of a passive verb: "… by rebel forces".
  int Agent(int from) const {
    int in_attack = -1;  // "was killed in an Israeli air strike"
    for (int j = from; j < n_; ++j) {
      if (W(j) == "in" && in_attack < 0) {
        int k = j + 1;
        while (k < n_ && k <= j + 3 && s_.mention_at[k] < 0 &&
               (s_.toks[k].pos == Pos::kDet || s_.toks[k].pos == Pos::kAdj))
          ++k;
        if (k < n_ && s_.mention_at[k] >= 0 && s_.mentions[s_.mention_at[k]].role == "MIL" &&
            !s_.mentions[s_.mention_at[k]].country.empty())
          in_attack = GroupOf(s_.mention_at[k]);
      }
      std::string_view raw = Raw(j);
      if (raw == ";" || raw == ".") return -1;
      if (IsMainVerb(j) && j > from) return -1;
      if (W(j) == "by") {
        // "by rebel forces", "by dozens of Russian missiles", "by a group of Colombian mercenaries"
        for (int k = j + 1; k < n_ && k <= j + 5; ++k) {
          if (s_.mention_at[k] >= 0) return GroupOf(s_.mention_at[k]);
          Pos p = s_.toks[k].pos;
          if (!(p == Pos::kDet || p == Pos::kNum || p == Pos::kAdj || p == Pos::kNoun ||
                W(k) == "of"))
            break;
        }
      }
    }
    return in_attack;
  }

  // Pattern matching from token p, item k. Returns the end token or -1.
  int MatchItems(const Pattern& pat, size_t k, int p, int* slot_t, int* slot_s) const {
    if (k == pat.items.size()) return p;
    const PatternItem& it = pat.items[k];
    // Second pass: a closing "with +" / "on +" may be absent ("India and China held talks").
    // Only after other words matched: "call upon +" without "upon" is not a pattern.
    // Nor when another preposition stands in its place ("sent tanks into" is not "sent tanks to").
    if (relaxed_ && k > 0 && k + 2 == pat.items.size() && it.kind == PatElem::kWord &&
        pat.items[k + 1].kind == PatElem::kTarget &&
        (p >= n_ || (!Lit(it, p) && s_.toks[p].pos != Pos::kPrep && s_.toks[p].pos != Pos::kTo)))
      return p;
    if (it.kind == PatElem::kSkip) {
      for (int s = 0; s <= 4 && p + s <= n_; ++s) {
        // A skip stays inside the clause.
        if (s > 0) {
          int q = p + s - 1;
          std::string_view raw = Raw(q);
          if (IsMainVerb(q) || s_.toks[q].pos == Pos::kWh || raw == "," || raw == ";" || raw == ":")
            break;
        }
        int r = MatchItems(pat, k + 1, p + s, slot_t, slot_s);
        if (r >= 0) return r;
      }
      return -1;
    }
    int q = p;
    if (it.kind == PatElem::kWord) {
      int nouns = 0;
      while (q < n_ && !Lit(it, q)) {
        Pos ps = s_.toks[q].pos;
        bool skip = ps == Pos::kDet || ps == Pos::kPossPron || ps == Pos::kNum || ps == Pos::kAdj ||
                    (ps == Pos::kAdv && q <= p + 1) || Raw(q) == "'" ||
                    Raw(q) == "\"" ||  // "was 'cautiously optimistic'"
                    // modifiers between pattern words: "joint naval exercises"
                    (k > 0 && (ps == Pos::kNoun || ps == Pos::kPropn) && s_.mention_at[q] < 0 &&
                     ++nouns <= 2);
        if (!skip) break;
        ++q;
      }
      if (q < n_ && Lit(it, q)) {
        int r = MatchItems(pat, k + 1, q + 1, slot_t, slot_s);
        if (r >= 0) literal_.push_back(q);
        return r;
      }
      return -1;
    }
    // Slot: a mention group must start here (after determiners, adjectives).
    while (q < n_ && q < p + 3 && (s_.toks[q].pos == Pos::kDet || s_.toks[q].pos == Pos::kAdj) &&
           s_.mention_at[q] < 0)
      ++q;
    if (q >= n_ || s_.mention_at[q] < 0) return -1;
    int mi = s_.mention_at[q];
    if (s_.mentions[mi].b != q && !(s_.mentions[mi].b < q)) return -1;
    int grp = GroupOf(mi);
    int end = q;
    for (const Mention& m : s_.mentions)
      if (m.group == grp) end = std::max(end, m.e);
    if (it.kind == PatElem::kTarget)
      *slot_t = grp;
    else
      *slot_s = grp;
    return MatchItems(pat, k + 1, end, slot_t, slot_s);
  }

  bool Lit(const PatternItem& it, int q) const {
    const Token& t = s_.toks[q];
    if (t.id >= 0 && t.id == it.id) return true;
    if (t.nlem >= 0 && (t.nlem == it.nlem || t.nlem == it.id)) return true;
    if (t.vlem >= 0 && (t.vlem == it.vlem || t.vlem == it.id)) return true;
    return false;
  }

  struct Found {
    const Pattern* pat = nullptr;
    int end = 0, slot_t = -1, slot_s = -1;
    std::vector<int> literal;  // tokens the pattern's words matched
    bool copula = false;       // matched as "be" + predicate
  };

  Found MatchVerb(int gi) const {
    Found f;
    const VerbGroup& g = groups_[gi];
    int32_t lem = s_.toks[g.verb].vlem;
    if (lem < 0) lem = s_.toks[g.verb].id;
    const std::vector<uint32_t>* pats = d_.PatternsFor(lem);
    for (int pass = 0; pass < 2 && !f.pat && pats; ++pass) {
      relaxed_ = pass == 1;
      for (uint32_t pi : *pats)
        if (TryPattern(d_.pattern(pi), g.verb + 1, &f)) break;
    }
    relaxed_ = false;
    // "was deeply worried", "is willing to": the participle is the
    // predicate of "be" ("be worried", "be willing to").
    if (!f.pat && g.start < g.verb) {
      bool be = false;
      for (int k = g.start; k < g.verb; ++k) be |= s_.toks[k].pos == Pos::kAux && BeForm(W(k));
      const std::vector<uint32_t>* bp = be ? d_.PatternsFor(d_.be_lemma()) : nullptr;
      for (size_t i = 0; bp && i < bp->size(); ++i) {
        const Pattern& p = d_.pattern((*bp)[i]);
        if (p.items.empty() || p.items[0].kind != PatElem::kWord) continue;
        if (TryPattern(p, g.verb, &f)) {
          f.copula = true;
          break;
        }
      }
    }
    return f;
  }

  // Matches `p` from token `start`; on success fills `f`.
  bool TryPattern(const Pattern& p, int start, Found* f) const {
    int st = -1, ss = -1;
    literal_.clear();
    int end = MatchItems(p, 0, start, &st, &ss);
    if (end < 0) return false;
    f->pat = &p;
    f->end = end;
    f->slot_t = st;
    f->slot_s = ss;
    f->literal = literal_;
    return true;
  }

  void Members(int group, std::vector<int>* out) const {
    out->clear();
    if (group < 0) return;
    for (size_t i = 0; i < s_.mentions.size(); ++i)
      if (s_.mentions[i].group == group) out->push_back(int(i));
  }

  // Reported speech: which speaker each verb group's event is attributed to.
  void Attribute(std::vector<Attribution>* att) const {
    att->assign(groups_.size(), Attribution{});
    // "according to X"
    for (int i = 0; i + 1 < n_; ++i) {
      if (W(i) == "according" && W(i + 1) == "to") {
        int k = i + 2;
        if (k < n_ && s_.mention_at[k] < 0 && s_.toks[k].pos == Pos::kDet) ++k;
        if (k < n_ && s_.mention_at[k] >= 0)
          for (auto& a : *att) a.speaker_group = GroupOf(s_.mention_at[k]);
      }
    }
    for (size_t gi = 0; gi < groups_.size(); ++gi) {
      const VerbGroup& g = groups_[gi];
      std::string_view lem = VerbLemma(g.verb);
      if (!SpeechLemma(lem) || lem == "accuse" || (lem == "warn" && !Postposed(int(gi)))) continue;
      int speaker = Subject(int(gi));
      bool inverted = false;
      if (speaker < 0 && g.verb + 1 < n_) {
        int k = g.verb + 1;
        if (s_.toks[k].pos == Pos::kDet && s_.mention_at[k] < 0) ++k;
        if (k < n_ && s_.mention_at[k] >= 0) {
          speaker = GroupOf(s_.mention_at[k]);
          inverted = true;
        }
      }
      if (speaker < 0) continue;
      bool deny = lem == "deny";
      // Postposed or parenthetical: ", X said." / ", said X," / ", X said,"
      int first = g.start;
      if (!inverted) {
        int sb = first;
        for (const Mention& m : s_.mentions)
          if (m.group == speaker) sb = std::min(sb, m.b);
        // "…, regional governor Oleksandr Prokudin said": modifiers before the actor
        while (sb > 0 && s_.mention_at[sb - 1] < 0 &&
               (s_.toks[sb - 1].pos == Pos::kAdj || s_.toks[sb - 1].pos == Pos::kDet ||
                s_.toks[sb - 1].pos == Pos::kNoun || s_.toks[sb - 1].pos == Pos::kPropn) &&
               first - sb < 6)
          --sb;
        first = sb;
      }
      if (first > 0 &&
          (Raw(first - 1) == "," || (Raw(first - 1) == "\"" && Raw(first - 2) == ","))) {
        int cut = first - 1;
        for (size_t gj = 0; gj < groups_.size(); ++gj)
          if (groups_[gj].verb < cut) (*att)[gj] = {speaker, deny};
      }
      // Complement: everything after the verb ("said (that) …").
      for (size_t gj = 0; gj < groups_.size(); ++gj)
        if (groups_[gj].start > g.verb && gj != gi) (*att)[gj] = {speaker, deny};
    }
  }

  // Infinitive complements: "threatened to attack" (hypothetical), "began to
  // shell" (asserted), "urged Iran to withdraw" (the urging is the event).
  enum class Inf { kNone, kAsserted, kHypothetical, kSuppressed, kCaused };
  Inf Infinitive(int gi, const std::vector<const Pattern*>& matched, int* governor) const {
    const VerbGroup& g = groups_[gi];
    *governor = -1;
    if (g.start < 1 || W(g.start - 1) != "to") return Inf::kNone;
    // The governing verb, across its object: "urged Israel and the
    // Palestinians to return", "sent 1,000 troops to Mozambique to help".
    int j = g.start - 2;
    while (j >= 0 && j > g.start - 12 && !IsMainVerb(j)) {
      Pos p = s_.toks[j].pos;
      std::string_view raw = Raw(j);
      if (raw == "," || raw == ";" || raw == ":" || p == Pos::kWh || Subordinator(W(j))) break;
      --j;
    }
    if (j < 0 || !IsMainVerb(j)) {
      // "in a bid to end", "plans to": a purpose or plan, not an act.
      return Inf::kSuppressed;
    }
    int gov = main_[j];
    *governor = gov;
    std::string_view lem = VerbLemma(j);
    if (In(lem, {"threaten", "warn"})) return Inf::kHypothetical;
    // "began to shell": aspect; "began a hunger strike to demand": purpose.
    if (In(lem,
           {"begin", "start", "continue", "resume", "keep", "manage", "move", "proceed", "go"}))
      return j == g.start - 2 ? Inf::kAsserted : Inf::kSuppressed;
    // "prompting Britain, Australia and Canada to accuse Beijing": the
    // caused act happened, done by the governor's object.
    if (In(lem, {"prompt", "lead", "force", "compel", "push", "cause", "spur", "drive"}) &&
        !matched[gov])
      return Inf::kCaused;
    // A purpose or plan ("went on hunger strike to demand", "plans to
    // visit") is not an act; the governing verb carries the event.
    return Inf::kSuppressed;
  }

  // The verb whose "that"-clause contains group gi ("demanded that Russia
  // pull …"), or -1.
  int ThatGovernor(int gi) const {
    const VerbGroup& g = groups_[gi];
    for (int j = g.start - 1; j >= 0; --j) {
      if (IsMainVerb(j)) return -1;
      if (W(j) == "that" && j > 0) {
        int k = SkipAdjunctsBack(j - 1);
        return IsMainVerb(k) ? main_[k] : -1;
      }
      std::string_view raw = Raw(j);
      if (raw == ";" || raw == ":") return -1;
    }
    return -1;
  }

  // The first actor of a "that"-clause starting at or right after `from`.
  // Back over adverbs, commas and a short time phrase ("demanded on Monday that").
  int SkipAdjunctsBack(int k) const {
    int lim = k - 5;
    while (k >= 0 && k > lim && s_.mention_at[k] < 0 && !IsMainVerb(k) &&
           (s_.toks[k].pos == Pos::kAdv || Raw(k) == "," || s_.toks[k].pos == Pos::kPrep ||
            s_.toks[k].pos == Pos::kPropn || s_.toks[k].pos == Pos::kNum ||
            s_.toks[k].pos == Pos::kDet || s_.toks[k].pos == Pos::kNoun))
      --k;
    return k;
  }

  int ThatSubject(int from) const {
    int j = from;
    for (int lim = from + 5;
         j < n_ && j < lim && W(j) != "that" && s_.mention_at[j] < 0 &&
         (s_.toks[j].pos == Pos::kAdv || Raw(j) == "," || s_.toks[j].pos == Pos::kPrep ||
          s_.toks[j].pos == Pos::kPropn || s_.toks[j].pos == Pos::kNum ||
          s_.toks[j].pos == Pos::kDet || s_.toks[j].pos == Pos::kNoun);
         ++j) {
    }
    if (j >= n_ || W(j) != "that") return -1;
    ++j;
    if (j < n_ && s_.toks[j].pos == Pos::kDet && s_.mention_at[j] < 0) ++j;
    return j < n_ && s_.mention_at[j] >= 0 ? GroupOf(s_.mention_at[j]) : -1;
  }

  // "will"/"would"/"'ll" (a stated future), as opposed to could/may/might.
  bool FutureModal(int gi) const {
    const VerbGroup& g = groups_[gi];
    for (int k = g.start; k < g.verb; ++k)
      if (s_.toks[k].pos == Pos::kModal && In(W(k), {"will", "would", "'ll", "wo", "shall"}))
        return true;
    return false;
  }

  // ", the ministry said." / ", officials warned." at the end of the sentence.
  bool Postposed(int gi) const {
    const VerbGroup& g = groups_[gi];
    int k = g.verb + 1;
    while (k < n_ &&
           (s_.toks[k].pos == Pos::kAdv || s_.toks[k].pos == Pos::kPrep ||
            s_.toks[k].pos == Pos::kDet || s_.toks[k].pos == Pos::kNoun ||
            s_.toks[k].pos == Pos::kPropn || s_.toks[k].pos == Pos::kNum) &&
           s_.mention_at[k] < 0)
      ++k;
    if (k < n_ && Raw(k) != "." && Raw(k) != "\"") return false;
    int b = g.start - 1;
    while (b >= 0 &&
           (s_.mention_at[b] >= 0 || s_.toks[b].pos == Pos::kDet || s_.toks[b].pos == Pos::kAdj))
      --b;
    return b >= 0 && Raw(b) == ",";
  }

  // A gerund after ", " (or coordinated with such a gerund) that follows a
  // finite verb: ", killing three soldiers and wounding five".
  bool GerundAdjunct(int gi) const {
    const VerbGroup& g = groups_[gi];
    for (int q = g.start - 1; q >= 0; --q) {
      if (Raw(q) == ",") {
        for (int r = 0; r < q; ++r)
          if (IsMainVerb(r) && s_.toks[r].vform != VForm::kGerund) return true;
        return false;
      }
      if (Raw(q) == ";" || s_.toks[q].pos == Pos::kWh) return false;
      if (IsMainVerb(q) && s_.toks[q].vform != VForm::kGerund) return false;
    }
    return false;
  }

  // "planted a tree together", "jointly announced".
  bool Together(int gi) const {
    const VerbGroup& g = groups_[gi];
    if (g.start > 0 && W(g.start - 1) == "jointly") return true;
    for (int j = g.start; j < n_ && j < g.verb + 8; ++j) {
      if (Raw(j) == "," || Raw(j) == ";" || (j > g.verb && IsMainVerb(j))) break;
      if (In(W(j), {"together", "jointly"})) return true;
    }
    return false;
  }

  bool EachOther(int from) const {
    for (int j = from; j + 1 < n_ && j < from + 6; ++j)
      if ((W(j) == "each" && W(j + 1) == "other") || (W(j) == "one" && W(j + 1) == "another"))
        return true;
    return false;
  }

  const std::vector<VerbGroup>& groups() const { return groups_; }

 private:
  const Dictionaries& d_;
  Sentence& s_;
  int n_;
  std::vector<int> main_;
  std::vector<VerbGroup> groups_;
  mutable bool relaxed_ = false;
  mutable std::vector<int> literal_;
};

Place PlaceOf(const Mention& m, const Sentence& s) {
  Place p;
  p.name = MakeActor(m, s).text;
  if (p.name.rfind("the ", 0) == 0) p.name = p.name.substr(4);
  p.country = m.country;
  bool coords = m.entry && (m.entry->lat != 0 || m.entry->lon != 0);
  p.feature = m.city || (m.entry && m.entry->field == ActorField::kCapital) ? "city" : "country";
  if (coords) {
    p.lat = m.entry->lat;
    p.lon = m.entry->lon;
    p.has_coords = true;
  }
  return p;
}

// Where: the place the sentence names ("near Idlib", "in Kenya"), else a
// city that is itself the target ("shelled Kharkiv").
std::optional<Place> Locate(const Sentence& s, const Mention* target) {
  const Mention* country = nullptr;
  const Mention* dateline = nullptr;
  for (const Mention& m : s.mentions) {
    if (!m.place) continue;
    if (m.dateline) {
      if (!dateline) dateline = &m;
      continue;
    }
    if (m.city || (m.entry && m.entry->field == ActorField::kCapital)) return PlaceOf(m, s);
    if (!country) country = &m;
  }
  if (target && target->city) return PlaceOf(*target, s);
  if (country) return PlaceOf(*country, s);
  if (dateline) return PlaceOf(*dateline, s);  // filed from there: the best we know
  return std::nullopt;
}

uint64_t Fnv(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= 0xff;
  h *= 1099511628211ull;
  return h;
}

// "government checkpoint" names no country: it inherits the speaker's or the place's.
// A source looks first to its reporter ("Syria's army said rebels …"); a
// target first to the place ("hit civilian areas in northern Iraq").
void Inherit(Mention* m, const Mention* speaker, const Sentence& s, bool target = false) {
  if (!m->country.empty() || m->igo) return;
  std::string c;
  if (!target && speaker && !speaker->country.empty()) c = speaker->country;
  if (c.empty())
    for (const Mention& p : s.mentions)
      if (p.place && !p.dateline && !p.country.empty()) {
        c = p.country;
        break;
      }
  if (c.empty() && speaker && !speaker->country.empty()) c = speaker->country;
  if (c.empty()) return;
  m->country = c;
  m->code = c + m->role;
}

}  // namespace

std::string DescribeSentence(const Dictionaries& d, const std::string& text,
                             const std::string& date) {
  static const char* kPos[] = {"NOUN",  "PROPN", "VERB",     "AUX",  "MODAL", "ADJ",  "ADV",
                               "DET",   "PRON",  "POSSPRON", "PREP", "TO",    "CONJ", "NUM",
                               "PUNCT", "POSS",  "WH",       "NEG",  "X"};
  Sentence s;
  std::string norm = NormalizeText(text);
  s.text = norm;
  if (date.size() == 10)
    s.day = std::atoi(date.substr(0, 4).c_str()) * 10000 +
            std::atoi(date.substr(5, 2).c_str()) * 100 + std::atoi(date.substr(8, 2).c_str());
  Tokenize(s.text, d.lexicon(), &s.toks);
  Tag(s.text, d.lexicon(), &s.toks);
  FindActors(d, &s);
  SentenceCoder sc(d, s);
  sc.FindVerbGroups();
  std::string out;
  for (size_t i = 0; i < s.toks.size(); ++i) {
    out += std::string(s.Word(int(i))) + "/" + kPos[int(s.toks[i].pos)];
    if (s.mention_at[i] >= 0) out += "[" + s.mentions[s.mention_at[i]].code + "]";
    out += ' ';
  }
  out += "\n";
  for (size_t gi = 0; gi < sc.groups().size(); ++gi) {
    const auto& g = sc.groups()[gi];
    auto f = sc.MatchVerb(int(gi));
    int subj = sc.Subject(int(gi));
    out += "verb '" + std::string(s.Word(g.verb)) + "'" + (g.passive ? " passive" : "") +
           (g.negated ? " negated" : "") + (g.hypothetical ? " modal" : "") + " subject-group " +
           std::to_string(subj) + " object-group " + std::to_string(sc.Object(g.verb + 1, false)) +
           (f.pat ? " pattern '" + f.pat->text + "' " + f.pat->code : " no pattern") + "\n";
  }
  for (const Mention& m : s.mentions)
    out += "actor " + m.code + " '" + MakeActor(m, s).text + "' group " + std::to_string(m.group) +
           (m.place ? " place" : "") + "\n";
  return out;
}

CodedArticle Coder::Code(const Article& a) const {
  ScratchPtr s = MakeScratch();
  CodedArticle out;
  Code(a, s.get(), &out);
  return out;
}

void Coder::Code(const Article& article, Scratch* scratch, CodedArticle* out) const {
  const Dictionaries& d = *dicts_;
  auto cc_quad_verbal = [](const Pattern& p) {
    return p.cameo->quad_class == 1 || p.cameo->quad_class == 3;
  };
  out->events.clear();
  out->quantities.clear();
  out->text = Reflow(NormalizeText(article.text), d.lexicon());
  out->sentences = SplitSentences(out->text);
  Sentence& s = scratch->s;
  int32_t day = 0;
  if (article.date.size() == 10)
    day = std::atoi(article.date.substr(0, 4).c_str()) * 10000 +
          std::atoi(article.date.substr(5, 2).c_str()) * 100 +
          std::atoi(article.date.substr(8, 2).c_str());
  std::vector<Attribution> att;
  std::vector<const Pattern*> matched;
  std::vector<SentenceCoder::Found> found;
  std::vector<int> src, tgt;
  s.prior.reset();
  for (size_t si = 0; si < out->sentences.size(); ++si) {
    Span sp = out->sentences[si];
    s.text = std::string_view(out->text).substr(sp.begin, sp.end - sp.begin);
    s.day = day;
    Tokenize(s.text, d.lexicon(), &s.toks);
    Tag(s.text, d.lexicon(), &s.toks);
    FindActors(d, &s);
    FindQuantities(d, s, &scratch->quantities);
    // The sentence's leading actor (not a place, agency or pronoun) is the
    // antecedent for a "He …" opening the next sentence; a new paragraph resets it.
    {
      std::optional<Mention> lead;
      for (const Mention& m : s.mentions)
        if (!m.place && !m.city && !m.media && !m.pronoun && (!m.country.empty() || m.igo)) {
          lead = m;
          break;
        }
      bool para = si + 1 < out->sentences.size() &&
                  out->text.find("\n\n", sp.end) < out->sentences[si + 1].begin;
      if (lead || para) s.prior = para ? std::nullopt : lead;
    }
    if (s.mentions.empty() && scratch->quantities.empty()) continue;
    SentenceCoder sc(d, s);
    sc.FindVerbGroups();
    const auto& groups = sc.groups();
    matched.assign(groups.size(), nullptr);
    found.assign(groups.size(), {});
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      found[gi] = sc.MatchVerb(int(gi));
      matched[gi] = found[gi].pat;
    }
    sc.Attribute(&att);
    std::string date = ResolveDate(d, s, article.date);
    size_t first_event = out->events.size();
    std::vector<std::pair<int, int>>
        ev_mentions;  // per event of this sentence: source, target mention
    std::string sentence(s.text);
    // Quantities the sentence reports, tied to actors where it names them. A
    // counted role takes its country like an event's target does ("killing
    // three soldiers near Idlib": place, then speaker).
    const Mention* qspeaker = nullptr;
    for (const auto& a : att)
      if (a.speaker_group >= 0) {
        for (const Mention& m : s.mentions)
          if (m.group == a.speaker_group) {
            qspeaker = &m;
            break;
          }
        break;
      }
    std::optional<Actor> sentence_speaker;
    if (qspeaker) sentence_speaker = MakeActor(*qspeaker, s);
    for (FoundQuantity& fq : scratch->quantities) {
      if (fq.mention < 0) continue;
      Mention m = s.mentions[fq.mention];
      if (!m.country.empty() || m.igo) continue;
      Inherit(&m, qspeaker, s, true);
      fq.q.actor = MakeActor(m, s);
    }
    for (const FoundQuantity& fq : scratch->quantities) {
      QuantityRecord qr;
      qr.article_id = article.id;
      qr.sentence_index = int(si);
      qr.quantity = fq.q;
      qr.attributed_to = sentence_speaker;
      qr.sentence = sentence;
      out->quantities.push_back(std::move(qr));
    }
    // "Brazil beat Uruguay 4-1": a match result, not a fight.
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
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      const auto& f = found[gi];
      if (!f.pat) continue;
      if (score && f.pat->code >= "14") continue;
      const VerbGroup& g = groups[gi];
      std::string_view lem = sc.VerbLemma(g.verb);
      if (PlainSpeech(lem) && f.pat->items.empty()) continue;
      if (sc.Postposed(int(gi)) && SpeechLemma(lem)) continue;  // ", officials warned."
      int governor;
      auto inf = sc.Infinitive(int(gi), matched, &governor);
      if (inf == SentenceCoder::Inf::kSuppressed) continue;
      // "demanded that Russia pull its troops": the demand is the event.
      int tg = sc.ThatGovernor(int(gi));
      if (tg >= 0 && matched[tg] && !SpeechLemma(sc.VerbLemma(groups[tg].verb)) &&
          In(std::string_view(matched[tg]->code).substr(0, 2), {"02", "03", "10", "12", "13"}))
        continue;
      // "began pumping gas", "kept firing rockets": the gerund shares the subject.
      if (inf == SentenceCoder::Inf::kNone && g.start > 0 &&
          s.toks[g.verb].vform == VForm::kGerund && sc.IsMainVerb(g.start - 1)) {
        governor = sc.GroupAt(g.start - 1);
        // "urged China to stop harassing": as unreal as the verb it depends on.
        int gg;
        auto ginf = sc.Infinitive(governor, matched, &gg);
        if (ginf == SentenceCoder::Inf::kSuppressed) continue;
        if (ginf == SentenceCoder::Inf::kHypothetical) inf = ginf;
      }
      // ", killing eight soldiers (and setting houses on fire)": an adjunct
      // that tells more of the main event, not a new one.
      if (s.toks[g.verb].vform == VForm::kGerund && g.start == g.verb && sc.GerundAdjunct(int(gi)))
        continue;
      if (sc.ReducedRelativeHead(int(gi)) >= 0)
        continue;  // "militias aligned with Iran" describes, not acts
      int subj = inf == SentenceCoder::Inf::kCaused ? sc.Object(groups[governor].verb + 1, false)
                 : (governor >= 0)                  ? sc.Subject(governor)
                                                    : sc.Subject(int(gi));
      if (subj < 0 && inf != SentenceCoder::Inf::kNone && governor >= 0) subj = sc.Subject(int(gi));
      int sgroup, tgroup;
      if (f.slot_s >= 0) {
        sgroup = f.slot_s;
        tgroup = subj;
      } else if (g.passive && !f.copula) {
        sgroup = sc.Agent(g.verb + 1);
        tgroup = subj;
      } else {
        sgroup = subj;
        // Words the pattern consumed ("cut * military aid") are not the object.
        bool gives = In(std::string_view(f.pat->code).substr(0, 2), {"06", "07"});
        tgroup = f.slot_t >= 0 ? f.slot_t : sc.Object(g.verb + 1, false, &f.literal, gives);
        // "demanded that Canada release …": the demand is made of the clause's subject.
        if (tgroup < 0 && In(std::string_view(f.pat->code).substr(0, 2), {"02", "10"}))
          tgroup = sc.ThatSubject(f.end);
      }
      if (sgroup < 0) continue;
      sc.Members(sgroup, &src);
      const Attribution& at = att[gi];
      const Mention* speaker = nullptr;
      if (at.speaker_group >= 0)
        for (const Mention& m : s.mentions)
          if (m.group == at.speaker_group) {
            speaker = &m;
            break;
          }
      // "Iran said it would allow …": the speaker's own words and intentions
      // are its acts; its claims about its own deeds stay claims.
      bool will_intent =
          g.hypothetical && sc.FutureModal(int(gi)) &&
          In(std::string_view(f.pat->code).substr(0, 2), {"04", "05", "06", "07", "08"});
      if (speaker && (speaker->group == sgroup ||
                      (!speaker->country.empty() &&
                       s.mentions[src.empty() ? 0 : src[0]].country == speaker->country &&
                       (will_intent || cc_quad_verbal(*f.pat)))))
        speaker = nullptr;
      sc.Members(tgroup, &tgt);
      // "India and China met": a joint act between the members, both ways.
      bool each_other = sc.EachOther(g.verb + 1) || sc.Together(int(gi));
      bool reciprocal = tgt.empty() && src.size() > 1 && f.slot_s < 0 &&
                        (each_other || Reciprocal(lem) ||
                         In(std::string_view(f.pat->code).substr(0, 2), {"03", "04", "05", "06"}));
      // Violence with no one named as its object falls on the place it hit:
      // "air strikes destroyed a tower in Gaza City".
      // Likewise aid, appeals and force "to flood victims in Pakistan", "drills around Taiwan".
      int place_target = -1;
      std::string_view root2 = std::string_view(f.pat->code).substr(0, 2);
      bool domestic_default =
          false;  // repression names its victims vaguely: "detained thousands of people"
      if (tgt.empty() && !g.passive &&
          (In(std::string_view(f.pat->code).substr(0, 3), {"173", "175"}) ||
           In(f.pat->code, {"1721", "1722"})))
        domestic_default = true;
      if (tgt.empty() && !reciprocal && !g.passive &&
          In(root2, {"02", "06", "07", "08", "09", "15", "16", "17", "18", "19", "20"})) {
        for (size_t mi = 0; mi < s.mentions.size(); ++mi)
          if (s.mentions[mi].place && s.mentions[mi].b > g.verb) {
            place_target = int(mi);
            break;
          }
        if (place_target >= 0) tgt.push_back(place_target);
      }
      if (!tgt.empty()) domestic_default = false;
      if (tgt.empty()) tgt.push_back(-1);
      const CameoCode* cc = f.pat->cameo;
      // Protesters who clash or fight are rioting (145), not waging war.
      if ((cc->code.compare(0, 2, "19") == 0 || cc->code == "180") && !src.empty()) {
        const std::string& r = s.mentions[src[0]].role;
        if (r == "OPP" || r == "CVL" || r == "EDU" || r == "LAB") cc = d.Cameo("145");
        // Gunmen, bombers and militants attacking people or places: CAMEO's
        // unconventional violence (18), not a battle between forces.
        bool armed_band = r == "INS" || r == "UAF" || r == "RAD" || r == "IMG" || r == "NSA";
        bool soft_target = tgt.empty() || tgt[0] < 0 || s.mentions[tgt[0]].role == "CVL" ||
                           s.mentions[tgt[0]].place || s.mentions[tgt[0]].city ||
                           s.mentions[tgt[0]].role.empty();
        if (armed_band && soft_target && cc->code.compare(0, 2, "19") == 0) cc = d.Cameo("180");
      }
      // "would observe a truce", "will visit": CAMEO codes a promised
      // cooperative act as the intent to do it (03x), which is itself a fact.
      bool intent = false;
      if (g.hypothetical && sc.FutureModal(int(gi))) {
        static const char* kIntent[][2] = {
            {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}};
        for (auto& m : kIntent)
          if (cc->code.compare(0, 2, m[0]) == 0) {
            cc = d.Cameo(m[1]);
            intent = true;
          }
      }
      int vb = g.start, ve = std::max(f.end - 1, g.verb);
      for (int si2 : src) {
        for (int ti : reciprocal ? src : tgt) {
          if (reciprocal && ti == si2) continue;
          Mention sm = s.mentions[si2];
          Inherit(&sm, speaker, s);
          Event e;
          e.article_id = article.id;
          e.sentence_index = int(si);
          e.sentence = sentence;
          e.date = date;
          Mention tm;
          if (ti >= 0) {
            tm = s.mentions[ti];
            Inherit(&tm, speaker, s, true);
            // A state deploying or alerting its own forces (15) acts on no one.
            if (tm.country.empty() && !tm.igo && cc->code.compare(0, 2, "15") == 0) ti = -1;
          }
          if (ti >= 0) {
            // A bare role acts at home: "police detained opposition supporters".
            if (tm.country.empty() && !tm.igo && !sm.country.empty() && !sm.igo) {
              tm.country = sm.country;
              tm.code = tm.country + tm.role;
            }
            if (sm.country.empty() && !sm.igo && !tm.country.empty() && !tm.igo) {
              sm.country = tm.country;
              sm.code = sm.country + sm.role;
            }
            e.target = MakeActor(tm, s);
            // "Pakistan put its air force on alert": no second party.
            bool reflexive = tm.country == sm.country && !tm.country.empty() && tm.b > 0 &&
                             s.toks[tm.b - 1].pos == Pos::kPossPron;
            if (reflexive) e.target.reset();
          }
          if (!e.target && domestic_default && !sm.country.empty() && !sm.igo)
            e.target = Actor{sm.country + "CVL", sm.country, "CVL", ""};  // the state's own people
          e.source = MakeActor(sm, s);
          if (e.target && e.target->code == e.source->code) continue;
          // "told reporters": talking to the press is how a statement is made.
          if (e.target && e.target->role == "MED" && PlainSpeech(lem)) continue;
          // Nobody identifiable on either side ("traders weighed the risk").
          if (sm.country.empty() && !sm.igo && !e.target) continue;
          e.cameo = cc->code;
          e.root = cc->code.substr(0, 2);
          e.quad_class = cc->quad_class;
          e.goldstein = cc->goldstein;
          e.plover = cc->plover;
          e.location = Locate(s, ti >= 0 ? &s.mentions[ti] : nullptr);
          e.negated = g.negated || at.deny;
          if ((g.hypothetical && !intent) || inf == SentenceCoder::Inf::kHypothetical)
            e.modality = "hypothetical";
          else if (speaker)
            e.modality = "reported";
          if (speaker) e.attributed_to = MakeActor(*speaker, s);
          ev_mentions.push_back({si2, ti});
          e.evidence.begin = s.toks[vb].begin;
          e.evidence.end = s.toks[ve].end;
          e.evidence.verb_phrase =
              sentence.substr(e.evidence.begin, e.evidence.end - e.evidence.begin);
          e.evidence.pattern = f.pat->text;
          e.evidence.dictionary = d.file(f.pat->source) + ":" + std::to_string(f.pat->line);
          uint64_t h = 1469598103934665603ull;
          h = Fnv(h, article.id);
          h = Fnv(h, std::to_string(si));
          h = Fnv(h, std::to_string(s.toks[g.verb].begin));
          h = Fnv(h, e.source->code);
          h = Fnv(h, e.target ? e.target->code : "");
          h = Fnv(h, e.cameo);
          char buf[20];
          std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
          e.event_id = buf;
          out->events.push_back(std::move(e));
        }
      }
    }
    // Quantities: a count tied to an event's actor goes to that event ("some
    // 3,000 protesters blocked"); a count tied to no event's actor (", killing
    // three soldiers") goes to every event of the sentence.
    for (const FoundQuantity& fq : scratch->quantities) {
      bool owned = false;
      for (const auto& [sm_i, tm_i] : ev_mentions)
        owned |= fq.mention >= 0 && (fq.mention == sm_i || fq.mention == tm_i);
      for (size_t a = first_event; a < out->events.size(); ++a) {
        const auto& [sm_i, tm_i] = ev_mentions[a - first_event];
        if (!owned || fq.mention == sm_i || fq.mention == tm_i)
          out->events[a].quantities.push_back(fq.q);
      }
    }
    // "X threatened/warned it would attack Y": the threat is aimed at Y.
    for (size_t a = first_event; a < out->events.size(); ++a) {
      Event& t = out->events[a];
      if (t.root != "13" || t.target) continue;
      for (size_t b = a + 1; b < out->events.size(); ++b) {
        const Event& h = out->events[b];
        if (h.modality == "hypothetical" && h.target && h.source && t.source &&
            h.source->country == t.source->country) {
          t.target = h.target;
          break;
        }
      }
    }
  }
}

}  // namespace casus
