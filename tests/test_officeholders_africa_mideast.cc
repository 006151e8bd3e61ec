// Dated office holders of Africa and the Middle East (data/actors/
// officeholders-africa.txt, officeholders-mideast.txt): a person names his
// office's code inside his term and is an elite (ELI) of his country outside
// it; every line of both files is loaded.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>
#include <utility>

#include "actor_codes.h"
#include "common.h"
#include "internal.h"
#include "text/text.h"
#include "util/strings.h"

namespace casus {
namespace {

using testing::Dicts;
using V = std::vector<std::string>;

std::vector<std::string> Codes(const std::string& text, int32_t day) {
  return testing::ActorCodes(text, day);
}

TEST(OfficeHoldersAfrica, InsideTheTermTheOffice) {
  EXPECT_EQ(Codes("Nigerian President Bola Tinubu met Ghanaian President John Mahama.", 20250301),
            (V{"NGAGOV", "GHAGOV"}));
  EXPECT_EQ(Codes("Kagame accused Tshisekedi.", 20230610), (V{"RWAGOV", "CODGOV"}));
  EXPECT_EQ(Codes("Museveni praised Kenyatta.", 20150610), (V{"UGAGOV", "KENGOV"}));
  EXPECT_EQ(Codes("Buratai visited Maiduguri.", 20170610)[0], "NGAMIL");  // army chief
}

TEST(OfficeHoldersAfrica, OutsideTheTermAnElite) {
  // Tinubu before 2023-05-29; Mahama between his two presidencies.
  EXPECT_EQ(Codes("Nigerian President Bola Tinubu met Ghanaian President John Mahama.", 20200301),
            (V{"NGAELI", "GHAELI"}));
  EXPECT_EQ(Codes("Charles Taylor was sentenced.", 20120530), V{"LBRELI"});
  EXPECT_EQ(Codes("Raila Odinga met Zuma.", 20131210), (V{"KENELI", "ZAFGOV"}));
}

TEST(OfficeHoldersAfrica, RebelLeadersWhileTheyFight) {
  EXPECT_EQ(Codes("Charles Taylor attacked Monrovia.", 19920601)[0], "LBRREB");
  EXPECT_EQ(Codes("Hemedti rejected the truce.", 20230801), V{"SDNREB"});
  EXPECT_EQ(Codes("Hemedti met the envoy.", 20200801)[0], "SDNGOV");
}

TEST(OfficeHoldersMideast, InsideAndOutsideTheTerm) {
  // Sisi: defence minister from 2012-08-12, president from 2014-06-08.
  EXPECT_EQ(Codes("Sisi met Mubarak.", 20100101), (V{"EGYELI", "EGYGOV"}));
  EXPECT_EQ(Codes("Sisi met Mubarak.", 20130101), (V{"EGYGOV", "EGYELI"}));
  EXPECT_EQ(Codes("Sisi met Mubarak.", 20150101), (V{"EGYGOV", "EGYELI"}));
  EXPECT_EQ(Codes("Maliki criticised Assad.", 20120101), (V{"IRQGOV", "SYRGOV"}));
  EXPECT_EQ(Codes("Maliki criticised Assad.", 20250601), (V{"IRQELI", "SYRELI"}));
  EXPECT_EQ(Codes("Lebanese army commander Joseph Aoun met Mikati.", 20220101),
            (V{"LBNMIL", "LBNGOV"}));
  EXPECT_EQ(Codes("Joseph Aoun met Nawaf Salam.", 20250301), (V{"LBNGOV", "LBNGOV"}));
  EXPECT_EQ(Codes("Haftar met Dbeibah.", 20220101), (V{"LBYMIL", "LBYGOV"}));
  EXPECT_EQ(Codes("Sinwar rejected the offer.", 20240301), V{"PSEINS"});
}

TEST(OfficeHoldersMideast, OrdinaryWordsAndPlacesAreNotPeople) {
  // "Qandil" alone is the mountain range, not Egypt's 2012-13 prime minister.
  EXPECT_EQ(Codes("Jets struck the Qandil mountains.", 20121201), V{"MIL"});
  // "Saudi King Abdullah" stays Saudi: Jordan's king is listed only in full.
  EXPECT_EQ(Codes("Saudi King Abdullah arrived.", 20070810), V{"SAUGOV"});
  // Masisi is a territory in North Kivu as well as Botswana's president 2018-24.
  for (const std::string& c : Codes("Rebels took Masisi.", 20200101))
    EXPECT_EQ(c.find("BWA"), std::string::npos) << c;
}

// Every data line of both files is in the loaded dictionaries (a line the
// loader skipped, or a file left out of data/actors, fails here).
TEST(OfficeHolders, EveryLineLoaded) {
  const Dictionaries& d = *Dicts();
  for (auto [name, at_least] : {std::pair<std::string, size_t>{"officeholders-africa.txt", 450},
                                {"officeholders-mideast.txt", 350}}) {
    std::ifstream in(std::string(CASUS_SOURCE_DIR) + "/data/actors/" + name);
    ASSERT_TRUE(in) << name;
    std::set<uint32_t> data_lines;
    std::string line;
    for (uint32_t n = 1; std::getline(in, line); ++n)
      if (!Trim(StripComment(line)).empty()) data_lines.insert(n);
    std::set<uint32_t> loaded;
    for (size_t i = 0; i < d.actor_count(); ++i) {
      const ActorEntry& e = d.actor(uint32_t(i));
      if (EndsWith(d.file(e.source), "/" + name)) loaded.insert(e.line);
    }
    EXPECT_GE(data_lines.size(), at_least) << name;
    EXPECT_EQ(loaded, data_lines) << name;
  }
}

}  // namespace
}  // namespace casus
