// The command line as users run it: formats, stdin, database, exit status,
// error reporting, dictionary errors.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "files.h"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int status = -1;
  std::string out, err;
};

fs::path Dir() {
  static const fs::path d = casus::testing::TestDir("cli");
  return d;
}

std::string Write(const std::string& name, const std::string& content) {
  return casus::testing::WriteFile(Dir(), name, content);
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

CliRun Casus(const std::string& args, const std::string& stdin_file = "") {
  std::string errf = (Dir() / "stderr.txt").string();
  std::string cmd = std::string(CASUS_BINARY) + " " + args + " 2>" + errf;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  r.err = Slurp(errf);
  return r;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);)
    if (!l.empty()) out.push_back(l);
  return out;
}

const char* kTwo =
    "{\"id\":\"hook-1\",\"date\":\"2024-03-04\",\"text\":\"Russian troops attacked Ukrainian "
    "positions near Kharkiv on "
    "Monday, the Ukrainian army said. NATO condemned the attack.\"}\n";

TEST(Cli, EventRecordsCarryEveryContractField) {
  CliRun r = Casus("code --format jsonl " + Write("two.jsonl", kTwo));
  ASSERT_EQ(r.status, 0) << r.err;
  simdjson::dom::parser parser;
  int events = 0;
  for (const auto& line : Lines(r.out)) {
    simdjson::padded_string p(line);
    simdjson::dom::element doc;
    ASSERT_FALSE(parser.parse(p).get(doc)) << line;
    std::string_view kind;
    ASSERT_FALSE(doc["kind"].get_string().get(kind));
    if (kind != "event") continue;
    ++events;
    for (const char* k : {"kind", "event_id", "article_id", "sentence_index", "sentence", "date",
                          "source", "target", "cameo", "root", "quad_class", "goldstein", "negated",
                          "modality", "attributed_to", "location", "quantities", "evidence"})
      EXPECT_FALSE(doc[k].error()) << "missing " << k << " in " << line;
    simdjson::dom::element ev;
    ASSERT_FALSE(doc["evidence"].get(ev));
    EXPECT_FALSE(ev["verb_phrase"].error());
    EXPECT_FALSE(ev["span"].error());
    EXPECT_FALSE(ev["pattern"].error());
  }
  EXPECT_EQ(events, 2) << r.out;
  EXPECT_NE(r.out.find("\"modality\":\"reported\""), std::string::npos);
  EXPECT_NE(r.err.find("1 articles"), std::string::npos);
}

TEST(Cli, EventIdsAreStableAcrossRuns) {
  std::string f = Write("stable.jsonl", kTwo);
  CliRun a = Casus("code " + f), b = Casus("code " + f);
  EXPECT_EQ(a.out, b.out);
  EXPECT_NE(a.out.find("event_id"), std::string::npos);
}

TEST(Cli, ThreadsKeepInputOrderAndOutput) {
  std::string corpus = std::string(CASUS_SOURCE_DIR) + "/bench/corpus/wire.jsonl";
  std::string mixed = Write("order.jsonl", std::string(kTwo) + "broken\n" + kTwo);
  CliRun one = Casus("code --threads 1 " + corpus + " " + mixed);
  CliRun two = Casus("code --threads 2 " + corpus + " " + mixed);
  ASSERT_EQ(one.status, 0);
  EXPECT_EQ(one.out, two.out);
  EXPECT_GT(Lines(one.out).size(), 400u);
  // the error record sits between the two copies of the article
  auto lines = Lines(one.out);
  size_t err = lines.size();  // none yet
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i].find("\"kind\":\"error\"") != std::string::npos) err = i;
  // Without an error line (or with it first or last) the neighbours below do not exist.
  ASSERT_LT(err, lines.size()) << "no error record for the broken line";
  ASSERT_GT(err, 0u) << "the error record has no article before it";
  ASSERT_LT(err + 1, lines.size()) << "the error record has no article after it";
  EXPECT_NE(lines[err - 1].find("hook-1"), std::string::npos);
  EXPECT_NE(lines[err + 1].find("hook-1"), std::string::npos);
}

