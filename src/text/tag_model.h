// TagModel: the tables of casus's statistical tagger, a first-order hidden
// Markov model over the tagger's states (the lexicon's tag bits plus the
// possessive and three kinds of punctuation), decoded with Viterbi in
// src/text/tagger.cc.
//
// The numbers come from Penn Treebank counts shipped by Debian's
// liblingua-en-tagger-perl (GPL-3), compiled at build time by
// tools/tagmodel.py into the build's data folder (tagmodel.tsv) and from
// there into the dictionary image. Without that file the model is empty
// (ready() is false) and the tagger uses its rules alone.
//
// Log-probabilities are stored as int16 thousandths (exact object
// representation, so the tables go into the image byte for byte).
//
// Ownership and thread safety: owned by its Lexicon; filled once while the
// lexicon loads (from the TSV, or by pointing into a mapped image), then
// immutable and shared read-only by every thread.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "casus/status.h"

namespace casus {

class Lexicon;
class ImageReader;
class ImageWriter;

enum TagState : uint8_t {
  kStNN, kStNNS, kStNNP, kStVB, kStVBD, kStVBN, kStVBG, kStVBZ, kStVBP, kStJJ, kStRB, kStIN,
  kStDT, kStPRP, kStPRPS, kStMD, kStCD, kStCC, kStWH, kStTO, kStPOS, kStComma, kStEnd,
  kStPunct, kStOther, kStateCount
};

// log P(state | word), in thousandths.
struct TagEmission {
  uint8_t state = 0;
  uint8_t pad = 0;  // explicit: image structs have no padding
  int16_t logp = 0;
};

// A word's emissions: key = lexicon id * 2 + (1 for the capitalised form).
struct TagKey {
  uint32_t key = 0;
  uint32_t begin = 0;  // into the emissions; the next key's begin ends them
};

class TagModel {
 public:
  bool ready() const { return !keys_.empty(); }
  // Reads tools/tagmodel.py's TSV; words the lexicon does not know are
  // skipped. A file holding only comments leaves the model empty. A missing
  // file is not an error (the model stays empty).
  [[nodiscard]] Status Load(const std::string& path, const Lexicon& lex);
  void Save(ImageWriter* out) const;
  [[nodiscard]] Status Attach(const ImageReader& image);

  // log P(next | prev) in thousandths.
  int Trans(int prev, int next) const { return trans_[prev * kStateCount + next]; }
  // The word's emissions (capitalised form when `cap` and it has one), or empty.
  std::span<const TagEmission> Emissions(int32_t id, bool cap) const;

 private:
  std::span<const TagKey> keys_;
  std::span<const uint32_t> first_key_;  // by lexicon id: its first key's index, or UINT32_MAX
  std::span<const TagEmission> emis_;
  std::span<const int16_t> trans_;
  std::vector<TagKey> own_keys_;  // when loaded from the TSV
  std::vector<uint32_t> own_first_key_;
  std::vector<TagEmission> own_emis_;
  std::vector<int16_t> own_trans_;
};

}  // namespace casus
