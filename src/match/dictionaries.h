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
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "casus/dictionary.h"
#include "casus/status.h"
#include "enrich/enrich.h"
#include "image/image.h"
#include "match/actor_rules.h"
#include "match/fuzzy_names.h"
#include "match/rules.h"
#include "text/text.h"

namespace casus {

struct EventPolicy;  // src/events/policy.h

// How an actor phrase may be used (the FIELD of data/FORMATS.md).
enum class ActorField : uint8_t { kName, kAdj, kPeople, kCapital, kSeat, kAlias, kRole, kCity };

// What kind of place an entry names, most precise first (the order in which
// an event's location is chosen: src/events/location.cc).
enum class PlaceKind : uint8_t { kNone, kCity, kSubdivision, kSea, kRegion, kCountry };

// The exact spellings of a phrase's mixed-case tokens ("LeT"), joined by
// '\x1f' (empty for the other tokens); spelling[k] is token k's.
struct Spellings {
  ImageStr joined;
  std::string_view operator[](size_t k) const;
};

// An actor phrase, as stored in the dictionaries' image (src/image/image.h):
// the table of entries is the image's kSecActors section itself, its strings
// beside it, so an entry is only ever used by reference (the image lives as
// long as the Dictionaries) and attaching allocates nothing per entry.
struct ActorEntry {
  ImageStr code;     // FRAGOV, IGOUNO, MIL (roles)
  ImageStr country;  // alpha-3 or empty
  ImageStr role;     // GOV, MIL … or empty
  // Per phrase token (one byte each): 0 any case, 1 initial capital, 2 all
  // capitals ("US"), 3 exactly as spelled (mixed case: "LeT"), with the
  // spelling kept.
  ImageStr cases;
  Spellings spelling;
  ImageStr feature;                 // GeoNames feature code for cities
  int32_t from = 0, to = 99999999;  // yyyymmdd validity
  uint32_t source = 0;              // index into Dictionaries::files
  uint32_t line = 0;
  float lat = 0, lon = 0;  // places: cities, subdivisions, regions, countries' points
  ActorField field = ActorField::kName;
  PlaceKind place = PlaceKind::kNone;
  // A small place (under the gazetteer's floor): a place only in an article
  // that names its country (src/match/places.h).
  bool needs_country = false;
  // An imported TABARI phrase written with spaces: other words may stand
  // between its words ("PRINCE DOL_AMROTH": "the Prince of Dol Amroth").
  bool gaps = false;  // (one byte: no padding, the entries are image bytes)
};
static_assert(sizeof(ActorEntry) == 76 && alignof(ActorEntry) == 4);

// kBefore ends the words after the verb; the items after it are the words
// before the verb, in written order ("indicated would | act now").
// kCompound ("%", imported TABARI/PETRARCH patterns) is a slot for a compound
// whose members act on each other ("Gondor and Osgiliath renewed ties").
// kSkipActor ("^", imported TABARI patterns) passes over one actor, no party
// ("Arnor was United Arab Emirates for Eriador warning": $ ^ FOR *).
enum class PatElem : uint8_t { kWord, kTarget, kSource, kSkip, kBefore, kCompound, kSkipActor };

struct PatternItem {
  PatElem kind = PatElem::kWord;
  // "new_economic_relations": this element directly follows the one before
  // it in the text (on kBefore: the verb directly follows the last word
  // before it), nothing between (imported TABARI/PETRARCH '_' connectors).
  bool glued = false;
  // An imported TABARI word a text word need only begin ("RECENT" of
  // "recently"), written "recent~"; the others of a TABARI set are matched
  // as the very word (no lemma), see SentenceCoder::Lit.
  bool prefix = false;
  uint8_t spare = 0;                      // no padding: items are stored as bytes in the image
  int32_t id = -1, vlem = -1, nlem = -1;  // for kWord
};

struct Pattern {
  std::string_view code;             // CAMEO code
  const CameoCode* cameo = nullptr;  // its table entry (set once loading is done)
  // "032:033": the event in the reverse direction (target -> source) the
  // pattern also makes (PETRARCH/TABARI paired codes); empty/null: none.
  std::string_view reverse;
  const CameoCode* reverse_cameo = nullptr;
  int32_t verb = -1;                   // verb lemma id
  std::span<const PatternItem> items;  // after the verb [, kBefore, before the verb]
  int literals = 0;                    // number of kWord items (specificity)
  std::string_view text;               // as written
  uint32_t source = 0, line = 0;
};

struct ActorDraft;  // an actor phrase while the text sources are read
class ImageReader;
class ImageWriter;

class Dictionaries {
 public:
  Dictionaries();
  ~Dictionaries();
  // Patterns and trie nodes point into the tables: a copy would dangle.
  Dictionaries(const Dictionaries&) = delete;
  Dictionaries& operator=(const Dictionaries&) = delete;

