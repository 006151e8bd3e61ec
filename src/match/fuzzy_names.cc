// Misspelled names: the policy, the symmetric-delete index compiled into the
// image, and the lookup (fuzzy_names.h).
#include "match/fuzzy_names.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>
#include <string>

#include "image/image.h"
#include "text/text.h"
#include "util/hash.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace casus {
namespace {

constexpr int kMaxBytes = 64, kMaxChars = 40;

// A word as the index reads it: lowercase (ASCII, as the tokenizer folds
// case), split into characters, its letters counted. On the stack: nothing
// is allocated per word.
struct Chars {
  char bytes[kMaxBytes];
  uint8_t off[kMaxChars + 1];  // byte offset of each character; off[n] is the size
  char32_t cp[kMaxChars];
  int n = 0, letters = 0;
};

// False for a word no name is written like: digits, dots ("U.S."), other
// signs, or too long to be a name.
bool ReadChars(std::string_view w, Chars* out) {
  if (w.size() > size_t(kMaxBytes)) return false;
  out->n = out->letters = 0;
  size_t i = 0;
  while (i < w.size()) {
    if (out->n == kMaxChars) return false;
    out->off[out->n] = uint8_t(i);
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      if (c >= 'a' && c <= 'z')
        ++out->letters;
      else if (c != '-' && c != '\'')  // "al-Shabab", "N'Djamena"
        return false;
      out->bytes[i++] = char(c);
      out->cp[out->n++] = c;
    } else {
      size_t b = i;
      char32_t cp = DecodeUtf8(w, &i);
      // Signs are no letters; an apostrophe may be part of a name ("Ts’khinvali").
      if (cp == 0x2019 || cp == 0x2BC) {
        out->cp[out->n++] = cp;
        continue;
      }
      if (cp < 0xC0 || (cp >= 0x2000 && cp < 0x2C00) || (cp >= 0x3000 && cp < 0x3040) ||
          cp == 0xFFFD)
        return false;
      std::memcpy(out->bytes + b, w.data() + b, i - b);
      ++out->letters;
      out->cp[out->n++] = cp;
    }
  }
  out->off[out->n] = uint8_t(i);
  // "India’s" (a possessive the tokenizer left on) is no misspelling of "Indians".
  auto apostrophe = [](char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2BC; };
  return !(out->n >= 2 && out->cp[out->n - 1] == 's' && apostrophe(out->cp[out->n - 2]));
}

uint32_t Fold(uint64_t h) {
  return uint32_t(h ^ (h >> 32));
}

// Calls f(hash) for the word and each variant of it with 1..d characters
// deleted (d <= 2). A variant reached twice ("ll") is passed twice.
template <class F>
void ForEachVariant(const Chars& w, int d, F f) {
  std::string_view all(w.bytes, w.off[w.n]);
  auto from = [&](int k) { return all.substr(w.off[k]); };
  auto span = [&](int a, int b) { return all.substr(w.off[a], w.off[b] - w.off[a]); };
  uint64_t prefix[kMaxChars + 1];
  prefix[0] = kFnvOffset;
  for (int k = 0; k < w.n; ++k) prefix[k + 1] = FnvBytes(prefix[k], span(k, k + 1));
  f(Fold(prefix[w.n]));
  if (d < 1) return;
  for (int k = 0; k < w.n; ++k) f(Fold(FnvBytes(prefix[k], from(k + 1))));
  if (d < 2) return;
  for (int j = 0; j < w.n; ++j)
    for (int k = j + 1; k < w.n; ++k)
      f(Fold(FnvBytes(FnvBytes(prefix[j], span(j + 1, k)), from(k + 1))));
}

// Optimal string alignment distance (Damerau-Levenshtein with adjacent
// swaps), or limit + 1 once it must exceed `limit`.
int Distance(const Chars& a, const Chars& b, int limit) {
  if (std::abs(a.n - b.n) > limit) return limit + 1;
  int rows[3][kMaxChars + 1];
  int *pp = rows[0], *prev = rows[1], *cur = rows[2];
  for (int j = 0; j <= b.n; ++j) prev[j] = j;
  for (int i = 1; i <= a.n; ++i) {
    cur[0] = i;
    int best = cur[0];
    for (int j = 1; j <= b.n; ++j) {
      int cost = a.cp[i - 1] == b.cp[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a.cp[i - 1] == b.cp[j - 2] && a.cp[i - 2] == b.cp[j - 1])
        v = std::min(v, pp[j - 2] + 1);
      cur[j] = v;
      best = std::min(best, v);
    }
    if (best > limit) return limit + 1;
    int* t = pp;
    pp = prev;
    prev = cur;
    cur = t;
  }
  return std::min(prev[b.n], limit + 1);
}

