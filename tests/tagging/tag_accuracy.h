// Tag accuracy of casus's tagger on a hand-tagged sample (tests/tagging/*.tags:
// one sentence per line, `word/PENN` tokens). Shared by test_tagging.cc (a
// floor) and anyone comparing taggers. Header-only test helper.
//
// Penn tags are folded into the coarse classes the coder decides on:
//   N (NN NNS NNP NNPS), V (VB* and our AUX), J (JJ*), R (RB* RP, our NEG),
//   and O for every closed class (their fine distinctions, "that" as IN or
//   WDT, do not steer the coder; closed words come from data/text).
// A prenominal participle ("armed/VBN groups", "ruling/VBG party") may be
// J: Penn writes these as verbs, the coder needs them as modifiers. A
// capitalised adjective ("Kurdish/JJ fighters") may be N: for the coder a
// country or group adjective is a name. A quantifier adjective ("several/JJ",
// "most/JJS") may be a determiner (closed class O). In the coder's tags, a
// word inside an actor mention may be N ("the foreign ministry").
// Verb form (VBD vs VBN: active past vs passive) is scored separately over
// the tokens both sides call verbs with a Penn VB-tag and our kVerb.
#pragma once
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/text.h"

namespace casus::testing {

struct TagScore {
  int tokens = 0, aligned = 0, correct = 0;   // coarse classes
  int verbs = 0, verb_forms_correct = 0;      // VForm over shared verbs
  std::vector<std::string> misses;            // "word gold->ours | sentence"
};

inline char GoldClass(const std::string& t) {
  if (t.rfind("NN", 0) == 0) return 'N';
  if (t.rfind("VB", 0) == 0) return 'V';
  if (t.rfind("JJ", 0) == 0) return 'J';
  if (t.rfind("RB", 0) == 0 || t == "RP") return 'R';
  return 'O';
}

inline char OurClass(Pos p) {
  switch (p) {
    case Pos::kNoun: case Pos::kPropn: return 'N';
    case Pos::kVerb: case Pos::kAux: return 'V';
    case Pos::kAdj: return 'J';
    case Pos::kAdv: case Pos::kNeg: return 'R';
    default: return 'O';
  }
}

inline VForm GoldForm(const std::string& t) {
  if (t == "VBD") return VForm::kPast;
  if (t == "VBN") return VForm::kPart;
  if (t == "VBG") return VForm::kGerund;
  if (t == "VBZ") return VForm::kPres3;
  if (t == "VBP") return VForm::kPres;
  return VForm::kBase;
}

// Sentence text from tokens: a space between tokens except before closing
// punctuation, 's and n't.
inline std::string Detokenize(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) {
    bool glue = !s.empty() && (w == "," || w == "." || w == ";" || w == ":" || w == "'s" ||
                               w == "n't" || w == ")" || w == "?" || w == "!");
    if (!s.empty() && !glue) s += ' ';
    s += w;
  }
  return s;
}

// One token as a tagger saw it.
struct TaggedToken {
  std::string word;
  char cls = 'O';                // N V J R O
  int vform = -1;                // VForm of a verb, -1 when unknown
  bool upper = false, det = false;  // capitalised; a determiner
  bool actor = false;               // inside an actor mention (coder only)
};

inline std::vector<TaggedToken> FromTokens(std::string_view s, const std::vector<Token>& toks) {
  std::vector<TaggedToken> out;
  for (const Token& k : toks)
    out.push_back({std::string(s.substr(k.begin, k.end - k.begin)), OurClass(k.pos),
                   k.pos == Pos::kVerb ? int(k.vform) : -1, k.upper_initial,
                   k.pos == Pos::kDet});
  return out;
}

// Scores a tagger (a function from a sentence to its TaggedTokens) against
// the sample.
template <class TagFn>
TagScore ScoreTagger(const std::string& path, TagFn tag) {
  TagScore sc;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> words, gold;
    std::istringstream ls(line);
    for (std::string tok; ls >> tok;) {
      size_t slash = tok.rfind('/');
      words.push_back(tok.substr(0, slash));
      gold.push_back(tok.substr(slash + 1));
    }
    std::string s = Detokenize(words);
    std::vector<TaggedToken> toks = tag(s);
    sc.tokens += int(words.size());
    // Align by text: walk both sequences, matching equal words in order.
    size_t j = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      size_t k = j;
      while (k < toks.size() && toks[k].word != words[i]) ++k;
      if (k == toks.size()) continue;
      j = k + 1;
      ++sc.aligned;
      char g = GoldClass(gold[i]), o = toks[k].cls;
      bool prenominal = i + 1 < gold.size() && (gold[i] == "VBN" || gold[i] == "VBG") &&
                        (GoldClass(gold[i + 1]) == 'N' || GoldClass(gold[i + 1]) == 'J');
      bool name_adj = g == 'J' && o == 'N' && toks[k].upper;
      bool quantifier = g == 'J' && o == 'O' && toks[k].det;
      bool in_actor = o == 'N' && toks[k].actor && g != 'V';  // "the foreign ministry"
      if (g == o || (prenominal && o == 'J') || name_adj || quantifier || in_actor) {
        ++sc.correct;
      } else {
        sc.misses.push_back(words[i] + " " + gold[i] + "->" + o + " | " + s);
      }
      if (g == 'V' && o == 'V' && toks[k].vform >= 0) {
        ++sc.verbs;
        if (toks[k].vform == int(GoldForm(gold[i]))) {
          ++sc.verb_forms_correct;
        } else {
          sc.misses.push_back(words[i] + " form " + gold[i] + "->" +
                              std::to_string(toks[k].vform) + " | " + s);
        }
      }
    }
  }
  return sc;
}

}  // namespace casus::testing
