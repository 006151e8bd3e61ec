// Text rules (data/text/text.txt): one abbreviation list for sentences and
// tokens, closed classes by word id, and load failures that name the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common.h"
#include "match/text_rules.h"
#include "text/text.h"

namespace casus {
namespace {

using testing::Dicts;
using V = std::vector<std::string>;

V Sentences(const std::string& t) {
  V out;
  for (Span s : SplitSentences(t, Dicts()->lexicon()))
    out.push_back(t.substr(s.begin, s.end - s.begin));
  return out;
}

V Tokens(const std::string& t) {
  std::vector<Token> toks;
  Tokenize(t, Dicts()->lexicon(), &toks);
  V out;
  for (const Token& k : toks) out.push_back(t.substr(k.begin, k.end - k.begin));
  return out;
}

TEST(Abbreviations, OneBehaviourInSentencesAndTokens) {
  // "Gen." neither ends the sentence nor loses its period.
  EXPECT_EQ(Sentences("Gen. Smith said. Troops left."), (V{"Gen. Smith said.", "Troops left."}));
  EXPECT_EQ(Tokens("Gen. Smith said."), (V{"Gen.", "Smith", "said", "."}));
  // Every case of the word, in both stages.
  EXPECT_EQ(Sentences("GEN. SMITH SAID."), V{"GEN. SMITH SAID."});
  EXPECT_EQ(Tokens("GEN. SMITH"), (V{"GEN.", "SMITH"}));
  // Words the tokenizer did not know before the lists became one.
  EXPECT_EQ(Sentences("Messrs. Smith and Jones met."), V{"Messrs. Smith and Jones met."});
  EXPECT_EQ(Tokens("Messrs. Smith"), (V{"Messrs.", "Smith"}));
  // Not an abbreviation: the period is a token and ends the sentence.
  EXPECT_EQ(Tokens("Troops left. Smith"), (V{"Troops", "left", ".", "Smith"}));
  EXPECT_EQ(Sentences("Troops left. Smith said."), (V{"Troops left.", "Smith said."}));
}

TEST(Abbreviations, DottedAbbreviationsStayOneToken) {
  EXPECT_EQ(Tokens("The U.S. Navy sailed."), (V{"The", "U.S.", "Navy", "sailed", "."}));
  EXPECT_EQ(Sentences("The U.S. Navy sailed."), V{"The U.S. Navy sailed."});
  // A dictionary phrase with an abbreviation matches ("St. Kitts" is read
  // with the same list when the dictionaries load).
  EXPECT_TRUE(Dicts()->lexicon().Marked("St", kMarkAbbreviation));
  EXPECT_TRUE(Dicts()->lexicon().Marked("e.g", kMarkAbbreviation));
  EXPECT_FALSE(Dicts()->lexicon().Marked("Smith", kMarkAbbreviation));
  EXPECT_FALSE(Dicts()->lexicon().Marked("", kMarkAbbreviation));
}

TEST(SentenceStarters, AfterADottedAbbreviationAsWritten) {
  EXPECT_EQ(Sentences("Sanctions were imposed by the U.S. The talks failed."),
            (V{"Sanctions were imposed by the U.S.", "The talks failed."}));
  EXPECT_EQ(Sentences("Sanctions were imposed by the U.S. Officials said so."),
            (V{"Sanctions were imposed by the U.S.", "Officials said so."}));
  // Not a starter, or not as written: the sentence goes on.
  EXPECT_EQ(Sentences("The U.S. Navy sailed."), V{"The U.S. Navy sailed."});
  EXPECT_EQ(Sentences("By the U.S. THE END."), V{"By the U.S. THE END."});
}

TEST(HyphenKeepingPrefixes, KeepTheirHyphenAtALineBreak) {
  const Lexicon& lex = Dicts()->lexicon();
  EXPECT_EQ(Reflow("pro-\ngovernment forces", lex), "pro-government forces");
  EXPECT_EQ(Reflow("the govern-\nment said", lex), "the government said");
}

TEST(ClosedClasses, FromDataByWordId) {
  const Lexicon& lex = Dicts()->lexicon();
  EXPECT_EQ(lex.Entry(lex.Find("the")).closed, Pos::kDet);
  EXPECT_EQ(lex.Entry(lex.Find("their")).closed, Pos::kPossPron);
  EXPECT_EQ(lex.Entry(lex.Find("would")).closed, Pos::kModal);
  EXPECT_EQ(lex.Entry(lex.Find("n't")).closed, Pos::kNeg);
  EXPECT_EQ(lex.Entry(lex.Find("'re")).closed, Pos::kAux);  // not in the lexicon: interned
  EXPECT_EQ(lex.Entry(lex.Find("whereby")).closed, Pos::kWh);
  EXPECT_EQ(lex.Entry(lex.Find("despite")).closed, Pos::kPrep);
  EXPECT_EQ(lex.Entry(lex.Find("attack")).closed, Pos::kOther);
  EXPECT_EQ(lex.Entry(-1).closed, Pos::kOther);
}

class TextRulesLoad : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() / ("casus-text-rules-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    std::ifstream in(Dictionaries::DefaultDataDir() + "/text/text.txt");
    text_.assign(std::istreambuf_iterator<char>(in), {});
    ASSERT_FALSE(text_.empty());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  Status Load(const std::string& text_txt) {
    std::ofstream(dir_ / "text.txt") << text_txt;
    Lexicon lex;
    return LoadTextRules(dir_.string(), &lex);
  }
  std::filesystem::path dir_;
  std::string text_;
};

TEST_F(TextRulesLoad, TheShippedFileLoads) {
  Status st = Load(text_);
  EXPECT_TRUE(st.ok()) << st.message();
}

TEST_F(TextRulesLoad, AMissingSectionNamesTheFolder) {
  std::string cut = text_.substr(0, text_.find("[abbreviations] words"));
  Status st = Load(cut);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find(dir_.string()), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("[abbreviations]"), std::string::npos) << st.message();
}

TEST_F(TextRulesLoad, AWordInTwoClassesIsAnErrorAtItsLine) {
  std::string twice = text_ + "\n[extra-unused] words\nx\n";
  size_t a = twice.find("[closed-conjunctions] words\n");
  ASSERT_NE(a, std::string::npos);
  twice.insert(a + std::string("[closed-conjunctions] words\n").size(), "the\n");
  Status st = Load(twice);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("text.txt:"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("'the' is already in [closed-determiners]"), std::string::npos)
      << st.message();
}

}  // namespace
}  // namespace casus
