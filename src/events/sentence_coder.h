// SentenceCoder: the event coder's view of one sentence, shared by the files
// of src/events/. Each file defines one job's methods:
//   clauses.cc      verb groups, token classes, clause boundaries, asides
//   arguments.cc    Subject, Object, Agent (who does what to whom)
//   patterns.cc     verb pattern matching (state passed down, never stored)
//   speech.cc       reported speech: which speaker each group is attributed to
//   complements.cc  infinitive and that-clause complements
//   coding_rules.cc which groups are events and with which code (the recodings)
//   inherit.cc      country inheritance for mentions that name no country
//   build.cc        events from a group's decision: members x members, ids
//   location.cc     where an event happened
//   coder.cc        the driver (Coder::Code, DescribeSentence)
//   trace.cc        the trace casus parse prints, recorded by the driver
// policy.h holds the coding policy (data/rules/) every file consults;
// coding.h the per-group decision shared by coding_rules.cc and build.cc.
//
// Ownership: a SentenceCoder borrows the Dictionaries and the Sentence (the
// Sentence lives in the caller's Scratch) and owns its per-sentence tables.
// Thread safety: one SentenceCoder per sentence per thread; its const
// methods only read (no mutable members).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "events/policy.h"
#include "internal.h"

namespace casus {

struct VerbGroup {
  int start = 0, verb = 0;
  bool negated = false, hypothetical = false, passive = false;
  int by = -1;  // a passive's first "by" after the verb (its agent), or -1
};

struct Attribution {
  int speaker_group = -1;  // mention group of the speaker
  bool deny = false;
};

// A verb group's pattern match.
struct Found {
  const Pattern* pat = nullptr;
  int end = 0, slot_t = -1, slot_s = -1;
  int slot_c = -1;           // "%": a compound whose members act on each other
  std::vector<int> literal;  // tokens the pattern's words matched
  bool copula = false;       // matched as "be" + predicate
  // Not a pattern of the verb (wordnet.h): a WordNet back-off's confidence
  // (0: none), and for a frame or support verb the "file:line" of its rule.
  float backoff = 0;
  const std::string* where = nullptr;
  // The object is settled by the match ("slapped sanctions on 19 entities"
  // names no actor): no search for one further on.
  bool object_settled = false;
};

// The working state of one pattern match, passed down MatchItems.
struct MatchState {
  bool relaxed = false;  // second pass: a closing "with +" may be absent
  int slot_t = -1, slot_s = -1, slot_c = -1;
  std::vector<int>* literal = nullptr;  // tokens the pattern's words matched
  size_t post_end = 0;                  // items after the verb end here (a kBefore or the end)
  int stop = 0;  // words after the verb end before this token (a passive's "by")
  int verb = 0;  // the token the pattern's '*' stands on
};

// Infinitive complements: "threatened to attack" (hypothetical), "began to
// shell" (asserted), "urged Iran to withdraw" (the urging is the event),
// "plans to visit" (a stated future, coded as "will visit" is), "refused to
// extradite" (a rejection).
// kReported: "Iran is believed to have supplied drones": the act, as others
// report it (a raising passive, syntax.txt [raising-verbs]).
enum class Inf {
  kNone,
  kAsserted,
  kHypothetical,
  kSuppressed,
  kCaused,
  kPlanned,
  kRefused,
  kReported
};

// Token classes that end or bound a clause. Each search stops at its own
// named subset (the k*Stops masks below): they differ on purpose.
enum TokenClass : uint16_t {
  kComma = 1 << 0,
  kSemicolon = 1 << 1,
  kColon = 1 << 2,
  kPeriod = 1 << 3,
  kQuote = 1 << 4,  // '"'
  kOpenParen = 1 << 5,
  kCloseParen = 1 << 6,
  kWhWord = 1 << 7,        // who, which, ... (POS kWh)
  kThat = 1 << 8,          // "that"
  kSubordinator = 1 << 9,  // after, when, because, ... (events.txt [subordinators])
  kConjunction = 1 << 10,  // POS kConj
};
// A participle's clause ("militias aligned with Iran ... attacked").
constexpr uint16_t kRelativeStops =
    kComma | kSemicolon | kWhWord | kThat | kSubordinator | kConjunction;
// The search for an infinitive's governing verb ("urged Israel ... to return").
constexpr uint16_t kInfinitiveStops = kComma | kSemicolon | kColon | kWhWord | kSubordinator;
// A pattern's skip ("*") stays inside the clause (main verbs stop it too).
constexpr uint16_t kSkipStops = kComma | kSemicolon | kColon | kWhWord;
// An object search ends at punctuation ...
constexpr uint16_t kObjectPunctStops = kSemicolon | kColon | kComma | kPeriod | kQuote;
// ... and at a new clause.
constexpr uint16_t kObjectClauseStops = kWhWord | kSubordinator;
// The recipient after a bare role ("sent doctors to Italy").
constexpr uint16_t kRecipientStops = kComma | kSemicolon | kPeriod | kWhWord;
// A passive verb's agent ("... by rebel forces") and a coordinated verb's
// partner stay inside the sentence part.
constexpr uint16_t kSentencePartStops = kSemicolon | kPeriod;
// The subject search backwards, and the search for a that-clause's verb.
constexpr uint16_t kSubjectStops = kSemicolon | kColon;
constexpr uint16_t kSubjectClauseStops = kThat | kSubordinator;
// Comma-delimited segments (asides) are cut at these.
constexpr uint16_t kSegmentStops = kComma | kSemicolon;

class SentenceCoder {
 public:
  SentenceCoder(const Dictionaries& d, const Sentence& s);
  // Under another policy than the dictionaries' own (a TABARI suite's
  // per-record options: CodeWithPolicy).
  SentenceCoder(const Dictionaries& d, const EventPolicy& p, const Sentence& s);

