// Places for the map (issue 9, item 2): every place of the gazetteer,
// disambiguated by the countries the article names; subdivisions; seas and
// regions of data/places; names that are words or people's names refused;
// compounds broken across lines kept whole.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "common.h"
#include "files.h"
#include "internal.h"
#include "text/text.h"

namespace casus {
namespace {

using testing::Dicts;
using testing::TheCoder;

std::vector<Event> Code(const std::string& text) {
  Article a;
  a.id = "p";
  a.date = "2024-03-05";
  a.text = text;
  return TheCoder().Code(a).events;
}

// The location of the first event that has one.
std::optional<Place> FirstPlace(const std::string& text) {
  for (const Event& e : Code(text))
    if (e.location) return e.location;
  return std::nullopt;
}

// The gazetteer's places of a name (lowercase words), by country.
std::vector<const ActorEntry*> PlacesNamed(const std::vector<std::string>& words) {
  const Dictionaries& d = *Dicts();
  uint32_t node = Dictionaries::kRoot;
  for (const std::string& w : words) {
    node = d.Step(node, d.lexicon().Find(w));
    if (node == Dictionaries::kNoNode) return {};
  }
  std::vector<const ActorEntry*> out;
  for (uint32_t ei : d.node(node).entries)
    if (d.actor(ei).field == ActorField::kCity) out.push_back(&d.actor(ei));
  return out;
}

// Krasnyy Kut: a village of some 3,000 people in Ukraine's Luhansk region and
// a town of some 15,000 in Russia's Saratov region, both under the old floor.
TEST(Places, SmallPlaceIsTheOneInTheCountryTheArticleNames) {
  ASSERT_GE(PlacesNamed({"krasnyy", "kut"}).size(), 2u);
  auto ua = FirstPlace(
      "Russian forces shelled Krasnyy Kut overnight.\n\n"
      "The village lies in eastern Ukraine, officials said.");
  ASSERT_TRUE(ua);
  EXPECT_EQ(ua->name, "Krasnyy Kut");
  EXPECT_EQ(ua->country, "UKR");
  EXPECT_EQ(ua->feature, "city");
  EXPECT_NEAR(ua->lat, 48.20, 0.05);
  EXPECT_NEAR(ua->lon, 38.80, 0.05);

  auto ru = FirstPlace("Russian troops shelled Krasnyy Kut, Russia's defence ministry said.");
  ASSERT_TRUE(ru);
  EXPECT_EQ(ru->country, "RUS");
  EXPECT_NEAR(ru->lat, 50.95, 0.05);
}

// data/places/aliases.txt: the news writes "Hodeidah" and "Mykolaiv" where
// GeoNames has "Al Hudaydah" (with a dotted H) and "Mykolayiv"; "Mykolaiv"
// is also a village's name, and the alias means the regional capital.
TEST(Places, NewsSpellingsOfGazetteerPlaces) {
  auto hodeidah = FirstPlace("Saudi-led coalition jets bombed Hodeidah on Monday.");
  ASSERT_TRUE(hodeidah);
  EXPECT_EQ(hodeidah->name, "Hodeidah");
  EXPECT_EQ(hodeidah->country, "YEM");
  EXPECT_NEAR(hodeidah->lat, 14.80, 0.05);
  EXPECT_NEAR(hodeidah->lon, 42.95, 0.05);
  auto mykolaiv = FirstPlace("Russian forces shelled Mykolaiv overnight.");
  ASSERT_TRUE(mykolaiv);
  EXPECT_EQ(mykolaiv->country, "UKR");
  EXPECT_NEAR(mykolaiv->lat, 46.97, 0.05);  // the city of 500,000, not the village
  EXPECT_NEAR(mykolaiv->lon, 32.00, 0.05);
  // The place's country is the party acted upon.
  bool target = false;
  for (const Event& e : Code("Russian forces shelled Kupiansk on Tuesday."))
    target |= e.target && e.target->country == "UKR";
  EXPECT_TRUE(target);
}

// GeoNames writes "Genève": "Geneva" matched only American towns, and a
// story naming the United States put its talks in Illinois. A regional
// capital beats a namesake in a country named only as an actor.
TEST(Places, EnglishNamesAndCapitalsBeatNamesakes) {
  auto g = FirstPlace("Kerry and Lavrov met in Geneva on Saturday, U.S. officials said.");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->country, "CHE");
  EXPECT_NEAR(g->lat, 46.20, 0.05);
  auto z = FirstPlace("Iran and Russia resumed talks in Zurich on Monday.");
  ASSERT_TRUE(z);
  EXPECT_EQ(z->country, "CHE");
  // Dotless and dotted i, and the Korean breve, are not folded: aliases.
  for (const char* name : {"Diyarbakir", "Izmir", "Kaesong"}) {
    auto p = FirstPlace(std::string("Iran and Russia held talks in ") + name + " on Monday.");
    ASSERT_TRUE(p) << name;
  }
}

// A spelling for a place the gazetteer does not have is a load error that
// names the line, not a silently missing place.
TEST(Places, AliasOfAnUnknownPlaceIsALoadError) {
  namespace fs = std::filesystem;
  const std::string lex = Dictionaries::DefaultLexicon();
  fs::path src = fs::path(lex).parent_path();
  fs::path dir = testing::TestDir("places") / "aliases";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(src))  // the sources, not the image
    if (e.path().extension() != ".img" && e.path().extension() != ".sources")
      fs::copy(e.path(), dir / e.path().filename(), fs::copy_options::recursive);
  std::ofstream(dir / "places" / "aliases.txt", std::ios::app)
      << "\nUKR Odessa: Odesa\nUKR Atlantis: Atlantida\n";
  setenv("CASUS_NO_IMAGE", "1", 1);
  std::shared_ptr<const Dictionaries> d;
  Status s = Dictionaries::Load(dir.string(), (dir / "lexicon.tsv").string(), &d);
  unsetenv("CASUS_NO_IMAGE");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("aliases.txt:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("Atlantis"), std::string::npos) << s.message();
}

TEST(Places, SmallPlaceOfACountryTheArticleNeverNamesIsNoPlace) {
  Sentence s;
  s.text = "Drones struck Krasnyy Kut overnight.";
  const Dictionaries& d = *Dicts();
  Tokenize(s.text, d.lexicon(), &s.toks);
  Tag(s.text, d.lexicon(), &s.toks);
  FindActors(d, &s);
  for (const Mention& m : s.mentions) EXPECT_FALSE(m.city) << m.code;
}

TEST(Places, WordsAndPeoplesNamesAreNoSmallPlaces) {
  // Kim (Tajikistan, some 2,400 people) and Hope (Canada, some 4,600):
  // a common name and an ordinary word (data/rules/places.txt, the lexicon).
  for (const ActorEntry* e : PlacesNamed({"kim"})) EXPECT_NE(e->country, "TJK");
  for (const ActorEntry* e : PlacesNamed({"hope"})) EXPECT_NE(e->country, "CAN");
  auto p = FirstPlace("Tajik police detained protesters near Kim on Monday.");
  EXPECT_FALSE(p && p->name == "Kim");
}

TEST(Places, SubdivisionIsAPlace) {
  auto p = FirstPlace("Russian missiles hit targets in Kharkivska oblast.");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Kharkivska oblast");
  EXPECT_EQ(p->country, "UKR");
  EXPECT_EQ(p->feature, "subdivision");
  EXPECT_NEAR(p->lat, 49.8, 1.0);
  EXPECT_NEAR(p->lon, 36.3, 1.5);
  // A city beats its subdivision of the same name.
  auto idlib = FirstPlace("Syrian warplanes bombed targets in Idlib.");
  ASSERT_TRUE(idlib);
  EXPECT_EQ(idlib->feature, "city");
}

TEST(Places, SeasAndStraitsAreWhereNeverWho) {
  auto e = Code("Chinese warships fired water cannon at Philippine boats in the South China Sea.");
  ASSERT_FALSE(e.empty());
  ASSERT_TRUE(e[0].location);
  EXPECT_EQ(e[0].location->name, "South China Sea");
  EXPECT_EQ(e[0].location->feature, "sea");
  EXPECT_TRUE(e[0].location->country.empty());
  EXPECT_NEAR(e[0].location->lat, 12.0, 0.5);
  ASSERT_TRUE(e[0].target);
  EXPECT_EQ(e[0].target->country, "PHL");

  auto h = FirstPlace("Iran seized a tanker in the Strait of Hormuz.");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->name, "Strait of Hormuz");
  // A region with a country: Kashmir has none (states contest it).
  auto k = FirstPlace("Indian and Pakistani troops traded fire in Kashmir.");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->feature, "region");
  EXPECT_TRUE(k->country.empty());
}

TEST(Places, CountryHasAPointAndCityIsMorePrecise) {
  auto c = FirstPlace("Police in Kenya arrested 20 protesters.");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->feature, "country");
  EXPECT_TRUE(c->has_coords);  // Nairobi, the capital
  EXPECT_NEAR(c->lat, -1.28, 0.1);
  auto sea =
      FirstPlace("Russian and Chinese warships held joint naval exercises in the Sea of Japan.");
  ASSERT_TRUE(sea);
  EXPECT_EQ(sea->name, "Sea of Japan");  // not Japan, the country inside the name
}

TEST(Places, ReflowKeepsCompoundsWhoseJoinIsNoWord) {
  const Lexicon& lex = Dicts()->lexicon();
  EXPECT_EQ(Reflow("The battle-\nhardened troops", lex), "The battle-hardened troops");
  EXPECT_EQ(Reflow("The govern-\nment said", lex), "The government said");
  EXPECT_EQ(Reflow("a well-\nknown con-\nsideration", lex), "a well-known consideration");
}

}  // namespace
}  // namespace casus
