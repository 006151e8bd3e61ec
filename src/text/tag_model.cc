// TagModel: reads the tagger tables compiled by tools/tagmodel.py.
#include "text/tag_model.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>

#include "image/image.h"
#include "text/text.h"
#include "util/strings.h"

namespace casus {
namespace {

constexpr const char* kStateNames[kStateCount] = {
    "NN", "NNS", "NNP", "VB", "VBD", "VBN", "VBG", "VBZ", "VBP", "JJ", "RB",    "IN",   "DT",
    "PRP", "PRPS", "MD", "CD", "CC", "WH", "TO", "POS", "COMMA", "END", "PUNCT", "OTHER"};

int StateOf(std::string_view name) {
  for (int s = 0; s < kStateCount; ++s)
    if (name == kStateNames[s]) return s;
  return -1;
}

int16_t Milli(double logp) {
  return int16_t(std::lround(std::max(-30.0, std::min(0.0, logp)) * 1000));
}

}  // namespace

Status TagModel::Load(const std::string& path, const Lexicon& lex) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Ok();  // no model built: the tagger uses its rules
  std::vector<std::pair<uint32_t, std::vector<TagEmission>>> words;
  std::vector<int16_t> trans(kStateCount * kStateCount, Milli(-30));
  bool states_ok = false;
  std::string line;
  for (long no = 1; std::getline(in, line); ++no) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    auto bad = [&](const std::string& why) {
      return Status::Error(path + ":" + std::to_string(no) + ": " + why);
    };
    if (f[0] == "S") {
      std::vector<std::string_view> names = Split(f.size() > 1 ? f[1] : "", ' ');
      if (names.size() != kStateCount) return bad("expected " + std::to_string(kStateCount) +
                                                  " states");
      for (int s = 0; s < kStateCount; ++s)
        if (names[s] != kStateNames[s]) return bad("state " + std::string(names[s]) +
                                                   " out of order");
      states_ok = true;
    } else if (f[0] == "T" && f.size() == 3) {
      int a = StateOf(f[1]);
      std::vector<std::string_view> v = Split(f[2], ' ');
      if (!states_ok || a < 0 || v.size() != kStateCount) return bad("bad transition row");
      for (int b = 0; b < kStateCount; ++b)
        trans[a * kStateCount + b] = Milli(std::strtod(std::string(v[b]).c_str(), nullptr));
    } else if (f[0] == "W" && f.size() == 3) {
      std::string_view w = f[1];
      bool cap = !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
      int32_t id = lex.Find(AsciiLower(w));
      if (id < 0) continue;
      std::vector<TagEmission> em;
      for (std::string_view item : Split(f[2], ' ')) {
        size_t colon = item.rfind(':');
        int s = colon == std::string_view::npos ? -1 : StateOf(item.substr(0, colon));
        if (s < 0) return bad("bad emission '" + std::string(item) + "'");
        TagEmission e;
        e.state = uint8_t(s);
        e.logp = Milli(std::strtod(std::string(item.substr(colon + 1)).c_str(), nullptr));
        em.push_back(e);
      }
      words.emplace_back(uint32_t(id) * 2 + (cap ? 1 : 0), std::move(em));
    }
  }
  if (!states_ok) return Status::Ok();  // comments only: no model
  std::stable_sort(words.begin(), words.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  own_keys_.clear();
  own_emis_.clear();
  for (auto& [key, em] : words) {
    if (!own_keys_.empty() && own_keys_.back().key == key) continue;  // "US" and "Us": first
    own_keys_.push_back({key, uint32_t(own_emis_.size())});
    own_emis_.insert(own_emis_.end(), em.begin(), em.end());
  }
  own_keys_.push_back({UINT32_MAX, uint32_t(own_emis_.size())});  // end sentinel
  // A word's keys (lowercase, then capitalised) are adjacent: index the first.
  own_first_key_.assign(lex.size(), UINT32_MAX);
  for (size_t i = own_keys_.size() - 1; i-- > 0;) own_first_key_[own_keys_[i].key / 2] = uint32_t(i);
  own_trans_ = std::move(trans);
  keys_ = own_keys_;
  first_key_ = own_first_key_;
  emis_ = own_emis_;
  trans_ = own_trans_;
  return Status::Ok();
}

void TagModel::Save(ImageWriter* out) const {
  out->Put(kSecTagKeys, keys_);
  out->Put(kSecTagFirstKey, first_key_);
  out->Put(kSecTagEmissions, emis_);
  out->Put(kSecTagTransitions, trans_);
}

Status TagModel::Attach(const ImageReader& image) {
  auto keys = image.Get<TagKey>(kSecTagKeys);
  auto first = image.Get<uint32_t>(kSecTagFirstKey);
  auto emis = image.Get<TagEmission>(kSecTagEmissions);
  auto trans = image.Get<int16_t>(kSecTagTransitions);
  if (keys.empty()) return Status::Ok();  // compiled without a model
  if (trans.size() != size_t(kStateCount) * kStateCount || keys.back().key != UINT32_MAX ||
      keys.back().begin != emis.size() || first.empty())
    return Status::Error("image: bad tagger model sections");
  for (uint32_t k : first)
    if (k != UINT32_MAX && k + 1 >= keys.size()) return Status::Error("image: bad tagger index");
  keys_ = keys;
  first_key_ = first;
  emis_ = emis;
  trans_ = trans;
  return Status::Ok();
}

std::span<const TagEmission> TagModel::Emissions(int32_t id, bool cap) const {
  if (id < 0 || size_t(id) >= first_key_.size() || first_key_[id] == UINT32_MAX) return {};
  // The word's keys: id * 2 (lowercase form) and/or id * 2 + 1 (capitalised).
  uint32_t k = first_key_[id];
  auto span_of = [&](uint32_t i) {
    return emis_.subspan(keys_[i].begin, keys_[i + 1].begin - keys_[i].begin);
  };
  bool has_lower = keys_[k].key == uint32_t(id) * 2;
  bool has_cap = keys_[k].key == uint32_t(id) * 2 + 1 || keys_[k + 1].key == uint32_t(id) * 2 + 1;
  if (cap && has_cap) return span_of(has_lower ? k + 1 : k);
  return has_lower ? span_of(k) : span_of(k);
}

}  // namespace casus
