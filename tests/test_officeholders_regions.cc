// Dated office holders of Asia-Pacific/Central Asia, the Americas outside the
// G20, and Europe/Caucasus outside NATO and the G20
// (data/actors/officeholders-{asia,americas,europe}.txt): a person is his
// office's code inside the term and an elite (ELI) of his country outside it.
#include <gtest/gtest.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <string>

#include "actor_codes.h"
#include "common.h"
#include "internal.h"
#include "text/text.h"
#include "util/dates.h"
#include "util/strings.h"

namespace casus {
namespace {

using testing::Dicts;
using V = std::vector<std::string>;

V Codes(const std::string& text, int32_t day) {
  return testing::ActorCodes(text, day);
}

TEST(RegionalOfficeHolders, AsiaInsideTheTermAndOutside) {
  EXPECT_EQ(Codes("Pervez Musharraf criticised India.", 20050601), (V{"PAKGOV", "IND"}));
  EXPECT_EQ(Codes("Pervez Musharraf criticised India.", 20120601), (V{"PAKELI", "IND"}));
  // Commander-in-chief since 2011: the military role, not the government.
  EXPECT_EQ(Codes("Min Aung Hlaing warned Thailand.", 20150601), (V{"MMRMIL", "THA"}));
  EXPECT_EQ(Codes("Min Aung Hlaing warned Thailand.", 20050601), (V{"MMRELI", "THA"}));
  // Tokayev was foreign minister in 2005, out of office in 2008, president now.
  EXPECT_EQ(Codes("Tokayev praised Russia.", 20050601), (V{"KAZGOV", "RUS"}));
  EXPECT_EQ(Codes("Tokayev praised Russia.", 20080601), (V{"KAZELI", "RUS"}));
  EXPECT_EQ(Codes("Tokayev praised Russia.", 20240601), (V{"KAZGOV", "RUS"}));
  EXPECT_EQ(Codes("Kim Jong Un threatened Japan.", 20200601), (V{"PRKGOV", "JPN"}));
}

TEST(RegionalOfficeHolders, AmericasInsideTheTermAndOutside) {
  EXPECT_EQ(Codes("Hugo Chavez criticised Colombia.", 20050601), (V{"VENGOV", "COL"}));
  EXPECT_EQ(Codes("Hugo Chavez criticised Colombia.", 20150601), (V{"VENELI", "COL"}));
  EXPECT_EQ(Codes("Evo Morales accused Chile.", 20100601), (V{"BOLGOV", "CHL"}));
  EXPECT_EQ(Codes("Evo Morales accused Chile.", 20210601), (V{"BOLELI", "CHL"}));
  // "Castro" alone is dated: Fidel in 2000, Xiomara Castro of Honduras in 2023.
  EXPECT_EQ(Codes("Castro denounced Washington.", 20000601), (V{"CUBGOV", "USA"}));
  EXPECT_EQ(Codes("Castro denounced Washington.", 20230601), (V{"HNDGOV", "USA"}));
}

TEST(RegionalOfficeHolders, EuropeInsideTheTermAndOutside) {
  EXPECT_EQ(Codes("Aleksandar Vucic met Albin Kurti.", 20230601), (V{"SRBGOV", "XKXGOV"}));
  EXPECT_EQ(Codes("Aleksandar Vucic met Albin Kurti.", 20100601), (V{"SRBELI", "XKXELI"}));
  EXPECT_EQ(Codes("Slobodan Milosevic defied NATO.", 19990401), (V{"SRBGOV", "IGOWSTNAT"}));
  EXPECT_EQ(Codes("Sebastian Kurz visited Italy.", 20150601), (V{"AUTGOV", "ITA"}));
  EXPECT_EQ(Codes("Pope Francis visited Iraq.", 20210305), (V{"VATGOV", "IRQ"}));
  // Swiss presidents serve one calendar year.
  EXPECT_EQ(Codes("Alain Berset met Hungary.", 20180601), (V{"CHEGOV", "HUN"}));
  EXPECT_EQ(Codes("Alain Berset met Hungary.", 20100601), (V{"CHEELI", "HUN"}));
}

// The three files keep their size and their shape: every data line is dated,
// starts no earlier than its office allows, reaches 1990 and ends after it starts.
TEST(RegionalOfficeHolders, AFormerHeadOfAnOrganisationIsWhatTheDateMakesHim) {
  // The organisation's title after "Former" no longer makes him the organisation.
  EXPECT_EQ(Codes("Former U.N. Secretary-General Kofi Annan praised Kenya.", 20080122),
            (V{"GHAELI", "KEN"}));
  V in_office = Codes("U.N. Secretary-General Kofi Annan praised Kenya.", 20030122);
  EXPECT_EQ(in_office.front(), "IGOUNO");
  EXPECT_EQ(std::count(in_office.begin(), in_office.end(), "GHAELI"), 0);
}

TEST(RegionalOfficeHolders, FilesAreDatedAndLarge) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(CASUS_SOURCE_DIR) / "data" / "actors";
  int total = 0;
  for (const char* f :
       {"officeholders-asia.txt", "officeholders-americas.txt", "officeholders-europe.txt"}) {
    std::ifstream in(dir / f);
    ASSERT_TRUE(in) << f;
    std::string line;
    int n = 0, lines = 0;
    while (std::getline(in, line)) {
      ++n;
      std::string_view l = Trim(StripComment(line));
      if (l.empty()) continue;
      std::vector<std::string_view> w = Words(l);
      ASSERT_GE(w.size(), 4u) << f << ":" << n;
      const int32_t from = ParseYmd(w[1]);
      const int32_t to = w[2] == ".." ? 99991231 : ParseYmd(w[2]);
      EXPECT_GT(from, 0) << f << ":" << n;
      EXPECT_GE(to, 19900101) << f << ":" << n << " ends before 1990";
      EXPECT_TRUE(EndsWith(w[0], "GOV") || EndsWith(w[0], "MIL") || EndsWith(w[0], "SEP"))
          << f << ":" << n;
      EXPECT_EQ(w[3], "name:") << f << ":" << n;
      ++lines;
    }
    EXPECT_GE(lines, 200) << f;
    total += lines;
  }
  EXPECT_GE(total, 1000);
}

}  // namespace
}  // namespace casus
