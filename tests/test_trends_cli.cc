// casus trends / alerts / code --canonical / --format gdelt from the command
// line, and the demo end to end: generated, coded into a database, and
// `casus alerts` naming the rising dyad.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "files.h"

#include <cairo.h>

namespace {

namespace fs = std::filesystem;

fs::path Dir() {
  static const fs::path d = casus::testing::TestDir("trends-cli");
  return d;
}

struct CliRun {
  int status = -1;
  std::string out;
};

CliRun Sh(const std::string& cmd) {
  CliRun r;
  FILE* p = popen((cmd + " 2>" + (Dir() / "stderr.txt").string()).c_str(), "r");
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

CliRun Casus(const std::string& args) {
  return Sh(std::string(CASUS_BINARY) + " " + args);
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);)
    if (!l.empty()) out.push_back(l);
  return out;
}

// The demo database, made once: python3 runs the seeded generator.
const std::string& DemoDb() {
  static const std::string db = [] {
    std::string gen = std::string(CASUS_SOURCE_DIR) + "/examples/demo/generate.py";
    std::string articles = (Dir() / "demo.jsonl").string();
    std::string path = (Dir() / "demo.db").string();
    fs::remove(path);
    EXPECT_EQ(Sh("python3 " + gen + " --out " + articles).status, 0);
    EXPECT_EQ(Casus("code --db " + path + " " + articles + " >/dev/null").status, 0);
    return path;
  }();
  return db;
}

TEST(TrendsCli, TheDemoIsSeededAndAlertsNameTheRisingDyad) {
  std::string gen = std::string(CASUS_SOURCE_DIR) + "/examples/demo/generate.py";
  CliRun a = Sh("python3 " + gen), b = Sh("python3 " + gen);
  ASSERT_EQ(a.status, 0);
  EXPECT_EQ(a.out, b.out);
  EXPECT_GT(Lines(a.out).size(), 2000u);
  EXPECT_NE(Sh("python3 " + gen + " --seed 7").out, a.out);

  CliRun r = Casus("alerts --db " + DemoDb());
  ASSERT_EQ(r.status, 0);
  std::vector<std::string> dyads;
  for (const std::string& l : Lines(r.out))
    if (l[0] != ' ' && l.rfind("dyad", 0) != 0) dyads.push_back(l.substr(0, l.find(' ')));
  EXPECT_EQ(dyads, std::vector<std::string>{"CHN-PHL"}) << r.out;
  // Its drivers are clashes, reported by several wires.
  EXPECT_NE(r.out.find("-> PHLMIL 190"), std::string::npos) << r.out;
  r = Casus("alerts --db " + DemoDb() + " --dyads both --format json");
  EXPECT_NE(r.out.find("\"dyad\":\"CHN>PHL\""), std::string::npos);
  EXPECT_NE(r.out.find("\"dyad\":\"PHL>CHN\""), std::string::npos);
}

TEST(TrendsCli, DuplicateReportsCountOnceInTheDemo) {
  // Every happening mention points to one canonical event whose counts sum
  // to the mentions: none missing, none twice.
  std::string q = "sqlite3 " + DemoDb() + " ";
  CliRun mentions = Sh(q +
                       "\"SELECT COUNT(*) FROM (SELECT DISTINCT canonical_id,article_id,"
                       "sentence_index FROM events WHERE canonical_id IS NOT NULL)\"");
  CliRun summed = Sh(q + "\"SELECT SUM(num_mentions) FROM canonical_events\"");
  CliRun canon = Sh(q + "\"SELECT COUNT(*) FROM canonical_events\"");
  CliRun multi = Sh(q + "\"SELECT COUNT(*) FROM canonical_events WHERE num_sources>1\"");
  if (mentions.status != 0) GTEST_SKIP() << "no sqlite3 command";
  EXPECT_EQ(mentions.out, summed.out);
  EXPECT_LT(std::stol(canon.out), std::stol(mentions.out));
  EXPECT_GT(std::stol(multi.out), 100);
}