TEST(Cli, PdfArticlePrintsReflowedSentencesAndEvents) {
  // The README's demo article: hard breaks, "govern-/ment", an indented
  // paragraph start and a page break inside a sentence.
  CliRun r = Casus("code --date 2024-03-05 --sentences " + std::string(CASUS_SOURCE_DIR) +
                   "/examples/pdf-article.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"sentence\":\"DAMASCUS, March 5 - Syria's army said on Tuesday that "
                       "rebels had shelled a "
                       "government checkpoint near Idlib, killing three soldiers"),
            std::string::npos);
  EXPECT_NE(
      r.out.find(
          "condemned the attacks on hospitals in the northwestern province, his spokesman said.\""),
      std::string::npos);  // joined across the page break
  EXPECT_NE(r.out.find("\"source\":{\"code\":\"SYRREB\""), std::string::npos);
  EXPECT_NE(r.out.find("\"target\":{\"code\":\"SYRGOV\""), std::string::npos);
  EXPECT_NE(r.out.find("\"modality\":\"reported\""), std::string::npos);
  EXPECT_NE(r.out.find("\"location\":{\"name\":\"Idlib\""), std::string::npos);
  EXPECT_EQ(r.out.find("govern- ment"), std::string::npos);
}

TEST(Cli, StdinAndPlainTextAndDate) {
  std::string f = Write("story.txt", "NATO condemned the attack on Tuesday.\n");
  CliRun r = Casus("code --date 2024-03-07 -", f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"article_id\":\"stdin\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"date\":\"2024-03-05\""), std::string::npos)
      << r.out;  // the Tuesday before
}

TEST(Cli, CsvAndTsv) {
  std::string f = Write("csv.jsonl", kTwo);
  CliRun c = Casus("code --format csv " + f);
  auto lines = Lines(c.out);
  ASSERT_EQ(lines.size(), 3u) << c.out;
  EXPECT_EQ(lines[0].rfind("event_id,article_id,sentence_index,date,source_code", 0), 0u);
  CliRun t = Casus("code --format tsv " + f);
  EXPECT_NE(Lines(t.out)[0].find("\tcameo\t"), std::string::npos);
}

TEST(Cli, BadRecordsAreReportedAndTheRunGoesOn) {
  std::string f = Write("mixed.jsonl", std::string(kTwo) + "not json\n{\"id\":\"x\"}\n");
  CliRun r = Casus("code " + f);
  EXPECT_EQ(r.status, 0);
  int errors = 0;
  for (const auto& l : Lines(r.out)) errors += l.find("\"kind\":\"error\"") != std::string::npos;
  EXPECT_EQ(errors, 2);
  EXPECT_NE(r.err.find("mixed.jsonl:2: not JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:3: record has no 'text'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 errors"), std::string::npos);
}

TEST(Cli, ExitStatusNonZeroOnlyWhenNothingCouldBeRead) {
  CliRun bad = Casus("code " + Write("empty.txt", "") + " " +
                     Write("bin.dat", std::string("\0\0\0\1\2", 5)));
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("empty.txt:0: empty input"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("bin.dat:0: binary data"), std::string::npos) << bad.err;
  CliRun some = Casus("code " + Write("empty2.txt", "") + " " + Write("ok.jsonl", kTwo));
  EXPECT_EQ(some.status, 0);
}

