// EventPolicy: the event coder's coding policy, resolved once from
// data/rules/ (events.txt, coding.txt, speech.txt, syntax.txt) when the dictionaries
// load. Every word class, role list and CAMEO code the coder's rules use is
// reached through here; none is written in the code.
//
// Ownership and threads: built by ResolveEventPolicy into a struct owned by
// Dictionaries (the pointers point into Dictionaries' Rules and CAMEO
// table); immutable afterwards and read concurrently by every coding thread.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "casus/dictionary.h"
#include "casus/status.h"
#include "match/rules.h"
#include "text/text.h"

namespace casus {

// A list of CAMEO codes or roots. A code is covered when it is an item or
// lies under one: the list 19 180 covers 190, 1951 and 180.
class CodeSet {
 public:
  bool Covers(std::string_view code) const {
    for (const std::string& p : items_)
      if (code.size() >= p.size() && code.compare(0, p.size(), p) == 0) return true;
    return false;
  }
  const std::vector<std::string>& items() const { return items_; }

 private:
  friend struct EventPolicyResolver;
  std::vector<std::string> items_;
};

struct WordNetPolicy;  // wordnet.h

// Comma-delimited clauses a coder leaves unread, by their length in words:
// between two commas [min, max], before the first [bmin, bmax], after the
// last [emin, emax] (TABARI's and PETRARCH's COMMA options).
struct CommaLimits {
  int min = 0, max = 0, bmin = 0, bmax = 0, emin = 0, emax = 0;
};

// A TABARI .options file's coding switches (TABARI manual, ch. 8), read by
// src/import/tabari_options.cc. In force only for a set that has such a file
// (`on`); then TABARI's own defaults below hold until a command changes them.
struct TabariOptions {
  bool on = false;
  // DEFAULT: SOURCE [X] <PRIOR> TARGET [Y] <AFTER>: the party a verb lacks
  // is coded X or Y (empty: no default). PRIOR: the default source whenever
  // no actor precedes the verb; AFTER: the default target whenever none
  // follows it (otherwise only when the searches find nobody at all).
  std::string default_source, default_target;
  bool source_prior = false, target_after = false;
  // SET: MINIMUM WORDS = N: shorter sentences are not coded (TABARI's 8).
  int min_words = 8;
  // SET: CODE BY CLAUSE (TABARI's default: a clause's first event ends its
  // coding), CODE BY SENTENCE (the sentence's first event ends it), CODE ALL.
  enum class CodeBy : uint8_t { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  // COMMA: a comma-delimited clause of [comma_min, comma_max] words between
  // two commas, of [comma_bmin, comma_bmax] before the first or of
  // [comma_emin, comma_emax] after the last is not read (TABARI's 2-10,
  // none, 2-10; COMMA: OFF: none). ; : ( ) delimit as commas do.
  int comma_min = 2, comma_max = 10, comma_bmin = kNever, comma_bmax = 0, comma_emin = 2,
      comma_emax = 10;
  static constexpr int kNever = 1 << 20;
  // COMPLEX: a sentence with VERBS[n] or more verbs, CONJ[n] or more
  // conjunctions (0: unchecked), or NOACTPRIOR no actor before its first
  // verb is too complex to code.
  int complex_verbs = 0, complex_conj = 0;
  bool complex_no_actor_prior = false;
  // FORWARD: ^^*****NNN*SSS: where a record ID holds its story (N) and
  // sentence (S) numbers; empty: off. Records are only `casus validate`'s:
  // a story's consecutive records are read as one article's sentences.
  std::string forward;
  CommaLimits Commas() const {
    return {comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax};
  }
  // SET: CONVERT AGENT = TRUE: an agent named with no actor ("the Muslims",
  // "security forces") is an actor of its own, its agent code alone.
  bool convert_agents = false;
  bool HasDefault() const { return !default_source.empty() || !default_target.empty(); }
  bool operator==(const TabariOptions&) const = default;
};

// PETRARCH's conventions. `on` (a set with PETRARCH verbs): its dictionaries
// read as PETRARCH reads them where casus's reading would lose entries (the
// importer's verb forms and "WIRE_+TAP" verbs; "LORIEN [ELR/GAL]" names two
// actors; "Lawmakers in Fornost and Gondor welcomed" is FORLEG and GONLEG;
// "nor" joins a compound; a verb listed in an inflected form, "LEFT
// [032:033]" beside "LEAVE [012]", is keyed as written and tried after its
// lemma's patterns).
//
// `program`: the PETRARCH program's own rules besides, where casus stands
// in for the program (`casus validate` of a PETRARCH suite): a pattern's
// words match as written ("- * EFFORT" is not "efforts"), an inflected verb
// takes its own patterns alone, a skip reaches over the verb's phrase and
// the words before the verb over its clause, the infinitive of a verb that
// codes nothing is coded, a target is the first compound of the verb's
// phrase (a place right after its preposition too), a verb phrase is coded
// once (petrarch.h), speech verbs are acts ("Arnor believes Dagolath can cope": ARN >
// DAG 023), a bare agent borrows no country ("police arrested students in
// Moscow": ---EDU), its noun phrases and tagging (petrarch.h: "MSF Arnor"
// NGOARN, "^" one noun phrase), and the options below. casus's own gold sets do not
// share these conventions: a PETRARCH set used to code text (`--dict-set
// PETR_config.ini`) keeps casus's (Phoenix on dev 1, F1 0.54 against 0.43
// with them).
struct PetrarchOptions {
  bool on = false;
  bool program = false;
  // require_dyad: an event needs a target; off, a speech verb with only a
  // speaker is an event too ("---GOV/---/023" for "a senior official said").
  bool require_dyad = true;
  // comma_min .. comma_emax: 2-8 between commas, none before the first, 2-8
  // after the last (0 as a maximum: none).
  CommaLimits commas{2, 8, 0, 0, 2, 8};
  // new_actor_length: a noun phrase of at most this many words that names
  // no actor is an actor of its own, its words its code
  // ("\"THE MINISTRY OF MAGIC\""); 0: none.
  int new_actor_length = 0;
};

struct EventPolicy {
  // Imported verb sets: their coders' rules for the parties a verb has no
  // syntax for (Dictionaries::Imports). TABARI and PETRARCH: no target ->
  // the first actor after the verb, anywhere in the sentence.
  bool target_after_verb = false;
  // TABARI and PETRARCH: no subject -> the first actor of the sentence part
  // that is not the target.
  bool source_first_actor = false;
  // TABARI and PETRARCH: a passive without its "by" agent reads as active.
  bool passive_needs_agent = false;
  // Imported PETRARCH verbs: PETRARCH's reading of its dictionaries and its
  // coding options.
  PetrarchOptions petrarch;
  // A TABARI set's .options (default parties, minimum words, code by).
  TabariOptions tabari;
  // Word classes (lexicon ids: Has(token id) is a sorted-id lookup).
  const WordSet* speech_verbs = nullptr;        // speech.txt [speech-verbs]
  const WordSet* plain_speech_verbs = nullptr;  // speech.txt [plain-speech-verbs]
  const WordSet* non_attributing_speech = nullptr;
  const WordSet* postposed_only_speech = nullptr;
  const WordSet* denial_verbs = nullptr;
  const WordSet* hypothetical_modals = nullptr;
  const WordSet* future_modals = nullptr;
  const WordSet* be_forms = nullptr;
  const WordSet* get_passive = nullptr;
  const WordSet* subordinators = nullptr;
  const WordSet* adjunct_prepositions = nullptr;
  const WordSet* place_adjunct_prepositions = nullptr;  // "agreed at a summit in Warsaw to"
  const WordSet* party_place_prepositions = nullptr;    // "call on + [in South Ossetia] to"
  const WordSet* broker_participles = nullptr;         // "the ceasefire brokered by NATO": no owner
  const WordSet* retaliation_verbs = nullptr;          // "vowed to retaliate after X struck"
  const WordSet* retaliation_subordinators = nullptr;  // its "after"
  const WordSet* anaphoric_event_nouns = nullptr;      // "denounced the decision"
  const WordSet* object_possessives = nullptr;         // "demanded his reinstatement"
  const WordSet* reciprocal_verbs = nullptr;
  const WordSet* joint_party_prepositions = nullptr;  // "signed a deal with"
  const WordSet* together_words = nullptr;
  std::vector<std::pair<int32_t, int32_t>> each_other;  // two-word phrases as lexicon ids
  const WordSet* verb_coordinators = nullptr;
  const WordSet* object_coordinators = nullptr;
  const WordSet* recipient_prepositions = nullptr;
  const WordSet* threat_verbs = nullptr;
  const WordSet* aspect_verbs = nullptr;
  const WordSet* imminent_words = nullptr;
  const WordSet* causative_verbs = nullptr;
  const WordSet* vow_verbs = nullptr;
  const WordSet* obligation_modals = nullptr;
  // syntax.txt: shallow syntax.
  const WordSet* aside_openers = nullptr;
  const WordSet* decision_verbs = nullptr;
  const WordSet* plan_verbs = nullptr;
  const WordSet* refusal_verbs = nullptr;
  const WordSet* raising_verbs = nullptr;
  const WordSet* unrealised_gerund_preps = nullptr;
  const WordSet* territory_nouns = nullptr;   // "recognised two regions in Ukraine"
  const WordSet* answer_verbs = nullptr;      // "returned fire", "retaliated"
  const WordSet* answer_particles = nullptr;  // "hit back"
  const WordSet* existential_subjects = nullptr;
  const WordSet* time_relative_nouns = nullptr;  // "on the day the alliance ended"
  const WordSet* speaker_pronouns = nullptr;
  const WordSet* not_yet_subordinators = nullptr;
  const WordSet* present_auxiliaries = nullptr;