// One is the other with a final "s" ("Toyotas", "the Kennedys"): a plural
// of the name, not a misspelling of it.
bool PluralOf(const Chars& a, const Chars& b) {
  const Chars& longer = a.n > b.n ? a : b;
  const Chars& shorter = a.n > b.n ? b : a;
  if (longer.n != shorter.n + 1 || longer.cp[longer.n - 1] != 's') return false;
  return std::equal(shorter.cp, shorter.cp + shorter.n, longer.cp);
}

int ParamOf(const ValueTable& v, std::string_view word, int fallback, bool* found) {
  for (const ValueTable::Item& it : v.items())
    if (it.word == word) {
      *found = true;
      return int(it.value);
    }
  *found = false;
  return fallback;
}

}  // namespace

Status FuzzyPolicy::Resolve(const Rules& rules) {
  const ValueTable* v;
  Status st = rules.RequireValues("fuzzy-names", &v);
  if (!st.ok()) return st;
  st = rules.RequireWords("fuzzy-never-words", &never);
  if (!st.ok()) return st;
  const RuleSection* sec = rules.Find("fuzzy-names");
  for (const ValueTable::Item& it : v->items()) {
    bool known = In(
        it.word, {"min-letters", "max-distance", "long-letters", "long-max-distance", "plural-s"});
    if (!known || it.value != double(int(it.value)))
      return Status::Error(sec->file + ":" + std::to_string(it.line) + ": [fuzzy-names] takes " +
                           "whole numbers for min-letters, max-distance, long-letters, " +
                           "long-max-distance, plural-s");
  }
  bool a, b, c, d, e;
  min_letters = ParamOf(*v, "min-letters", 6, &a);
  max_distance = ParamOf(*v, "max-distance", 1, &b);
  long_letters = ParamOf(*v, "long-letters", 10, &c);
  long_max_distance = ParamOf(*v, "long-max-distance", 1, &d);
  int plural = ParamOf(*v, "plural-s", 0, &e);
  plural_s = plural == 1;
  if (!(a && b && c && d && e) || min_letters < 4 || max_distance < 0 || max_distance > 2 ||
      long_letters < min_letters || long_max_distance < 0 || long_max_distance > 2 ||
      long_letters > kMaxChars || (plural != 0 && plural != 1))
    return Status::Error(sec->file + ":" + std::to_string(sec->line) +
                         ": [fuzzy-names] needs min-letters (4 or more), max-distance (0-2), " +
                         "long-letters (min-letters to 40), long-max-distance (0-2) and " +
                         "plural-s (0 or 1)");
  return Status::Ok();
}

Status CorrectableWords(const std::string& lexicon_tsv, const Lexicon& lex,
                        std::vector<bool>* out) {
  std::ifstream in(lexicon_tsv, std::ios::binary);
  if (!in) return Status::Error(lexicon_tsv + ": cannot read the compiled lexicon");
  std::vector<bool> lower(lex.size(), false), proper(lex.size(), false);
  out->assign(lex.size(), false);
  std::string line, word;
  while (std::getline(in, line)) {
    size_t a = line.find('\t');
    if (a == std::string::npos || a == 0) continue;
    size_t b = line.find('\t', a + 1);
    std::string_view tags = std::string_view(line).substr(a + 1, b - a - 1);
    word = AsciiLower(std::string_view(line).substr(0, a));
    int32_t id = lex.Find(word);
    if (id < 0 || size_t(id) >= out->size()) continue;
    if (!(line[0] >= 'A' && line[0] <= 'Z')) {
      lower[id] = true;
      continue;
    }
    (*out)[id] = true;
    for (std::string_view t : Split(tags, '|')) proper[id] = proper[id] || In(t, {"NNP", "NNPS"});
  }
  for (size_t id = 0; id < out->size(); ++id) (*out)[id] = (*out)[id] && !lower[id] && !proper[id];
  return Status::Ok();
}

void FuzzyNames::Build(const Lexicon& lex, const std::vector<Name>& names, const FuzzyPolicy& p,
                       const std::vector<bool>& correctable, ImageWriter* w) {
  std::vector<Key> keys;
  std::vector<uint32_t> mine;
  Chars c;
  for (const Name& nm : names) {
    if (!ReadChars(lex.Word(nm.word), &c)) continue;
    int d = p.MaxDistance(c.letters);
    if (d == 0) continue;
    mine.clear();
    ForEachVariant(c, d, [&](uint32_t h) { mine.push_back(h); });
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    for (uint32_t h : mine) keys.push_back({h, nm.node, nm.word, nm.sig});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.node < b.node;
  });
  std::vector<uint32_t> buckets = Buckets(keys);
  Table table{keys, buckets, 32 - std::countr_zero(uint32_t(buckets.size() - 1))};
  // Known words: decided here, once, for the few that may be misspellings.
  std::vector<Known> known;
  for (size_t id = 0; id < lex.size(); ++id) {
    if (id >= correctable.size() || !correctable[id] || (p.never && p.never->Has(int32_t(id))))
      continue;
    std::string_view word = lex.Word(int32_t(id));
    if (word.size() < size_t(p.min_letters)) continue;
    uint32_t node = Lookup(table, word, p, lex);
    if (node != kNone) known.push_back({int32_t(id), node});
  }
  w->Put(kSecFuzzyKeys, keys);
  w->Put(kSecFuzzyBuckets, buckets);
  w->Put(kSecFuzzyKnown, known);
}