TEST(Cli, DatabaseReplacesAnArticleWhenCodedAgain) {
  std::string db = (Dir() / "casus.db").string();
  fs::remove(db);
  std::string f = Write("db.jsonl", std::string(kTwo) + "broken\n");
  ASSERT_EQ(Casus("code --db " + db + " " + f).status, 0);
  ASSERT_EQ(Casus("code --db " + db + " " + f).status, 0);
  sqlite3* h;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  auto count = [&](const char* sql) {
    sqlite3_stmt* st;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    sqlite3_step(st);
    int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
  };
  EXPECT_EQ(count("SELECT COUNT(*) FROM articles"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM events"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM events WHERE source_country='RUS' AND target_country='UKR' "
                  "AND root='19'"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM errors"), 1);  // a rerun replaces, never duplicates
  EXPECT_EQ(count("SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND name LIKE 'events_%'"),
            5);
  sqlite3_close(h);
}

TEST(Cli, DictionaryErrorsNameFileAndLine) {
  fs::path data = Dir() / "data";
  fs::remove_all(data);
  fs::copy(fs::path(CASUS_SOURCE_DIR) / "data", data, fs::copy_options::recursive);
  std::ofstream(data / "verbs" / "zz-broken.txt") << "# ok\n190 fight\n999 not a code\n";
  CliRun r = Casus("--data " + data.string() + " code " + Write("d.jsonl", kTwo));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("zz-broken.txt:3: unknown CAMEO code '999'"), std::string::npos) << r.err;
  fs::remove(data / "verbs" / "zz-broken.txt");
  std::ofstream(data / "actors" / "zz-broken.txt") << "FRA name France\n";
  r = Casus("--data " + data.string() + " code " + Write("d.jsonl", kTwo));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("zz-broken.txt:1: expected"), std::string::npos) << r.err;
  fs::remove(data / "actors" / "zz-broken.txt");
  fs::remove(data / "cameo" / "goldstein.tsv");
  r = Casus("--data " + data.string() + " code " + Write("d.jsonl", kTwo));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("goldstein.tsv: cannot read"), std::string::npos) << r.err;
}

// Drops the lines of `file` that start with `prefix`.
void DropLines(const fs::path& file, const std::string& prefix) {
  std::istringstream in(Slurp(file));
  std::string kept;
  for (std::string l; std::getline(in, l);)
    if (l.rfind(prefix, 0) != 0) kept += l + "\n";
  std::ofstream(file, std::ios::binary) << kept;
}

// A code the event coder's rules need (riot 145, data/rules/coding.txt) that
// the CAMEO table lacks stops loading with file:line and exit 2; it used to
// crash (SIGSEGV) on the first protest that turned violent.
TEST(Cli, RuleCodeMissingFromCameoFailsAtLoad) {
  fs::path data = Dir() / "data-no145";
  fs::remove_all(data);
  fs::copy(fs::path(CASUS_SOURCE_DIR) / "data", data, fs::copy_options::recursive);
  DropLines(data / "cameo" / "codes.tsv", "145\t");
  DropLines(data / "cameo" / "goldstein.tsv", "145\t");
  DropLines(data / "cameo" / "plover.txt", "145:");
  DropLines(data / "verbs" / "cameo.txt", "145 ");  // its own patterns would fail first
  CliRun r = Casus("--data " + data.string() + " code -",
                   Write("riot.txt", "Kenyan protesters attacked soldiers in Nairobi.\n"));
  EXPECT_EQ(r.status, 2) << r.err;
  std::smatch m;
  EXPECT_TRUE(std::regex_search(r.err, m, std::regex(R"(coding\.txt:[0-9]+: CAMEO code 145 )")))
      << r.err;
  fs::remove_all(data);
}

// `casus parse` prints the trace of the very code path `casus code` runs.
TEST(Cli, ParseShowsTheDecisionsCodeMakes) {
  const std::string text = "The United Nations urged Israel to halt its offensive.";
  CliRun p = Casus("parse \"" + text + "\"");
  ASSERT_EQ(p.status, 0) << p.err;
  // The appeal is emitted ...
  EXPECT_TRUE(std::regex_search(
      p.out, std::regex(R"(verb 'urged' lemma urge .* pattern '[^']*' 02[0-9]*)")))
      << p.out;
  EXPECT_TRUE(std::regex_search(p.out, std::regex(R"(\n  event IGOUNO > ISR 02[0-9]* asserted\n)")))
      << p.out;
  // ... and "halt" matches a pattern but is no event of its own.
  EXPECT_TRUE(std::regex_search(
      p.out,
      std::regex(
          R"(verb 'halt' [^\n]*pattern[^\n]*\n  no event: infinitive complement of 'urge')")))
      << p.out;
  CliRun c = Casus("code -", Write("un.txt", text + "\n"));
  ASSERT_EQ(c.status, 0) << c.err;
  auto lines = Lines(c.out);
  ASSERT_EQ(lines.size(), 1u) << c.out;
  EXPECT_NE(lines[0].find("\"source\":{\"code\":\"IGOUNO\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"target\":{\"code\":\"ISR\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"root\":\"02\""), std::string::npos) << lines[0];
}

