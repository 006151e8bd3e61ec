// The event record (../shared/spec/event-record.md) and the other records on
// the output stream. Plain values: safe to copy and move between threads.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace casus {

// A byte range [begin, end) in a text.
struct Span {
  uint32_t begin = 0, end = 0;
};

// Who acts or is acted upon. `code` is CAMEO-style (country + role, or an IGO
// code); `country` is ISO 3166-1 alpha-3 or empty (IGOs, bare roles).
struct Actor {
  std::string code;
  std::string country;
  std::string role;
  std::string text;  // the words in the sentence that named it
  bool operator==(const Actor&) const = default;
};

struct Place {
  std::string name, country, feature;  // feature: "city" or "country"
  double lat = 0, lon = 0;
  bool has_coords = false;  // countries carry no point
};

struct Quantity {
  double value = 0;
  std::string unit;  // lemma of the counted noun: "troop", "protester"
  std::optional<Actor> actor;
  std::string text;  // "some 3,000 protesters"
};

struct Evidence {
  std::string verb_phrase;      // the words that matched, as in the sentence
  uint32_t begin = 0, end = 0;  // byte span of verb_phrase in the sentence
  // The same span in characters (Unicode code points), as Python slices a str.
  uint32_t char_begin = 0, char_end = 0;
  std::string pattern;     // the dictionary pattern that fired
  std::string dictionary;  // file:line of that pattern
  // How the verb was coded when no pattern of its own matched: "wordnet" (a
  // WordNet relative's pattern was borrowed), or empty (its own pattern).
  std::string backoff;
};

struct Event {
  std::string event_id;
  std::string article_id;
  int sentence_index = 0;
  int page = 0;  // PDF input: the 1-based page of the sentence; 0 otherwise
  std::string sentence;
  std::string date;  // YYYY-MM-DD or empty (null)
  std::optional<Actor> source, target;
  std::string cameo, root;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover;  // PLOVER event type, empty when unmapped
  bool negated = false;
  std::string modality = "asserted";  // asserted | reported | hypothetical
  std::optional<Actor> attributed_to;
  std::optional<Place> location;
  std::vector<Quantity> quantities;
  Evidence evidence;
};

struct QuantityRecord {
  std::string article_id;
  int sentence_index = 0;
  Quantity quantity;
  std::optional<Actor> attributed_to;
  std::string sentence;
};

struct ErrorRecord {
  std::string article_id;  // may be empty when the record had none
  std::string input;       // file name or "-"
  long line = 0;           // 1-based line in the input, 0 for whole-file errors
  std::string message;
  int page = 0;  // PDF: 1-based page the error is on (also named in message), else 0
};

}  // namespace casus
