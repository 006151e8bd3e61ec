// Rules: the coding policy that is data, not code (data/rules/*.txt). Word
// classes the stages consult (speech verbs, modals, subordinators, ...),
// lists of role codes and CAMEO codes that rules act on, and code maps
// (intent by root). Format: data/FORMATS.md, "Rules".
//
// Each stage resolves the sections it needs once, at load time, through the
// Require* calls, which fail with "file:line: why" (or "data/rules: no
// section [name]") instead of leaving a rule to crash on a missing code.
//
// Ownership and threads: owned by Dictionaries; immutable after loading and
// read concurrently by every coding thread.
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "casus/dictionary.h"
#include "casus/status.h"

namespace casus {

class Lexicon;

// The kind a section declares after its name: "[name] kind".
enum class RuleKind : uint8_t { kWords, kRoles, kCameo, kCameoMap, kValues };

// A set of lowercase words or phrases ("each other": written each_other).
// Looked up by text or by lexicon id (every word is interned at load).
class WordSet {
 public:
  // By text (role codes, once per event): no copy of the word is made.
  bool Has(std::string_view lower) const { return words_.find(lower) != words_.end(); }
  bool Has(int32_t word_id) const {
    return word_id >= 0 && std::binary_search(ids_.begin(), ids_.end(), word_id);
  }
  const std::vector<std::string>& items() const { return items_; }

 private:
  friend class Rules;
  std::vector<std::string> items_;  // as written, in file order
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  std::vector<int32_t> ids_;  // sorted lexicon ids of one-word items
};

// A `values` section: lowercase words with a number each ("dozens 24",
// "monday 1"), looked up by lexicon id (every word is interned at load).
class ValueTable {
 public:
  struct Item {
    std::string word;
    double value = 0;
    uint32_t line = 0;
  };
  // The value of word `word_id`, or nullptr when the table lacks the word.
  const double* Find(int32_t word_id) const {
    auto it = std::lower_bound(
        ids_.begin(), ids_.end(), word_id,
        [](const std::pair<int32_t, double>& p, int32_t id) { return p.first < id; });
    return it != ids_.end() && it->first == word_id ? &it->second : nullptr;
  }
  const std::vector<Item>& items() const { return items_; }  // in file order

 private:
  friend class Rules;
  std::vector<Item> items_;
  std::vector<std::pair<int32_t, double>> ids_;  // sorted by lexicon id
};

// One section as read: its items with their lines.
struct RuleSection {
  std::string name, file;
  uint32_t line = 0;  // of the header
  RuleKind kind = RuleKind::kWords;
  std::vector<std::pair<std::string, uint32_t>> items;  // item, line
  WordSet words;                                        // kWords and kRoles
  ValueTable values;                                    // kValues
};

// "file:line: what", the form of every data-file error.
std::string DataError(const std::string& file, uint32_t line, const std::string& what);

// Every line of every data file passes this before it is parsed. A NUL byte or
// invalid UTF-8 in a dictionary is "file:line: why" at load: such a phrase can
// never match, and a word list would carry it into output that is not valid JSON.
[[nodiscard]] Status CheckDataLine(std::string_view line, const std::string& path, uint32_t n);
// The lines of a "KEY: value   # comment" data file: each checked
// (CheckDataLine), comments and blank lines dropped, the rest trimmed and
// handed to `fn` with its line number; the first non-ok Status stops it. A
// file that cannot be opened is "PATH: cannot read" + `unreadable`.
[[nodiscard]] Status ForEachDataLine(const std::string& path, const std::string& unreadable,
                                     const std::function<Status(std::string_view, uint32_t)>& fn);

class Rules {
 public:
  // Reads every data/rules/*.txt in name order. Words are interned into
  // `lex`; CAMEO and role codes are checked against `cameo` and `roles`.
  Status Load(const std::string& dir, Lexicon* lex,
              const std::unordered_map<std::string, CameoCode>& cameo,
              const std::unordered_set<std::string>& roles);

  // The word set of section `name` (kind words or roles).
  [[nodiscard]] Status RequireWords(std::string_view name, const WordSet** out) const;
  // The single CAMEO code of a `cameo` section with exactly one item.
  [[nodiscard]] Status RequireCode(std::string_view name,
                                   const std::unordered_map<std::string, CameoCode>& cameo,
                                   const CameoCode** out) const;
  // All items of a `cameo` section (codes or roots), in file order.
  [[nodiscard]] Status RequireCodes(std::string_view name,
                                    const std::vector<std::string>** out) const;
  // A `cameo-map` section: pairs FROM TO (a root or code, then a code).
  [[nodiscard]] Status RequireMap(
      std::string_view name, const std::vector<std::pair<std::string, std::string>>** out) const;

  // A `values` section: word -> number.
  [[nodiscard]] Status RequireValues(std::string_view name, const ValueTable** out) const;

  const RuleSection* Find(std::string_view name) const;

 private:
  Status Require(std::string_view name, RuleKind kind, const RuleSection** out) const;
  static Status AddValue(const std::vector<std::string_view>& items, const std::string& path,
                         uint32_t n, Lexicon* lex, RuleSection* cur);
  std::vector<RuleSection> sections_;
  std::unordered_map<std::string, size_t> by_name_;
  std::unordered_map<std::string, std::vector<std::string>> codes_;
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> maps_;
};

}  // namespace casus
