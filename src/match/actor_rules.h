// ActorRules: the policy the actor stage (src/match/actors*.cc) reads from
// data/rules/actors.txt (and speech.txt), resolved once when the dictionaries
// load. Each member names the section it comes from; the file says why.
//
// Ownership and threads: held by Dictionaries, pointing into its Rules;
// immutable after loading and read concurrently by every coding thread.
#pragma once
#include <string>

#include "casus/status.h"
#include "match/fuzzy_names.h"
#include "match/rules.h"

namespace casus {

struct ActorRules {
  const WordSet* locatives = nullptr;           // [locatives]: "in Kenya" is a place
  const WordSet* leader_suffixes = nullptr;     // [leader-suffixes]: "Saudi-led"
  const WordSet* mediator_suffixes = nullptr;   // [mediator-suffixes]: "U.S.-brokered"
  const WordSet* prefix_agents = nullptr;       // [prefix-agent-roles]: NGOARN (PETRARCH)
  const WordSet* lone_agents = nullptr;         // [lone-agent-roles]: PPL alone only (PETRARCH)
  const WordSet* owner_suffixes = nullptr;      // [owner-suffixes]: "British-flagged"
  const WordSet* subject_pronouns = nullptr;    // [antecedent-subject-pronouns]: "it would"
  const WordSet* object_pronouns = nullptr;     // [antecedent-object-pronouns]: "accused them"
  const WordSet* speech_verbs = nullptr;        // [speech-verbs] (speech.txt): "said its air force"
  const WordSet* not_names = nullptr;           // [not-name-words]: "President Karimov Monday"
  const WordSet* name_particles = nullptr;      // [name-particles]: "Nuri al-Maliki"
  const WordSet* former_words = nullptr;        // [former-words]: "former President X"
  const WordSet* stateless_words = nullptr;     // [stateless-words]: "an international tribunal"
  const WordSet* ethnic_words = nullptr;        // [ethnic-words]: "ethnic Hungarians in Romania"
  const WordSet* ethnic_place_words = nullptr;  // [ethnic-place-words]: the "in" of it
  const WordSet* occasion_words = nullptr;      // [occasion-words]: "the sidelines of"
  const WordSet* igo_anaphors = nullptr;        // [organisation-anaphors]: "the bloc"
  const WordSet* place_anaphors = nullptr;      // [place-anaphors]: "the island"
  const WordSet* leader_participles = nullptr;  // [leader-participles]: "rebels led by X"
  std::string former_office_role;  // [former-office-holder-role]: a dated entry out of range
  std::string seat_role;           // [seat-of-government-role]: "the Kremlin"
  std::string media_role;          // [media-role]: news agencies, never a dateline actor
  std::string no_actor_role;       // [no-actor-role]: "Turkish Airlines"
  std::string asset_role;          // [asset-role]: "Russian wheat exports", a target only
  std::string thing_role;          // [thing-role]: "military targets"
  FuzzyPolicy fuzzy;               // [fuzzy-names], [fuzzy-never-words]: "Afganistan"

  // Fails with the section's file:line (or the missing section's name).
  [[nodiscard]] Status Resolve(const Rules& rules);
};

}  // namespace casus