Status FuzzyNames::Attach(const ImageReader& im, size_t nodes) {
  table_.keys = im.Get<Key>(kSecFuzzyKeys);
  table_.buckets = im.Get<uint32_t>(kSecFuzzyBuckets);
  const size_t nb = table_.buckets.size();
  if (nb < 2 || ((nb - 1) & (nb - 2)) || table_.buckets.back() != table_.keys.size())
    return Status::Error("image: bad fuzzy name buckets");
  table_.shift = 32 - std::countr_zero(uint32_t(nb - 1));
  known_ = im.Get<Known>(kSecFuzzyKnown);
  nodes_ = nodes;
  if (im.Bytes(kSecFuzzyKeys).size() % sizeof(Key) ||
      im.Bytes(kSecFuzzyKnown).size() % sizeof(Known))
    return Status::Error("image: bad fuzzy name index");
  return Status::Ok();
}

uint32_t FuzzyNames::Find(std::string_view written, int32_t id, const FuzzyPolicy& p,
                          const Lexicon& lex) const {
  if (written.size() < size_t(p.min_letters)) return kNone;  // bytes >= letters
  uint32_t node = kNone;
  if (id >= 0) {  // a known word: decided at compile time
    auto it = std::lower_bound(known_.begin(), known_.end(), id,
                               [](const Known& k, int32_t w) { return k.word < w; });
    if (it != known_.end() && it->word == id) node = it->node;
  } else {
    node = Lookup(table_, written, p, lex);
  }
  return node < nodes_ ? node : kNone;
}

std::vector<uint32_t> FuzzyNames::Buckets(std::span<const Key> keys) {
  size_t n = 1;
  while (n < keys.size() && n < (size_t(1) << 31)) n <<= 1;
  const int shift = 32 - std::countr_zero(uint32_t(n));
  std::vector<uint32_t> b(n + 1, 0);
  for (const Key& k : keys) ++b[(uint64_t(k.hash) >> shift) + 1];
  for (size_t i = 1; i <= n; ++i) b[i] += b[i - 1];
  return b;
}

uint32_t FuzzyNames::Lookup(const Table& t, std::string_view written, const FuzzyPolicy& p,
                            const Lexicon& lex) {
  Chars w;
  if (!ReadChars(written, &w)) return kNone;
  const int d = p.MaxDistance(w.letters);
  if (d == 0) return kNone;
  // The names whose variants meet the word's: few, or it is no misspelling.
  constexpr int kMaxCandidates = 16;
  const Key* cand[kMaxCandidates];
  int n = 0;
  bool overflow = false;
  ForEachVariant(w, d, [&](uint32_t h) {
    const size_t b = uint64_t(h) >> t.shift;
    const uint32_t from = t.buckets[b], to = t.buckets[b + 1];
    if (from > to || to > t.keys.size()) return;  // a damaged image: no match
    for (const Key* lo = t.keys.data() + from; lo != t.keys.data() + to; ++lo) {
      if (lo->hash != h) continue;
      bool seen = false;
      for (int k = 0; k < n && !seen; ++k) seen = cand[k]->node == lo->node;
      if (seen) continue;
      if (n == kMaxCandidates) {
        overflow = true;
        return;
      }
      cand[n++] = lo;
    }
  });
  if (overflow || n == 0) return kNone;
  // The nearest names; one actor among them, or none.
  int best = d + 1;
  const Key* pick = nullptr;
  bool ambiguous = false;
  Chars name;
  for (int k = 0; k < n; ++k) {
    if (cand[k]->word < 0 || size_t(cand[k]->word) >= lex.size() ||
        !ReadChars(lex.Word(cand[k]->word), &name))
      continue;
    // Two edits only between two long words.
    int limit = p.MaxDistance(std::min(w.letters, name.letters));
    int dist = Distance(w, name, limit);
    if (dist == 0 || dist > limit || dist > best) continue;
    if (!p.plural_s && PluralOf(w, name)) continue;
    if (dist < best) {
      best = dist;
      pick = cand[k];
      ambiguous = false;
    } else if (cand[k]->sig != pick->sig) {
      ambiguous = true;
    } else if (cand[k]->node < pick->node) {
      pick = cand[k];
    }
  }
  return pick && !ambiguous ? pick->node : kNone;
}

}  // namespace casus