  // Loads everything under `data_dir` (data/ of the source tree) and the
  // compiled lexicon at `lexicon_path`. Stops at the first bad line with
  // "file:line: what is wrong".
  //
  // The lexicon, the actor phrases (with the gazetteer's cities) and the verb
  // patterns come from the compiled image next to the lexicon
  // (ImagePathFor) when it was compiled from exactly these sources (their
  // hash, image.h); otherwise, or with CASUS_NO_IMAGE=1, from the text
  // sources, which are then compiled into an image in memory: both ways end
  // with the same tables, so an edit of data/ is always seen. With
  // CASUS_IMAGE_CACHE=DIR, a folder without a current image (edited) gets
  // one there on first use, named by the hash, and uses it next
  // (match/image_cache.h).
  //
  // `imports` (src/import/): after data/actors and data/verbs (skipped when
  // `replace`), `add` adds entries through the builders below. With a `hash`
  // of everything `add` reads, the result is cached like an edited data
  // folder, by default (image_cache.h): `save` gives the state `add` leaves
  // outside the tables (its report), kept beside the image; when the cached
  // image is used, `restore` gets it back instead of `add` running (false: a
  // damaged entry, the text is read). Without a hash, imports are read from
  // the text every time.
  struct Imports {
    bool replace = false;
    // Imported PETRARCH/TABARI verbs carry their coders' conventions (a
    // future act is coded by its own pattern, "- WILL * COMMITMENT [102]"):
    // casus's clause-meaning recodings (coding.txt) are then off.
    bool codes_as_written = false;
    // Imported verbs, their coders' rules for a verb's missing target (the
    // first actor after it, anywhere in the sentence: TABARI's, and
    // PETRARCH's search of the verb phrase) and missing subject (the first
    // actor of the sentence part: TABARI's; PETRARCH's subject phrase,
    // which casus's syntax misses in the suite's odd sentences); the suites
    // expect them.
    bool target_after_verb = false;
    bool source_first_actor = false;
    // Imported PETRARCH verbs: PETRARCH's own matching (EventPolicy::petrarch).
    bool petrarch = false;
    // Changes the imported set's own options make to the event policy (a
    // TABARI .options file: default parties, minimum words, code by).
    std::function<void(EventPolicy*)> policy;
    std::function<Status(Dictionaries*)> add;
    uint64_t hash = 0;
    std::function<std::string()> save;
    std::function<bool(std::string_view)> restore;
  };
  static Status Load(const std::string& data_dir, const std::string& lexicon_path,
                     std::shared_ptr<const Dictionaries>* out, const Imports* imports = nullptr);
  // The image file for a lexicon: "dictionaries.img" in the lexicon's folder.
  static std::string ImagePathFor(const std::string& lexicon_path);
  // Writes the tables as an image file (what casus-imgc does at build time).
  Status WriteImage(const std::string& path) const;
  // Whether the tables came from an image file (not the text sources).
  bool from_image_file() const { return from_file_; }

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

  // Actor trie over lowercase token ids (compressed rows: node n's actors
  // are node_entries_[node_off_[n] .. node_off_[n+1])).
  struct Node {
    std::span<const uint32_t> entries;  // into actors_
  };
  static constexpr uint32_t kRoot = 0;
  uint32_t Step(uint32_t node, int32_t id) const;  // kNoNode when absent
  static constexpr uint32_t kNoNode = 0xffffffffu;
  Node node(uint32_t n) const {
    return {node_entries_.subspan(node_off_[n], node_off_[n + 1] - node_off_[n])};
  }
  const ActorEntry& actor(uint32_t i) const { return actors_[i]; }
  // Misspelled single-word names ("Afganistan"): the index in the image.
  const FuzzyNames& fuzzy_names() const { return fuzzy_; }
  size_t actor_count() const { return actors_.size(); }

