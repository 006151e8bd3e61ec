// The trace of `casus parse`: recorded from the coder's own data structures
// as it codes (coder.cc calls these only when a Trace was passed), and
// printed in a stable text form.
#include <string>

#include "events/coding.h"

namespace casus {
namespace {

const char* PosName(Pos p) {
  static const char* kPos[] = {"NOUN",  "PROPN", "VERB",     "AUX",  "MODAL", "ADJ",  "ADV",
                               "DET",   "PRON",  "POSSPRON", "PREP", "TO",    "CONJ", "NUM",
                               "PUNCT", "POSS",  "WH",       "NEG",  "X"};
  return kPos[int(p)];
}

std::string DropReason(const SentenceCoder& sc, const GroupDecision& d) {
  auto gov = [&]() -> std::string {
    if (d.governor < 0) return "?";
    return std::string(sc.VerbLemma(sc.groups()[d.governor].verb));
  };
  switch (d.drop) {
    case Drop::kNone:
      return "";
    case Drop::kNoPattern:
      return "no pattern";
    case Drop::kScoreLine:
      return "score line: a match result, not a fight";
    case Drop::kPlainSpeech:
      return "plain speech verb (attributes, does not act)";
    case Drop::kPostposedSpeech:
      return "postposed speech verb";
    case Drop::kInfinitive:
      return "infinitive complement of '" + gov() + "'";
    case Drop::kPurpose:
      return "purpose infinitive with no governing verb";
    case Drop::kAttempt:
      return "an attempt: the act attempted carries the event";
    case Drop::kThatClause:
      return "that-clause of a demand ('" + gov() + "')";
    case Drop::kUnderSuppressed:
      return "gerund under the suppressed verb '" + gov() + "'";
    case Drop::kGerundAdjunct:
      return "gerund adjunct of the main event";
    case Drop::kReducedRelative:
      return "reduced relative (describes an actor)";
    case Drop::kWarnedAgainst:
      return "gerund after 'against' or 'from': an act warned against or kept from";
    case Drop::kAllegedOnly:
      return "act after 'accused ... of' that is not violence: the accusation's content";
    case Drop::kBareRetaliation:
      return "threatened retaliation naming no one: the threat carries it";
    case Drop::kNoSource:
      return "no source";
    case Drop::kNoParty:
      return "no event survived (same actor both sides, press, or nobody)";
  }
  return "?";
}

}  // namespace

void TraceReading(const Sentence& s, TraceSentence* ts) {
  ts->text = std::string(s.text);
  for (size_t i = 0; i < s.toks.size(); ++i) {
    TraceToken t;
    t.word = std::string(s.Word(int(i)));
    t.pos = PosName(s.toks[i].pos);
    if (i < s.mention_at.size() && s.mention_at[i] >= 0) t.actor = s.mentions[s.mention_at[i]].code;
    ts->tokens.push_back(std::move(t));
  }
  for (const Mention& m : s.mentions)
    ts->mentions.push_back({m.code, MakeActor(m, s).text, m.group, m.place});
}

void TraceDecision(const SentenceCoder& sc, const SentenceFacts& facts, int gi,
                   const GroupDecision& d, TraceGroup* tg) {
  const VerbGroup& g = sc.groups()[gi];
  tg->verb = std::string(sc.sentence().Word(g.verb));
  tg->lemma = std::string(sc.VerbLemma(g.verb));
  tg->passive = g.passive;
  tg->negated = g.negated;
  tg->modal = g.hypothetical;
  tg->subject = sc.Subject(gi);
  tg->object = sc.Object(g.verb + 1, false);
  if (const Pattern* p = facts.found[gi].pat) {
    tg->pattern = p->text;
    tg->code = p->code;
    const Found& f = facts.found[gi];  // a frame's rule, or a borrowed pattern (wordnet.h)
    tg->dictionary =
        f.where ? *f.where : sc.dicts().file(p->source) + ":" + std::to_string(p->line);
    if (f.backoff > 0) tg->pattern += " (wordnet back-off)";
  }
  tg->dropped = DropReason(sc, d);
}

void TraceEvents(const SentenceOut& so, TraceSentence* ts) {
  const std::vector<Event>& events = so.out->events;
  for (size_t a = so.first_event; a < events.size(); ++a) {
    const Event& e = events[a];
    TraceEvent te{e.source ? e.source->code : "",
                  e.target ? e.target->code : "",
                  e.cameo,
                  e.modality,
                  e.attributed_to ? e.attributed_to->code : "",
                  e.negated};
    int g = so.ev_group[a - so.first_event];
    if (g >= 0) ts->groups[g].events.push_back(std::move(te));  // nominal ones: NominalEvents
  }
}

std::string FormatTrace(const Trace& trace) {
  std::string out;
  for (size_t si = 0; si < trace.sentences.size(); ++si) {
    const TraceSentence& ts = trace.sentences[si];
    out += "sentence " + std::to_string(si) + ": " + ts.text + "\n";
    out += "tokens:";
    for (const TraceToken& t : ts.tokens) {
      out += " " + t.word + "/" + t.pos;
      if (!t.actor.empty()) out += "[" + t.actor + "]";
    }
    out += "\n";
    for (const TraceMention& m : ts.mentions)
      out += "actor " + m.code + " '" + m.text + "' group " + std::to_string(m.group) +
             (m.place ? " place" : "") + "\n";
    if (!ts.note.empty()) out += "note: " + ts.note + "\n";
    for (const TraceGroup& g : ts.groups) {
      out += "verb '" + g.verb + "' lemma " + g.lemma + (g.passive ? " passive" : "") +
             (g.negated ? " negated" : "") + (g.modal ? " modal" : "") + " subject-group " +
             std::to_string(g.subject) + " object-group " + std::to_string(g.object) +
             (g.pattern.empty()
                  ? " no pattern"
                  : " pattern '" + g.pattern + "' " + g.code + " (" + g.dictionary + ")") +
             "\n";
      for (const TraceEvent& e : g.events)
        out += "  event " + e.source + " > " + (e.target.empty() ? "-" : e.target) + " " + e.cameo +
               " " + e.modality + (e.negated ? " negated" : "") +
               (e.attributed_to.empty() ? "" : " attributed-to " + e.attributed_to) + "\n";
      if (g.events.empty()) out += "  no event: " + g.dropped + "\n";
    }
  }
  return out;
}

}  // namespace casus
