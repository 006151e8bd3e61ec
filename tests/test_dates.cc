// ResolveDate on whole sentences (weekdays, relative words, month-day
// phrases, future tense), month ends, leap years and invalid input.
#include <gtest/gtest.h>

#include <string>

#include "common.h"
#include "internal.h"
#include "util/dates.h"

namespace casus {
namespace {

// Prepares `text` as the coder does (normalise, tokenize, tag, actors) and
// resolves its date against `article` (2024-03-05 is a Tuesday).
std::string DateOf(const std::string& text, const std::string& article = "2024-03-05") {
  const Dictionaries& d = *testing::Dicts();
  std::string norm = NormalizeText(text);
  Sentence s;
  s.text = norm;
  s.day = DayOrZero(article);
  Tokenize(s.text, d.lexicon(), &s.toks);
  Tag(s.text, d.lexicon(), &s.toks);
  FindActors(d, &s);
  return ResolveDate(d, s, article);
}

TEST(ResolveDate, NoDatePhraseGivesTheArticleDate) {
  EXPECT_EQ(DateOf("Rebels attacked the town."), "2024-03-05");
  EXPECT_EQ(DateOf("Rebels attacked the town today."), "2024-03-05");
  EXPECT_EQ(DateOf("Rebels attacked the town tonight."), "2024-03-05");
  // A lower-case weekday or month is not a date phrase; "May" alone is the modal.
  EXPECT_EQ(DateOf("He may go."), "2024-03-05");
  EXPECT_EQ(DateOf("May is a month."), "2024-03-05");
}

TEST(ResolveDate, WeekdaysPointBackIncludingToday) {
  EXPECT_EQ(DateOf("Rebels attacked the town on Tuesday."), "2024-03-05");  // today
  EXPECT_EQ(DateOf("Rebels attacked the town on Monday."), "2024-03-04");
  EXPECT_EQ(DateOf("Rebels attacked the town on Wednesday."), "2024-02-28");
  EXPECT_EQ(DateOf("Rebels attacked the town on Sunday."), "2024-03-03");
  // Across the month end in a leap year: Thursday before Friday 2024-03-01.
  EXPECT_EQ(DateOf("Rebels attacked the town on Thursday.", "2024-03-01"), "2024-02-29");
  EXPECT_EQ(DateOf("Rebels attacked the town on Thursday.", "2023-03-01"), "2023-02-23");
}

TEST(ResolveDate, FutureTenseAndNextPointForward) {
  EXPECT_EQ(DateOf("Ministers will meet on Thursday."), "2024-03-07");
  EXPECT_EQ(DateOf("Ministers will meet on Monday."), "2024-03-11");
  EXPECT_EQ(DateOf("Ministers meet next Friday."), "2024-03-08");
  EXPECT_EQ(DateOf("Ministers shall meet on Thursday."), "2024-03-07");
  // Across a year end.
  EXPECT_EQ(DateOf("Ministers will meet on Monday.", "2024-12-31"), "2025-01-06");
}

// The tokenizer splits "'ll" off as it does "n't", so the "'ll" of
// [date-future-modals] matches (it kept "They'll" whole, and the sentence was
// dated to the Thursday before, 2024-02-29).
TEST(ResolveDate, ContractedWillPointsForward) {
  EXPECT_EQ(DateOf("They'll meet on Thursday."), "2024-03-07");
}

TEST(ResolveDate, RelativeWords) {
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday."), "2024-03-04");
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", "2024-03-01"), "2024-02-29");
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", "2023-03-01"), "2023-02-28");
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", "2024-01-01"), "2023-12-31");
  EXPECT_EQ(DateOf("Rebels attacked the town last night."), "2024-03-04");
  EXPECT_EQ(DateOf("Rebels attacked the town last week."), "2024-02-27");
  EXPECT_EQ(DateOf("Rebels attacked the town last week.", "2024-01-03"), "2023-12-27");
  EXPECT_EQ(DateOf("Rebels attacked the town last month."), "2024-02-01");
  EXPECT_EQ(DateOf("Rebels attacked the town last month.", "2024-03-31"), "2024-02-01");
  EXPECT_EQ(DateOf("Rebels attacked the town last month.", "2024-01-15"), "2023-12-01");
  EXPECT_EQ(DateOf("Rebels attacked the town last year."), "2023-01-01");
}

TEST(ResolveDate, MonthDayPhrases) {
  EXPECT_EQ(DateOf("Rebels attacked the town on March 3."), "2024-03-03");
  EXPECT_EQ(DateOf("Rebels attacked the town on 3 March."), "2024-03-03");
  EXPECT_EQ(DateOf("Rebels attacked the town on March 5."), "2024-03-05");
  // Later in the year than the article: last year's.
  EXPECT_EQ(DateOf("Rebels attacked the town on March 10."), "2023-03-10");
  EXPECT_EQ(DateOf("Rebels attacked the town on May 5."), "2023-05-05");
  EXPECT_EQ(DateOf("Rebels attacked the town on December 30.", "2024-01-02"), "2023-12-30");
  EXPECT_EQ(DateOf("Rebels attacked the town on February 29.", "2024-03-05"), "2024-02-29");
}

TEST(ResolveDate, ACountIsNoDayNumber) {
  // "3,000" after "March" counts troops; it is not March 3.
  EXPECT_EQ(DateOf("In March 3,000 Russian troops attacked Ukrainian positions.", "2024-03-20"),
            "2024-03-20");
  EXPECT_EQ(DateOf("Russian troops attacked Ukrainian positions on March 3rd.", "2024-03-20"),
            "2024-03-03");
}

TEST(ResolveDate, NoPathProducesAnImpossibleDay) {
  // A day the month does not have is no date phrase.
  EXPECT_EQ(DateOf("Rebels attacked the town on February 30."), "2024-03-05");
  EXPECT_EQ(DateOf("Rebels attacked the town on February 31."), "2024-03-05");
  EXPECT_EQ(DateOf("Rebels attacked the town on April 31."), "2024-03-05");
  EXPECT_EQ(DateOf("Rebels attacked the town on March 32."), "2024-03-05");
  EXPECT_EQ(DateOf("Rebels attacked the town on March 0."), "2024-03-05");
  // February 29 later in a leap year than the article would fall back to
  // the year before, which has no February 29: not a date phrase then.
  std::string d = DateOf("Rebels attacked the town on February 29.", "2024-02-10");
  EXPECT_TRUE(ValidYmd(d)) << d;
  EXPECT_EQ(d, "2024-02-10");
  // Every answer over a spread of article dates is a real calendar day.
  for (const char* art : {"2024-02-29", "2023-02-28", "2024-12-31", "2024-01-01", "2100-03-01"})
    for (const char* t : {"Rebels attacked on Friday.", "Talks will resume on Monday.",
                          "Rebels attacked yesterday.", "Rebels attacked last week.",
                          "Rebels attacked last month.", "Rebels attacked on February 29.",
                          "Rebels attacked on January 31.", "Rebels attacked on 31 December."}) {
      std::string got = DateOf(t, art);
      EXPECT_TRUE(ValidYmd(got)) << t << " / " << art << " -> " << got;
    }
}

TEST(ResolveDate, InvalidArticleDatesComeBackUnchanged) {
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", ""), "");
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", "unknown"), "unknown");
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", "2023-02-29"), "2023-02-29");
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", "2024-02-31"), "2024-02-31");
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", "2024-3-5"), "2024-3-5");
  EXPECT_EQ(DateOf("Rebels attacked the town yesterday.", "2024- 3- 5"), "2024- 3- 5");
}

TEST(ParseYmd, TheOneDateParser) {
  EXPECT_EQ(ParseYmd("2024-02-29"), 20240229);
  EXPECT_EQ(ParseYmd("2023-02-29"), -1);
  EXPECT_EQ(ParseYmd("2024-02-31"), -1);
}

}  // namespace
}  // namespace casus
