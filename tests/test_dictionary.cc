// The dictionary tables are checked at load ("nothing lost, nothing silent"):
// each test writes one bad line into a copy of data/ and expects the load to
// fail with "file:line: why"; one test loads the shipped data.
#include <gtest/gtest.h>

#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "casus/dictionary.h"
#include "match/dictionaries.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void Spit(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

// A private copy of the source data/ (the lexicon stays the built one:
// LexiconFor finds it next to the test executable).
class DataCopy {
 public:
  DataCopy() {
    static int serial = 0;
    dir_ = fs::temp_directory_path() /
           ("casus_dict_" + std::to_string(getpid()) + "_" + std::to_string(serial++));
    fs::remove_all(dir_);
    fs::copy(fs::path(CASUS_SOURCE_DIR) / "data", dir_, fs::copy_options::recursive);
  }
  ~DataCopy() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  DataCopy(const DataCopy&) = delete;
  DataCopy& operator=(const DataCopy&) = delete;

  // Appends `line`; returns its line number.
  int Append(const std::string& rel, const std::string& line) {
    std::string text = Slurp(dir_ / rel);
    if (!text.empty() && text.back() != '\n') text += '\n';
    int n = 1 + int(std::count(text.begin(), text.end(), '\n'));
    Spit(dir_ / rel, text + line + "\n");
    return n;
  }

  // Replaces the first line starting with `prefix` by `line` (or deletes it
  // when `line` is null); returns its line number, 0 when none matched.
  int Replace(const std::string& rel, const std::string& prefix, const char* line) {
    std::istringstream in(Slurp(dir_ / rel));
    std::string out, l;
    int n = 0, hit = 0;
    while (std::getline(in, l)) {
      ++n;
      if (!hit && l.rfind(prefix, 0) == 0) {
        hit = n;
        if (line) out += std::string(line) + "\n";
        continue;
      }
      out += l + "\n";
    }
    Spit(dir_ / rel, out);
    return hit;
  }

  // Keeps only the first line (the header of a .tsv) or nothing at all.
  void Empty(const std::string& rel, bool keep_header) {
    std::string text = Slurp(dir_ / rel);
    Spit(dir_ / rel, keep_header ? text.substr(0, text.find('\n') + 1) : std::string());
  }

  Status Load(std::shared_ptr<const Dictionaries>* out = nullptr) const {
    LoadOptions opt;
    opt.data_dir = dir_.string();
    std::shared_ptr<const Dictionaries> d;
    return LoadDictionaries(opt, out ? out : &d);
  }

 private:
  fs::path dir_;
};

// The load fails, naming `rel`:`line` and saying `why`.
void ExpectError(const DataCopy& data, const std::string& rel, int line, const std::string& why) {
  ASSERT_GT(line, 0) << "the test's edit of " << rel << " matched no line";
  Status s = data.Load();
  ASSERT_FALSE(s.ok()) << rel << ":" << line << " should fail";
  std::string where = rel + ":" + std::to_string(line) + ": ";
  EXPECT_NE(s.message().find(where), std::string::npos) << s.message() << "\nexpected " << where;
  EXPECT_NE(s.message().find(why), std::string::npos) << s.message() << "\nexpected " << why;
}

TEST(Dictionary, ShippedDataLoadsWithEveryCodeMapped) {
  LoadOptions opt;
  opt.data_dir = std::string(CASUS_SOURCE_DIR) + "/data";
  std::shared_ptr<const Dictionaries> d;
  Status s = LoadDictionaries(opt, &d);
  ASSERT_TRUE(s.ok()) << s.message();
  const CameoCode* c = d->Cameo("012");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, -0.4);
  EXPECT_EQ(c->plover, "");  // "01: none", inherited: written as null
  EXPECT_EQ(d->Cameo("0241")->plover, "");
  EXPECT_EQ(d->Cameo("081")->plover, "CONCEDE");
  EXPECT_EQ(d->Cameo("0813")->plover, "RETREAT");  // its own line, not 081's
  EXPECT_EQ(d->Cameo("08")->plover, "RETREAT");    // as before the duplicate line went
  EXPECT_EQ(d->Cameo("175")->plover, "ASSAULT");
  EXPECT_DOUBLE_EQ(d->Cameo("20")->goldstein, -10.0);
}

TEST(Dictionary, APatternListedWithTwoCodesIsAnError) {
  // "retaliate" was 170 in cameo.txt and 190 in general.txt; the first
  // silently won. The same code twice is harmless and loads.
  DataCopy twice;
  twice.Append("verbs/general.txt", "042 travel   to +");
  EXPECT_TRUE(twice.Load().ok());
  DataCopy data;
  int line = data.Append("verbs/general.txt", "190 Travel to +");
  ExpectError(data, "verbs/general.txt", line, "pattern 'travel to +' has code 042 already");
}

TEST(Dictionary, GoldsteinMustBeAFiniteNumberOnTheScale) {
  for (const char* bad : {"nan", "inf", "-inf", "3.0x", "10.5", "-11", "", "0x"}) {
    DataCopy data;
    int line = data.Replace("cameo/goldstein.tsv", "012\t", (std::string("012\t") + bad).c_str());
    ExpectError(data, "cameo/goldstein.tsv", line, "bad Goldstein value");
  }
}

TEST(Dictionary, EveryCodeNeedsAGoldsteinValue) {
  DataCopy data;
  ASSERT_GT(data.Replace("cameo/goldstein.tsv", "0241\t", nullptr), 0);
  std::string codes = Slurp(fs::path(CASUS_SOURCE_DIR) / "data/cameo/codes.tsv");
  int line = 1 + int(std::count(codes.begin(), codes.begin() + codes.find("\n0241\t") + 1, '\n'));
  ExpectError(data, "cameo/codes.tsv", line, "code 0241 has no value in goldstein.tsv");
}

