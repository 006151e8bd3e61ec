// TABARI's sentence-level options (tabari.h), in casus's own terms.
#include "events/tabari.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace casus {

// Words as TABARI counts them for SET: MINIMUM WORDS: punctuation splits
// words and drops out, but each , ; : ( ) and " counts as a word, and an
// apostrophe, '$', a comma or period inside a number and a period after a
// capital ("U.N.") stay inside their word ("Gondor's planes attacked
// Osgiliath." is four).
int TabariWords(std::string_view t) {
  auto digit = [&](size_t i) { return i < t.size() && std::isdigit((unsigned char)t[i]); };
  int n = 0;
  bool in_word = false;
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = t[i];
    bool in_number = (c == ',' || c == '.') && i > 0 && digit(i - 1) && digit(i + 1);
    bool abbrev = c == '.' && i > 0 && std::isupper((unsigned char)t[i - 1]);
    if (std::isspace(c)) {
      in_word = false;
    } else if (!in_number && c != 0 && std::strchr(",;:()\"", c)) {
      ++n;
      in_word = false;
    } else if (std::ispunct(c) && c != '\'' && c != '$' && !in_number && !abbrev) {
      in_word = false;
    } else if (!in_word) {
      ++n;
      in_word = true;
    }
  }
  return n;
}

namespace {

// Token k lies inside a compound of actors ("Mordor, the Shire, Fornost and
// Bree"): a comma there delimits no clause, a conjunction starts none.
bool InCompound(const Sentence& s, int k) {
  for (const Mention& a : s.mentions)
    for (const Mention& b : s.mentions)
      if (a.group >= 0 && a.group == b.group && a.e <= k && b.b > k) return true;
  return false;
}

bool Within(int n, int lo, int hi) {
  return n >= lo && n <= hi;
}

}  // namespace

// TABARI reads the delimiters in pairs: a clause between two of them, then
// on after the second; before each pair's first, the sentence's opening;
// after a last one left alone, its end ("..., a senior official said on
// Saturday."). A clause between two keeps its opening comma, so that what
// is left still reads as a sentence.
bool BlankCommaClauses(const CommaLimits& o, const Sentence& s, std::string* blanked) {
  std::vector<int> delim;
  for (int k = 0; k < int(s.toks.size()); ++k) {
    std::string_view w = s.Word(k);
    if (w.size() == 1 && w[0] != 0 && std::strchr(",;:()", w[0]) && !InCompound(s, k))
      delim.push_back(k);
  }
  if (delim.empty()) return false;
  blanked->assign(s.text);
  bool any = false;
  auto blank = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) (*blanked)[i] = ' ';
    any = true;
  };
  auto words = [&](size_t from, size_t to) { return TabariWords(s.text.substr(from, to - from)); };
  // The sentence's end, before its closing punctuation.
  size_t end = s.text.size();
  if (const std::string_view last = s.Word(int(s.toks.size()) - 1);
      last.size() == 1 && last[0] != 0 && std::strchr(".?!", last[0]))
    end = s.toks.back().begin;
  for (size_t i = 0; i < delim.size(); i += 2) {
    const Token& c = s.toks[delim[i]];
    if (Within(words(0, c.begin), o.bmin, o.bmax)) blank(0, c.end);
    if (i + 1 == delim.size()) {
      if (end > c.end && Within(words(c.end, end), o.emin, o.emax)) blank(c.begin, end);
      break;
    }
    const Token& d = s.toks[delim[i + 1]];
    if (Within(words(c.end, d.begin), o.min, o.max)) blank(c.end, d.end);
  }
  return any;
}

bool BlankPetrarchCommas(const CommaLimits& o, const Sentence& s, std::string* blanked) {
  const int n = int(s.toks.size());
  auto adj = [&](int k) { return k >= 0 && k < n && s.toks[k].pos == Pos::kAdj; };
  // Before the comma, a word that may be an adjective will do ("restore
  // complete, full diplomatic ties": the tagger's verb).
  auto maybe_adj = [&](int k) { return adj(k) || (k >= 0 && (s.toks[k].tags & kTagJJ)); };
  std::vector<int> delim;
  for (int k = 0; k < n; ++k)
    if (s.Word(k) == "," && !InCompound(s, k) && !(maybe_adj(k - 1) && adj(k + 1)))
      delim.push_back(k);
  if (delim.empty()) return false;
  // Tokens [a, b): how many begin with a letter.
  auto words = [&](int a, int b) {
    int w = 0;
    for (int k = a; k < b; ++k)
      w += s.toks[k].end > s.toks[k].begin &&
           std::isalpha(static_cast<unsigned char>(s.text[s.toks[k].begin]));
    return w;
  };
  blanked->assign(s.text);
  bool any = false;
  auto blank = [&](int a, int b) {
    if (a >= b) return;
    for (uint32_t i = s.toks[a].begin; i < s.toks[b - 1].end; ++i) (*blanked)[i] = ' ';
    any = true;
  };
  // The sentence's end, before its closing punctuation.
  int end = n;
  if (const std::string_view last = s.Word(n - 1);
      last.size() == 1 && last[0] != 0 && std::strchr(".?!", last[0]))
    end = n - 1;
  if (o.bmax != 0 && Within(words(0, delim[0]), o.bmin, o.bmax)) blank(0, delim[0]);
  if (o.emax != 0 && Within(words(delim.back() + 1, end), o.emin, o.emax))
    blank(delim.back() + 1, end);
  if (o.max != 0)
    for (size_t i = 0; i + 1 < delim.size(); ++i)
      if (Within(words(delim[i] + 1, delim[i + 1]), o.min, o.max)) blank(delim[i], delim[i + 1]);
  return any;
}

