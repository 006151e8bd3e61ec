// Shared by the actor tests: the actor codes FindActors gives a sentence on a
// day (yyyymmdd), pronouns left out, places marked with a trailing "@".
#pragma once
#include <string>
#include <vector>

#include "common.h"
#include "internal.h"
#include "text/text.h"

namespace casus::testing {

// A sentence tokenized, tagged and with its actors found. `text` must
// outlive it (the sentence views it).
inline Sentence WithActors(const std::string& text, int32_t day = 20240305) {
  Sentence s;
  s.text = text;
  s.day = day;
  const Dictionaries& d = *Dicts();
  Tokenize(s.text, d.lexicon(), &s.toks);
  Tag(s.text, d.lexicon(), &s.toks);
  FindActors(d, &s);
  return s;
}

inline std::vector<std::string> ActorCodes(const std::string& text, int32_t day = 20240305) {
  Sentence s = WithActors(text, day);
  std::vector<std::string> out;
  for (const Mention& m : s.mentions)
    if (!m.pronoun) out.push_back(m.code + (m.place ? "@" : ""));
  return out;
}

}  // namespace casus::testing
