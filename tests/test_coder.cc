// Event coding behaviour, one phenomenon per test, on sentences of our own.
#include <gtest/gtest.h>

#include <algorithm>

#include "common.h"

namespace casus {
namespace {

using testing::Briefs;
using testing::CodeText;
using V = std::vector<std::string>;

bool Has(const V& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(Coder, SimpleTransitive) {
  EXPECT_EQ(Briefs("Russian troops attacked Ukrainian positions near Kharkiv."), V{"RUS>UKR:19"});
}

TEST(Coder, ReportedSpeechKeepsClaimApartFromFact) {
  auto ev = CodeText("Syria's army said on Tuesday that rebels had shelled a government checkpoint near Idlib.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "SYRREB");  // rebels inherit the reporter's country
  EXPECT_EQ(ev[0].target->code, "SYRGOV");
  EXPECT_EQ(ev[0].root, "19");
  EXPECT_EQ(ev[0].modality, "reported");
  ASSERT_TRUE(ev[0].attributed_to);
  EXPECT_EQ(ev[0].attributed_to->code, "SYRMIL");
  EXPECT_EQ(ev[0].date, "2024-03-05");
}

TEST(Coder, PostposedAttributionAndAccordingTo) {
  auto a = CodeText("Russian jets bombed Ukrainian villages overnight, the Ukrainian air force said.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].modality, "reported");
  EXPECT_EQ(a[0].attributed_to->code, "UKRMIL");
  auto b = CodeText("Israeli aircraft struck Hamas positions in Gaza, according to Palestinian officials.");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].modality, "reported");
}

TEST(Coder, NewsAgencyIsNeverTheSource) {
  auto ev = CodeText("Rebels attacked a Nigerian army base, Reuters reported.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->role, "REB");
  ASSERT_TRUE(ev[0].attributed_to);
  EXPECT_EQ(ev[0].attributed_to->role, "MED");
}

TEST(Coder, PassiveVoiceSwapsRoles) {
  EXPECT_EQ(Briefs("A Turkish convoy was shelled by Syrian government forces."), V{"SYR>TUR:19"});
}

TEST(Coder, CompoundSubjectYieldsOneEventPerMember) {
  auto b = Briefs("Japan, South Korea and Australia condemned North Korea's missile test.");
  EXPECT_EQ(b, (V{"JPN>PRK:11", "KOR>PRK:11", "AUS>PRK:11"}));
}

TEST(Coder, ReciprocalCompound) {
  auto b = Briefs("India and China held talks on the border dispute.");
  EXPECT_TRUE(Has(b, "IND>CHN:04")) << ::testing::PrintToString(b);
  EXPECT_TRUE(Has(b, "CHN>IND:04"));
}

TEST(Coder, Negation) {
  auto ev = CodeText("Turkey did not attack Greek vessels in the Aegean.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0].negated);
  auto d = CodeText("Moscow denied that its forces had shelled the city of Kharkiv.");
  bool negated_reported = false;
  for (auto& e : d) negated_reported |= e.negated && e.modality == "reported";
  EXPECT_TRUE(negated_reported);
}

TEST(Coder, Hypothetical) {
  auto a = CodeText("Iran could strike Israeli targets within hours.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].modality, "hypothetical");
  auto b = CodeText("North Korea threatened to attack South Korea.");
  bool threat = false, hypo = false;
  for (auto& e : b) {
    threat |= e.root == "13" && e.modality == "asserted";
    hypo |= e.root != "13" && e.modality == "hypothetical";
  }
  EXPECT_TRUE(threat);
  EXPECT_TRUE(hypo);
}

TEST(Coder, UrgingCodesTheAppealNotTheUrgedAct) {
  auto b = Briefs("The United Nations urged Israel to halt its offensive.");
  ASSERT_EQ(b.size(), 1u) << ::testing::PrintToString(b);
  EXPECT_EQ(b[0].substr(0, 11), "IGOUNO>ISR:");
}

TEST(Coder, MultiWordPatterns) {
  EXPECT_TRUE(Has(Briefs("Iran fired ballistic missiles at U.S. bases in Iraq."), "IRN>USA:19"));
  EXPECT_TRUE(Has(Briefs("France imposed sanctions on Mali."), "FRA>MLI:16"));
  EXPECT_TRUE(Has(Briefs("Beijing lashed out at Washington."), "CHN>USA:11"));
}

TEST(Coder, MetonymyAndOfficeHolders) {
  EXPECT_EQ(Briefs("The Kremlin condemned Washington."), V{"RUS>USA:11"});
  EXPECT_EQ(Briefs("Erdogan criticised Greece.", "2019-06-10"), V{"TUR>GRC:11"});
}

TEST(Coder, QuantitiesTiedToActors) {
  Article a;
  a.id = "q";
  a.date = "2024-03-05";
  a.text = "Kenyan police claim that some 3,000 protesters blocked the highway.";
  CodedArticle c = testing::TheCoder().Code(a);
  ASSERT_FALSE(c.quantities.empty());
  EXPECT_EQ(c.quantities[0].quantity.value, 3000);
  EXPECT_EQ(c.quantities[0].quantity.unit, "protester");
  ASSERT_TRUE(c.quantities[0].attributed_to);
  EXPECT_EQ(c.quantities[0].attributed_to->code, "KENCOP");
}

TEST(Coder, NoEventWithoutActorsOrVerb) {
  EXPECT_TRUE(Briefs("Turkish Airlines flights were delayed by heavy snow.").empty());
  EXPECT_TRUE(Briefs("The attack on Monday was condemned.").empty());
  EXPECT_TRUE(Briefs("Inflation in Brazil rose to 5 percent.").empty());
}

TEST(Coder, PdfArticleIsReflowedBeforeCoding) {
  Article a;
  a.id = "pdf";
  a.date = "2024-03-05";
  a.text = "Syria's army said on Tuesday that rebels had\nshelled a govern-\nment checkpoint near Idlib.\n\n"
           "    The Turkish Foreign Ministry con-\ndemned the attack.";
  CodedArticle c = testing::TheCoder().Code(a);
  ASSERT_EQ(c.sentences.size(), 2u);
  ASSERT_FALSE(c.events.empty());
  EXPECT_EQ(c.events[0].sentence, "Syria's army said on Tuesday that rebels had shelled a government checkpoint near Idlib.");
}

TEST(Coder, EvidenceSpanPointsIntoTheSentence) {
  auto ev = CodeText("Beijing lashed out at Washington on Friday.");
  ASSERT_EQ(ev.size(), 1u);
  const auto& e = ev[0];
  EXPECT_EQ(e.sentence.substr(e.evidence.begin, e.evidence.end - e.evidence.begin), e.evidence.verb_phrase);
  EXPECT_EQ(e.evidence.dictionary.rfind("data/verbs/", 0), 0u);
  EXPECT_EQ(e.date, "2024-03-01");
}

}  // namespace
}  // namespace casus