  // Role lists (looked up by role string, once per event, not per token).
  const WordSet* press_roles = nullptr;
  const WordSet* riot_roles = nullptr;
  const WordSet* armed_band_roles = nullptr;
  const WordSet* force_roles = nullptr;          // armed forces: "entered Gambia" occupies
  const WordSet* force_head_nouns = nullptr;     // "Taliban fighters", whatever the group's role
  const WordSet* shared_target_stops = nullptr;  // "appealed to ...": an addressee of its own
  const WordSet* attempt_verbs = nullptr;        // "would seek to restore ties"
  const WordSet* force_person_nouns = nullptr;   // "army chief": one officer, no force
  const WordSet* soft_target_roles = nullptr;
  const WordSet* attack_agent_roles = nullptr;
  std::string own_people_role;  // "the state's own people"

  // CAMEO code lists and codes.
  CodeSet score_dropped, foreign_only, demand, adjunct_event, origin_skipped, that_target, giving,
      joint, place_target, domestic_default, own_forces, recipient_required, answer, alleged,
      reaction, assassination_recoded, threat, intent_roots, riot_recoded, armed_band_recoded,
      mediation, generic_intent, shared_target;
  const CameoCode* riot_code = nullptr;
  const CameoCode* armed_band_code = nullptr;
  const CameoCode* assassination_code = nullptr;
  using CodeMap = std::vector<std::pair<std::string, const CameoCode*>>;
  CodeMap intent_by_root;     // promised cooperative act -> 03x intent
  CodeMap force_by_code;      // armed forces' "visit" -> occupation
  CodeMap threat_by_code;     // stated future conflictual act -> 13x threat
  CodeMap rejection_by_code;  // refused future cooperation -> 12x rejection
  CodeMap breach_by_code;     // "did not observe the ceasefire" -> 196
  CodeMap demand_by_code;     // "X said Y must ..." -> 10x demand

