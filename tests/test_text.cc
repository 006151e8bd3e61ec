// Text stage: normalisation, re-flow, sentences, tokens, tags.
#include <gtest/gtest.h>

#include "common.h"
#include "text/text.h"

namespace casus {
namespace {

using testing::Dicts;

std::vector<std::string> Sentences(const std::string& t) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(t, Dicts()->lexicon()))
    out.push_back(t.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Normalize, QuotesDashesSpaces) {
  EXPECT_EQ(NormalizeText("\xE2\x80\x9CNo,\xE2\x80\x9D he said\xE2\x80\x99s"), "\"No,\" he said's");
  EXPECT_EQ(NormalizeText("a\xC2\xA0"
                          "b"),
            "a b");
  EXPECT_EQ(NormalizeText("Kyiv\xE2\x80\x94"
                          "Moscow"),
            "Kyiv - Moscow");
  EXPECT_EQ(NormalizeText("soft\xC2\xADhyphen"), "softhyphen");
  // NFC: e + combining acute -> é
  EXPECT_EQ(NormalizeText("Erdog\xCC\x86"
                          "an"),
            "Erdo\xC4\x9F"
            "an");
  EXPECT_EQ(NormalizeText("line\r\nbreak\rhere"), "line\nbreak\nhere");
}

TEST(Reflow, HardBreaksAndHyphenation) {
  const Lexicon& lex = Dicts()->lexicon();
  EXPECT_EQ(Reflow("The govern-\nment said rebels\nattacked.", lex),
            "The government said rebels attacked.");
  EXPECT_EQ(Reflow("a cross-\nborder raid by pro-\ngovernment forces", lex),
            "a cross-border raid by pro-government forces");
  EXPECT_EQ(Reflow("Anti-\nWestern protests", lex), "Anti-Western protests");
}

TEST(Reflow, PageBreakInsideSentenceIsJoined) {
  const Lexicon& lex = Dicts()->lexicon();
  EXPECT_EQ(Reflow("rebels shelled a\n\ngovernment checkpoint.", lex),
            "rebels shelled a government checkpoint.");
  EXPECT_EQ(Reflow("troops entered the\n\nTown of Saraqeb.", lex),
            "troops entered the Town of Saraqeb.");
  // A full body line cut by a page break before a capitalised word.
  EXPECT_EQ(
      Reflow("Wang Yi held talks with his Indian counterpart, the foreign minister of India's "
             "counterpart\n\n"
             "Subrahmanyam Jaishankar in Beijing.",
             lex),
      "Wang Yi held talks with his Indian counterpart, the foreign minister of India's counterpart "
      "Subrahmanyam Jaishankar in Beijing.");
  // A short heading stays a paragraph of its own.
  EXPECT_EQ(Reflow("Rebels advance\n\nRebels advanced on Monday.", lex),
            "Rebels advance\n\nRebels advanced on Monday.");
}

TEST(Reflow, ParagraphsFromBlankLinesAndIndents) {
  const Lexicon& lex = Dicts()->lexicon();
  EXPECT_EQ(Reflow("First paragraph ends.\n\nSecond one.", lex),
            "First paragraph ends.\n\nSecond one.");
  EXPECT_EQ(Reflow("First paragraph ends.\n    Indented start\nof the next.", lex),
            "First paragraph ends.\n\nIndented start of the next.");
}

TEST(Sentences, Abbreviations) {
  auto s = Sentences("Gen. Smith met Maj. Jones on Jan. 5 in the U.S. capital. Dr. Lee left.");
  ASSERT_EQ(s.size(), 2u) << s[0];
  EXPECT_EQ(s[1], "Dr. Lee left.");
}

TEST(Sentences, InitialsNumbersEllipsesQuotes) {
  auto s = Sentences(
      "John F. Kennedy spoke. Growth was 3.5 percent... Then it fell. \"We will fight,\" he said. "
      "\"No!\" They left.");
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0], "John F. Kennedy spoke.");
  EXPECT_EQ(s[4], "\"No!\"");
  EXPECT_EQ(s[1], "Growth was 3.5 percent...");
  EXPECT_EQ(s[3], "\"We will fight,\" he said.");
}

TEST(Sentences, USAtEndOfSentence) {
  auto s = Sentences("Sanctions were imposed by the U.S. The talks failed.");
  ASSERT_EQ(s.size(), 2u);
  auto t = Sentences("The U.S. Navy sailed.");
  EXPECT_EQ(t.size(), 1u);
}