TEST(Dictionary, EmptyTablesAreErrors) {
  {
    DataCopy data;
    data.Empty("cameo/goldstein.tsv", true);
    ExpectError(data, "cameo/goldstein.tsv", 1, "the table is empty");
  }
  {
    DataCopy data;
    data.Empty("cameo/codes.tsv", true);
    ExpectError(data, "cameo/codes.tsv", 1, "the table is empty");
  }
  {
    DataCopy data;
    data.Empty("cameo/plover.txt", false);
    data.Append("cameo/plover.txt", "# header only");
    ExpectError(data, "cameo/plover.txt", 1, "no PLOVER lines");
  }
}

TEST(Dictionary, EveryCodeHasAPloverLineOrAnExplicitNone) {
  DataCopy data;
  ASSERT_GT(data.Replace("cameo/plover.txt", "02: none", nullptr), 0);
  std::string codes = Slurp(fs::path(CASUS_SOURCE_DIR) / "data/cameo/codes.tsv");
  int line = 1 + int(std::count(codes.begin(), codes.begin() + codes.find("\n02\t") + 1, '\n'));
  ExpectError(data, "cameo/codes.tsv", line, "code 02 has no PLOVER mapping at any level");
}

TEST(Dictionary, ACodeWithoutItsOwnPloverLineTakesItsParents) {
  DataCopy data;
  ASSERT_GT(data.Replace("cameo/plover.txt", "0841:", nullptr), 0);
  ASSERT_GT(data.Replace("cameo/plover.txt", "084:", "084: CONCEDE, , legal"), 0);
  std::shared_ptr<const Dictionaries> d;
  Status s = data.Load(&d);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(d->Cameo("0841")->plover, "CONCEDE");
  EXPECT_EQ(d->Cameo("0842")->plover, "RETREAT");  // its own line
}

TEST(Dictionary, PloverLinesAreChecked) {
  {
    DataCopy data;
    int line = data.Append("cameo/plover.txt", "0999: AGREE, , diplomatic");
    ExpectError(data, "cameo/plover.txt", line, "code '0999' is not in cameo/codes.tsv");
  }
  {
    DataCopy data;
    int line = data.Append("cameo/plover.txt", "030: CONSULT, , diplomatic");
    ExpectError(data, "cameo/plover.txt", line, "code 030 is listed already");
  }
  {
    DataCopy data;
    int line = data.Replace("cameo/plover.txt", "030:", "030: , , diplomatic");
    ExpectError(data, "cameo/plover.txt", line, "bad PLOVER event ''");
  }
  {
    DataCopy data;
    int line = data.Append("cameo/plover.txt", "~~~~~");
    ExpectError(data, "cameo/plover.txt", line, "expected 'CODE: EVENT");
  }
}

TEST(Dictionary, EveryLineIsUtf8WithoutNul) {
  const std::pair<std::string, std::string> kFiles[] = {
      {"actors/countries.txt",
       "FRA name: Fr\xff"
       "ance"},
      {"verbs/general.txt", "010 say \xfe"},
      {"cameo/codes.tsv", "0999\tBad \xc3("},
      {"cameo/goldstein.tsv", "# \xed\xa0\x80"},  // a UTF-16 surrogate
      {"cameo/plover.txt", "# \xc0\xaf"},         // overlong
      {"cameo/roles.tsv", "XYZ\tbad \xf8"},
      {"rules/speech.txt", "# \x80"},
      {"text/text.txt", "# \xe2\x82"},  // truncated
  };
  for (const auto& [rel, line] : kFiles) {
    DataCopy data;
    int n = data.Append(rel, line);
    ExpectError(data, rel, n, "invalid UTF-8");
  }
  for (const char* rel : {"actors/igos.txt", "verbs/news.txt", "cameo/codes.tsv",
                          "cameo/plover.txt", "rules/coding.txt", "text/text.txt"}) {
    DataCopy data;
    int n = data.Append(rel, std::string("# a NUL \0 here", 14));
    ExpectError(data, rel, n, "NUL byte");
  }
}

TEST(Dictionary, AGroupOfStatesNamesEachMemberCode) {
  DataCopy data;
  int n = data.Append("actors/state-groups.txt", "EST/lva name: Testland states");
  ExpectError(data, "actors/state-groups.txt", n, "bad actor code 'lva'");
}

TEST(Dictionary, OfficeDatesAreRealDaysInOrder) {
  {
    DataCopy data;
    int n = data.Append("actors/officeholders-g20.txt",
                        "USAGOV 2024-02-31 2024-05-01 name: Jane Testperson");
    ExpectError(data, "actors/officeholders-g20.txt", n, "dates must be YYYY-MM-DD");
  }
  {
    DataCopy data;
    int n = data.Append("actors/officeholders-g20.txt",
                        "USAGOV 2024-05-01 2024-04-30 name: Jane Testperson");
    ExpectError(data, "actors/officeholders-g20.txt", n, "date range ends before it starts");
  }
  {
    DataCopy data;  // a leap day is a real day
    data.Append("actors/officeholders-g20.txt",
                "USAGOV 2024-02-29 2024-03-01 name: Jane Testperson");
    Status s = data.Load();
    EXPECT_TRUE(s.ok()) << s.message();
  }
}

}  // namespace
}  // namespace casus
