// The dictionaries while Dictionaries::Load reads the text sources: owned,
// growable tables (actor drafts, a trie with per-node vectors, an edge map,
// patterns), compiled into an image by Dictionaries::Compile and then
// dropped. Internal to src/match/dictionary*.cc; not thread-safe (one loader).
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/dictionaries.h"

namespace casus {

// The edge table's slot for a (node << 32 | word id) key.
inline uint64_t EdgeHash(uint64_t key) {
  uint64_t h = key * 0x9e3779b97f4a7c15ull;
  return h ^ (h >> 32);
}

struct ActorDraft {
  std::string code, country, role;
  ActorField field = ActorField::kName;
  int32_t from = 0, to = 99999999;
  uint32_t source = 0, line = 0;
  std::string cases;     // one byte per token (ActorEntry::cases)
  std::string spelling;  // ActorEntry::spelling, joined by '\x1f'
  float lat = 0, lon = 0;
  std::string feature;
  PlaceKind place = PlaceKind::kNone;
  bool needs_country = false;
  bool gaps = false;  // ActorEntry::gaps
};

struct Dictionaries::Builder {
  struct Pat {
    std::string code, text;
    std::string reverse;  // "032:033": the event target -> source too ("" none)
    int32_t verb = -1;
    std::vector<PatternItem> items;
    int literals = 0;
    uint32_t source = 0, line = 0;
  };
  std::vector<std::vector<uint32_t>> nodes{1};  // the root
  std::unordered_map<uint64_t, uint32_t> edges;
  std::vector<ActorDraft> actors;
  std::vector<Pat> patterns;
  // casus's own verb files: each pattern (lowercase, single spaces) -> the
  // index of its first Pat, so one listed twice with two codes is an error.
  std::unordered_map<std::string, size_t> own_patterns;
  std::string lexicon_path;  // re-read at compile time (fuzzy_names.h CorrectableWords)
};

// An actor or role code: three or more capitals or digits (dictionary_actors.cc).
bool IsUpperCode(std::string_view s);

}  // namespace casus
