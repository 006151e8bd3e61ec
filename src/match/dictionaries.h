// Compiled dictionaries (internal; the public face is casus/dictionary.h): CAMEO tables, actors
// (countries, roles, IGOs, office holders with date ranges), and verb patterns. Built once, then
// read-only and shared by every coding thread (a shared_ptr<const Dictionaries>).
//
// The model is deliberately the one TABARI and PETRARCH dictionaries map onto:
// an actor is a phrase with a code and an optional date range; a pattern is a
// verb lemma followed by literal words, a target slot (+), a source slot ($)
// and skips (*), carrying a CAMEO code.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "casus/dictionary.h"
#include "casus/status.h"
#include "enrich/enrich.h"
#include "match/actor_rules.h"
#include "match/rules.h"
#include "text/text.h"

namespace casus {

struct EventPolicy;  // src/events/policy.h

// How an actor phrase may be used (the FIELD of data/FORMATS.md).
enum class ActorField : uint8_t { kName, kAdj, kPeople, kCapital, kSeat, kAlias, kRole, kCity };

struct ActorEntry {
  std::string code;     // FRAGOV, IGOUNO, MIL (roles)
  std::string country;  // alpha-3 or empty
  std::string role;     // GOV, MIL … or empty
  ActorField field = ActorField::kName;
  int32_t from = 0, to = 99999999;  // yyyymmdd validity
  uint32_t source = 0;              // index into Dictionaries::files
  uint32_t line = 0;
  // Per phrase token: 0 any case, 1 initial capital, 2 all capitals ("US"),
  // 3 exactly as spelled (mixed case: "LeT"), with the spelling kept.
  std::vector<uint8_t> cases;
  std::vector<std::string> spelling;
  float lat = 0, lon = 0;  // cities (gazetteer)
  std::string feature;     // GeoNames feature code for cities
};

enum class PatElem : uint8_t { kWord, kTarget, kSource, kSkip };

struct PatternItem {
  PatElem kind = PatElem::kWord;
  int32_t id = -1, vlem = -1, nlem = -1;  // for kWord
};

struct Pattern {
  std::string code;                  // CAMEO code
  const CameoCode* cameo = nullptr;  // its table entry (set once loading is done)
  int32_t verb = -1;                 // verb lemma id
  std::vector<PatternItem> items;    // after the verb
  int literals = 0;                  // number of kWord items (specificity)
  std::string text;                  // as written
  uint32_t source = 0, line = 0;
};

class Dictionaries {
 public:
  Dictionaries() = default;
  // Patterns and trie nodes point into the tables: a copy would dangle.
  Dictionaries(const Dictionaries&) = delete;
  Dictionaries& operator=(const Dictionaries&) = delete;

  // Loads everything under `data_dir` (data/ of the source tree) and the
  // compiled lexicon at `lexicon_path`. Stops at the first bad line with
  // "file:line: what is wrong".
  static Status Load(const std::string& data_dir, const std::string& lexicon_path,
                     std::shared_ptr<const Dictionaries>* out);

  // Default locations, compiled in; overridable with CASUS_DATA / CASUS_LEXICON.
  static std::string DefaultDataDir();
  static std::string DefaultLexicon();

  const Lexicon& lexicon() const { return lex_; }
  // The coding policy of data/rules/ (each stage resolves what it needs at load).
  const Rules& rules() const { return rules_; }
  // The actor stage's policy, resolved from rules() at load.
  const ActorRules& actor_rules() const { return actor_rules_; }
  // The event coder's policy, resolved from rules() at load.
  const EventPolicy& events() const { return *events_; }
  // Date and quantity word lists (data/rules/dates.txt, quantities.txt), resolved at load.
  const EnrichRules& enrich() const { return enrich_; }
  const CameoCode* Cameo(std::string_view code) const;

  // Actor trie over lowercase token ids.
  struct Node {
    std::vector<uint32_t> entries;  // into actors_
  };
  static constexpr uint32_t kRoot = 0;
  uint32_t Step(uint32_t node, int32_t id) const;  // kNoNode when absent
  static constexpr uint32_t kNoNode = 0xffffffffu;
  const Node& node(uint32_t n) const { return nodes_[n]; }
  const ActorEntry& actor(uint32_t i) const { return actors_[i]; }
  size_t actor_count() const { return actors_.size(); }

  const std::vector<uint32_t>* PatternsFor(int32_t verb_lemma) const;
  const Pattern& pattern(uint32_t i) const { return patterns_[i]; }
  int32_t be_lemma() const { return be_; }  // "be": copula patterns are indexed under it
  size_t pattern_count() const { return patterns_.size(); }
  const std::string& file(uint32_t i) const { return files_[i]; }

  // Builders (used by Load and by importers).
  Status AddActorLine(std::string_view line, uint32_t file, uint32_t lineno);
  Status AddPatternLine(std::string_view line, uint32_t file, uint32_t lineno);
  // One data file (kCameo: the cameo/ folder) read as Load reads it, into
  // this Dictionaries: for the fuzzer and tests, which try one loader at a
  // time. Verbs need the CAMEO codes first (kCameo). Errors as Load's.
  enum class DataFile : uint8_t { kCameo, kActors, kVerbs, kRoles, kGazetteer };
  Status LoadOne(DataFile kind, const std::string& path);
  // `name` appears in evidence; `path` in error messages.
  uint32_t AddFile(std::string name, std::string path = "") {
    paths_.push_back(path.empty() ? name : std::move(path));
    files_.push_back(std::move(name));
    return uint32_t(files_.size() - 1);
  }

 private:
  Status AddActorPhrase(std::string_view phrase, const ActorEntry& e);
  Status LoadCameo(const std::string& dir);
  Status LoadPlover(const std::string& path, const std::string& codes_path,
                    const std::vector<std::pair<std::string, uint32_t>>& codes);
  Status LoadFile(const std::string& path, bool verbs);
  Status LoadGazetteer(const std::string& path);
  void SortPatterns();
  void IndexRoot();

  Status LoadRoles(const std::string& path);

  Lexicon lex_;
  Rules rules_;
  ActorRules actor_rules_;
  std::shared_ptr<const EventPolicy> events_;
  EnrichRules enrich_;                     // points into rules_
  std::unordered_set<std::string> roles_;  // role codes: cameo/roles.tsv + actor dictionaries
  std::unordered_map<std::string, CameoCode> cameo_;
  std::vector<Node> nodes_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<uint32_t> root_child_;  // word id -> first trie node (most lookups stop here)
  std::vector<ActorEntry> actors_;
  std::vector<Pattern> patterns_;
  std::unordered_map<int32_t, std::vector<uint32_t>> by_verb_;
  std::vector<std::string> files_, paths_;
  std::string data_dir_;
  int32_t be_ = -1;
};

}  // namespace casus
