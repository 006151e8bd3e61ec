// Ingest: every input record ends up as exactly one article or one error.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "casus/ingest.h"
#include "files.h"

namespace casus {
namespace {

struct Result {
  std::vector<Article> articles;
  std::vector<ErrorRecord> errors;
};

std::string TempFile(const std::string& name, const std::string& content) {
  auto dir = testing::TestDir("ingest");
  std::string p = (dir / name).string();
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

Result Read(const std::string& path, IngestOptions opt = {}) {
  Result r;
  // Inputs that cannot be opened also come back as error records (checked).
  ReadInput(
      path, opt, [&](Article&& a) { r.articles.push_back(std::move(a)); },
      [&](ErrorRecord&& e) { r.errors.push_back(std::move(e)); })
      .IgnoreError();
  return r;
}

Result ReadBytes(const std::string& name, std::string_view bytes, IngestOptions opt = {}) {
  Result r;
  Status s = ReadBuffer(
      name, bytes, opt, [&](Article&& a) { r.articles.push_back(std::move(a)); },
      [&](ErrorRecord&& e) { r.errors.push_back(std::move(e)); });
  EXPECT_TRUE(s.ok()) << s.message();
  return r;
}

TEST(Ingest, PlainTextTitleAndBody) {
  auto r = Read(
      TempFile("story.txt", "Rebels shell checkpoint\n\nRebels shelled a checkpoint on Monday.\n"));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "story");
  EXPECT_EQ(r.articles[0].title, "Rebels shell checkpoint");
  EXPECT_EQ(r.articles[0].text.find("Rebels shelled"), 1u);
}

TEST(Ingest, HardWrappedFirstLineIsNotATitle) {
  auto r = Read(TempFile("wrapped.txt",
                         "Syria's army said on Tuesday that rebels had\nshelled a checkpoint.\n"));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "");
}

TEST(Ingest, JsonLinesFields) {
  auto r = Read(TempFile("in.jsonl",
                         "{\"id\":\"a1\",\"date\":\"2024-03-04\",\"text\":\"Hi.\",\"title\":\"T\","
                         "\"source\":\"S\",\"url\":\"U\"}\n"
                         "\n"
                         "{\"id\":7,\"date\":\"2024-03-04T10:00:00Z\",\"text\":\"Second.\"}\n"));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.articles[0].url, "U");
  EXPECT_EQ(r.articles[1].id, "7");
  EXPECT_EQ(r.articles[1].date, "2024-03-04");
  EXPECT_EQ(r.articles[1].line, 3);
}

TEST(Ingest, DefaultDateAndDerivedId) {
  IngestOptions opt;
  opt.default_date = "2020-01-02";
  auto r = Read(TempFile("noid.jsonl", "{\"text\":\"Hi.\"}\n"), opt);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "noid:1");
  EXPECT_EQ(r.articles[0].date, "2020-01-02");
}

TEST(BadInput, EmptyFile) {
  auto r = Read(TempFile("empty.txt", ""));
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message, "empty input");
  auto w = Read(TempFile("blank.txt", "  \n\n \n"));
  EXPECT_EQ(w.errors.size(), 1u);
}

TEST(BadInput, BinaryData) {
  std::string bin(
      "\x7f"
      "ELF\x02\x01\x01\x00\x00\x00",
      10);
  for (int i = 0; i < 200; ++i) bin += char(i % 7);
  auto r = Read(TempFile("a.out", bin));
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("binary"), std::string::npos);
}

TEST(BadInput, InvalidUtf8PlainText) {
  auto r = Read(TempFile("latin1.txt", "Caf\xe9 owners protested.\n"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("invalid UTF-8 at byte 3"), std::string::npos);
}

TEST(BadInput, JsonLinesEachBadLineIsOneErrorAndTheRunGoesOn) {
  auto r = Read(TempFile("mixed.jsonl",
                         "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
                         "this is not json\n"
                         "{\"id\":\"nt\",\"title\":\"no text\"}\n"
                         "{\"id\":\"bd\",\"date\":\"2024-13-45\",\"text\":\"Bad date.\"}\n"
                         "{\"id\":\"u8\",\"text\":\"caf\xe9\"}\n"
                         "[1,2,3]\n"
                         "{\"id\":\"num\",\"text\":42}\n"
                         "{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n"));
  ASSERT_EQ(r.articles.size(), 2u);
  ASSERT_EQ(r.errors.size(), 6u);
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_NE(r.errors[0].message.find("not JSON"), std::string::npos);
  EXPECT_NE(r.errors[1].message.find("no 'text'"), std::string::npos);
  EXPECT_NE(r.errors[2].message.find("unparseable date"), std::string::npos);
  EXPECT_NE(r.errors[3].message.find("invalid UTF-8"), std::string::npos);
  EXPECT_NE(r.errors[4].message.find("not a JSON object"), std::string::npos);
  EXPECT_NE(r.errors[5].message.find("not a string"), std::string::npos);
  EXPECT_EQ(r.articles[1].id, "ok2");
}

TEST(BadInput, HugeLineIsAnErrorNotACrash) {
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(50u << 20, 'a') +
                    "\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n";
  auto r = Read(TempFile("big.jsonl", big));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("exceeds the limit"), std::string::npos);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "after");
}

