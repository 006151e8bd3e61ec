// Lexicon: loads the TSV compiled by casus-lexgen and interns words.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>

#include "text/text.h"
#include "util/hash.h"

namespace casus {
namespace {

uint32_t TagBitFor(std::string_view t) {
  if (t == "NN") return kTagNN;
  if (t == "NNS") return kTagNNS;
  if (t == "NNP" || t == "NNPS") return kTagNNP;
  if (t == "VB") return kTagVB;
  if (t == "VBD") return kTagVBD;
  if (t == "VBN") return kTagVBN;
  if (t == "VBG") return kTagVBG;
  if (t == "VBZ") return kTagVBZ;
  if (t == "VBP") return kTagVBP;
  if (t == "JJ" || t == "JJR" || t == "JJS") return kTagJJ;
  if (t == "RB" || t == "RBR" || t == "RBS" || t == "RP") return kTagRB;
  if (t == "IN") return kTagIN;
  if (t == "DT" || t == "PDT") return kTagDT;
  if (t == "PRP") return kTagPRP;
  if (t == "PRP$") return kTagPRPS;
  if (t == "MD") return kTagMD;
  if (t == "CD") return kTagCD;
  if (t == "CC") return kTagCC;
  if (t == "WDT" || t == "WP" || t == "WRB" || t == "WP$") return kTagWH;
  if (t == "TO") return kTagTO;
  if (t == "WN") return kTagWordNetOnly;
  return kTagOther;
}

// `suf` ends `s` and leaves a stem of at least two letters.
bool HasSuffix(std::string_view s, std::string_view suf) {
  return s.size() > suf.size() + 1 && s.substr(s.size() - suf.size()) == suf;
}

}  // namespace

Status Lexicon::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read the compiled lexicon (build casus first)");
  std::string line;
  long n = 0;
  std::vector<std::pair<int32_t, std::pair<std::string, std::string>>> lemmas;
  // Lowercase entries first: a capitalised entry ("Shared" as a name) only
  // describes a word the lexicon has no lowercase entry for.
  std::vector<std::pair<long, std::string>> lines;  // (line number, text)
  while (std::getline(in, line)) lines.emplace_back(++n, std::move(line));
  std::stable_partition(lines.begin(), lines.end(), [](const auto& l) {
    return l.second.empty() || !(l.second[0] >= 'A' && l.second[0] <= 'Z');
  });
  std::unordered_map<std::string, bool> lower_seen;
  for (auto& [lineno, line] : lines) {
    n = lineno;
    size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1);
    if (a == std::string::npos || b == std::string::npos || c == std::string::npos)
      return Status::Error(path + ":" + std::to_string(n) + ": expected 4 tab-separated fields");
    std::string word = line.substr(0, a);
    for (char& ch : word)
      if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
    bool capital = !line.empty() && line[0] >= 'A' && line[0] <= 'Z';
    if (capital && lower_seen.count(word)) continue;
    if (!capital) lower_seen[word] = true;
    int32_t id = Intern(word);
    LexEntry& e = entries_[id];
    std::string_view tags(line.data() + a + 1, b - a - 1);
    bool first = e.tags == 0;
    size_t p = 0;
    while (p <= tags.size()) {
      size_t q = tags.find('|', p);
      if (q == std::string_view::npos) q = tags.size();
      uint32_t bit = TagBitFor(tags.substr(p, q - p));
      if (first && e.first == 0) e.first = bit;
      e.tags |= bit;
      p = q + 1;
    }
    lemmas.push_back({id, {line.substr(b + 1, c - b - 1), line.substr(c + 1)}});
  }
  for (auto& [id, lm] : lemmas) {
    if (lm.first != "-" && entries_[id].verb_lemma < 0) entries_[id].verb_lemma = Intern(lm.first);
    if (lm.second != "-" && entries_[id].noun_lemma < 0)
      entries_[id].noun_lemma = Intern(lm.second);
  }
  if (words_.size() < 50000)
    return Status::Error(path + ": lexicon has only " + std::to_string(words_.size()) + " words");
  return Status::Ok();
}

namespace {
// FNV-1a: words are short, so a simple byte hash is fastest here.
inline uint64_t WordHash(std::string_view w) {
  return FnvBytes(kFnvOffset, w) | 1;  // never 0: 0 marks an empty slot
}
}  // namespace

void Lexicon::Freeze() {
  size_t cap = 1;
  while (cap < words_.size() * 2 + 16) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (size_t id = 0; id < words_.size(); ++id) {
    uint64_t h = WordHash(words_[id]);
    size_t i = h & mask_;
    while (slots_[i].hash) i = (i + 1) & mask_;
    slots_[i] = {h, int32_t(id)};
  }
}

int32_t Lexicon::Find(std::string_view lower) const {
  if (slots_.empty()) {
    auto it = ids_.find(lower);
    return it == ids_.end() ? -1 : it->second;
  }
  uint64_t h = WordHash(lower);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& sl = slots_[i];
    if (!sl.hash) return -1;
    if (sl.hash == h && words_[sl.id] == lower) return sl.id;
  }
}

int32_t Lexicon::Intern(std::string_view lower) {
  slots_.clear();  // a new word: back to the map until the next Freeze
  auto it = ids_.find(lower);
  if (it != ids_.end()) return it->second;
  int32_t id = int32_t(words_.size());
  words_.emplace_back(lower);
  entries_.emplace_back();
  ids_.emplace(std::string(lower), id);
  return id;
}

bool Lexicon::Marked(std::string_view word, TextMark m) const {
  char buf[16];
  if (word.empty() || word.size() > sizeof buf) return false;
  for (size_t i = 0; i < word.size(); ++i)
    buf[i] = char(std::tolower(static_cast<unsigned char>(word[i])));
  return Entry(Find(std::string_view(buf, word.size()))).marks & m;
}

int32_t Lexicon::VerbLemma(std::string_view w) const {
  int32_t id = Find(w);
  if (id >= 0 && entries_[id].verb_lemma >= 0) return entries_[id].verb_lemma;
  if (id >= 0 && (entries_[id].tags & kTagVerbAny)) return id;
  static constexpr std::pair<std::string_view, std::string_view> kRules[] = {
      {"ies", "y"}, {"es", "e"}, {"es", ""},   {"s", ""},
      {"ed", "e"},  {"ed", ""},  {"ing", "e"}, {"ing", ""}};
  for (auto [suf, rep] : kRules) {
    if (!HasSuffix(w, suf)) continue;
    std::string cand(w.substr(0, w.size() - suf.size()));
    cand += rep;
    int32_t c = Find(cand);
    if (c >= 0 && (entries_[c].tags & kTagVB)) return c;
  }
  return -1;
}

int32_t Lexicon::NounLemma(std::string_view w) const {
  int32_t id = Find(w);
  if (id >= 0 && entries_[id].noun_lemma >= 0) return entries_[id].noun_lemma;
  if (HasSuffix(w, "s")) {
    int32_t c = Find(w.substr(0, w.size() - 1));
    if (c >= 0) return c;
  }
  return id;
}

}  // namespace casus