TEST(Sentences, QuestionInsideQuoteContinues) {
  auto s = Sentences("\"Why now?\" he asked. Nobody answered.");
  ASSERT_EQ(s.size(), 2u);
}

TEST(Sentences, RunOnTextIsCutIntoBoundedPieces) {
  std::string t;
  for (int i = 0; i < 20000; ++i) t += "Russia attacked Ukraine and the army said ";
  auto spans = SplitSentences(t, Dicts()->lexicon());
  ASSERT_GT(spans.size(), 400u);
  size_t covered = 0;
  for (Span s : spans) {
    EXPECT_LE(s.end - s.begin, kMaxSentenceBytes);
    covered += s.end - s.begin;
  }
  EXPECT_GT(covered, t.size() * 9 / 10);  // nothing dropped but spaces
}

// The tokens of t, as text.
std::vector<std::string> TokenWords(const std::string& t) {
  std::vector<Token> toks;
  Tokenize(t, Dicts()->lexicon(), &toks);
  std::vector<std::string> w;
  for (auto& k : toks) w.push_back(t.substr(k.begin, k.end - k.begin));
  return w;
}

TEST(Tokens, SpansPossessivesAndNegation) {
  std::vector<std::string> w =
      TokenWords("Syria's army didn't fire 3,000 shells at U.S.-backed forces.");
  // The hyphen of "U.S.-backed" is a token of its own: "U.S." keeps its
  // final period (an abbreviation), and "backed" stays a word the tagger
  // and the verb patterns can see.
  std::vector<std::string> want = {"Syria",  "'s", "army", "did", "n't",    "fire",   "3,000",
                                   "shells", "at", "U.S.", "-",   "backed", "forces", "."};
  EXPECT_EQ(w, want);
}

TEST(Tokens, ContractionsAreTheirOwnTokens) {
  std::vector<std::string> w = TokenWords("They'll meet; we're ready, I'm told, O'Neill said.");
  // "'ll" was kept in "They'll", so the future modal went unseen; a name's
  // apostrophe stays inside it.
  std::vector<std::string> want = {"They", "'ll", "meet", ";",    "we",      "'re", "ready", ",",
                                   "I",    "'m",  "told", ",",    "O'Neill", "said", "."};
  EXPECT_EQ(w, want);
}

TEST(Tags, NounVerbInContext) {
  const Lexicon& lex = Dicts()->lexicon();
  auto pos_of = [&](const std::string& t, const std::string& word) {
    std::vector<Token> toks;
    Tokenize(t, lex, &toks);
    Tag(t, lex, &toks);
    for (auto& k : toks)
      if (t.substr(k.begin, k.end - k.begin) == word) return k.pos;
    return Pos::kOther;
  };
  EXPECT_EQ(pos_of("The attack killed ten people.", "attack"), Pos::kNoun);
  EXPECT_EQ(pos_of("Rebels attack the town.", "attack"), Pos::kVerb);
  EXPECT_EQ(pos_of("They will attack the town.", "attack"), Pos::kVerb);
  EXPECT_EQ(pos_of("Its forces fired on protesters.", "fired"), Pos::kVerb);
  EXPECT_EQ(pos_of("A renewed offensive began.", "renewed"), Pos::kAdj);
  // An -s form after "N and N" that opened after a determiner or
  // preposition heads the compound; a compound subject keeps its verb.
  EXPECT_EQ(pos_of("Israel launched a wave of air and missile strikes on Gaza.", "strikes"),
            Pos::kNoun);
  EXPECT_EQ(pos_of("Kim watched the rocket and missile tests on Monday.", "tests"), Pos::kNoun);
  EXPECT_EQ(pos_of("Army and police patrols the city.", "patrols"), Pos::kVerb);
}

TEST(Lexicon, LemmasFromWordNet) {
  const Lexicon& lex = Dicts()->lexicon();
  EXPECT_EQ(lex.Word(lex.VerbLemma("shelled")), "shell");
  EXPECT_EQ(lex.Word(lex.VerbLemma("went")), "go");
  EXPECT_EQ(lex.Word(lex.VerbLemma("fired")), "fire");
  EXPECT_EQ(lex.Word(lex.NounLemma("missiles")), "missile");
  EXPECT_GT(lex.size(), 100000u);
}

}  // namespace
}  // namespace casus