  const std::vector<uint32_t>* PatternsFor(int32_t verb_lemma) const;
  const Pattern& pattern(uint32_t i) const { return patterns_[i]; }
  int32_t be_lemma() const { return be_; }  // "be": copula patterns are indexed under it
  size_t pattern_count() const { return patterns_.size(); }
  const std::string& file(uint32_t i) const { return files_[i]; }

  // Builders: Load feeds them the text sources' lines (a caller may too, on
  // a fresh Dictionaries after AddFile: the lines go into the tables being
  // built, which Step walks; they are compiled into the image only by Load).
  Status AddActorLine(std::string_view line, uint32_t file, uint32_t lineno);
  Status AddPatternLine(std::string_view line, uint32_t file, uint32_t lineno);
  // One code of an actor line (AddActorLine splits "EST/LVA/LTU").
  Status AddActorDraft(std::string_view phrases, ActorDraft e, const std::string& fname,
                       uint32_t lineno);
  // An imported dictionary's form of a verb the lexicon does not know
  // ("actxd" of ACT, "departes" of DEPART): tagged as a verb form by its
  // ending. False when the word is known already (then left as it is).
  bool AddVerbForm(std::string_view form, std::string_view lemma);
  // A code the CAMEO table lacks, used by an imported validation suite (its
  // own invented codes): no Goldstein value, no PLOVER event.
  void AddSuiteCode(const std::string& code) { cameo_[code].code = code; }
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
  // A file of the data folder: evidence names it relative to the folder
  // ("data/actors/groups.txt"), stable across machines.
  uint32_t AddDataFile(const std::string& path) {
    std::string rel = path;
    if (!data_dir_.empty() && rel.rfind(data_dir_ + "/", 0) == 0)
      rel = "data/" + rel.substr(data_dir_.size() + 1);
    return AddFile(std::move(rel), path);
  }

  // (node, word id) -> child, open addressing (child kNoNode: empty slot).
  struct EdgeSlot {
    uint64_t key = 0;
    uint32_t child = kNoNode;
    uint32_t spare = 0;
  };

 private:
  struct Builder;  // the tables while the text sources are read (dictionary.cc)
  Status LoadText(const std::string& data_dir, const std::string& lexicon_path,
                  const std::string& gazetteer, uint64_t source_hash, const Imports* imports);
  Status LoadPolicy(const std::string& data_dir);  // text rules, CAMEO, roles, rules/
  Status Compile(uint64_t source_hash);            // Builder -> image in memory -> Attach
  void PutActors(ImageWriter* w) const;            // the Builder's actors as kSecActors
  Status PutFuzzyNames(ImageWriter* w) const;      // the single-word names' index
  Status Attach(std::shared_ptr<const ImageReader> image);
  Status AddActorPhrase(std::string_view phrase, const ActorDraft& e);
  Status LoadCameo(const std::string& dir);
  Status LoadPlover(const std::string& path, const std::string& codes_path,
                    const std::vector<std::pair<std::string, uint32_t>>& codes);
  Status LoadFile(const std::string& path, bool verbs);
  Status CheckOwnPatterns(size_t first);          // the Builder's patterns from `first` on
  Status LoadGazetteer(const std::string& path);  // places.cc
  Status LoadRegions(const std::string& path);    // places.cc
  void SortPatterns();

  Status LoadRoles(const std::string& path);

  std::shared_ptr<const ImageReader> image_;  // what the tables below point into
  bool from_file_ = false;
  Lexicon lex_;
  Rules rules_;
  ActorRules actor_rules_;
  std::shared_ptr<const EventPolicy> events_;
  EnrichRules enrich_;                     // points into rules_
  std::unordered_set<std::string> roles_;  // role codes: cameo/roles.tsv + actor dictionaries
  std::unordered_map<std::string, CameoCode> cameo_;
  std::span<const ActorEntry> actors_;  // the image's kSecActors
  std::span<const uint32_t> node_off_, node_entries_;
  std::span<const EdgeSlot> edges_;
  uint64_t edge_mask_ = 0;
  std::span<const uint32_t> root_child_;  // word id -> first trie node (most lookups stop here)
  FuzzyNames fuzzy_;
  std::vector<Pattern> patterns_;
  std::unordered_map<int32_t, std::vector<uint32_t>> by_verb_;
  std::vector<std::string> files_, paths_;
  std::string data_dir_;
  int32_t be_ = -1;
  std::unique_ptr<Builder> b_;  // only while the text sources are read
};

}  // namespace casus
