// FindQuantities on whole sentences: digits, "3,000", scales, number words,
// "dozens of", hedges, the counted noun and the actor mention it belongs to.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace casus
