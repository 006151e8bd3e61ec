// FindQuantities on whole sentences: digits, "3,000", scales, number words,
// "dozens of", hedges, the counted noun and the actor mention it belongs to.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common.h"
#include "internal.h"

namespace casus {
namespace {

struct Prepared {
  std::string text;
  Sentence s;
  std::vector<FoundQuantity> found;
};

// Prepares `text` as the coder does and finds its quantities.
const Prepared& Find(const std::string& text) {
  static Prepared p;
  const Dictionaries& d = *testing::Dicts();
  p.text = NormalizeText(text);
  p.s = Sentence{};
  p.s.text = p.text;
  p.s.day = 20240305;
  Tokenize(p.s.text, d.lexicon(), &p.s.toks);
  Tag(p.s.text, d.lexicon(), &p.s.toks);
  FindActors(d, &p.s);
  FindQuantities(d, p.s, &p.found);
  return p;
}

// "value unit 'text'" per quantity.
std::vector<std::string> Brief(const std::string& text) {
  std::vector<std::string> out;
  for (const FoundQuantity& f : Find(text).found) {
    char v[32];
    std::snprintf(v, sizeof v, "%g", f.q.value);
    out.push_back(std::string(v) + " " + f.q.unit + " '" + f.q.text + "'");
  }
  return out;
}

using V = std::vector<std::string>;

TEST(FindQuantities, DigitsWithCommasAndHedges) {
  EXPECT_EQ(Brief("Police arrested some 3,000 protesters."),
            V{"3000 protester 'some 3,000 protesters'"});
  EXPECT_EQ(Brief("The blast killed at least 11 people."), V{"11 people 'at least 11 people'"});
  EXPECT_EQ(Brief("More than 200 migrants crossed."), V{"200 migrant 'More than 200 migrants'"});
  EXPECT_EQ(Brief("About 1.5 million refugees fled."),
            V{"1.5e+06 refugee 'About 1.5 million refugees'"});
}

TEST(FindQuantities, NumberWords) {
  EXPECT_EQ(Brief("Dozens of soldiers were killed."), V{"24 soldier 'Dozens of soldiers'"});
  EXPECT_EQ(Brief("Rebels killed three soldiers."), V{"3 soldier 'three soldiers'"});
  EXPECT_EQ(Brief("Hundreds of troops arrived."), V{"200 troop 'Hundreds of troops'"});
  EXPECT_EQ(Brief("Thousands of protesters marched."),
            V{"2000 protester 'Thousands of protesters'"});
  EXPECT_EQ(Brief("A dozen rockets hit the base."), V{"12 rocket 'dozen rockets'"});
  EXPECT_EQ(Brief("Ten tanks crossed the border."), V{"10 tank 'Ten tanks'"});
  EXPECT_EQ(Brief("Two thousand troops arrived."), V{"2000 troop 'Two thousand troops'"});
}

TEST(FindQuantities, TwoWordHedgesAreListedPairsOnly) {
  EXPECT_EQ(Brief("Troops killed up to 50 civilians."), V{"50 civilian 'up to 50 civilians'"});
  EXPECT_EQ(Brief("Troops killed close to 100 people."), V{"100 people 'close to 100 people'"});
  EXPECT_EQ(Brief("Troops killed no fewer than 9 civilians."),
            V{"9 civilian 'fewer than 9 civilians'"});
  // "to" after another word is no hedge: the quantity starts at the number.
  EXPECT_EQ(Brief("Troops handed food to 50 civilians."), V{"50 civilian '50 civilians'"});
  EXPECT_EQ(Brief("He denied entry to three officials."), V{"3 official 'three officials'"});
  EXPECT_EQ(Brief("It happened, according to two people."), V{"2 people 'two people'"});
}

TEST(FindQuantities, CommaNumbersInTheYearRangeAreCounts) {
  // Only a bare four-digit number is read as a year.
  EXPECT_EQ(Brief("Some 2,000 troops arrived."), V{"2000 troop 'Some 2,000 troops'"});
  EXPECT_EQ(Brief("More than 1,950 refugees fled."), V{"1950 refugee 'More than 1,950 refugees'"});
}

TEST(FindQuantities, NotCounts) {
  EXPECT_TRUE(Brief("In 2014 soldiers entered the town.").empty());  // a year
  EXPECT_TRUE(Brief("She bought five apples.").empty());             // not a counted noun
  EXPECT_TRUE(Brief("The 1990s were calm.").empty());
  EXPECT_TRUE(Brief("Rebels attacked the town.").empty());
}

TEST(FindQuantities, SpanAndMention) {
  const Prepared& p = Find("Israeli forces killed three Palestinian militants in Jenin.");
  ASSERT_EQ(p.found.size(), 1u);
  const FoundQuantity& f = p.found[0];
  EXPECT_EQ(f.q.value, 3);
  EXPECT_EQ(f.q.unit, "militant");
  EXPECT_EQ(p.s.Word(f.b), "three");
  EXPECT_EQ(p.s.Word(f.e - 1), "militants");
  ASSERT_GE(f.mention, 0);
  EXPECT_EQ(p.s.mentions[f.mention].country, "PSE");
  ASSERT_TRUE(f.q.actor.has_value());
  EXPECT_EQ(f.q.actor->country, "PSE");
}

TEST(FindQuantities, SeveralInOneSentence) {
  EXPECT_EQ(Brief("Two soldiers and 15 civilians were killed."),
            (V{"2 soldier 'Two soldiers'", "15 civilian '15 civilians'"}));
}

// The word lists are data: data/rules/quantities.txt, looked up by lexicon id.
TEST(QuantityRules, ResolvedAtLoadByLexiconId) {
  const Dictionaries& d = *testing::Dicts();
  const EnrichRules& r = d.enrich();
  const Lexicon& lex = d.lexicon();
  ASSERT_NE(r.number_words, nullptr);
  const double* v = r.number_words->Find(lex.Find("dozens"));
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(*v, 24);
  EXPECT_EQ(r.number_words->Find(lex.Find("soldier")), nullptr);
  EXPECT_EQ(r.number_words->Find(-1), nullptr);  // unknown words have no id
  EXPECT_EQ(*r.number_scales->Find(lex.Find("million")), 1e6);
  EXPECT_TRUE(r.counted_nouns->Has(lex.Find("protester")));
  EXPECT_TRUE(r.IsHedgePair(lex.Find("at"), lex.Find("least")));
  EXPECT_FALSE(r.IsHedgePair(lex.Find("food"), lex.Find("to")));
  EXPECT_EQ(*d.enrich().weekdays->Find(lex.Find("sunday")), 0);
  EXPECT_EQ(*d.enrich().months->Find(lex.Find("sept.")), 9);
}

namespace fs = std::filesystem;

// Loads a copy of data/ in which `file` (under rules/) has `from` replaced
// by `to`; returns the error message ("" when loading succeeds).
std::string LoadWith(const std::string& file, const std::string& from, const std::string& to) {
  static int n = 0;
  fs::path dir =
      fs::temp_directory_path() /
      ("casus_test_quantities_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
  fs::remove_all(dir);
  fs::copy(Dictionaries::DefaultDataDir(), dir, fs::copy_options::recursive);
  fs::path path = dir / "rules" / file;
  std::stringstream ss;
  ss << std::ifstream(path).rdbuf();
  std::string text = ss.str();
  size_t at = text.find(from);
  if (at == std::string::npos) return "test error: '" + from + "' not in " + file;
  text.replace(at, from.size(), to);
  std::ofstream(path, std::ios::trunc) << text;
  std::shared_ptr<const Dictionaries> out;
  Status s = Dictionaries::Load(dir.string(), Dictionaries::DefaultLexicon(), &out);
  fs::remove_all(dir);
  return s.ok() ? "" : s.message();
}

// Line of the first occurrence of `what` in data/rules/`file` (1-based).
int LineOf(const std::string& file, const std::string& what) {
  std::ifstream in(fs::path(Dictionaries::DefaultDataDir()) / "rules" / file);
  std::string l;
  for (int n = 1; std::getline(in, l); ++n)
    if (l.find(what) != std::string::npos) return n;
  return -1;
}

TEST(QuantityRules, BadValuesStopLoadingWithFileAndLine) {
  const std::string q = "quantities.txt:" + std::to_string(LineOf("quantities.txt", "three 3"));
  std::string e = LoadWith("quantities.txt", "three 3", "three x");
  EXPECT_NE(e.find(q + ": 'x' is not a number"), std::string::npos) << e;
  e = LoadWith("quantities.txt", "three 3", "Three 3");
  EXPECT_NE(e.find(q + ": 'Three': a value's word is one lowercase word"), std::string::npos) << e;
  e = LoadWith("quantities.txt", "three 3", "three 3 4");
  EXPECT_NE(e.find(q + ": expected 'word number'"), std::string::npos) << e;
  e = LoadWith("quantities.txt", "three 3", "two 3");
  EXPECT_NE(e.find(q + ": 'two' has a value already in [number-words]"), std::string::npos) << e;
  e = LoadWith("quantities.txt", "three 3", "three 0");
  EXPECT_NE(e.find(q + ": [number-words] 'three' needs a number from 1"), std::string::npos) << e;
  const std::string w = "dates.txt:" + std::to_string(LineOf("dates.txt", "sunday 0"));
  e = LoadWith("dates.txt", "sunday 0", "sunday 7");
  EXPECT_NE(e.find(w + ": [weekdays] 'sunday' needs a whole number from 0 to 6"), std::string::npos)
      << e;
  e = LoadWith("dates.txt", "[date-future-modals] words", "[future-modal] words");
  EXPECT_NE(e.find("no section [date-future-modals]"), std::string::npos) << e;
  e = LoadWith("quantities.txt", "[number-words] values", "[number-words] words");
  EXPECT_NE(e.find("must be of kind values"), std::string::npos) << e;
  e = LoadWith("quantities.txt", "at_least", "at_leastwise_x");
  EXPECT_NE(e.find("[quantity-hedge-pairs] 'at leastwise x' must be two known words joined by _"),
            std::string::npos)
      << e;
  EXPECT_EQ(LoadWith("dates.txt", "sunday 0", "sunday 0.0"), "");  // 0.0 is a whole number
}

}  // namespace
}  // namespace casus