  // --- tokens (sentence_coder.h) ---
  std::string_view W(int i) const {
    return i >= 0 && i < n_ ? LowerWord(d_, s_, i) : std::string_view();
  }
  std::string_view Raw(int i) const { return i >= 0 && i < n_ ? s_.Word(i) : std::string_view(); }
  // Lexicon id of the lowercase word (-1 when unknown or out of range).
  int32_t Id(int i) const { return i >= 0 && i < n_ ? s_.toks[i].id : -1; }
  // Lexicon id of the verb lemma (the word itself when it has none).
  int32_t LemmaId(int i) const {
    int32_t l = s_.toks[i].vlem;
    return l >= 0 ? l : s_.toks[i].id;
  }
  std::string_view VerbLemma(int i) const {
    int32_t l = LemmaId(i);
    return l >= 0 ? std::string_view(d_.lexicon().Word(l)) : std::string_view();
  }
  Pos PosAt(int i) const { return s_.toks[i].pos; }
  // The one clause-boundary predicate: token k is of a class in `mask`.
  bool Stops(int k, uint16_t mask) const { return k >= 0 && k < n_ && (cls_[k] & mask) != 0; }

  // --- verb groups and clauses (clauses.cc) ---
  void FindVerbGroups();
  const std::vector<VerbGroup>& groups() const { return groups_; }
  bool IsMainVerb(int i) const { return i >= 0 && i < n_ && main_[i] >= 0; }
  int GroupAt(int i) const { return main_[i]; }
  int GroupOf(int mention) const { return s_.mentions[mention].group; }
  bool Aside(int a, int b) const;
  bool ParticipleAside(int a, int b) const;
  bool Finite(int gi) const;
  bool Present(int gi) const;
  bool NotYet(int gi) const;
  bool TimeRelative(int start) const;
  bool SharedBorder(int from) const;
  bool FiniteBefore(int q) const;
  int ReducedRelativeHead(int gi) const;
  bool AttemptBeforeTo(int gi, const std::vector<const Pattern*>& matched) const;
  bool ParticipleAfterNoun(int gi) const;
  bool FutureModal(int gi) const;
  bool Postposed(int gi) const;
  // The main verb's group a gerund after a comma depends on (-1: none).
  int GerundAdjunct(int gi) const;
  bool InCompound(int j) const;  // token j is a comma inside a compound
  bool TimeWord(int q) const;    // a weekday or date word (patterns.cc)
  // Token q lies in the TABARI clause of the pattern's verb (patterns.cc).
  bool InTabariClause(int q, const MatchState* ms) const;
  bool Together(int gi) const;
  bool EachOther(int from) const;

  // --- arguments (arguments.cc) ---
  int Subject(int gi, int depth = 0) const;
  int CoordinatedPartner(int gi) const;  // the verb group gi shares its subject with, or -1
  bool WithAbsolute(int gi) const;       // ", with missiles striking targets" (clauses.cc)
  int Object(int from, bool passive, const std::vector<int>* literal = nullptr,
             bool recipient_first = false) const;
  int Agent(int from) const;
  int ThatSubject(int from) const;
  // The party after "to" (a recipient preposition) from token `from` on; -2: none.
  int Recipient(int from) const;
  void Members(int group, std::vector<int>* out) const;

  // --- patterns (patterns.cc) ---
  Found MatchVerb(int gi) const;

  // --- beyond the patterns (wordnet.cc) ---
  int32_t Particle(int v) const;
  bool Frames(int gi, Found* f) const;
  bool BackOff(int gi, bool has_patterns, Found* f) const;

  // --- speech (speech.cc) ---
  void Attribute(std::vector<Attribution>* att) const;
  int NounObjectEnd(int v) const;

  // --- complements (complements.cc) ---
  Inf Infinitive(int gi, const std::vector<const Pattern*>& matched, int* governor) const;
  Inf Control(int gi, int j, const std::vector<const Pattern*>& matched) const;
  int ThatGovernor(int gi) const;

  const Dictionaries& dicts() const { return d_; }
  const EventPolicy& policy() const { return p_; }
  const Sentence& sentence() const { return s_; }

 private:
  void ClassifyTokens();
  int PartnerVerb(int gi, int j) const;
  int SkipAdjunctsBack(int k) const;
  bool TryPattern(const Pattern& p, int start, bool relaxed, Found* f) const;
  int MatchItems(const Pattern& pat, size_t k, int p, MatchState* ms) const;
  bool MatchBefore(const Pattern& pat, size_t k, int p, MatchState* ms) const;
  bool Lit(const PatternItem& it, int q) const;
  bool RoleModifier(int q) const;
  int PlacedThing(int q) const;
  int PlaceAdjunctEnd(int q) const;
  int NounPhraseEnd(int p, int stop) const;
  bool Compound(int grp) const;

  const Dictionaries& d_;
  const EventPolicy& p_;
  const Sentence& s_;
  int n_;
  std::vector<int> main_;           // token -> verb group or -1
  std::vector<int> tabari_clause_;  // a TABARI set: token -> its clause (tabari.h TabariClause)
  std::vector<uint16_t> cls_;       // token -> TokenClass bits
  std::vector<VerbGroup> groups_;
};

}  // namespace casus
