// A sentence read up to its actors (tokens, tags, mentions), as the coder's
// driver does, for tests of the event coder's pieces (SentenceCoder).
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "common.h"
#include "internal.h"

namespace casus::testing {

struct Read {
  std::string text;
  Sentence s;
  explicit Read(const std::string& t) : text(t) {
    s.text = text;
    s.day = 20240305;
    Tokenize(s.text, Dicts()->lexicon(), &s.toks);
    Tag(s.text, Dicts()->lexicon(), &s.toks);
    FindActors(*Dicts(), &s);
  }
  // The first token spelled `w`.
  int Tok(std::string_view w) const {
    for (size_t i = 0; i < s.toks.size(); ++i)
      if (s.Word(int(i)) == w) return int(i);
    ADD_FAILURE() << "no token " << w;
    return -1;
  }
};

}  // namespace casus::testing