// A failed write is an error, never a silent exit 0: stdout on a full disk.
TEST(Cli, FailedOutputWriteExitsNonZero) {
  std::string f = Write("full.jsonl", kTwo);
  for (const char* fmt : {"jsonl", "csv"}) {
    std::string errf = (Dir() / "full-err.txt").string();
    std::string cmd = std::string(CASUS_BINARY) + " code --format " + fmt + " " + f + " " +
                      std::string(CASUS_SOURCE_DIR) + "/bench/corpus/wire.jsonl >/dev/full 2>" +
                      errf;
    int st = std::system(cmd.c_str());
    ASSERT_TRUE(WIFEXITED(st));
    EXPECT_EQ(WEXITSTATUS(st), 3) << fmt;
    std::string err = Slurp(errf);
    EXPECT_NE(err.find("writing output: No space left on device"), std::string::npos) << err;
    EXPECT_EQ(err.find("articles ("), std::string::npos) << "no success summary: " << err;
  }
}

TEST(Cli, BadFlagsExitTwo) {
  std::string f = Write("flags.jsonl", kTwo);
  EXPECT_EQ(Casus("code --threads 0 " + f).status, 2);
  CliRun neg = Casus("code --threads -2 " + f);
  EXPECT_EQ(neg.status, 2);
  EXPECT_NE(neg.err.find("--threads"), std::string::npos) << neg.err;
  EXPECT_EQ(Casus("code --format xml " + f).status, 2);
  EXPECT_EQ(Casus("code --date 2024-02-30 " + f).status, 2);
  EXPECT_EQ(Casus("code --no-such-flag " + f).status, 2);
  EXPECT_EQ(Casus("code --help").status, 0);
  // Many more threads than the machine has: capped, and the output is the same.
  CliRun many = Casus("code --threads 100000 " + f);
  EXPECT_EQ(many.status, 0);
  EXPECT_EQ(many.out, Casus("code --threads 1 " + f).out);
}

TEST(Cli, DatabaseThatCannotBeOpenedExitsTwo) {
  CliRun r = Casus("code --db /nonexistent/casus/dir/x.db " + Write("nodb.jsonl", kTwo));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("/nonexistent/casus/dir/x.db: cannot open database"), std::string::npos)
      << r.err;
}

// A database that refuses a write half way through the run: exit 3, a clear
// message, and the database as it was before the run.
TEST(Cli, DatabaseWriteFailureExitsNonZeroAndRollsBack) {
  std::string db = (Dir() / "fail.db").string();
  fs::remove(db);
  std::string f = Write("dbfail.jsonl", std::string(kTwo) + "broken\n");
  ASSERT_EQ(Casus("code --db " + db + " " + f).status, 0);
  sqlite3* h;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(h,
                         "CREATE TRIGGER full BEFORE INSERT ON errors "
                         "BEGIN SELECT RAISE(ABORT,'database or disk is full'); END",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(h);
  std::string other = Write("dbfail2.jsonl",
                            "{\"id\":\"new-1\",\"text\":\"NATO condemned the attack.\"}\nbroken\n");
  CliRun r = Casus("code --db " + db + " " + other);
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find(db + ": database: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("database or disk is full"), std::string::npos) << r.err;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  sqlite3_stmt* st;
  sqlite3_prepare_v2(h, "SELECT COUNT(*) FROM articles WHERE article_id='new-1'", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 0) << "the failed run was rolled back";
  sqlite3_finalize(st);
  sqlite3_close(h);
}

}  // namespace