void DropGazetteerPlaces(Sentence* s) {
  auto gazetteer = [](const Mention& m) { return m.entry && m.entry->field == ActorField::kCity; };
  if (std::none_of(s->mentions.begin(), s->mentions.end(), gazetteer)) return;
  s->mentions.erase(std::remove_if(s->mentions.begin(), s->mentions.end(), gazetteer),
                    s->mentions.end());
  std::fill(s->mention_at.begin(), s->mention_at.end(), -1);
  std::fill(s->mention_end.begin(), s->mention_end.end(), -1);
  for (size_t k = 0; k < s->mentions.size(); ++k) {
    const Mention& m = s->mentions[k];
    for (int t = m.b; t < m.e; ++t) s->mention_at[t] = int(k);
    s->mention_end[m.e - 1] = int(k);
  }
}

void SplitMultiCodes(const Dictionaries& d, Sentence* s) {
  const size_t n = s->mentions.size();
  for (size_t mi = 0; mi < n; ++mi) {
    const Mention m = s->mentions[mi];
    if (!m.entry || m.pronoun || size_t(m.b) >= s->actor_matches.size()) continue;
    const ActorMatch& am = s->actor_matches[m.b];
    if (am.entry != m.entry) continue;
    uint32_t node = Dictionaries::kRoot;
    for (int j = m.b; j < am.end && node != Dictionaries::kNoNode; ++j)
      node = d.Step(node, s->toks[j].id);
    if (node == Dictionaries::kNoNode) continue;
    for (uint32_t ei : d.node(node).entries) {
      const ActorEntry& e = d.actor(ei);
      if (&e == m.entry || e.source != m.entry->source || e.line != m.entry->line ||
          e.country == m.entry->country || (s->day && (s->day < e.from || s->day > e.to)))
        continue;
      Mention other = m;
      other.entry = &e;
      other.country = std::string(e.country);
      other.code = other.country + other.role;
      s->mentions.push_back(std::move(other));
    }
  }
}

void TabariVerbWords(const Dictionaries& d, Sentence* s) {
  for (size_t k = 0; k < s->toks.size(); ++k) {
    Token& t = s->toks[k];
    // A word neither lexicon nor dictionaries know is no verb, whatever its
    // ending ("Mouse is baning Libya": BAN= takes no endings).
    if (t.pos == Pos::kVerb && (t.id < 0 || d.lexicon().Entry(t.id).tags == 0)) {
      t.pos = Pos::kNoun;
      continue;
    }
    if (k == 0) continue;
    if ((t.pos != Pos::kNoun && t.pos != Pos::kAdj) || t.upper_initial || s->mention_at[k] >= 0)
      continue;
    const std::string_view prev = s->Word(int(k) - 1);
    bool determiner = false;
    for (const char* w : {"a", "an", "the"})
      determiner |= prev.size() == std::strlen(w) &&
                    std::equal(prev.begin(), prev.end(), w,
                               [](char a, char b) { return std::tolower((unsigned char)a) == b; });
    const int32_t lemma = t.vlem >= 0 ? t.vlem : t.id;
    if (!determiner && lemma >= 0 && d.PatternsFor(lemma)) t.pos = Pos::kVerb;
  }
}

// TABARI turns an agent that no actor stands beside into an actor; casus
// has already composed the agents that stand beside one ("Gondor's
// police"), so a mention with a role and no country is such an agent
// ("Arnor is about to restore full diplomatic ties with the Muslims": MOS).
void ConvertAgents(Sentence* s) {
  for (Mention& m : s->mentions) {
    if (!m.country.empty() || m.igo || m.pronoun || m.media || m.role.empty()) continue;
    m.code = m.role;
    m.country = m.role;
    m.role.clear();
  }
}

int TabariClause(const SentenceCoder& sc, int k) {
  const Sentence& s = sc.sentence();
  // A noun that is no actor's ("Ithilen but Dagolath" are two clauses' actors).
  auto noun = [&](int i) {
    return (sc.PosAt(i) == Pos::kNoun || sc.PosAt(i) == Pos::kPropn) && s.mention_at[i] < 0;
  };
  const int n = int(s.toks.size());
  int clause = 0;
  for (int c = 1; c < k && c + 1 < n; ++c) {
    if (!sc.Stops(c, kConjunction) || InCompound(s, c)) continue;
    int next = c + 1;
    while (next < n && sc.PosAt(next) == Pos::kAdj) ++next;
    bool nouns = noun(c - 1) && next < n && noun(next);
    bool adjectives = sc.PosAt(c - 1) == Pos::kAdj && sc.PosAt(c + 1) == Pos::kAdj;
    // Actors on both sides are TABARI's compound even where casus reads a
    // place ("celebrated Eid at Osgiliath and Eriador with Gondor").
    // TABARI's compounds join with "and" or "nor", not "but".
    bool actors = (sc.W(c) == "and" || sc.W(c) == "nor") && s.mention_at[c - 1] >= 0 && next < n &&
                  s.mention_at[next] >= 0;
    clause += !nouns && !adjectives && !actors;
  }
  return clause;
}

