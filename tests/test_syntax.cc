// Shallow syntax (data/rules/syntax.txt; src/events/): subjects behind
// participle phrases, control verbs, existentials, headlines with the
// speaker last, events in time clauses that have not happened. Each case
// quotes the sentence kind its rule exists for (issue 6, item 5).
#include <gtest/gtest.h>

#include <algorithm>

#include "common.h"
#include "events/sentence_coder.h"
#include "read_sentence.h"

namespace casus {
namespace {

using testing::Coded;
using testing::Read;
using V = std::vector<std::string>;

bool Has(const V& v, const std::string& e) {
  return std::find(v.begin(), v.end(), e) != v.end();
}

// The subject's group of the verb spelled `verb`, as the coder finds it.
int SubjectOf(const Read& r, std::string_view verb) {
  SentenceCoder sc(*testing::Dicts(), r.s);
  sc.FindVerbGroups();
  int v = r.Tok(verb);
  if (!sc.IsMainVerb(v)) {
    ADD_FAILURE() << verb << " is no verb group";
    return -2;
  }
  return sc.Subject(sc.GroupAt(v));
}

// --- subjects behind a comma-delimited participle phrase ---

TEST(ParticipleAside, TheSubjectCarriesAcrossABackedByPhrase) {
  // Without the rule "shelled" finds no subject and the event is lost.
  EXPECT_EQ(Coded("Syrian government troops, backed by tanks, shelled the town of Idlib."),
            (V{"SYR>SYR:194:asserted"}));
  // The source is the troops (the army of the country), not the tanks.
  for (const Event& e : testing::CodeText("Syrian government troops, backed by tanks, shelled "
                                          "the town of Idlib."))
    EXPECT_EQ(e.source->code, "SYRMIL");
}

TEST(ParticipleAside, ACoordinatedVerbSkipsAParticipleDescribingANoun) {
  // "held by the rebels" describes the territory: "killed" pairs with
  // "overran", whose subject it shares (before: no source, no event).
  EXPECT_EQ(Coded("Sri Lankan troops overran the territory held by the rebels in the northeast "
                  "and killed the rebel leader."),
            (V{"LKA>LKA:190:asserted", "LKA>LKA:192:asserted"}));
}

TEST(ParticipleAside, TheSubjectCarriesAcrossAGerundPhrase) {
  // "speaking in Paris": the minister condemns, not nobody. (Speaking itself
  // only attributes: no 010 of its own, speech.txt [plain-speech-verbs].)
  EXPECT_EQ(Coded("The French foreign minister, speaking in Paris, condemned the Russian attack."),
            (V{"FRA>RUS:111:asserted"}));
}

TEST(ParticipleAside, AnIncludingPhraseIsNotTheSubject) {
  // Not the fighters from Chad: the rebels attacked.
  for (const Event& e :
       testing::CodeText("Rebels, including fighters from Chad, attacked the Sudanese army."))
    EXPECT_EQ(e.source->role, "REB") << e.source->code;
  Read r(
      "Iran and the United States, along with five other world powers, signed an interim "
      "agreement in Geneva.");
  EXPECT_EQ(SubjectOf(r, "signed"), r.s.mentions[r.s.mention_at[r.Tok("Iran")]].group);
}

TEST(ParticipleAside, AnAdjunctAfterAnObjectLendsNoSubject) {
  // ", killing five, said the ministry": Hamas fighters are struck, not speaking.
  Read r(
      "Israeli jets struck Hamas fighters, killing five, said the Palestinian health "
      "ministry.");
  EXPECT_EQ(SubjectOf(r, "said"), -1);
  // After a verb of saying the mention is a subject again.
  Read s("Syrian officials said government troops, backed by tanks, shelled the town.");
  EXPECT_EQ(SubjectOf(s, "shelled"), s.s.mentions[s.s.mention_at[s.Tok("government")]].group);
}

// --- control verbs (syntax.txt [decision-verbs] [plan-verbs] [refusal-verbs]) ---

TEST(ControlVerbs, TheSubjectOfADecisionActsInTheInfinitive) {
  // "decide" has no pattern: without the rule nothing is coded.
  EXPECT_EQ(Coded("Iran decided to attend the talks in Vienna."), (V{"IRN>-:046:asserted"}));
  // The vote is the act.
  EXPECT_EQ(Coded("The Security Council voted to tighten sanctions on North Korea."),
            (V{"IGOUNO>PRK:163:asserted"}));
}

TEST(ControlVerbs, APlanIsCodedAsWillIs) {
  // As "will visit": the intent to visit (036), not a second event.
  EXPECT_EQ(Coded("The Chinese president is scheduled to visit Russia next week."),
            (V{"CHN>RUS:036:asserted"}));
  EXPECT_EQ(Coded("The Chinese president will visit Russia next week."),
            (V{"CHN>RUS:036:asserted"}));
  EXPECT_EQ(Coded("The Chinese president is due to visit Russia next week."),
            (V{"CHN>RUS:036:asserted"}));
  // A planned conflictual act is a threat; the act stays hypothetical.
  EXPECT_EQ(Coded("The United States plans to impose sanctions on Iran."),
            (V{"USA>IRN:1312:asserted", "USA>IRN:163:hypothetical"}));
  // Not planning to cooperate is a rejection.
  EXPECT_EQ(Coded("Iran does not plan to attend the talks with the United States."),
            (V{"IRN>USA:125:asserted"}));
}

TEST(ControlVerbs, ARefusalIsARejection) {
  EXPECT_EQ(Coded("Iran is unwilling to extradite the suspects to France."),
            (V{"IRN>FRA:121:asserted"}));
  // A refusal verb with a pattern keeps its own event, once.
  EXPECT_EQ(Coded("Iran refused to meet the American envoy."), (V{"IRN>USA:125:asserted"}));
}

// --- existentials (nominal.txt [nominal-clash], syntax.txt [existential-subjects]) ---

TEST(Existentials, ClashesBetweenTwoSidesAreEachFightingTheOther) {
  // As "Armenian and Azerbaijani forces fought" is coded: both ways.
  EXPECT_EQ(Coded("There were clashes between Indian and Chinese troops on the border."),
            (V{"CHN>IND:190:asserted", "IND>CHN:190:asserted"}));
  EXPECT_EQ(Coded("Armenian and Azerbaijani forces fought on the border."),
            (V{"ARM>AZE:190:asserted", "AZE>ARM:190:asserted"}));
}

TEST(Existentials, FightingThatBrokeOutBetweenTwoSides) {
  // nominal.txt [nominal-onset-words]: the onset stands between the noun and "between".
  EXPECT_EQ(Coded("Heavy fighting broke out between Azerbaijani and Armenian forces."),
            (V{"ARM>AZE:190:asserted", "AZE>ARM:190:asserted"}));
  EXPECT_EQ(Coded("The army was put on alert after an exchange of fire between Israeli troops "
                  "and Hezbollah."),
            (V{"ISR>LBN:190:asserted", "LBN>ISR:190:asserted"}));
  // Not any verb: talks that failed are no talks between them.
  EXPECT_EQ(Coded("Talks failed between Azerbaijani and Armenian diplomats."), (V{}));
}

TEST(Existentials, FightingAfterThereWasIsAnEventNoun) {
  // "fighting" is read as a verb here; the expletive makes it the noun.
  EXPECT_EQ(Coded("There was fighting between Armenian and Azerbaijani forces."),
            (V{"ARM>AZE:190:asserted", "AZE>ARM:190:asserted"}));
  EXPECT_EQ(Coded("There has been heavy fighting between Armenian and Azerbaijani forces."),
            (V{"ARM>AZE:190:asserted", "AZE>ARM:190:asserted"}));
  // A verb with a subject stays the verb's one event.
  EXPECT_EQ(Coded("Armenian forces were fighting Azerbaijani troops."),
            (V{"ARM>AZE:190:asserted"}));
}

// --- headlines with the speaker last ---

// "SRC>TGT:CODE:modality@SPEAKER" of a sentence's events, sorted.
V Attributed(const std::string& text) {
  V out;
  for (const Event& e : testing::CodeText(text))
    out.push_back(testing::Brief(e) + ":" + e.modality + "@" +
                  (e.attributed_to ? e.attributed_to->code : "-"));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(SpeakerLast, TheSpeakerAfterTheVerbIsTheSourceOfTheSpeech) {
  // Coded as "X said Iran will retaliate" is: the envoy's words, reported.
  V last = Attributed("Iran will retaliate against Israel, warns Russia's foreign minister.");
  EXPECT_EQ(last, Attributed("Russia's foreign minister said Iran will retaliate against Israel."));
  EXPECT_EQ(last, (V{"IRN>ISR:13:reported@RUSGOV", "IRN>ISR:19:hypothetical@RUSGOV"}));
}

TEST(SpeakerLast, WhatPrecedesTheCommaIsNoSubjectOfTheSpeechVerb) {
  // Sweden is not the speaker of "says"; Russia's minister is.
  EXPECT_EQ(Attributed("Turkey will not extradite the suspect to Sweden, says Russia's foreign "
                       "minister."),
            (V{"TUR>SWE:12:reported@RUSGOV"}));
}

TEST(SpeakerLast, AFirstPersonSubjectIsTheSpeaker) {
  EXPECT_EQ(
      Coded("We will not extradite the suspect to Sweden, says the Turkish interior minister."),
      (V{"TUR>SWE:121:asserted"}));
  EXPECT_EQ(Coded("\"We will retaliate against Israel,\" the Iranian foreign minister said."),
            (V{"IRN>ISR:138:asserted", "IRN>ISR:190:hypothetical"}));
}

// --- time clauses of what has not happened (syntax.txt [not-yet-subordinators]) ---

TEST(NotYet, AVisitAheadOfWhichSomethingHappensHasNotHappened) {
  // "ahead" counts from the owner's first word, not only the noun's.
  EXPECT_TRUE(Has(Coded("Iran released two British prisoners ahead of the US secretary of "
                        "state's visit to Tehran."),
                  "USA>IRN:042:hypothetical"));
}

TEST(NotYet, APresentTenseInATimeClauseIsNotYet) {
  EXPECT_EQ(Coded("Israel struck Gaza before the US secretary of state arrives in Cairo."),
            (V{"ISR>PSE:190:asserted", "USA>EGY:042:hypothetical"}));
  EXPECT_TRUE(Has(Coded("Before the US secretary of state travels to Israel, Egypt will host "
                        "talks with Hamas."),
                  "USA>ISR:042:hypothetical"));
}

TEST(NotYet, APastTimeClauseOrAHeadlinesPresentHappened) {
  EXPECT_TRUE(Has(Coded("Israel struck Gaza before the US secretary of state arrived in Cairo."),
                  "USA>EGY:042:asserted"));
  // A headline tells the past in the present.
  EXPECT_TRUE(Has(Coded("Israel strikes Gaza before the US secretary of state arrives in Cairo."),
                  "USA>EGY:042:asserted"));
}

// --- gerund adjuncts (coding.txt [adjunct-event-roots]) ---

TEST(GerundAdjunct, AVerbalAdjunctIsAnEventOfTheMainSubject) {
  // ", accusing it of ...": the accusation is the subject's, "it" the
  // nearest actor (Qatar), not the sentence's first (Egypt itself).
  EXPECT_EQ(Coded("Egypt cut diplomatic ties with Qatar, accusing it of supporting terrorism."),
            (V{"EGY>QAT:1121:asserted", "EGY>QAT:161:asserted"}));
  EXPECT_TRUE(Has(Coded("Ethiopia expelled seven U.N. officials, accusing them of meddling in "
                        "its affairs."),
                  "ETH>IGOUNO:112:asserted"));
}

TEST(GerundAdjunct, AnAgreementAdjunctIsItsOwnEvent) {
  // ", agreeing to launch a dialogue": an intent (03) of the talks' joint
  // subject, each toward the other.
  EXPECT_EQ(Coded("Biden and Putin held talks in Geneva on Wednesday, agreeing to launch a "
                  "dialogue on strategic stability.",
                  "2021-06-16"),
            (V{"RUS>USA:030:asserted", "RUS>USA:040:asserted", "USA>RUS:030:asserted",
               "USA>RUS:040:asserted"}));
}

TEST(GerundAdjunct, AWithClauseIsAnActOfItsOwn) {
  // ", with missiles striking military targets near Kyiv": the missiles'
  // strikes are the invaders' second act, not more of the invasion.
  EXPECT_EQ(Coded("Russian forces launched a full-scale invasion of Ukraine early on Thursday, "
                  "with missiles striking military targets near Kyiv.",
                  "2022-02-24"),
            (V{"RUS>UKR:190:asserted", "RUS>UKR:192:asserted"}));
}

TEST(GerundAdjunct, AGerundRightAfterTheClausesTimeActsByItsSubject) {
  // "... on Sunday pledging more investment": no comma, still China's.
  EXPECT_EQ(Coded("China signed a joint communique with Kenya on Sunday pledging more investment."),
            (V{"CHN>KEN:0311:asserted", "CHN>KEN:057:asserted"}));
}

TEST(GerundAdjunct, AMaterialAdjunctTellsMoreOfTheMainEvent) {
  // ", killing five": the strike is coded once.
  EXPECT_EQ(Coded("Israeli jets struck Hamas fighters in Gaza, killing five."),
            (V{"ISR>PSE:190:asserted"}));
}

TEST(GerundAdjunct, ASubjectPronounAfterTheGerundStaysASubject) {
  // "arguing they have ...": "they" starts a clause; Hungary still demands.
  EXPECT_TRUE(Has(Coded("Hungary said the European Union should lift its sanctions on Russia, "
                        "arguing they have hurt Europe more."),
                  "HUN>IGOEUREEC:1054:asserted"));
}

// --- reactions to an act told earlier (events.txt [anaphoric-event-nouns]) ---

TEST(AnaphoricObject, AReactionToTheMoveIsTowardWhoeverMadeIt) {
  // Without the rule the welcome has no target.
  EXPECT_EQ(Coded("Finland and Sweden applied to join the alliance, and NATO welcomed the move."),
            (V{"IGOWSTNAT>FIN:051:asserted", "IGOWSTNAT>SWE:051:asserted"}));
  EXPECT_TRUE(Has(Coded("Norway awarded the prize to a jailed dissident, and China denounced "
                        "the decision."),
                  "CHN>NOR:111:asserted"));
}

TEST(AnaphoricObject, NotTheReactorsOwnSideNorAPhraseInsideItsSubject) {
  // "it would challenge the measures": Belarus does not challenge itself.
  for (const std::string& e : Coded("Belarus said it would challenge the measures in court."))
    EXPECT_EQ(e.find(">BLR"), std::string::npos) << e;
  // "forces aligned with the Tripoli government" is the speaker's own phrase.
  for (const std::string& e : Coded("A spokesman for forces aligned with the Libyan government "
                                    "condemned the attack."))
    EXPECT_EQ(e.find(">LBY"), std::string::npos) << e;
}

// --- a possessive opening the object (events.txt [object-possessives]) ---

TEST(ObjectPossessive, HisOrTheirIsAnActorNamedBeforeOtherThanTheSubject) {
  // Without the rule both events have no target.
  EXPECT_TRUE(Has(Coded("Honduran soldiers exiled President Manuel Zelaya to Costa Rica, and the "
                        "Organization of American States demanded his reinstatement."),
                  "IGOOAS>HND:100:asserted"));
  EXPECT_TRUE(Has(Coded("Russia's security service accused six British diplomats of spying and "
                        "revoked their accreditation."),
                  "RUS>GBR:161:asserted"));
  // "its" is the subject's own: no target is invented.
  EXPECT_TRUE(Has(Coded("Iran expelled two British diplomats, and Britain recalled its "
                        "ambassador."),
                  "GBR>-:161:asserted"));
}

// --- an infinitive's governor across a compound object ---

TEST(ControlVerbs, ACausativeReachesItsInfinitiveAcrossACompoundObject) {
  // The commas inside "Britain, Australia and Canada" ended the search for
  // the governing verb: the accusations were lost as a purpose clause.
  EXPECT_EQ(Coded("China adopted a new budget, prompting Britain, Australia and Canada to "
                  "accuse Beijing of breaking its promises."),
            (V{"AUS>CHN:112:asserted", "CAN>CHN:112:asserted", "GBR>CHN:112:asserted"}));
}

TEST(ControlVerbs, ATimeAdjunctBeforeTheInfinitiveChangesNothing) {
  // "voted on Sunday to demand" was dropped as a purpose clause.
  EXPECT_EQ(Coded("Iraq's parliament voted on Sunday to demand the withdrawal of U.S. troops."),
            Coded("Iraq's parliament voted to demand the withdrawal of U.S. troops."));
  EXPECT_FALSE(
      Coded("Iraq's parliament voted on Sunday to demand the withdrawal of U.S. troops.").empty());
}

TEST(Existentials, ClashesOfOneCountryAreADomesticDyad) {
  // Both sides name their country: a domestic dyad, each way.
  EXPECT_EQ(Coded("There were clashes between Liberian government troops and LURD rebels on "
                  "the outskirts of Monrovia on Friday.",
                  "2003-06-06"),
            (V{"LBR>LBR:190:asserted", "LBR>LBR:190:asserted"}));
  // One side borrowed its country from the other: no American act on Americans.
  EXPECT_EQ(Coded("Heavy fighting broke out between insurgents and U.S. forces."), (V{}));
}

TEST(Reciprocal, OneCodeOnEachOtherIsOneActWithNoSecondParty) {
  EXPECT_EQ(Coded("Cyprus President Demetris Christofias and Turkish Cypriot leader Mehmet Ali "
                  "Talat resumed U.N.-sponsored reunification talks in Nicosia on Wednesday.",
                  "2010-02-17"),
            (V{"CYP>-:046:asserted"}));
}

TEST(Reciprocal, AStateAfterAPrepositionOfNoPartyIsWhereNotWho) {
  // events.txt [joint-party-prepositions]; a handshake is a meeting (044).
  EXPECT_EQ(Coded("Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat shook "
                  "hands on the White House lawn on Monday.",
                  "1993-09-13"),
            (V{"ISR>PSE:044:asserted", "PSE>ISR:044:asserted"}));
  // "with" names the party.
  EXPECT_EQ(Coded("Britain and France signed a defence pact with Germany."),
            (V{"FRA>DEU:057:asserted", "GBR>DEU:057:asserted"}));
}

TEST(Reciprocal, AnOwnerInsideWhatTheActIsAboutIsNoParty) {
  // "Syria's" owns the weapons the framework is about; the two agree with
  // each other.
  EXPECT_EQ(Coded("U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov "
                  "agreed in Geneva on Saturday on a framework for the elimination of Syria's "
                  "chemical weapons.",
                  "2013-09-14"),
            (V{"RUS>USA:057:asserted", "USA>RUS:057:asserted"}));
  // A party after "with" still is one.
  EXPECT_EQ(Coded("Russia and China signed an agreement with Iran.", "2013-09-14"),
            (V{"CHN>IRN:057:asserted", "RUS>IRN:057:asserted"}));
}

TEST(Reciprocal, TheirCommonBorderMakesEachActOnTheOther) {
  EXPECT_EQ(Coded("India and Pakistan have massed nearly a million troops along their common "
                  "border.",
                  "2002-01-01"),
            (V{"IND>PAK:154:asserted", "PAK>IND:154:asserted"}));
  // One state's own border names no other.
  EXPECT_EQ(Coded("India has massed troops along its border.", "2002-01-01"),
            (V{"IND>-:154:asserted"}));
}

TEST(Reciprocal, ACityNamedInAJointActIsWhere) {
  // "Annapolis" (the gazetteer's) names where they endorsed it, no third party.
  EXPECT_EQ(Coded("Israeli Prime Minister Ehud Olmert and Palestinian President Mahmoud Abbas "
                  "endorsed a framework at the Annapolis conference on Tuesday.",
                  "2007-11-27"),
            (V{"ISR>PSE:051:asserted", "PSE>ISR:051:asserted"}));
}

TEST(Anaphora, TheMoveOfAGerundAdjunctIsItsClauseSubjects) {
  // "the move" points back past ", ending decades of ..." to whoever ended
  // them: the subject of "applied", not NATO after "join".
  EXPECT_EQ(
      Coded("Finland and Sweden formally applied to join NATO on Wednesday, ending decades of "
            "military non-alignment, and NATO chief Jens Stoltenberg welcomed the move.",
            "2022-05-18"),
      (V{"IGOWSTNAT>FIN:051:asserted", "IGOWSTNAT>SWE:051:asserted"}));
}

TEST(Patterns, ClosingABaseDisappointmentAndAnExamination) {
  // A decision to close a foreign base is the closing (166).
  EXPECT_EQ(
      Coded("Kyrgyzstan's parliament voted on Thursday to close a U.S. air base.", "2009-02-19"),
      (V{"KGZ>USA:166:asserted"}));
  // A copula with an adjective of feeling is a comment (012).
  EXPECT_EQ(Coded("Iran said on Monday it was disappointed by the talks.", "2009-02-19"),
            (V{"IRN>-:012:asserted"}));
}

TEST(Coordination, APartnerVerbIsNoParticipleInsideAnObject) {
  // "detained since October" describes the protesters; "promised" shares
  // the subject of "ordered". The release ordered is a release (0841).
  EXPECT_EQ(Coded("Iraqi Prime Minister Mustafa al-Kadhimi ordered the release of all protesters "
                  "detained since October and promised to investigate the killing of "
                  "demonstrators.",
                  "2020-05-10"),
            (V{"IRQ>IRQ:0841:asserted", "IRQ>IRQ:091:hypothetical"}));
  // A participle with no verb before it is still the first verb's partner.
  EXPECT_EQ(Coded("Russian forces attacked on Monday and killed five civilians.", "2020-05-10"),
            (V{"RUS>-:190:asserted", "RUS>RUS:190:asserted"}));
}

TEST(Patterns, ReturningToACountryIsAVisitReturningAThingIsNot) {
  // "return to +" (no gap) outranks "return * to +" (084).
  EXPECT_EQ(Coded("U.N. nuclear inspectors returned to North Korea on Saturday.", "2007-07-14"),
            (V{"IGOUNO>PRK:042:asserted"}));
  EXPECT_EQ(Coded("Iran returned the seized tanker to Britain.", "2007-07-14"),
            (V{"IRN>GBR:084:asserted"}));
  // coding.txt [foreign-only-codes]: going home is no visit.
  EXPECT_EQ(
      Coded("Former Chilean dictator Augusto Pinochet returned to Chile on Friday.", "2000-03-03"),
      (V{}));
}

TEST(Subjects, AHeadlinesVerbAfterACommaSharesTheSubject) {
  // Not North Korea urging: China condemns and urges (North Korea, coding.txt
  // [shared-target-roots]).
  EXPECT_EQ(Coded("China condemns North Korea nuclear test, urges restraint", "2016-01-06"),
            (V{"CHN>PRK:025:asserted", "CHN>PRK:111:asserted"}));
}

TEST(Subjects, AVerbAfterAParticiplesByAgentIsTheClauses) {
  // "led by Laurent Kabila" describes the rebels; "advanced" is their verb
  // (past tense, though its shape could be a participle too).
  EXPECT_EQ(Coded("Mobutu fled Kinshasa on Friday as rebels led by Laurent Kabila advanced on "
                  "the capital.",
                  "1997-05-16"),
            (V{"COD>-:190:asserted"}));
}

TEST(Subjects, ANameAfterANounsToIsNoSubject) {
  // "to Turkey" belongs to "ambassador": the ambassador was shot.
  EXPECT_EQ(
      Coded("Russia's ambassador to Turkey was shot dead by a Turkish policeman.", "2016-12-19"),
      (V{"TUR>RUS:193:asserted"}));
  // After a participle it is the owner: "militants linked to al-Qaeda".
  EXPECT_EQ(Coded("Militants linked to al-Qaeda detonated a roadside bomb under a military convoy "
                  "near the Burkinabe town of Djibo.",
                  "2023-09-05"),
            (V{"IMGALQ>BFA:1833:asserted"}));
}

TEST(Patterns, OfferingHelpToMediateBetweenTwoIsAnOfferToMediate) {
  EXPECT_EQ(Coded("Lula offered Brazil's help to mediate between Moscow and Kyiv.", "2023-04-15"),
            (V{"BRA>RUS:039:asserted", "BRA>UKR:039:asserted"}));
}

TEST(Patterns, APrizeAwardedToSomeoneEndorsesThem) {
  EXPECT_EQ(Coded("The Norwegian Nobel Committee awarded the peace prize to jailed Chinese "
                  "dissident Liu Xiaobo.",
                  "2010-10-08"),
            (V{"NOR>CHN:051:asserted"}));
}

TEST(Patterns, ANuclearStrikeAgainstSomeoneIsNuclear) {
  // "launch * nuclear strike against +" outranks "launch * strike against +".
  EXPECT_EQ(Coded("North Korea threatened on Thursday to launch a pre-emptive nuclear strike "
                  "against the United States.",
                  "2016-03-07"),
            (V{"PRK>USA:130:asserted", "PRK>USA:2042:hypothetical"}));
}

TEST(Patterns, WhatIsHandedOverDecidesTheCode) {
  // Weapons handed over disarm (0873), authority yields (080); a suspect is
  // judicial cooperation (063).
  EXPECT_EQ(
      Coded("FARC rebels handed over the last of their weapons to U.N. monitors.", "2017-06-27"),
      (V{"COL>IGOUNO:0873:asserted"}));
  EXPECT_EQ(Coded("Kofi Annan handed over authority to President Xanana Gusmao.", "2002-05-20"),
            (V{"IGOUNO>TLS:080:asserted"}));
  EXPECT_EQ(Coded("Pakistan handed over the suspect to Britain.", "2002-05-20"),
            (V{"PAK>GBR:063:asserted"}));
}

TEST(Actors, AStateGovernmentIsItsCountrys) {
  // "state" is no verb between a name and a noun; "state government" a role.
  EXPECT_EQ(Coded("The Lagos state government imposed a dusk-to-dawn curfew on the Ikorodu area.",
                  "2020-05-10"),
            (V{"NGA>-:1723:asserted"}));
}

TEST(Patterns, ATreatySignedWithSomeoneActsOnThem) {
  // "with +" names the party; "Crimean" is Ukraine's (countries.txt).
  EXPECT_EQ(Coded("Russian President Vladimir Putin signed a treaty with Crimean leaders on "
                  "Tuesday, drawing condemnation from Kiev.",
                  "2014-03-18"),
            (V{"RUS>UKR:057:asserted", "UKR>RUS:111:asserted"}));
}

TEST(ReducedRelative, ALaterParticipleAfterANounIsNoClauseVerb) {
  // "threatened" was read as a participle describing the leader, with
  // "released" the clause's verb: the leader released the schoolgirls.
  EXPECT_EQ(Coded("Boko Haram's leader threatened in a video released on Monday to sell the "
                  "schoolgirls.",
                  "2014-05-05"),
            (V{"NGA>-:130:asserted"}));
}

TEST(ReducedRelative, ATimeNounsRelativeClauseIsNoClauseVerb) {
  // "ended" is in a relative clause about the day (syntax.txt
  // [time-relative-nouns]), so "arrived" is still the sentence's verb.
  EXPECT_EQ(Coded("NATO Secretary General Anders Fogh Rasmussen arrived in Tripoli on Monday on "
                  "the day the alliance ended its seven-month air campaign in Libya.",
                  "2011-10-31"),
            (V{"IGOWSTNAT>LBY:042:asserted", "IGOWSTNAT>LBY:087:asserted"}));
  // Without the time noun, a finite verb after the participle's noun makes
  // it a reduced relative still.
  EXPECT_EQ(Coded("Russian troops deployed in Syria attacked Turkish positions.", "2016-01-01"),
            (V{"RUS>TUR:190:asserted"}));
}

TEST(Patterns, ShowsOfForceAndAnEndToOperations) {
  // A launch over a country or into its waters shows force (150), no strike.
  EXPECT_EQ(Coded("North Korea launched a long-range rocket over Japan on Sunday."),
            (V{"PRK>JPN:150:asserted"}));
  EXPECT_EQ(Coded("China fired ballistic missiles into waters around Taiwan on Thursday."),
            (V{"CHN>TWN:150:asserted"}));
  // Ending operations is de-escalation (087), not the operations.
  EXPECT_EQ(Coded("Russian President Dmitry Medvedev ordered an end to military operations in "
                  "Georgia on Tuesday.",
                  "2008-08-12"),
            (V{"RUS>GEO:087:asserted"}));
}

TEST(Patterns, APhraseOfWhereBetweenPatternWordsIsPassedOver) {
  // events.txt [place-adjunct-prepositions]: "agree to" across "at a summit in Warsaw".
  EXPECT_EQ(Coded("NATO leaders agreed at a summit in Warsaw on Friday to deploy four battalions "
                  "to Poland.",
                  "2016-07-08"),
            (V{"IGOWSTNAT>POL:030:asserted"}));
  // Not a phrase that names no place.
  EXPECT_EQ(
      Coded("NATO leaders agreed at length to deploy four battalions to Poland.", "2016-07-08"),
      (V{}));
}

}  // namespace
}  // namespace casus