// --plot FILE.png: a PNG of the chart's size (cairo reads it back) that
// is not blank: the series and labels leave coloured and dark pixels.
TEST(TrendsCli, PlotPng) {
  std::string png = (Dir() / "chn-phl.png").string();
  std::remove(png.c_str());
  CliRun t = Casus("trends --db " + DemoDb() + " --dyad CHN-PHL --by month --plot " + png);
  ASSERT_EQ(t.status, 0);
  std::ifstream in(png, std::ios::binary);
  std::string head(8, '\0');
  in.read(head.data(), 8);
  EXPECT_EQ(head, std::string("\x89PNG\r\n\x1a\n", 8));
  cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
  ASSERT_EQ(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
  EXPECT_EQ(cairo_image_surface_get_width(s), 900);
  EXPECT_EQ(cairo_image_surface_get_height(s), 420);
  const unsigned char* px = cairo_image_surface_get_data(s);
  int stride = cairo_image_surface_get_stride(s);
  long colored = 0, dark = 0;
  for (int y = 0; y < 420; ++y)
    for (int x = 0; x < 900; ++x) {
      const unsigned char* p = px + y * stride + x * 4;     // B, G, R, A (little-endian)
      if (p[2] > 150 && p[1] < 90 && p[0] < 90) ++colored;  // the first series, red
      if (p[0] < 60 && p[1] < 60 && p[2] < 60) ++dark;      // axes and labels
    }
  cairo_surface_destroy(s);
  EXPECT_GT(colored, 100);
  EXPECT_GT(dark, 500);
  CliRun bad = Casus("trends --db " + DemoDb() + " --plot " + (Dir() / "x.gif").string());
  EXPECT_EQ(bad.status, 2);
}

TEST(TrendsCli, TrendsFormatsAndPlot) {
  std::string svg = (Dir() / "chn-phl.svg").string();
  CliRun t = Casus("trends --db " + DemoDb() + " --dyad CHN-PHL --by month --plot " + svg);
  ASSERT_EQ(t.status, 0);
  std::vector<std::string> l = Lines(t.out);
  ASSERT_FALSE(l.empty());
  EXPECT_EQ(l[0].rfind("dyad", 0), 0u);
  EXPECT_NE(t.out.find("CHN-PHL                2024-06-01"), std::string::npos) << t.out;
  std::ifstream in(svg);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str().rfind("<svg", 0), 0u);
  EXPECT_NE(ss.str().find("CHN-PHL"), std::string::npos);

  CliRun csv = Casus("trends --db " + DemoDb() + " --dyad CHN-PHL --by month --format csv");
  std::vector<std::string> rows = Lines(csv.out);
  ASSERT_EQ(rows.size(), 1u + 3 * 6);  // three dyads, January to June
  EXPECT_EQ(rows[0].substr(0, 20), "dyad,directed,period");
  CliRun json = Casus("trends --db " + DemoDb() + " --actor PHL --format json --by week");
  EXPECT_EQ(json.out.front(), '[');
  EXPECT_EQ(json.out.find("DEU"), std::string::npos);  // only dyads with PHL
  EXPECT_NE(json.out.find("\"periods\":[{\"start\":\"2024-01-01\""), std::string::npos);

  EXPECT_EQ(Casus("trends --db " + (Dir() / "none.db").string()).status, 2);
  EXPECT_EQ(Casus("trends --db " + DemoDb() + " --plot x.bmp").status, 2);  // SVG or PNG only
  EXPECT_EQ(Casus("trends --db " + DemoDb() + " --by year").status, 2);
  EXPECT_EQ(Casus("trends --db " + DemoDb() + " --dyad CHN").status, 2);
}

const char* kDup =
    "{\"id\":\"r1\",\"date\":\"2024-03-05\",\"source\":\"Reuters\",\"url\":\"http://r/1\","
    "\"text\":\"Russian forces shelled Ukrainian positions near Kharkiv.\"}\n"
    "{\"id\":\"p1\",\"date\":\"2024-03-06\",\"source\":\"AP\",\"text\":\"Russian forces shelled "
    "Ukrainian positions near Kharkiv.\"}\n"
    "{\"id\":\"r2\",\"date\":\"2024-03-09\",\"source\":\"Reuters\",\"text\":\"Russian forces "
    "shelled Ukrainian positions near Kharkiv.\"}\n";

TEST(TrendsCli, CanonicalStreamAndGdeltRows) {
  std::string f = casus::testing::WriteFile(Dir(), "dup.jsonl", kDup);
  CliRun c = Casus("code --canonical " + f);
  ASSERT_EQ(c.status, 0);
  std::vector<std::string> l = Lines(c.out);
  ASSERT_EQ(l.size(), 2u) << c.out;  // 03-05 + 03-06 are one; 03-09 another
  EXPECT_NE(l[0].find("\"kind\":\"canonical_event\""), std::string::npos);
  EXPECT_NE(l[0].find("\"num_mentions\":2,\"num_articles\":2,\"num_sources\":2"), std::string::npos)
      << l[0];
  EXPECT_NE(l[0].find("\"source_url\":\"http://r/1\""), std::string::npos);
  EXPECT_NE(l[1].find("\"date\":\"2024-03-09\""), std::string::npos);

  CliRun g = Casus("code --canonical --format gdelt " + f);
  ASSERT_EQ(g.status, 0);
  l = Lines(g.out);
  ASSERT_EQ(l.size(), 2u);
  for (const std::string& row : l) EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 60);
  CliRun m = Casus("code --format gdelt " + f);  // mentions: one row each
  EXPECT_EQ(Lines(m.out).size(), 3u);
  EXPECT_EQ(Casus("code --canonical --format csv " + f).status, 2);
}

}  // namespace