  // The code `m` maps `code` to (its first item that is `code` or a prefix
  // of it), or null.
  static const CameoCode* Lookup(const CodeMap& m, std::string_view code) {
    for (const auto& [from, to] : m)
      if (code.compare(0, from.size(), from) == 0) return to;
    return nullptr;
  }
  // Events written as nouns (nominal.txt): each class's nouns and code.
  struct NominalClass {
    const WordSet* nouns = nullptr;
    const CameoCode* code = nullptr;
    std::string where;  // "file:line" of its word section, for the evidence
  };
  std::vector<NominalClass> nominal;
  const WordSet* nominal_target_preps = nullptr;
  const WordSet* nominal_reciprocal = nullptr;
  const WordSet* nominal_onset = nullptr;  // "fighting broke out between"
  const WordSet* nominal_agent = nullptr;
  const WordSet* nominal_unreal = nullptr;
  const WordSet* nominal_background = nullptr;
  const WordSet* nominal_of_agent = nullptr;
  const WordSet* nominal_fronted_nouns = nullptr;    // "Following consultations with X, Y said"
  const WordSet* nominal_domestic_nouns = nullptr;   // "the killing of protesters by police"
  const WordSet* nominal_home_nouns = nullptr;       // "following weeks of protests"
  const WordSet* nominal_addressee_nouns = nullptr;  // "rejected calls from ASEAN"
  const WordSet* nominal_home_spans = nullptr;       // its "weeks" (of)
  const WordSet* nominal_home_preps = nullptr;       // its "after" (weeks of)
  std::string nominal_home_role;                     // their protesters' role (OPP)
  const WordSet* nominal_border_nouns = nullptr;     // "along the border with South Sudan"
  const WordSet* nominal_place_preps = nullptr;      // "a strike on a plant in Khartoum"
  const WordSet* hyphen_mediation_nouns = nullptr;   // "a U.S.-brokered deal"
  const CameoCode* hyphen_mediation_code = nullptr;
  std::string hyphen_mediation_where;  // "file:line" of its noun section

  // Verb coverage beyond the patterns: WordNet back-off, frames, support verbs.
  std::shared_ptr<const WordNetPolicy> wordnet;

  // Whether an imported coder's own reading is in force (a TABARI set with
  // .options, PETRARCH's program in its suite): casus's conventions beyond
  // what those coders do stay off.
  bool CodersReading() const { return petrarch.program || tabari.on; }

  // The 03x intent code for a promised act of `code`, or null.
  const CameoCode* Intent(std::string_view code) const { return Lookup(intent_by_root, code); }
};

// Resolves every section the event coder needs. Fails with "file:line: why"
// (or "data/rules: no section [name]") on a missing section, a section of
// the wrong kind, or a code the CAMEO table lacks.
// Phrases are resolved to lexicon ids through `lex` (interning their words).
[[nodiscard]] Status ResolveEventPolicy(const Rules& rules,
                                        const std::unordered_map<std::string, CameoCode>& cameo,
                                        Lexicon* lex, EventPolicy* out);

}  // namespace casus