namespace {

// TABARI's subordinate ("[023?]") and dominant ("[031!]") codes.
bool Subordinate(const Event& e) {
  return !e.cameo.empty() && e.cameo.back() == '?';
}
bool Dominant(const Event& e) {
  return !e.cameo.empty() && e.cameo.back() == '!';
}

}  // namespace

// A subordinate event does not end a clause's coding: TABARI reads on for
// one that is not ("... an Orc leader said the move could be a prelude":
// SAID [023?] is kept only if nothing else is coded, TabariSubordination).
void FirstVerbOnly(const SentenceCoder& sc, bool per_clause, SentenceOut* so) {
  const std::vector<Event>& ev = so->out->events;
  const size_t first = so->first_event;
  // Per clause, the group of its first event (-2: none yet); events written
  // as nouns (group -1) count as the sentence's last clause.
  std::vector<int> chosen;
  auto clause_of = [&](int gi) {
    if (!per_clause) return 0;
    return gi < 0 ? int(sc.sentence().toks.size()) : TabariClause(sc, sc.groups()[gi].verb);
  };
  std::vector<char> keep(ev.size() - first, 0);
  for (size_t a = first; a < ev.size(); ++a) {
    const size_t i = a - first;
    const int gi = so->ev_group[i], c = clause_of(gi);
    if (size_t(c) >= chosen.size()) chosen.resize(size_t(c) + 1, -2);
    if (Subordinate(ev[a]) && sc.policy().tabari.on) {
      keep[i] = chosen[size_t(c)] == -2 || chosen[size_t(c)] == gi;
      continue;
    }
    if (chosen[size_t(c)] == -2) chosen[size_t(c)] = gi;
    keep[i] = chosen[size_t(c)] == gi;
  }
  KeepSentenceEvents(keep, so);
}

// TABARI's evaluation of a sentence's events: a dominant event cancels all
// but the dominant ones, any other event the subordinate ones; then the
// marks are dropped from the codes ("Dagolath attended ... [031!]": 031).
void TabariSubordination(SentenceOut* so) {
  std::vector<Event>& ev = so->out->events;
  const size_t first = so->first_event;
  bool dominant = false, other = false;
  for (size_t a = first; a < ev.size(); ++a) {
    dominant |= Dominant(ev[a]);
    other |= !Subordinate(ev[a]);
  }
  std::vector<char> keep(ev.size() - first, 1);
  for (size_t a = first; a < ev.size(); ++a)
    keep[a - first] = dominant ? Dominant(ev[a]) : !other || !Subordinate(ev[a]);
  KeepSentenceEvents(keep, so);
  for (size_t a = first; a < ev.size(); ++a)
    if (Subordinate(ev[a]) || Dominant(ev[a])) ev[a].cameo.pop_back();
}

// A TABARI set's COMPLEX conditions (policy.h): why the sentence is too
// complex to code, or "". Its verbs are those the dictionaries have
// patterns for, the first verb the first that matched one ("Have old foes
// Gondor and Osgiliath renewed ties?": "renewed"); conjunctions inside a
// compound of actors do not count.
std::string TabariComplex(const SentenceCoder& sc, const SentenceFacts& facts) {
  const TabariOptions& o = sc.policy().tabari;
  if (!o.on) return "";
  const Sentence& s = sc.sentence();
  int verbs = 0, first = -1;
  for (size_t gi = 0; gi < sc.groups().size(); ++gi) {
    verbs += sc.dicts().PatternsFor(sc.LemmaId(sc.groups()[gi].verb)) || facts.found[gi].pat;
    if (first < 0 && facts.found[gi].pat) first = sc.groups()[gi].verb;
  }
  int conj = 0;
  for (int k = 0; k < int(s.toks.size()); ++k) {
    conj += sc.Stops(k, kConjunction) && !InCompound(s, k);
  }
  bool actor_prior = false;
  for (const Mention& m : s.mentions) actor_prior |= first >= 0 && m.b < first;
  if (o.complex_verbs > 0 && verbs >= o.complex_verbs)
    return "complex (COMPLEX VERBS[" + std::to_string(o.complex_verbs) + "]): not coded";
  if (o.complex_conj > 0 && conj >= o.complex_conj)
    return "complex (COMPLEX CONJ[" + std::to_string(o.complex_conj) + "]): not coded";
  if (o.complex_no_actor_prior && first >= 0 && !actor_prior)
    return "complex (COMPLEX NOACTPRIOR: no actor before the first verb): not coded";
  return "";
}

}  // namespace casus
