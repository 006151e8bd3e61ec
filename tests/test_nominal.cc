// Events written as nouns (data/rules/nominal.txt, src/events/nominal.cc).
#include <gtest/gtest.h>

#include <algorithm>

#include "common.h"

namespace casus {
namespace {

using testing::Coded;
using testing::CodeText;

// "SRC>TGT:CODE:modality" (country keys) of the events a noun made.
std::vector<std::string> Nominal(const std::string& text) {
  std::vector<std::string> out;
  for (const Event& e : CodeText(text)) {
    if (e.evidence.pattern.rfind("nominal: ", 0) != 0) continue;
    auto key = [](const std::optional<Actor>& a) -> std::string {
      if (!a) return "-";
      return a->country.empty() ? a->code : a->country;
    };
    out.push_back(key(e.source) + ">" + key(e.target) + ":" + e.cameo + ":" + e.modality);
  }
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

TEST(Nominal, PossessiveOwnerAndPrepositionalTarget) {
  EXPECT_EQ(Nominal("Russia's invasion of Ukraine was condemned."), (V{"RUS>UKR:190:asserted"}));
  EXPECT_EQ(Nominal("President Xi Jinping's visit to Rome ended on Friday."),
            (V{"CHN>ITA:042:asserted"}));
}

TEST(Nominal, AnEarlierEventLookedBackToIsNotCodedAgain) {
  // The invasion of 2022, mentioned in a later story: no new 190.
  EXPECT_EQ(Nominal("Finland applied to join NATO in response to Russia's invasion of Ukraine."),
            (V{}));
  EXPECT_EQ(Nominal("Trade has fallen since Russia's invasion of Ukraine."), (V{}));
  // A visit going on as the story is told is still one.
  EXPECT_EQ(Nominal("The two signed a pact during President Xi Jinping's visit to Rome."),
            (V{"CHN>ITA:042:asserted"}));
}

TEST(Nominal, ModifierOwner) {
  EXPECT_EQ(Nominal("The Russian bombardment of Kharkiv continued on Sunday."),
            (V{"RUS>UKR:190:asserted"}));
}

// A one-word role between the country and the noun is looked past; alone,
// it still owns the noun ("a police raid").
TEST(Nominal, CountryOwnerPastAOneWordRole) {
  EXPECT_EQ(Nominal("Sudan denounced the U.S. cruise missile strike on Sudan."),
            (V{"USA>SDN:190:asserted"}));
  EXPECT_EQ(Nominal("Mexico condemned the Ecuadorian police raid on the Mexican embassy."),
            (V{"ECU>MEX:190:asserted"}));
}

// "the U.S. cruise missile strike on a pharmaceutical plant in Khartoum":
// the thing hit lies in a place, and the place's country is acted upon.
TEST(Nominal, PlaceOfTheThingHitNamesTheTarget) {
  EXPECT_EQ(Nominal("Sudan denounced the U.S. cruise missile strike on a pharmaceutical plant "
                    "in Khartoum."),
            (V{"USA>SDN:190:asserted"}));
  EXPECT_EQ(Nominal("Ukraine condemned the Russian missile attack on a shopping centre in "
                    "Kremenchuk."),
            (V{"RUS>UKR:190:asserted"}));
  // A sea or region is only ever where.
  EXPECT_TRUE(
      Nominal("The Chinese blockade of shipping in the South China Sea worried Manila.").empty());
}

TEST(Nominal, BetweenMakesEachActOnTheOther) {
  EXPECT_EQ(Nominal("Talks between Israel and Egypt resumed in Washington."),
            (V{"EGY>ISR:040:asserted", "ISR>EGY:040:asserted"}));
}

TEST(Nominal, OfNamesTheActorOfAWithdrawal) {
  EXPECT_EQ(Nominal("The withdrawal of U.S. troops from Afghanistan was completed."),
            (V{"USA>AFG:0874:asserted"}));
}

TEST(Nominal, TheCountryBeyondABorderIsActedUpon) {
  // "massing" is a noun between a determiner and "of" (the lexicon knows
  // only the verb); "of" names who masses, the border's other side whom.
  EXPECT_EQ(Nominal("A massing of Sudanese troops along the border with South Sudan has alarmed "
                    "officials in Juba."),
            (V{"SDN>SSD:154:asserted"}));
  // A border with no country named is no party.
  EXPECT_EQ(Nominal("A massing of Sudanese troops along the border has alarmed officials."), (V{}));
}

TEST(Nominal, AMeetingInAnOpeningPhraseIsTheSubjects) {
  // nominal.txt [nominal-fronted-nouns]; each member of the compound is met.
  EXPECT_EQ(Nominal("Following consultations with Saudi Arabia and the United Arab Emirates, "
                    "Egyptian President Abdel Fattah al-Sisi said Cairo would keep its boycott."),
            (V{"EGY>ARE:040:asserted", "EGY>SAU:040:asserted"}));
  // Not an attack: the subject after it is as often the one attacked.
  EXPECT_EQ(Nominal("After an attack on Israel, Hamas said it would fight on."), (V{}));
  // Not a noun inside the sentence.
  EXPECT_EQ(Nominal("Egypt said after consultations with Saudi Arabia, Qatar must act."), (V{}));
}

TEST(Nominal, AKillingByANamedOwnerIsAnEventEvenAtHome) {
  // nominal.txt [nominal-killing], [nominal-domestic-nouns].
  EXPECT_EQ(Nominal("The African Union condemned the killing of protesters by security forces in "
                    "Lagos."),
            (V{"NGA>NGA:1823:asserted"}));
  EXPECT_EQ(Nominal("The U.N. called for an investigation into the killing of Palestinian "
                    "protesters by Israeli forces."),
            (V{"ISR>PSE:1823:asserted"}));
  // No owner named: no event.
  EXPECT_EQ(Nominal("Kenyan police are investigating the killing of an opposition activist."),
            (V{}));
  // A trip at home is still none.
  EXPECT_EQ(Nominal("Putin's trip to Vladivostok was cut short."), (V{}));
}

TEST(Nominal, WeeksOfProtestsBeforeTheNewsAreTheCountrysOwn) {
  // nominal.txt [nominal-home-nouns]: the people of the first actor's country.
  EXPECT_EQ(Nominal("Bolivian President Evo Morales resigned on Sunday following weeks of "
                    "protests over a disputed election."),
            (V{"BOL>-:141:asserted"}));
  // "street protests" is a noun phrase, not "street" protesting.
  EXPECT_EQ(Nominal("Tunisia's president fled the country after weeks of street protests against "
                    "his rule."),
            (V{"TUN>-:141:asserted"}));
  // A protest told in passing, or acted on by another, is not the news.
  EXPECT_EQ(Nominal("Kenyan police detained 300 protesters during anti-tax demonstrations."),
            (V{}));
  EXPECT_EQ(Nominal("Georgia's parliament passed the law despite weeks of protests."), (V{}));
  EXPECT_EQ(Nominal("Saudi troops rolled into Bahrain to help quell weeks of Shi'ite-led "
                    "protests."),
            (V{}));
}

TEST(Nominal, AnAppealFromACallerIsMadeOfTheSentencesFirstActor) {
  // nominal.txt [nominal-appeal], [nominal-addressee-nouns].
  EXPECT_EQ(Nominal("Syria's government said it would allow aid deliveries to rebel-held areas, "
                    "after appeals from the United Nations."),
            (V{"IGOUNO>SYR:020:asserted"}));
  // No caller named: no event.
  EXPECT_EQ(Nominal("Syria's government ignored appeals to open the border."), (V{}));
}

TEST(Nominal, AnUpcomingHappeningIsHypothetical) {
  EXPECT_EQ(Nominal("Ahead of Blinken's visit to Beijing, China warned Washington."),
            (V{"USA>CHN:042:hypothetical"}));
}

TEST(Nominal, NoEventWithoutAPartyOrAtHomeOrForAPlace) {
  EXPECT_TRUE(Nominal("President Donald Trump's visit was postponed.").empty());
  EXPECT_TRUE(Nominal("President Vladimir Putin's trip to Vladivostok began.").empty());
  // The city says where, not who.
  EXPECT_TRUE(Nominal("The Mumbai attack on hotels killed 166 people.").empty());
}

TEST(Nominal, ANounAPatternUsedIsNotASecondEvent) {
  // "launch * offensive" codes the verb; the noun adds nothing.
  std::vector<Event> ev = CodeText("Turkey launched an offensive against Syria.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].evidence.pattern.rfind("nominal: ", 0), std::string::npos);
}

TEST(Nominal, EvidenceNamesTheNounPhraseAndTheRuleFile) {
  std::vector<Event> ev = CodeText("Russia's invasion of Ukraine was condemned.");
  auto it = std::find_if(ev.begin(), ev.end(),
                         [](const Event& e) { return e.evidence.pattern == "nominal: invasion"; });
  ASSERT_NE(it, ev.end());
  EXPECT_EQ(it->evidence.verb_phrase, "Russia's invasion of Ukraine");
  EXPECT_EQ(it->evidence.dictionary.rfind("data/rules/nominal.txt:", 0), 0u)
      << it->evidence.dictionary;
}

TEST(Nominal, AHyphenatedMediatorMediatesBetweenTheEarlierParties) {
  // actors.txt [mediator-suffixes], nominal.txt [hyphen-mediation-nouns].
  EXPECT_EQ(Coded("Israel and the United Arab Emirates agreed on Thursday to normalise diplomatic "
                  "relations in a U.S.-brokered deal.",
                  "2020-08-13"),
            (V{"ARE>ISR:030:asserted", "ISR>ARE:030:asserted", "USA>ARE:045:asserted",
               "USA>ISR:045:asserted"}));
  // Still no party itself, and nothing before it to mediate: no event.
  EXPECT_EQ(Coded("A U.S.-brokered deal was announced."), (V{}));
  // "-backed" is no mediation.
  EXPECT_EQ(Coded("Israel and Hamas agreed to a U.S.-backed deal."),
            (V{"ISR>PSE:030:asserted", "PSE>ISR:030:asserted"}));
}

}  // namespace
}  // namespace casus
