// Tag accuracy on the hand-tagged wire sample tests/tagging/wire.tags
// (1,076 tokens; see tagging/tag_accuracy.h for how Penn tags are folded),
// three times: the statistical tagger, the rules tagger (the default), and
// the tags the coder ends with (after the
// actor pass turns actor words into nouns: "Government troops"), read from
// its trace. The floors are the figures measured when the sample was written:
// a change that loses accuracy fails here; one that gains raises the floor.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "common.h"
#include "tagging/tag_accuracy.h"

namespace casus {
namespace {

const std::string kSample = std::string(CASUS_SOURCE_DIR) + "/tests/tagging/wire.tags";

void Print(const char* what, const testing::TagScore& sc) {
  for (const std::string& m : sc.misses) std::printf("%s miss: %s\n", what, m.c_str());
  std::printf("%s: tokens %d aligned %d coarse %d (%.1f%%) verb forms %d/%d (%.1f%%)\n", what,
              sc.tokens, sc.aligned, sc.correct, 100.0 * sc.correct / std::max(sc.aligned, 1),
              sc.verb_forms_correct, sc.verbs,
              100.0 * sc.verb_forms_correct / std::max(sc.verbs, 1));
}

TEST(Tagging, StatisticalTaggerOnTheWireSample) {
  const Lexicon& lex = testing::Dicts()->lexicon();
  if (!lex.tag_model().ready()) GTEST_SKIP() << "no tagger model (liblingua-en-tagger-perl)";
  testing::TagScore sc = testing::ScoreTagger(kSample, [&](const std::string& s) {
    std::vector<Token> t;
    Tokenize(s, lex, &t);
    TagStatistically(s, lex, &t);
    return testing::FromTokens(s, t);
  });
  Print("statistical", sc);
  EXPECT_GE(sc.tokens, 1000);
  EXPECT_GE(sc.aligned, sc.tokens - 5);  // the sample follows casus's tokenisation
  EXPECT_GE(1000 * sc.correct / sc.aligned, 984);           // 1,059 of 1,076
  EXPECT_GE(1000 * sc.verb_forms_correct / sc.verbs, 913);  // 148 of 162
}

// The rules tagger, casus's default.
TEST(Tagging, RulesTaggerOnTheWireSample) {
  const Lexicon& lex = testing::Dicts()->lexicon();
  testing::TagScore sc = testing::ScoreTagger(kSample, [&](const std::string& s) {
    std::vector<Token> t;
    Tokenize(s, lex, &t);
    TagInOrder(s, lex, &t, RepairOrder::kOnceAfter);
    return testing::FromTokens(s, t);
  });
  Print("rules", sc);
  EXPECT_GE(1000 * sc.correct / sc.aligned, 971);           // 1,045 of 1,076
  EXPECT_GE(1000 * sc.verb_forms_correct / sc.verbs, 927);  // 141 of 152
}

char ClassOfName(const std::string& pos) {
  if (pos == "NOUN" || pos == "PROPN") return 'N';
  if (pos == "VERB" || pos == "AUX") return 'V';
  if (pos == "ADJ") return 'J';
  if (pos == "ADV" || pos == "NEG") return 'R';
  return 'O';
}

TEST(Tagging, CoderTagsOnTheWireSample) {
  testing::TagScore sc = testing::ScoreTagger(kSample, [&](const std::string& s) {
    Article a;
    a.id = "t";
    a.date = "2024-03-05";
    a.text = s;
    Trace tr;
    CodedArticle coded;
    ScratchPtr scratch = MakeScratch();
    testing::TheCoder().Code(a, scratch.get(), &coded, &tr);
    std::vector<testing::TaggedToken> out;
    for (const TraceSentence& ts : tr.sentences)
      for (const TraceToken& k : ts.tokens)
        out.push_back({k.word, ClassOfName(k.pos), -1,
                       !k.word.empty() && std::isupper(static_cast<unsigned char>(k.word[0])),
                       k.pos == "DET", !k.actor.empty()});
    return out;
  });
  Print("coder", sc);
  EXPECT_GE(sc.aligned, sc.tokens - 5);
  if (!std::getenv("CASUS_TAGGER")) EXPECT_GE(1000 * sc.correct / sc.aligned, 970);  // 1,044
}

}  // namespace
}  // namespace casus
