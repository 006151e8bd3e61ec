// In-article coreference of titled persons (src/match/actors_coref.cc):
// surnames and definite titles stand for the person the article named
// first; the state is per article.
#include <gtest/gtest.h>

#include "common.h"

namespace casus {
namespace {

using testing::TheCoder;

// "sentence:SOURCE=text>TARGET" of each event.
std::vector<std::string> Sources(const std::string& text, Scratch* scratch = nullptr) {
  Article a;
  a.id = "t";
  a.date = "2018-03-14";
  a.text = text;
  CodedArticle out;
  if (scratch)
    TheCoder().Code(a, scratch, &out);
  else
    out = TheCoder().Code(a);
  std::vector<std::string> v;
  for (const Event& e : out.events)
    v.push_back(std::to_string(e.sentence_index) + ":" + (e.source ? e.source->code : "-") + "=" +
                (e.source ? e.source->text : "") + ">" + (e.target ? e.target->code : "-"));
  return v;
}

using V = std::vector<std::string>;

TEST(ActorCoref, SurnameAfterAFullFirstMention) {
  EXPECT_EQ(Sources("Nigerian Foreign Minister John Doe met the French ambassador on Monday. "
                    "Doe accused Ghana of meddling. John Doe condemned Togo."),
            (V{"0:NGAGOV=Nigerian Foreign Minister John Doe>FRAGOV", "1:NGAGOV=Doe>GHA",
               "2:NGAGOV=John Doe>TGO"}));
}

TEST(ActorCoref, ASurnameThatIsAlsoAWord) {
  // "May accused": the name, not the modal.
  EXPECT_EQ(Sources("British Prime Minister Jane May met the French ambassador on Monday. "
                    "May accused Russia of meddling."),
            (V{"0:GBRGOV=British Prime Minister Jane May>FRAGOV", "1:GBRGOV=May>RUS"}));
}

TEST(ActorCoref, DefiniteTitle) {
  EXPECT_EQ(Sources("Nigerian Foreign Minister John Doe met the French ambassador on Monday. "
                    "The minister also criticised Ghana."),
            (V{"0:NGAGOV=Nigerian Foreign Minister John Doe>FRAGOV", "1:NGAGOV=The minister>GHA"}));
  // "the interior minister" is another minister: no referent.
  V v = Sources(
      "Nigerian Foreign Minister John Doe met the French ambassador on Monday. "
      "The interior minister criticised Ghana.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1].rfind("1:NGAGOV", 0), std::string::npos) << v[1];
}

TEST(ActorCoref, TheBlocIsTheOrganisationNamedLast) {
  // In the same sentence: "leaving ECOWAS ..., accusing the bloc of".
  EXPECT_EQ(Sources("Mali said it was leaving ECOWAS, accusing the bloc of meddling."),
            (V{"0:MLI=Mali>IGOWAFWAS"}));
  // In a later sentence, and the latest organisation wins.
  V v = Sources(
      "NATO leaders met in Vilnius. EU leaders met in Brussels. The bloc condemned Russia.");
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v.back(), "2:IGOEUREEC=The bloc>RUS");
  // With no organisation named, "the alliance" is no actor.
  EXPECT_TRUE(Sources("The alliance condemned Russia.").empty());
}

TEST(ActorCoref, TheIslandIsThePlaceNamedLast) {
  // actors.txt [place-anaphors]: a place told as where, not the capital
  // standing for its government after it.
  EXPECT_EQ(Sources("Nancy Pelosi landed in Taipei on Tuesday, and Beijing announced live-fire "
                    "military drills around the island."),
            (V{"0:CHN=Beijing>TWN"}));
  // A bare name counts, a people does not; across sentences too.
  EXPECT_EQ(Sources("Hamas fighters crossed from Gaza and abducted Israelis. Israel launched air "
                    "strikes on the enclave."),
            (V{"0:PSEINS=Hamas fighters>ISR", "1:ISR=Israel>PSE"}));
  // With no place named, "the island" is no party.
  EXPECT_EQ(Sources("China sent warships to the island."), (V{"0:CHN=China>-"}));
}

TEST(ActorCoref, SurnameAcrossAParagraph) {
  // A new paragraph forgets the previous sentence's actor for "He" (the
  // coder's rule), not the persons the article named.
  EXPECT_EQ(Sources("Nigerian Foreign Minister John Doe met the French ambassador on Monday.\n\n"
                    "Doe accused Ghana of meddling."),
            (V{"0:NGAGOV=Nigerian Foreign Minister John Doe>FRAGOV", "1:NGAGOV=Doe>GHA"}));
}

TEST(ActorCoref, StateIsPerArticle) {
  ScratchPtr scratch = MakeScratch();
  Sources("Nigerian Foreign Minister John Doe met the French ambassador on Monday.", scratch.get());
  // The same scratch, a new article: Doe is nobody known.
  V v = Sources("Doe accused Ghana of meddling.", scratch.get());
  for (const std::string& e : v) EXPECT_EQ(e.find("NGA"), std::string::npos) << e;
}

}  // namespace
}  // namespace casus
