// Arguments of a verb group: its subject (searching back over asides,
// relative clauses and coordinated verbs), its object (forward, inside the
// clause, past what the pattern consumed) and a passive verb's agent.
// Results are mention groups, -1 for none.
#include <algorithm>

#include "events/sentence_coder.h"

namespace casus {

// The token of the verb that group gi is coordinated with across the
// coordinator at `j`, or -1.
int SentenceCoder::PartnerVerb(int gi, int j) const {
  const VerbGroup& g = groups_[gi];
  int k = j - 1;
  if (Stops(k, kComma)) --k;
  // The partner verb: the nearest earlier finite verb of the same shape,
  // past gerund adjuncts, infinitives and verbs inside "that"-clauses
  // ("said that rebels had shelled …, and accused …" pairs "accused"
  // with "said").
  bool has_aux = g.start < g.verb;
  int partner = -1, first_finite = -1;
  for (int q = k; q >= 0; --q) {
    if (Stops(q, kSentencePartStops)) break;
    if (!IsMainVerb(q)) continue;
    const VerbGroup& pg = groups_[main_[q]];
    VForm vf = s_.toks[q].vform;
    if (vf == VForm::kGerund || (pg.start > 0 && W(pg.start - 1) == "to")) continue;
    // "overran the last patch of territory held by the Tamil Tiger rebels ...
    // and killed": a participle describing a noun is nobody's partner.
    if (pg.passive && pg.start == q && q > 0 &&
        (s_.toks[q - 1].pos == Pos::kNoun || s_.toks[q - 1].pos == Pos::kPropn) && q + 1 < n_ &&
        s_.toks[q + 1].pos == Pos::kPrep)
      continue;
    // "ordered the release of all protesters detained since October and
    // promised": so is one inside an earlier verb's object.
    if (ParticipleAfterNoun(main_[q]) && FiniteBefore(q)) continue;
    if (first_finite < 0) first_finite = q;
    bool pg_aux = pg.start < pg.verb;
    if (pg_aux == has_aux && vf == s_.toks[g.verb].vform) {
      partner = q;
      break;
    }
  }
  return partner >= 0 ? partner : first_finite;
}

// Verb-phrase coordination: the verb group gi shares its subject with
// ("Russia attacked Ukraine and shelled Kharkiv"; "condemned the killing ...
// and called for restraint": "condemned"; "China condemns North Korea
// nuclear test, urges restraint": a present verb right after a comma, with a
// finite one before it), or -1 when its subject is its own.
int SentenceCoder::CoordinatedPartner(int gi) const {
  const VerbGroup& g = groups_[gi];
  int j = g.start - 1;
  if (j < 0) return -1;
  int k = Stops(j - 1, kComma) ? j - 2 : j - 1;
  int partner = -1;
  if (p_.verb_coordinators->Has(Id(j)))
    partner = PartnerVerb(gi, j);
  else if (Stops(j, kComma) && g.start == g.verb && s_.toks[g.verb].vform == VForm::kPres3 &&
           FiniteBefore(j)) {
    partner = PartnerVerb(gi, j + 1);
    k = j - 1;
  }
  // A subject of its own right before the coordinator ends the sharing
  // ("attacked Kyiv, and Ukraine called for ...").
  if (partner < 0 ||
      (k >= 0 && s_.mention_end[k] >= 0 && s_.mentions[s_.mention_end[k]].b < partner))
    return -1;
  return main_[partner];
}

// Whether a finite main verb precedes token q in its part of the sentence.
bool SentenceCoder::FiniteBefore(int q) const {
  for (int r = q - 1; r >= 0; --r) {
    if (Stops(r, kSentencePartStops)) return false;
    if (IsMainVerb(r) && Finite(main_[r])) return true;
  }
  return false;
}

// The subject of the verb group gi: a mention group, or -1.
int SentenceCoder::Subject(int gi, int depth) const {
  const VerbGroup& g = groups_[gi];
  int j = g.start - 1;
  // Relative clause: "rebels, who control the north, attacked" / "rebels who attacked".
  if (j >= 0 && s_.toks[j].pos == Pos::kWh && W(j) != "that") {
    int k = j - 1;
    if (Stops(k, kComma)) --k;
    if (k >= 0 && s_.mention_end[k] >= 0) return GroupOf(s_.mention_end[k]);
  }
  if (depth < 3) {
    int partner = CoordinatedPartner(gi);
    if (partner >= 0) return Subject(partner, depth + 1);
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
    if (Stops(j, kCloseParen)) {
      while (j >= 0 && !Stops(j, kOpenParen)) --j;
      --j;
      continue;
    }
    if (Stops(j, kComma)) {
      int c2 = j - 1;
      while (c2 >= 0 && !Stops(c2, kSegmentStops)) --c2;
      if (c2 >= 0 && Stops(c2, kComma) &&
          (Aside(c2, j) || (Finite(gi) && ParticipleAside(c2, j)))) {
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
      // "Russia's ambassador to Turkey was shot": "to" after a noun too (not
      // "militants linked to al-Qaeda", who are al-Qaeda's).
      const bool to_after_noun = pb > 0 && s_.toks[pb].pos == Pos::kTo &&
                                 (s_.toks[pb - 1].pos == Pos::kNoun || s_.mention_end[pb - 1] >= 0);
      bool oblique = m.place || to_after_noun ||
                     (pb >= 0 && s_.toks[pb].pos == Pos::kPrep && W(pb) != "of" &&
                      !p_.subordinators->Has(Id(pb)));
      if (m.city || m.asset) oblique = true;  // "Kharkiv" alone is where, not who
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
    if (Stops(j, kSubjectStops | kSubjectClauseStops)) break;
    if (W(j) == "according") break;
    --j;
  }
  return -1;
}

// "sent doctors and nurses to Italy": after a bare role (the thing sent),
// the party after "to" is the one acted upon. -2 when there is none.
int SentenceCoder::Recipient(int from) const {
  for (int k = from; k < n_; ++k) {
    if (Stops(k, kRecipientStops) || (IsMainVerb(k) && W(k - 1) != "to")) break;
    if (s_.mention_at[k] >= 0) {
      const Mention& r = s_.mentions[s_.mention_at[k]];
      if ((!r.country.empty() || r.igo) && !r.place && p_.recipient_prepositions->Has(Id(r.b - 1)))
        return r.group;
      k = r.e - 1;
    }
  }
  return -2;
}

// First mention group after token `from` in the same clause.
// `recipient_first`: the pattern gives something to someone (06x, 07x), so
// a party after "to" outranks the thing given.
int SentenceCoder::Object(int from, bool passive, const std::vector<int>* literal,
                          bool recipient_first) const {
  // "beat and detained dozens of demonstrators": the verbs share the object.
  if (from + 1 < n_ && p_.object_coordinators->Has(Id(from)) && IsMainVerb(from + 1)) from += 2;
  // "fired on and seized three vessels"
  else if (from + 2 < n_ && s_.toks[from].pos == Pos::kPrep &&
           p_.object_coordinators->Has(Id(from + 1)) && IsMainVerb(from + 2))
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
      // A bare role is the thing sent; likewise what is handed over:
      // "extradited a Venezuelan spy chief to the United States".
      if ((m.country.empty() && !m.igo) || recipient_first) {
        int r = Recipient(m.e);
        if (r != -2) return r;
      }
      return m.group;
    }
    if (Stops(j, kObjectPunctStops)) return -1;
    // "shot down 42 drones launched by Russia": the things' owner is the target.
    if (IsMainVerb(j) && groups_[main_[j]].passive && groups_[main_[j]].start == j &&
        W(j + 1) == "by" && !p_.broker_participles->Has(LemmaId(j))) {
      int owner = Agent(j + 1);
      if (owner >= 0) return owner;
    }
    if (IsMainVerb(j) && s_.toks[j].vform != VForm::kGerund && !(j > 0 && W(j - 1) == "to") &&
        !(literal && std::find(literal->begin(), literal->end(), j) != literal->end()))
      return -1;
    if (Stops(j, kObjectClauseStops) || p_.adjunct_prepositions->Has(Id(j))) return -1;
  }
  return -1;
}

// The agent of a passive verb: "… by rebel forces".
int SentenceCoder::Agent(int from) const {
  int in_attack = -1;  // "was killed in an Israeli air strike"
  for (int j = from; j < n_; ++j) {
    if (W(j) == "in" && in_attack < 0) {
      int k = j + 1;
      while (k < n_ && k <= j + 3 && s_.mention_at[k] < 0 &&
             (s_.toks[k].pos == Pos::kDet || s_.toks[k].pos == Pos::kAdj))
        ++k;
      if (k < n_ && s_.mention_at[k] >= 0 &&
          p_.attack_agent_roles->Has(s_.mentions[s_.mention_at[k]].role) &&
          !s_.mentions[s_.mention_at[k]].country.empty())
        in_attack = GroupOf(s_.mention_at[k]);
    }
    if (Stops(j, kSentencePartStops)) return -1;
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

// The first actor of a "that"-clause starting at or right after `from`
// ("demanded that Canada release …").
int SentenceCoder::ThatSubject(int from) const {
  int j = from;
  for (int lim = from + 5;
       j < n_ && j < lim && W(j) != "that" && s_.mention_at[j] < 0 &&
       (s_.toks[j].pos == Pos::kAdv || Stops(j, kComma) || s_.toks[j].pos == Pos::kPrep ||
        s_.toks[j].pos == Pos::kPropn || s_.toks[j].pos == Pos::kNum ||
        s_.toks[j].pos == Pos::kDet || s_.toks[j].pos == Pos::kNoun);
       ++j) {
  }
  if (j >= n_ || W(j) != "that") return -1;
  ++j;
  if (j < n_ && s_.toks[j].pos == Pos::kDet && s_.mention_at[j] < 0) ++j;
  return j < n_ && s_.mention_at[j] >= 0 ? GroupOf(s_.mention_at[j]) : -1;
}

void SentenceCoder::Members(int group, std::vector<int>* out) const {
  out->clear();
  if (group < 0) return;
  for (size_t i = 0; i < s_.mentions.size(); ++i)
    if (s_.mentions[i].group == group) out->push_back(int(i));
}

}  // namespace casus
