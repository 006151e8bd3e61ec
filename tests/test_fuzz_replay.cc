// Fuzz finds kept as tests: every file in fuzz/crashes/ (reproducers of past
// findings, named after their target: fuzz_output-*, fuzz_cli-* ...) and in
// fuzz/corpus/<target>/ (the seeds) goes through the entry points the fuzz
// targets use, with the same invariant checks (fuzz/*_checks.h), in an
// ordinary build. The folders are listed at run time, so a crash input saved
// there later is replayed without touching this file.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/cli_checks.h"
#include "../fuzz/dictionary_checks.h"
#include "../fuzz/fuzz_checks.h"
#include "../fuzz/ingest_checks.h"
#include "../fuzz/output_checks.h"
#include "casus/ingest.h"
#include "common.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> FilesIn(const std::string& sub) {
  std::vector<fs::path> out;
  fs::path dir = fs::path(CASUS_SOURCE_DIR) / "fuzz" / sub;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What fuzz_code and fuzz_text do with one input, as gtest failures.
void Replay(const std::string& bytes) {
  const auto& dicts = testing::Dicts();
  static const Coder coder(dicts);
  if (TextProblem(bytes).empty()) {
    Article a;
    a.id = "f";
    a.date = "2024-03-05";
    a.text = bytes;
    CodedArticle out;
    ScratchPtr scratch = MakeScratch();
    coder.Code(a, scratch.get(), &out);
    const char* why = fuzz::CheckCoded(out, a.id);
    EXPECT_EQ(why, nullptr) << "fuzz_code invariant: " << why;
    // fuzz_text never accepts empty tokens here: the saved crash was one.
    why = fuzz::CheckText(bytes, dicts->lexicon(), /*allow_empty=*/false);
    EXPECT_EQ(why, nullptr) << "fuzz_text invariant: " << why;
  }
  const char* why = fuzz::CheckJsonRecord(bytes);
  EXPECT_EQ(why, nullptr) << "fuzz_code JSON invariant: " << why;
}

// The checks of the target that a file in crashes/ or corpus/ belongs to.
void ReplayFor(const std::string& target, const std::string& bytes) {
  const char* why = nullptr;
  if (target == "fuzz_output" || target == "output")
    why = fuzz::CheckOutput(bytes);
  else if (target == "fuzz_ingest" || target == "ingest")
    why = fuzz::CheckIngest(bytes);
  else if (target == "fuzz_cli" || target == "cli")
    why = fuzz::CheckCli(bytes);
  else if (target == "fuzz_dictionary" || target == "dictionary")
    why = fuzz::CheckDictionary(bytes);
  else
    return Replay(bytes);  // fuzz_code, fuzz_text and their seeds (code/)
  EXPECT_EQ(why, nullptr) << target << " invariant: " << why;
}

TEST(FuzzReplay, CrashInputsPass) {
  auto files = FilesIn("crashes");
  ASSERT_FALSE(files.empty()) << "fuzz/crashes/ has no inputs";
  for (const fs::path& p : files) {
    SCOPED_TRACE(p.filename().string());
    std::string name = p.filename().string();
    ReplayFor(name.substr(0, name.find('-')), Slurp(p));
  }
}

TEST(FuzzReplay, SeedCorpusPasses) {
  for (const char* target : {"code", "ingest", "output", "cli", "dictionary"}) {
    auto files = FilesIn(std::string("corpus/") + target);
    ASSERT_GE(files.size(), 5u) << "fuzz/corpus/" << target << " lost its seeds";
    for (const fs::path& p : files) {
      SCOPED_TRACE(p.filename().string());
      ReplayFor(target, Slurp(p));
    }
  }
}

// The saved crash: "x n't" tokenized to an empty token before "n't". Kept
// as a direct check so the finding stays pinned even if the file moves.
TEST(FuzzReplay, NegationAfterOneLetterHasNoEmptyToken) {
  const Lexicon& lex = testing::Dicts()->lexicon();
  for (std::string t : {"x n't", "tie Russian defence ministry s claim.n't"}) {
    SCOPED_TRACE(t);
    const char* why = fuzz::CheckText(t, lex, /*allow_empty=*/false);
    EXPECT_EQ(why, nullptr) << why;
  }
}

// The checks themselves must be able to fail, or the replay proves nothing.
TEST(FuzzReplay, ChecksRejectBrokenOutput) {
  CodedArticle out;
  out.text = "Rebels attacked.";
  out.sentences.push_back(Span{0, 40});  // past the end of the text
  EXPECT_NE(fuzz::CheckCoded(out, "f"), nullptr);
  out.sentences[0] = Span{0, 16};
  Event e;
  e.article_id = "other";
  e.sentence_index = 0;
  e.sentence = out.text;
  out.events.push_back(e);
  EXPECT_STREQ(fuzz::CheckCoded(out, "f"), "e.article_id == id");
  EXPECT_EQ(fuzz::CheckJsonRecord("{\"text\":\"a\",\"date\":\"2023-02-29\"}"), nullptr);
}

// The new targets' own checkers must fail on what they exist to catch.
TEST(FuzzReplay, RoundTripAndMessageChecksCanFail) {
  std::vector<std::vector<std::string>> rows;
  size_t at = 0;
  ASSERT_TRUE(fuzz::ReadCsv("a,\"b\"\"c\",\"x\ny\"\r\n1,,3\n", &rows, &at));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b\"c", "x\ny"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "", "3"}));
  EXPECT_FALSE(fuzz::ReadCsv("a\"b\n", &rows, &at));    // quote in an unquoted field
  EXPECT_FALSE(fuzz::ReadCsv("\"a\"x\n", &rows, &at));  // text after the closing quote
  EXPECT_FALSE(fuzz::ReadCsv("\"a\n", &rows, &at));     // no closing quote
  EXPECT_FALSE(fuzz::ReadCsv("a\rb\n", &rows, &at));    // a bare CR

  using fuzz::dictionary_detail::CheckMessage;
  const std::vector<std::string> paths = {"/d/a.txt", "/d/b.tsv"};
  EXPECT_EQ(CheckMessage("/d/a.txt:2: bad", paths, "/d/a.txt", 3), nullptr);
  EXPECT_EQ(CheckMessage("/d/b.tsv:40: bad", paths, "/d/a.txt", 3), nullptr);
  EXPECT_EQ(CheckMessage("/d/a.txt: too few words", paths, "/d/a.txt", 3), nullptr);
  EXPECT_NE(CheckMessage("/d/a.txt:9: past the end", paths, "/d/a.txt", 3), nullptr);
  EXPECT_NE(CheckMessage("/d/a.txt:0: line zero", paths, "/d/a.txt", 3), nullptr);
  EXPECT_NE(CheckMessage("bad line", paths, "/d/a.txt", 3), nullptr);

  // A JSON line that does not parse back is caught (the writer is not used).
  EXPECT_NE(fuzz::output_detail::AsJson("\xff"), "\xff");
}

}  // namespace
}  // namespace casus
