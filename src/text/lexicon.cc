// Lexicon: loads the TSV compiled by casus-lexgen and interns words.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <iterator>

#include "image/image.h"
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
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read the compiled lexicon (build casus first)");
  std::string buf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Status s = LoadBuffer(buf, path);
  if (!s.ok()) return s;
  // The tagger model is compiled next to the lexicon (tools/tagmodel.py).
  return tag_model_.Load(path.substr(0, path.find_last_of('/') + 1) + "tagmodel.tsv", *this);
}

Status Lexicon::LoadBuffer(std::string_view tsv, const std::string& path) {
  long n = 0;
  std::vector<std::pair<int32_t, std::pair<std::string_view, std::string_view>>> lemmas;
  // Lowercase entries first: a capitalised entry ("Shared" as a name) only
  // describes a word the lexicon has no lowercase entry for.
  std::vector<std::pair<long, std::string_view>> lines;  // (line number, text)
  for (size_t p = 0; p < tsv.size();) {
    size_t e = tsv.find('\n', p);
    if (e == std::string_view::npos) e = tsv.size();
    lines.emplace_back(++n, tsv.substr(p, e - p));
    p = e + 1;
  }
  std::stable_partition(lines.begin(), lines.end(), [](const auto& l) {
    return l.second.empty() || !(l.second[0] >= 'A' && l.second[0] <= 'Z');
  });
  std::unordered_map<std::string, bool> lower_seen;
  std::string word;
  for (auto& [lineno, line] : lines) {
    n = lineno;
    size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1);
    if (a == std::string::npos || b == std::string::npos || c == std::string::npos)
      return Status::Error(path + ":" + std::to_string(n) + ": expected 4 tab-separated fields");
    word.assign(line.substr(0, a));
    for (char& ch : word)
      if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
    bool capital = !line.empty() && line[0] >= 'A' && line[0] <= 'Z';
    if (capital && lower_seen.count(word)) continue;
    if (!capital) lower_seen[word] = true;
    int32_t id = Intern(word);
    LexEntry& e = Own()[id];
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
    if (lm.first != "-" && ent_[id].verb_lemma < 0) {
      int32_t v = Intern(lm.first);
      Own()[id].verb_lemma = v;
    }
    if (lm.second != "-" && ent_[id].noun_lemma < 0) {
      int32_t v = Intern(lm.second);
      Own()[id].noun_lemma = v;
    }
  }
  if (n_ < 50000)
    return Status::Error(path + ": lexicon has only " + std::to_string(n_) + " words");
  return Status::Ok();
}

namespace {
// FNV-1a: words are short, so a simple byte hash is fastest here.
inline uint64_t WordHash(std::string_view w) {
  return FnvBytes(kFnvOffset, w) | 1;  // never 0: 0 marks an empty slot
}
}  // namespace

LexEntry* Lexicon::Own() {
  if (ent_ != entries_.data() || entries_.size() != n_) entries_.assign(ent_, ent_ + n_);
  ent_ = entries_.data();
  return entries_.data();
}

void Lexicon::Freeze() {
  if (slots_ && slot_words_ == n_) return;  // the table already covers every word
  size_t cap = 1;
  while (cap < n_ * 2 + 16) cap <<= 1;
  own_slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (size_t id = 0; id < n_; ++id) {
    uint64_t h = WordHash(Word(int32_t(id)));
    size_t i = h & mask_;
    while (own_slots_[i].hash) i = (i + 1) & mask_;
    own_slots_[i] = {h, int32_t(id), kNoPos};
  }
  slots_ = own_slots_.data();
  slot_words_ = n_;
}

int32_t Lexicon::Find(std::string_view lower) const {
  if (slots_) {
    uint64_t h = WordHash(lower);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& sl = slots_[i];
      if (!sl.hash) break;
      if (sl.hash != h) continue;
      if (sl.pos == kNoPos
              ? Word(sl.id) == lower
              : (sl.pos & 0xFF) == lower.size() &&
                    std::memcmp(blob_ + (sl.pos >> 8), lower.data(), lower.size()) == 0)
        return sl.id;
    }
    if (slot_words_ == n_) return -1;
  }
  auto it = ids_.find(lower);
  return it == ids_.end() ? -1 : it->second;
}

int32_t Lexicon::Intern(std::string_view lower) {
  int32_t found = Find(lower);
  if (found >= 0) return found;
  int32_t id = int32_t(n_);
  extra_.emplace_back(lower);
  Own();
  entries_.emplace_back();
  ent_ = entries_.data();
  ++n_;
  ids_.emplace(extra_.back(), id);
  return id;
}

Status Lexicon::Attach(const ImageReader& image) {
  auto off = image.Get<uint32_t>(kSecLexWordOffsets);
  auto words = image.Bytes(kSecLexWords);
  auto ents = image.Get<LexEntry>(kSecLexEntries);
  auto slots = image.Get<Slot>(kSecLexSlots);
  if (off.empty() || ents.size() + 1 != off.size() || off.back() != words.size() || slots.empty() ||
      (slots.size() & (slots.size() - 1)))
    return Status::Error("image: bad lexicon sections");
  extra_.clear();
  ids_.clear();
  entries_.clear();
  own_slots_.clear();
  blob_ = words.data();
  word_off_ = off.data();
  base_n_ = n_ = ents.size();
  ent_ = ents.data();
  slots_ = slots.data();
  mask_ = slots.size() - 1;
  slot_words_ = n_;
  return tag_model_.Attach(image);
}

void Lexicon::Save(ImageWriter* out) const {
  std::vector<uint32_t> off{0};
  std::string words;
  for (size_t id = 0; id < n_; ++id) {
    words += Word(int32_t(id));
    off.push_back(uint32_t(words.size()));
  }
  out->Put(kSecLexWordOffsets, off);
  out->PutBytes(kSecLexWords, words);
  out->Put(kSecLexEntries, std::span<const LexEntry>(ent_, n_));
  std::vector<Slot> slots(slots_, slots_ + mask_ + 1);
  for (Slot& sl : slots) {
    size_t len = sl.hash ? off[sl.id + 1] - off[sl.id] : 0;
    sl.pos =
        sl.hash && len < 0xFF && off[sl.id] < (1u << 24) ? off[sl.id] << 8 | uint32_t(len) : kNoPos;
  }
  out->Put(kSecLexSlots, std::span<const Slot>(slots));
  tag_model_.Save(out);
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
  if (id >= 0 && ent_[id].verb_lemma >= 0) return ent_[id].verb_lemma;
  if (id >= 0 && (ent_[id].tags & kTagVerbAny)) return id;
  static constexpr std::pair<std::string_view, std::string_view> kRules[] = {
      {"ies", "y"}, {"es", "e"}, {"es", ""},   {"s", ""},
      {"ed", "e"},  {"ed", ""},  {"ing", "e"}, {"ing", ""}};
  for (auto [suf, rep] : kRules) {
    if (!HasSuffix(w, suf)) continue;
    std::string cand(w.substr(0, w.size() - suf.size()));
    cand += rep;
    int32_t c = Find(cand);
    if (c >= 0 && (ent_[c].tags & kTagVB)) return c;
  }
  return -1;
}

int32_t Lexicon::NounLemma(std::string_view w) const {
  int32_t id = Find(w);
  if (id >= 0 && ent_[id].noun_lemma >= 0) return ent_[id].noun_lemma;
  if (HasSuffix(w, "s")) {
    int32_t c = Find(w.substr(0, w.size() - 1));
    if (c >= 0) return c;
  }
  return id;
}

}  // namespace casus
