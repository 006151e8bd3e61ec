// Coding one sentence's verb groups into events, in two steps the driver
// (coder.cc) runs per group:
//   coding_rules.cc  Decide: is the group an event of its own (or why not),
//                    who are its parties, and which CAMEO code (with the
//                    recodings: riot, armed band, score lines; and clause
//                    meaning: intent, threat, rejection, demand);
//   build.cc         BuildEvents: members x members, country inheritance,
//                    evidence and ids; FinishSentence: quantities, threats.
//
// Ownership: the structs here are per-sentence working data owned by the
// driver (reused across sentences). Thread safety: one set per thread.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "events/sentence_coder.h"

namespace casus {

// Why a verb group yields no event (kNone: it yields events).
enum class Drop {
  kNone,
  kNoPattern,        // no verb pattern matched
  kScoreLine,        // "Brazil beat Uruguay 4-1"
  kPlainSpeech,      // "said": attributes, does not act
  kPostposedSpeech,  // ", officials warned."
  kInfinitive,       // "urged Israel to halt": the urging is the event
  kPurpose,          // "in a bid to end": no governing verb
  kAttempt,          // "would seek to restore ties": the act attempted is the event
  kThatClause,       // "demanded that Russia pull …": the demand is the event
  kUnderSuppressed,  // "urged China to stop harassing": gerund of a suppressed verb
  kGerundAdjunct,    // ", killing eight soldiers": tells more of the main event
  kReducedRelative,  // "militias aligned with Iran": describes, does not act
  kWarnedAgainst,    // "warned NATO against deploying troops": not done
  kAllegedOnly,      // "accused Doha of supporting terrorism": said, not coded
  kBareRetaliation,  // "vowed to retaliate": the threat says it all
  kNoSource,         // nobody found to act
  kNoParty,          // every source x target pair was dropped (same actor, press, nobody)
};

// What is known about the sentence before its groups are coded.
struct SentenceFacts {
  bool score = false;                   // a match result "4-1" appears
  std::vector<Found> found;             // per group
  std::vector<const Pattern*> matched;  // per group (found[gi].pat)
  std::vector<Attribution> att;         // per group
};

// In GroupDecision::src / tgt: the party is the TABARI set's default code
// (DEFAULT: SOURCE [X] / TARGET [Y], policy.h), named by no mention.
constexpr int kDefaultParty = -2;

// The decision for one verb group.
struct GroupDecision {
  Drop drop = Drop::kNone;
  int governor = -1;    // the governing group (infinitives, that-clauses, gerunds)
  int accusation = -1;  // the verb of accusing an alleged act's "of" follows
  Inf inf = Inf::kNone;
  int sgroup = -1, tgroup = -1;       // mention groups of the parties
  std::vector<int> src, tgt;          // their member mentions (tgt may hold -1: none;
                                      // either kDefaultParty)
  const Mention* speaker = nullptr;   // whom the event is attributed to
  bool reciprocal = false;            // the source members act on each other
  bool domestic_default = false;      // no target: the state's own people
  bool as_active = false;             // a passive without "by" read as active (imported sets)
  bool negated = false;               // the group's, or its control verb's ("does not plan to")
  bool not_yet = false;               // in a time clause of what has not happened (NotYet)
  bool intent = false;                // recoded as the intent to act (03x)
  bool rejection = false;             // a refused future act, recoded as a rejection (12x)
  bool demand = false;                // "X said Y must …": X's demand (10x) of the source
  const CameoCode* threat = nullptr;  // a stated future conflictual act: also this threat
  const CameoCode* cc = nullptr;      // the code after recodings
};

// "Brazil beat Uruguay 4-1": the sentence carries a score line.
bool HasScoreLine(const Sentence& s);

// Decides group gi. Fills `d` (d->drop says whether events follow).
void Decide(const SentenceCoder& sc, const SentenceFacts& facts, int gi, GroupDecision* d);

// Where the events of one sentence go.
struct SentenceOut {
  const Article* article = nullptr;
  int index = 0;         // sentence index in the article
  std::string sentence;  // its text
  std::string date;      // resolved date
  CodedArticle* out = nullptr;
  std::vector<std::pair<int, int>> ev_mentions;  // per event: source, target mention
  std::vector<int> ev_group;                     // per event: its verb group
  std::vector<char> ev_derived;  // per event: a threat made by a stated act (ClauseMeaning)
  size_t first_event = 0;
};

// Adds the events of a decided group to so->out; returns how many.
int BuildEvents(const SentenceCoder& sc, const SentenceFacts& facts, int gi, const GroupDecision& d,
                SentenceOut* so);

// After all groups: quantities go to the events they belong to, and a
// threat with no target takes the target of the act threatened.
void FinishSentence(const SentenceCoder& sc, const std::vector<FoundQuantity>& quantities,
                    SentenceOut* so);

// Events written as nouns (nominal.txt): "Russia's invasion of Ukraine",
// "talks between X and Y". Nouns a pattern of `facts` used are skipped.
// When `ts` is given, adds one trace group per noun coded.
void NominalEvents(const SentenceCoder& sc, const SentenceFacts& facts, SentenceOut* so,
                   TraceSentence* ts);

// Keeps the sentence's events (from so->first_event) whose flag in `keep`
// is set, with their per-event bookkeeping; the one compaction every
// sentence-level rule uses (build.cc).
void KeepSentenceEvents(const std::vector<char>& keep, SentenceOut* so);

// Pieces of an event shared by the builders (build.cc).
std::string SpanKey(const Sentence& s, const Mention* m);  // "b-e" bytes of m, "" for none
std::string EventId(const SentenceOut& so, const Event& e, const std::string& source_span,
                    const std::string& target_span);
void SetCode(const CameoCode* cc, Event* e);  // cameo, root, QuadClass, Goldstein, PLOVER

// The first mention of a mention group, or null.
const Mention* FirstOfGroup(const Sentence& s, int group);

// --- the trace (trace.cc); only called when the caller asked for one ---

// Tokens with tags and actor codes, and the actor mentions.
void TraceReading(const Sentence& s, TraceSentence* ts);
// One verb group: its shape, the pattern, and the decision.
void TraceDecision(const SentenceCoder& sc, const SentenceFacts& facts, int gi,
                   const GroupDecision& d, TraceGroup* tg);
// The sentence's events (final: after FinishSentence), under their groups.
void TraceEvents(const SentenceOut& so, TraceSentence* ts);

}  // namespace casus
