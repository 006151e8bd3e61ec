// Evaluate() on small gold files written by the test: exact counts, the
// misses and false positives it lists, flag agreement, ActorKey, and the
// errors a malformed gold file gives.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "casus/eval.h"
#include "common.h"
#include "files.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

std::string WriteGold(const std::string& name, const std::string& body) {
  fs::path dir = testing::TestDir("eval");
  std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << body;
  return path;
}

bool StartsWith(const std::string& s, const std::string& p) {
  return s.rfind(p, 0) == 0;
}

// Four records: a match plus a miss, a false positive, nothing at all (a
// blank line between), and a match whose flags disagree with the gold.
constexpr const char* kGold =
    R"({"id":"a","date":"2024-03-05","text":"Russian troops attacked Ukrainian positions near Kharkiv.",)"
    R"("events":[{"source":"RUS","target":"UKR","root":"19","negated":false,"modality":"asserted"},)"
    R"({"source":"USA","target":"UKR","root":"04"}]})"
    "\n"
    R"({"id":"b","date":"2024-03-05","text":"The Kremlin condemned Washington.","events":[]})"
    "\n\n"
    R"({"id":"c","date":"2024-03-05","text":"Turkish Airlines flights were delayed by heavy snow."})"
    "\n"
    R"({"id":"d","date":"2019-06-10","text":"Erdogan criticised Greece.",)"
    R"("events":[{"source":"TUR","target":"GRC","root":"11","negated":true}]})"
    "\n";

TEST(Evaluate, ExactCountsMissesAndFalsePositives) {
  EvalResult r;
  Status s = Evaluate(WriteGold("small.jsonl", kGold), testing::TheCoder(), &r);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(r.records, 4);  // the blank line is not a record
  EXPECT_EQ(r.sentences, 4);
  EXPECT_EQ(r.gold, 3);
  EXPECT_EQ(r.coded, 3);    // RUS>UKR:19, RUS>USA:11, TUR>GRC:11
  EXPECT_EQ(r.matched, 2);  // RUS>UKR:19, TUR>GRC:11
  EXPECT_DOUBLE_EQ(r.precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(r.recall(), 2.0 / 3);
  ASSERT_EQ(r.misses.size(), 1u);
  EXPECT_TRUE(StartsWith(r.misses[0], "a: USA -> UKR 04  | Russian troops attacked"))
      << r.misses[0];
  ASSERT_EQ(r.false_positives.size(), 1u);
  EXPECT_TRUE(StartsWith(r.false_positives[0], "b: RUS -> USA 11 (11")) << r.false_positives[0];
  EXPECT_NE(r.false_positives[0].find("\"condemned\")"), std::string::npos) << r.false_positives[0];
  // Flags are compared on matched events only: "d" is coded as not negated.
  EXPECT_EQ(r.flags_checked, 2);
  EXPECT_EQ(r.flags_agree, 1);
}

TEST(Evaluate, EmptyResultHasZeroRatios) {
  EvalResult r;
  ASSERT_TRUE(Evaluate(WriteGold("empty.jsonl", "\n  \n"), testing::TheCoder(), &r).ok());
  EXPECT_EQ(r.records, 0);
  EXPECT_EQ(r.precision(), 0);
  EXPECT_EQ(r.recall(), 0);
}

TEST(Evaluate, MalformedGoldFileIsAnErrorWithItsLine) {
  EvalResult r;
  std::string bad =
      WriteGold("bad.jsonl", std::string(R"({"id":"x","text":"Rain fell."})") + "\n{not json\n");
  Status s = Evaluate(bad, testing::TheCoder(), &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("bad.jsonl:2: not JSON"), std::string::npos) << s.message();

  std::string notext = WriteGold("notext.jsonl", R"({"id":"x","events":[]})");
  s = Evaluate(notext, testing::TheCoder(), &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("notext.jsonl:1: no text"), std::string::npos) << s.message();

  // A gold event that could never match is an error, not a silent miss.
  std::string numroot =
      WriteGold("numroot.jsonl",
                std::string(R"({"id":"x","text":"Rain fell.","events":[]})") + "\n" +
                    R"({"id":"y","text":"Rain fell.","events":[{"source":"RUS","root":"19"},)" +
                    R"({"source":"RUS","root":19}]})");
  s = Evaluate(numroot, testing::TheCoder(), &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("numroot.jsonl:2: event 2 has no \"root\" string"), std::string::npos)
      << s.message();
  std::string nosource =
      WriteGold("nosource.jsonl", R"({"id":"x","text":"Rain fell.","events":[{"root":"19"}]})");
  s = Evaluate(nosource, testing::TheCoder(), &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("nosource.jsonl:1: event 1 has no \"source\" string"),
            std::string::npos)
      << s.message();
  std::string notarray =
      WriteGold("notarray.jsonl", R"({"id":"x","text":"Rain fell.","events":{"root":"19"}})");
  s = Evaluate(notarray, testing::TheCoder(), &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("notarray.jsonl:1: 'events' is not an array"), std::string::npos)
      << s.message();
  // No events at all, or null, is a record with nothing to find.
  EvalResult ok;
  std::string none = WriteGold("none.jsonl", R"({"id":"x","text":"Rain fell.","events":null})");
  ASSERT_TRUE(Evaluate(none, testing::TheCoder(), &ok).ok());
  EXPECT_EQ(ok.records, 1);
  EXPECT_EQ(ok.gold, 0);

  s = Evaluate("/nonexistent/casus/gold.jsonl", testing::TheCoder(), &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cannot read"), std::string::npos) << s.message();
}

TEST(ActorKey, CountryThenIgoThenRole) {
  auto key = [](std::string code, std::string country, std::string role) {
    Actor a;
    a.code = std::move(code);
    a.country = std::move(country);
    a.role = std::move(role);
    return ActorKey(a);
  };
  EXPECT_EQ(key("RUSMIL", "RUS", "MIL"), "RUS");  // the country wins
  EXPECT_EQ(key("IGOUNOWHO", "", ""), "IGOUNO");  // UN agencies count as the UN
  EXPECT_EQ(key("IGOUNO", "", ""), "IGOUNO");
  EXPECT_EQ(key("IGOEUREEC", "", ""), "IGOEUREEC");  // other IGOs keep their code
  EXPECT_EQ(key("IMGMUSISL", "", ""), "NSA");        // transnational armed groups: one class
  EXPECT_EQ(key("NSAREB", "", ""), "NSA");
  EXPECT_EQ(key("", "", "MIL"), "MIL");  // bare role
  EXPECT_EQ(key("", "", ""), "");
}

}  // namespace
}  // namespace casus
