// Clause meaning (data/rules/coding.txt, "Clause meaning"): what a stated
// future, a refusal, an obligation or a promise amounts to in CAMEO, and a
// domestic act that keeps its event with no target. Each case quotes the
// sentence kind the rule exists for (issue: accuracy on unseen news).
#include <gtest/gtest.h>

#include <algorithm>

#include "common.h"

namespace casus {
namespace {

using testing::Coded;

using V = std::vector<std::string>;

TEST(ClauseMeaning, StatedFutureConflictIsAThreatAndTheActStaysHypothetical) {
  // The speaker is the actor: the threat is asserted, not reported.
  EXPECT_EQ(Coded("Beijing said it would conduct live-fire military drills around Taiwan."),
            (V{"CHN>TWN:138:asserted", "CHN>TWN:150:hypothetical"}));
  EXPECT_EQ(Coded("Colombia will cut diplomatic ties with Israel."),
            (V{"COL>ISR:1313:asserted", "COL>ISR:161:hypothetical"}));
}

TEST(ClauseMeaning, AWarningGoverningTheActIsTheOnlyThreat) {
  // "warned it would launch": the warning is the threat; no second one.
  V got = Coded("Turkey warned it would launch a military operation against Syria.");
  EXPECT_EQ(std::count_if(got.begin(), got.end(),
                          [](const std::string& s) { return s.find(":13") != s.npos; }),
            1)
      << ::testing::PrintToString(got);
}

TEST(ClauseMeaning, ANegatedFutureConflictIsNoThreat) {
  for (const std::string& e : Coded("Russia said it would not attack Ukraine."))
    EXPECT_EQ(e.find(":13"), std::string::npos) << e;
}

TEST(ClauseMeaning, AVowToActAgainstSomeoneIsAThreat) {
  // Without the rule "vowed to" is an intent (030) and the act is dropped.
  EXPECT_EQ(Coded("President Joe Biden vowed to strike the militants in Syria."),
            (V{"USA>SYR:138:asserted", "USA>SYR:190:hypothetical"}));
}

TEST(ClauseMeaning, AThreatToUseForceAgainstSomeoneCodesTheHypotheticalForce) {
  // "use force against" had no pattern of its own: only the threat was coded.
  EXPECT_EQ(Coded("Nigeria's president threatened to use force against Niger's junta."),
            (V{"NGA>NER:138:asserted", "NGA>NER:190:hypothetical"}));
}

TEST(ClauseMeaning, AThreatenedRetaliationNamingNoOneIsOnlyTheThreat) {
  // The one retaliated against comes from the clause after "after": the
  // threat (138) is the event; a bare "retaliate" is no specific act.
  EXPECT_EQ(Coded("China vowed to retaliate on Friday after Washington raised tariffs on Chinese "
                  "goods.",
                  "2019-05-10"),
            (V{"CHN>USA:138:asserted", "USA>CHN:163:asserted"}));
  // A retaliation that names whom it is against is one.
  EXPECT_EQ(Coded("The Houthis threatened to retaliate against American interests.", "2024-01-12"),
            (V{"YEM>USA:138:asserted", "YEM>USA:190:hypothetical"}));
}

TEST(ClauseMeaning, ForcesAlertedWithNoOneNamedAreAlertedByTheirState) {
  // coding.txt [own-forces-roots]: an agentless passive read as active.
  EXPECT_EQ(
      Coded("The Lebanese army was put on high alert along the southern border.", "2012-11-21"),
      (V{"LBN>-:152:asserted"}));
  EXPECT_EQ(Coded("Russian troops were deployed to Belarus on Monday.", "2022-02-10"),
            (V{"RUS>BLR:154:asserted"}));
  // Other passives still need their agent: "was attacked" names no attacker.
  EXPECT_EQ(Coded("A Lebanese army post was attacked on Monday.", "2012-11-21"), (V{}));
}

TEST(ClauseMeaning, ABareRoleOfNoCountryIsNoSecondParty) {
  // "governments" are nobody in particular: the appeal stands untargeted.
  EXPECT_EQ(
      Coded("The World Health Organization urged governments to take urgent action.", "2020-03-11"),
      (V{"IGOUNOWHO>-:020:asserted"}));
  // Beside a party that is named, it adds nothing.
  EXPECT_EQ(Coded("The OSCE called on Georgia and the separatist authorities to end the fighting.",
                  "2008-08-08"),
            (V{"IGOEUROSC>GEO:020:asserted"}));
}

TEST(ClauseMeaning, AnIntentToAidGoesToEachRecipientOfTheEarlierAct) {
  // "New Delhi" is the country of the prime minister who offered condolences
  // to both; before, the aid went to nobody (no event).
  EXPECT_EQ(Coded("Indian Prime Minister Narendra Modi offered condolences to Turkey and Syria "
                  "and said New Delhi would send search-and-rescue teams."),
            (V{"IND>SYR:018:asserted", "IND>SYR:033:asserted", "IND>TUR:018:asserted",
               "IND>TUR:033:asserted"}));
}

TEST(ClauseMeaning, AnActOnLandIsAnActOnItsCountry) {
  // Before, the recognition had no target.
  EXPECT_EQ(Coded("Moscow recognised two breakaway regions in eastern Ukraine."),
            (V{"RUS>UKR:054:asserted"}));
  // A place that is not land's ("signed a deal in Istanbul") is where.
  for (const std::string& e : Coded("Russia signed a deal in Istanbul on Friday."))
    EXPECT_EQ(e.find(">TUR"), std::string::npos) << e;
}

TEST(ClauseMeaning, AVowToCooperateStaysAnIntent) {
  V got = Coded("Japan vowed to send aid to the Philippines.");
  ASSERT_FALSE(got.empty());
  for (const std::string& e : got) EXPECT_EQ(e.find(":13"), std::string::npos) << e;
}

TEST(ClauseMeaning, AnObligationLaidOnAnotherIsTheSpeakersDemand) {
  // Not Israel withdrawing: Iran demanding that Israel withdraw (106).
  EXPECT_EQ(Coded("Iran said Israel must withdraw its troops from Syria."),
            (V{"IRN>ISR:106:asserted"}));
}

TEST(ClauseMeaning, RefusedFutureCooperationIsARejection) {
  // Stated, so asserted and not negated (it is the refusal that happened).
  EXPECT_EQ(Coded("Sweden will not extradite the suspect to Turkey."), (V{"SWE>TUR:121:asserted"}));
  V got = Coded("China said it was open to talks but would not back down on its core demands.");
  EXPECT_NE(std::find(got.begin(), got.end(), "CHN>-:124:asserted"), got.end())
      << ::testing::PrintToString(got);
  // coding.txt [rejection-by-code] 03: accepting a deal refused.
  EXPECT_EQ(Coded("Serbian President Aleksandar Vucic said Belgrade would never accept a deal "
                  "that implied recognition of Kosovo's independence.",
                  "2019-01-01"),
            (V{"SRB>-:120:asserted"}));
  // An international court takes no country from its place (so the
  // verdict's court, a bare role, is no second party: see below).
  EXPECT_EQ(Coded("An international tribunal in The Hague ruled that China had no historic rights "
                  "to the South China Sea, and Beijing said it would not accept the verdict."),
            (V{"CHN>-:120:asserted"}));
}

TEST(ClauseMeaning, AGerundTakingAClauseActsByTheSubjectBeforeIt) {
  // "demanding" was a noun, and Russia's withdrawal coded as done.
  EXPECT_EQ(Coded("The U.N. General Assembly overwhelmingly adopted a resolution on Wednesday "
                  "demanding that Russia immediately withdraw its forces from Ukraine.",
                  "2022-03-02"),
            (V{"IGOUNO>RUS:100:asserted"}));
  // The owner's forces, from a place: Russia's, not Ukraine's.
  EXPECT_EQ(Coded("Russia withdrew its forces from Ukraine.", "2022-03-02"),
            (V{"RUS>UKR:0874:asserted"}));
}

TEST(ClauseMeaning, ACausedThreatAnswersWhoeverCausedIt) {
  EXPECT_EQ(Coded("The United States and South Korea began their largest-ever joint military "
                  "exercises on Monday, prompting North Korea to threaten a pre-emptive nuclear "
                  "strike.",
                  "2016-03-07"),
            (V{"KOR>USA:062:asserted", "PRK>KOR:1384:asserted", "PRK>USA:1384:asserted",
               "USA>KOR:062:asserted"}));
  // A caused act with a party of its own keeps it.
  EXPECT_EQ(Coded("Hezbollah guerrillas captured two Israeli soldiers, prompting Israel to "
                  "launch air strikes on southern Lebanon.",
                  "2006-07-12"),
            (V{"ISR>LBN:195:asserted", "LBN>ISR:181:asserted"}));
}

TEST(ClauseMeaning, AnAttemptIsTheIntentToDoTheAct) {
  // syntax.txt [attempt-verbs]: not a request (seek: 020).
  EXPECT_EQ(Coded("President Barack Obama announced that the United States would seek to restore "
                  "diplomatic ties with Cuba.",
                  "2014-12-17"),
            (V{"USA>CUB:032:asserted"}));
  // With a word of its own the verb's pattern stands.
  EXPECT_EQ(Coded("Venezuela sought military assistance from Russia."),
            (V{"VEN>RUS:0232:asserted"}));
}

TEST(ClauseMeaning, AGenericIntentGivesWayToTheActItGoverns) {
  // coding.txt [generic-intent-codes]: a threat, the incursion hypothetical.
  EXPECT_EQ(Coded("Turkey's army chief said on Sunday he was ready to send troops into northern "
                  "Iraq.",
                  "2007-10-14"),
            (V{"TUR>IRQ:138:asserted", "TUR>IRQ:190:hypothetical"}));
  EXPECT_EQ(Coded("Pakistan's army chief agreed to attend a security conference in Kabul next "
                  "month."),
            (V{"PAK>AFG:036:asserted"}));
  // An act that says no more than its verb leaves the intent as it was.
  EXPECT_EQ(Coded("The bloc agreed to admit a new member."), (V{}));
}

TEST(ClauseMeaning, OneOfficerIsNoForce) {
  // coding.txt [force-person-nouns]: a visit, not an occupation (192).
  EXPECT_EQ(Coded("Pakistan's army chief attended a security conference in Kabul."),
            (V{"PAK>AFG:042:asserted"}));
  EXPECT_EQ(Coded("Pakistani troops entered Afghanistan."), (V{"PAK>AFG:192:asserted"}));
}

TEST(ClauseMeaning, AForceNounMakesAnyGroupAForce) {
  // coding.txt [force-head-nouns]: the Taliban held the government from that
  // day (AFGGOV), but their fighters entering Kabul occupy it.
  EXPECT_EQ(Coded("Taliban fighters entered Kabul on Sunday.", "2021-08-15"),
            (V{"AFG>AFG:192:asserted"}));
  // Its leaders entering are no visit: it is their own country
  // (coding.txt [foreign-only-codes]).
  EXPECT_EQ(Coded("Taliban leaders entered Kabul on Sunday.", "2021-08-15"), (V{}));
}

TEST(ClauseMeaning, ARaisingPassiveReportsTheAct) {
  // "is believed to", "were seen to": the complement happened, others say;
  // before syntax.txt [raising-verbs] these sentences coded nothing.
  EXPECT_EQ(Coded("Iran is believed to have supplied drones to Russia."),
            (V{"IRN>RUS:070:reported"}));
  EXPECT_EQ(Coded("Hamas was reported to have fired rockets at Israel."),
            (V{"PSE>ISR:194:reported"}));
  // "is expected to" stays a plan.
  for (const std::string& e : Coded("China is expected to visit Russia."))
    EXPECT_EQ(e.find(":reported"), std::string::npos) << e;
}

TEST(ClauseMeaning, AnActWarnedAgainstIsNotDone) {
  // The warning is the event; NATO deployed nothing.
  EXPECT_EQ(Coded("Moscow warned NATO against deploying troops to Ukraine."),
            (V{"RUS>IGOWSTNAT:130:asserted"}));
}

TEST(ClauseMeaning, ViolenceAnAccusationNamesIsReportedByTheAccuser) {
  // "of killing" was a noun: only the accusation was coded. The villagers
  // take the accuser's country, not the accused's.
  EXPECT_EQ(Coded("Iraq accused Turkey of killing four villagers in air strikes."),
            (V{"IRQ>TUR:112:asserted", "TUR>IRQ:190:reported"}));
  // Past an adverb; "Pakistan-based" militants are Pakistan's.
  EXPECT_EQ(Coded("Indian officials accused Pakistan-based militants of deliberately attacking "
                  "the parliament."),
            (V{"IND>PAK:1123:asserted", "PAK>IND:190:reported"}));
  // Anything but violence is only what the accusation says.
  EXPECT_EQ(Coded("Saudi Arabia accused Qatar of arming the rebels."), (V{"SAU>QAT:112:asserted"}));
}

TEST(ClauseMeaning, ACoordinatedAppealNamingNoOneIsMadeOfThePartnersParty) {
  // coding.txt [shared-target-roots]: "urges restraint" of North Korea.
  EXPECT_EQ(Coded("China condemns North Korea nuclear test, urges restraint"),
            (V{"CHN>PRK:025:asserted", "CHN>PRK:111:asserted"}));
  // "detained 24 sailors" of the vessels' Ukraine, not Russia's own people.
  V seized = Coded(
      "Russian border guards seized three Ukrainian navy vessels near the Kerch Strait on Sunday "
      "and detained 24 sailors.");
  EXPECT_EQ(std::count(seized.begin(), seized.end(), "RUS>UKR:173:asserted"), 1)
      << ::testing::PrintToString(seized);
  // An addressee of its own ([shared-target-stops]) is no one else's: the
  // appeal to Western countries is not a second appeal to the EU.
  V got = Coded(
      "Zelenskiy urged the European Union to begin accession talks and appealed to Western "
      "countries for more weapons.",
      "2022-03-01");
  EXPECT_EQ(std::count(got.begin(), got.end(), "UKR>IGOEUREEC:020:asserted"), 1)
      << ::testing::PrintToString(got);
  // A subject of its own is its own clause: nobody shares a target.
  V own = Coded("China condemned North Korea's test, and Japan called for restraint.");
  EXPECT_EQ(std::count(own.begin(), own.end(), "JPN>PRK:025:asserted"), 0)
      << ::testing::PrintToString(own);
  EXPECT_EQ(std::count(own.begin(), own.end(), "CHN>PRK:111:asserted"), 1)
      << ::testing::PrintToString(own);
}

TEST(ClauseMeaning, GreetingAVisitorHostsTheVisit) {
  // cameo.txt 043 "greet": the passive names the host after "by".
  V got = Coded(
      "South Korean President Kim Dae-jung arrived in Pyongyang on Tuesday and was greeted at the "
      "airport by Kim Jong Il.",
      "2000-06-13");
  EXPECT_EQ(std::count(got.begin(), got.end(), "PRK>KOR:043:asserted"), 1)
      << ::testing::PrintToString(got);
  EXPECT_EQ(std::count(got.begin(), got.end(), "KOR>PRK:042:asserted"), 1)
      << ::testing::PrintToString(got);
}

TEST(ClauseMeaning, NotObservingACeasefireBreaksIt) {
  // coding.txt [breach-by-code]: the negation is the act (196), asserted;
  // the broker after "by" is no party to it (events.txt [broker-participles]).
  EXPECT_EQ(Coded("Rebels in Syria did not observe the ceasefire brokered by Russia."),
            (V{"RUS>SYR:045:asserted", "SYR>-:196:asserted"}));
  // A future refusal stays a rejection.
  EXPECT_EQ(Coded("Syria said it would not observe the ceasefire with Israel."),
            (V{"SYR>ISR:1246:asserted"}));
}

TEST(ClauseMeaning, PoundingTargetsInACountryAttacksThatCountry) {
  // "pound" is an attack verb (cameo.txt 190); the targets' place is the
  // party attacked.
  EXPECT_EQ(Coded("Turkish artillery pounded targets in Syria for a second day on Thursday."),
            (V{"TUR>SYR:190:asserted"}));
}

TEST(ClauseMeaning, ReturnedFireAnswersWhoeverFiredFirst) {
  EXPECT_EQ(Coded("Syrian troops shelled Turkish border posts on Monday, and Turkish artillery "
                  "returned fire."),
            (V{"SYR>TUR:194:asserted", "TUR>SYR:190:asserted"}));
  // A plain "attack" (misread here as Syria's act) answers nobody: only
  // verbs of answering do (events.txt [answer-verbs]).
  V got = Coded(
      "The United States fired 59 cruise missiles at Syria's Shayrat air base on "
      "Friday, in retaliation for a chemical weapons attack that Washington blamed on "
      "Syrian forces.");
  ASSERT_EQ(got.size(), 3u) << ::testing::PrintToString(got);
  for (const std::string& e : got) EXPECT_NE(e.substr(0, 8), "SYR>USA:") << e;
}

TEST(ClauseMeaning, AReactionAnswersWhoeverActedAgainstTheSource) {
  // Denials, protests, demands and rejections named nobody before.
  EXPECT_EQ(Coded("Washington blamed Russia for the strike on the convoy, but the Russian "
                  "defence ministry denied it."),
            (V{"RUS>USA:016:asserted", "USA>RUS:112:asserted"}));
  // Across sentences of one article.
  EXPECT_EQ(Coded("Japan imposed new sanctions on Myanmar on Tuesday. Naypyitaw condemned the "
                  "sanctions as illegal."),
            (V{"JPN>MMR:163:asserted", "MMR>JPN:111:asserted"}));
  // A meeting is nothing to criticise: the criticism stays untargeted.
  EXPECT_EQ(Coded("South Korean President Lee met Indian Prime Minister Singh. Singh criticised "
                  "the sanctions."),
            (V{"IND>-:111:asserted", "KOR>IND:040:asserted"}));
  // Else the subject of the sentence's first clause, of another country.
  EXPECT_EQ(Coded("China declared an air defence identification zone over the East China Sea "
                  "on Saturday, and Tokyo lodged a strong protest."),
            (V{"JPN>CHN:114:asserted"}));
  // Not the source's own country.
  EXPECT_EQ(Coded("China declared an air defence zone, and Beijing lodged a strong protest."),
            (V{"CHN>-:114:asserted"}));
}

TEST(ClauseMeaning, AJointActOnNoOtherStateIsBetweenTheMembers) {
  // The militants took each member's country: Britain acted on British militants.
  EXPECT_EQ(Coded("Britain and France agreed to share intelligence on Islamist militants."),
            (V{"FRA>GBR:0314:asserted", "GBR>FRA:0314:asserted"}));
  // Ukraine, a member, was Russia's target and Ukraine's own (dropped).
  EXPECT_EQ(Coded("Russia and Ukraine signed a deal in Istanbul on Friday to reopen Ukraine's "
                  "Black Sea ports."),
            (V{"RUS>UKR:057:asserted", "UKR>RUS:057:asserted"}));
  // A third state stays the target.
  EXPECT_EQ(Coded("Britain and France signed a deal with Egypt."),
            (V{"FRA>EGY:057:asserted", "GBR>EGY:057:asserted"}));
}

TEST(ClauseMeaning, TellingOnesOwnCountryIsHowAStatementIsMade) {
  // Like "told reporters": the audience at home is no party.
  EXPECT_EQ(Coded("British Prime Minister Theresa May told parliament on Monday."), V{});
  EXPECT_EQ(Coded("U.S. Secretary of State Colin Powell told the Senate Foreign Relations "
                  "Committee on Thursday."),
            V{});
  // "what the military described as weapons depots", "some of whom spoke
  // Spanish": describing and speaking only attribute (speech.txt).
  for (const std::string& e :
       Coded("Gunmen, some of whom spoke Spanish, shot the Haitian president. The Israeli army "
             "described the targets as Hezbollah weapons depots."))
    EXPECT_EQ(e.find(":010:"), std::string::npos) << e;
  // A speech verb whose pattern names more than its parties still acts.
  EXPECT_EQ(Coded("Kazakh President Kassym-Jomart Tokayev declared a state of emergency in "
                  "Almaty."),
            (V{"KAZ>KAZ:1724:asserted"}));
}

TEST(ClauseMeaning, KillingANamedPersonIsAnAssassination) {
  // 186, not the battle code 190; unnamed fighters stay 190.
  EXPECT_EQ(Coded("U.S. special forces killed al Qaeda leader Osama bin Laden in a raid."),
            (V{"USA>IMGALQ:186:asserted"}));
  EXPECT_EQ(Coded("Syrian troops killed 12 rebels near Idlib."), (V{"SYR>SYR:190:asserted"}));
  // A name set off by commas after the title (and its "to Turkey") too.
  EXPECT_EQ(Coded("Russia's ambassador to Turkey, Andrei Karlov, was shot dead by a Turkish "
                  "policeman in Ankara."),
            (V{"TUR>RUS:186:asserted"}));
  EXPECT_EQ(Coded("Russia's ambassador to Turkey was shot dead by a Turkish policeman in Ankara."),
            (V{"TUR>RUS:193:asserted"}));
}

TEST(ClauseMeaning, ADomesticActKeepsItsEventWithoutATarget) {
  // Students and the city both name Egypt: the protest is not lost.
  V got = Coded("Egyptian students protested in Cairo.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].substr(0, 9), "EGY>-:140");
}

TEST(ClauseMeaning, ABorrowedCountryIsNoDomesticAct) {
  // "leaders" names no country; taking the Kremlin's would make Russia
  // condemn itself.
  for (const std::string& e : Coded("Western leaders condemned the Kremlin on Friday."))
    EXPECT_NE(e.substr(0, 6), "RUS>-:") << e;
}

}  // namespace
}  // namespace casus