TEST(BadInput, MissingFile) {
  auto r = Read("/nonexistent/casus/input.txt");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("cannot open"), std::string::npos);
  Status s = ReadInput(
      "/nonexistent/casus/input.txt", {}, [](Article&&) {}, [](ErrorRecord&&) {});
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
}

// JSON Lines sniffed from content (no .jsonl name) after leading blank lines:
// the skipped lines still count, so line 4 is reported as line 4.
TEST(BadInput, LineNumbersAfterLeadingBlankLines) {
  std::string content =
      "\n\n  \n{\"id\":\"a\",\"text\":\"Fine.\"}\nnot json\n{\"text\":\"Third.\"}\n";
  for (const Result& r : {Read(TempFile("blanks.txt", content)), ReadBytes("blanks", content)}) {
    ASSERT_EQ(r.articles.size(), 2u);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.articles[0].line, 4);
    EXPECT_EQ(r.errors[0].line, 5);
    EXPECT_EQ(r.errors[0].article_id, "blanks:5");
    EXPECT_EQ(r.articles[1].line, 6);
    EXPECT_EQ(r.articles[1].id, "blanks:6");
  }
}

void ExpectSame(const Result& a, const Result& b) {
  ASSERT_EQ(a.articles.size(), b.articles.size());
  ASSERT_EQ(a.errors.size(), b.errors.size());
  for (size_t i = 0; i < a.articles.size(); ++i) {
    const Article &x = a.articles[i], &y = b.articles[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.date, y.date);
    EXPECT_EQ(x.title, y.title);
    EXPECT_EQ(x.text, y.text);
    EXPECT_EQ(x.input, y.input);
    EXPECT_EQ(x.line, y.line);
  }
  for (size_t i = 0; i < a.errors.size(); ++i) {
    EXPECT_EQ(a.errors[i].article_id, b.errors[i].article_id);
    EXPECT_EQ(a.errors[i].line, b.errors[i].line);
    EXPECT_EQ(a.errors[i].message, b.errors[i].message);
    EXPECT_EQ(a.errors[i].input, b.errors[i].input);
  }
}

// A buffer reads exactly as a file with the same name and bytes.
TEST(Buffer, SameRecordsAsAFile) {
  const std::string cases[][2] = {
      {"mixed.jsonl",
       "{\"id\":\"ok1\",\"text\":\"Fine.\"}\r\nthis is not json\n\n{\"text\":\"caf\xe9\"}\n"
       "{\"id\":\"ok2\",\"text\":\"Also fine.\",\"date\":\"2024-03-04\"}"},
      {"story.txt", "Rebels shell checkpoint\n\nRebels shelled a checkpoint on Monday.\n"},
      {"bom.txt", "\xEF\xBB\xBFSoldiers crossed the border."},
      {"latin1.txt", "Caf\xe9 owners protested.\n"},
      {"empty.jsonl", "\n\n"},
      {"blank.txt", "  \n"}};
  IngestOptions opt;
  opt.default_date = "2020-01-02";
  for (const auto& c : cases) {
    SCOPED_TRACE(c[0]);
    std::string path = TempFile(c[0], c[1]);
    Result f = Read(path, opt);
    Result b = ReadBytes(path, c[1], opt);
    EXPECT_EQ(f.articles.size() + f.errors.size() > 0, true);
    ExpectSame(f, b);
  }
  Result r = ReadBytes("wire.jsonl", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].id, "wire:2");
  EXPECT_EQ(r.articles[1].input, "wire.jsonl");
}

TEST(Buffer, CancelledStopsBeforeTheNextRecord) {
  IngestOptions opt;
  int seen = 0;
  opt.cancelled = [&] { return seen >= 2; };
  Result r;
  Status s = ReadBuffer(
      "c.jsonl", "{\"text\":\"1.\"}\n{\"text\":\"2.\"}\n{\"text\":\"3.\"}\n", opt,
      [&](Article&& a) {
        ++seen;
        r.articles.push_back(std::move(a));
      },
      [&](ErrorRecord&& e) { r.errors.push_back(std::move(e)); });
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.errors.empty());  // stopping is not "empty input"
}

TEST(BadInput, TextProblemsNameTheFirstBadByte) {
  EXPECT_EQ(TextProblem("Plain text."), "");
  EXPECT_EQ(TextProblem("ab\xC3("), "invalid UTF-8 at byte 2");
  EXPECT_EQ(TextProblem(std::string_view("ab\0\xff", 4)), "binary data (NUL byte at offset 2)");
  EXPECT_EQ(TextProblem(std::string_view("\xff\0", 2)), "invalid UTF-8 at byte 0");
  EXPECT_EQ(TextProblem("\xED\xA0\x80"), "invalid UTF-8 at byte 0");  // a surrogate
  EXPECT_EQ(TextProblem("Erdo\xC4\x9F"
                        "an"),
            "");
}

TEST(Dates, Validation) {
  EXPECT_TRUE(ValidDate("2024-02-29"));
  EXPECT_FALSE(ValidDate("2023-02-29"));
  EXPECT_FALSE(ValidDate("2024-13-01"));
  EXPECT_FALSE(ValidDate("04/03/2024"));
  EXPECT_FALSE(ValidDate("yesterday"));
  EXPECT_FALSE(ValidDate("0224-03-05"));  // out of range: a typo
  EXPECT_TRUE(ValidDate("1800-01-01"));
  EXPECT_TRUE(ValidDate("2200-12-31"));
}

}  // namespace
}  // namespace casus
