// Input sniffing by content (issue 10, item 4): a byte order mark never
// changes how an input reads, JSON Lines are recognised by a JSON object on
// the first non-blank line (not by a leading '{'), line numbers are the
// file's own, and control characters or duplicate keys in a JSON record are
// one error record each. Every case reads the same from a file, from a
// buffer and (through the command line) from stdin.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "casus/ingest.h"
#include "files.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

const char kBom[] = "\xEF\xBB\xBF";

struct Result {
  std::vector<Article> articles;
  std::vector<ErrorRecord> errors;
};

fs::path Dir() {
  static const fs::path d = casus::testing::TestDir("sniff");
  return d;
}

std::string Write(const std::string& name, const std::string& content) {
  return casus::testing::WriteFile(Dir(), name, content);
}

Result FromFile(const std::string& path) {
  Result r;
  Status s = ReadInput(
      path, {}, [&](Article&& a) { r.articles.push_back(std::move(a)); },
      [&](ErrorRecord&& e) { r.errors.push_back(std::move(e)); });
  EXPECT_TRUE(s.ok()) << s.message();
  return r;
}

Result FromBuffer(const std::string& name, std::string_view bytes) {
  Result r;
  Status s = ReadBuffer(
      name, bytes, {}, [&](Article&& a) { r.articles.push_back(std::move(a)); },
      [&](ErrorRecord&& e) { r.errors.push_back(std::move(e)); });
  EXPECT_TRUE(s.ok()) << s.message();
  return r;
}

// Reads `content` as a file named `name` and as a buffer of that name; both
// must give the same records, which are returned.
Result Both(const std::string& name, const std::string& content) {
  std::string path = Write(name, content);
  Result f = FromFile(path), b = FromBuffer(path, content);
  EXPECT_EQ(f.articles.size(), b.articles.size()) << name;
  EXPECT_EQ(f.errors.size(), b.errors.size()) << name;
  for (size_t i = 0; i < std::min(f.articles.size(), b.articles.size()); ++i) {
    EXPECT_EQ(f.articles[i].id, b.articles[i].id);
    EXPECT_EQ(f.articles[i].text, b.articles[i].text);
    EXPECT_EQ(f.articles[i].title, b.articles[i].title);
    EXPECT_EQ(f.articles[i].line, b.articles[i].line);
  }
  for (size_t i = 0; i < std::min(f.errors.size(), b.errors.size()); ++i) {
    EXPECT_EQ(f.errors[i].line, b.errors[i].line);
    EXPECT_EQ(f.errors[i].message, b.errors[i].message);
  }
  return f;
}

const std::string kTwoRecords =
    "{\"id\":\"a\",\"text\":\"Rebels shelled a checkpoint.\"}\n"
    "{\"id\":\"b\",\"text\":\"The army said so.\"}\n";

TEST(Sniff, BomBeforeJsonLinesWithoutExtension) {
  // Before: one text article whose sentence was raw JSON, and no error.
  for (const char* name : {"bom", "bom.txt"}) {
    SCOPED_TRACE(name);
    Result r = Both(name, kBom + kTwoRecords);
    EXPECT_TRUE(r.errors.empty());
    ASSERT_EQ(r.articles.size(), 2u);
    EXPECT_EQ(r.articles[0].id, "a");
    EXPECT_EQ(r.articles[0].text, "Rebels shelled a checkpoint.");
    EXPECT_EQ(r.articles[0].line, 1);
    EXPECT_EQ(r.articles[1].line, 2);
  }
}

TEST(Sniff, BomInAJsonlFileCostsNoRecord) {
  // Before: "not JSON" for line 1, the first record lost.
  Result r = Both("bom.jsonl", kBom + kTwoRecords);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "a");
}

TEST(Sniff, BomBeforePlainTextIsNotText) {
  Result r = Both("plain", std::string(kBom) + "Rebels shelled a checkpoint on Monday.\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text.find("\xEF\xBB\xBF"), std::string::npos);
  EXPECT_EQ(r.articles[0].text.rfind("Rebels", 0), 0u);
}

TEST(Sniff, TextArticleStartingWithABraceStaysText) {
  // Before: sniffed as JSON Lines, one "not JSON" error per line.
  const std::string text =
      "{Reuters} Rebels attacked an army post near Idlib on Monday.\n"
      "\n"
      "The army said three soldiers were killed.\n";
  for (const char* name : {"reuters", "reuters.txt"}) {
    SCOPED_TRACE(name);
    Result r = Both(name, text);
    EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_NE(r.articles[0].text.find("{Reuters} Rebels attacked"), std::string::npos);
    EXPECT_NE(r.articles[0].text.find("three soldiers"), std::string::npos);
  }
}

TEST(Sniff, JsonLinesByContentNotByFirstByte) {
  // A first record that is a JSON object without 'text' (or a broken one
  // that opens an object) still makes the input JSON Lines: its own error,
  // and the records after it read.
  for (const std::string first : {"{\"id\":\"x\"}", "{\"text\": \"cut off", "  { \"id\": 1,"}) {
    SCOPED_TRACE(first);
    Result r = Both("content", first + "\n" + kTwoRecords);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 1);
    ASSERT_EQ(r.articles.size(), 2u);
    EXPECT_EQ(r.articles[1].line, 3);
  }
  // '{' then no key is no JSON object: "{}" of a whole text is an article.
  Result r = Both("braces", "{ Reuters } Rebels attacked a post.\n{ AFP } They withdrew.\n");
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.articles.size(), 1u);
}

TEST(Sniff, TrueLineNumbersAfterBomAndBlankLines) {
  const std::string content = std::string(kBom) + "\n \r\n\n" + kTwoRecords + "not json\r\n";
  for (const char* name : {"lines", "lines.jsonl"}) {
    SCOPED_TRACE(name);
    Result r = Both(name, content);
    ASSERT_EQ(r.articles.size(), 2u);
    EXPECT_EQ(r.articles[0].line, 4);
    EXPECT_EQ(r.articles[1].line, 5);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 6);
    EXPECT_EQ(r.errors[0].article_id, "lines:6");
  }
}

std::string OneError(const std::string& record) {
  Result r = Both("ctl.jsonl", record + "\n" + kTwoRecords);
  EXPECT_EQ(r.articles.size(), 2u) << record;
  if (r.errors.size() != 1u) {
    ADD_FAILURE() << record << ": " << r.errors.size() << " errors";
    return "";
  }
  EXPECT_EQ(r.errors[0].line, 1);
  return r.errors[0].message;
}

TEST(Sniff, ControlCharactersInJsonStringsAreOneError) {
  // Before: an escaped NUL passed the binary-data check and reached the
  // sentence, the CSV and the database.
  EXPECT_EQ(OneError(R"({"text":"Rebels\u0000 attacked."})"),
            "control character U+0000 in a JSON string at byte 15");
  for (const char* rec :
       {R"({"text":"Rebels \u0001attacked."})", R"({"text":"Rebels \u001F attacked."})",
        R"({"text":"Rebels \u000e attacked."})", R"({"text":"Rebels \b attacked."})",
        R"({"text":"Rebels \f attacked."})", R"({"id":"x\u0007","text":"Rebels attacked."})",
        R"({"text":"Rebels attacked.","title":"\u0002"})",
        R"({"text":"Rebels attacked.","extra":{"k":"\u0003"}})"}) {
    EXPECT_NE(OneError(rec).find("control character U+00"), std::string::npos) << rec;
  }
  // Tab, newline and CR are text; so are an escaped backslash before "u0000"
  // and DEL.
  Result ok =
      Both("ok.jsonl", R"({"text":"Rebels\tattacked.\nThe army\r\nsaid \u0009 so \\u0000."})"
                       "\n"
                       R"({"text":"Rebels attacked. \u007f"})"
                       "\n");
  EXPECT_TRUE(ok.errors.empty()) << ok.errors[0].message;
  ASSERT_EQ(ok.articles.size(), 2u);
  EXPECT_NE(ok.articles[0].text.find("\\u0000"), std::string::npos);
}

TEST(Sniff, DuplicateKeysAreOneError) {
  // Before: accepted silently (the first 'text' won).
  EXPECT_EQ(OneError(R"({"text":"Rebels attacked.","text":"Troops withdrew."})"),
            "duplicate key 'text'");
  EXPECT_EQ(OneError(R"({"id":"a","text":"Rebels attacked.","id":"b"})"), "duplicate key 'id'");
  // Spelled differently, the same key.
  EXPECT_EQ(OneError(R"({"text":"Rebels attacked.","t\u0065xt":"Troops withdrew."})"),
            "duplicate key 'text'");
  // Many keys (the sorted path): the first repeat in input order is named.
  std::string many = "{\"text\":\"Rebels attacked.\"";
  for (int i = 0; i < 40; ++i) many += ",\"k" + std::to_string(i) + "\":1";
  many += ",\"k7\":2,\"k3\":2}";
  EXPECT_EQ(OneError(many), "duplicate key 'k7'");
  EXPECT_EQ(OneError(R"({"":1,"text":"Rebels attacked.","":2})"), "duplicate key ''");
  // Keys repeated only inside nested objects, or in different records, are fine.
  Result ok = Both("nodup.jsonl", R"({"text":"Rebels attacked.","meta":{"a":1},"more":{"a":2}})"
                                  "\n");
  EXPECT_TRUE(ok.errors.empty());
}

TEST(Sniff, ParseJsonArticleChecksTheSame) {
  Article a;
  std::string why;
  EXPECT_FALSE(ParseJsonArticle(R"({"text":"x\u0000"})", {}, &a, &why));
  EXPECT_NE(why.find("control character U+0000"), std::string::npos);
  EXPECT_FALSE(ParseJsonArticle(R"({"text":"x","text":"y"})", {}, &a, &why));
  EXPECT_EQ(why, "duplicate key 'text'");
  EXPECT_TRUE(ParseJsonArticle(R"({"text":"Rebels attacked."})", {}, &a, &why)) << why;
}

// Files are read in 64 KiB chunks: lines of every length, some over a small
// limit, some ending in CR, cross the chunk boundaries and must read exactly
// as the same bytes in one buffer.
TEST(Sniff, ChunkBoundariesChangeNothing) {
  std::string content = kBom;
  uint32_t x = 12345;
  auto rnd = [&](uint32_t n) {
    x = x * 1103515245u + 12345u;
    return (x >> 8) % n;
  };
  std::vector<size_t> too_long;  // the record sizes over the limit, in order
  for (int i = 0; i < 300; ++i) {
    size_t len = rnd(4) == 0 ? rnd(150000) : rnd(3000);
    if (rnd(10) == 0) {
      content += rnd(2) ? "\n" : "  \r\n";  // blank lines count too
      continue;
    }
    content += "{\"text\":\"" + std::string(len, 'a') + "\"}" + (rnd(3) ? "\n" : "\r\n");
    if (len + 11 > 100000) too_long.push_back(len + 11);
  }
  content += "{\"text\":\"last, no newline\"}";
  IngestOptions opt;
  opt.max_record_bytes = 100000;
  for (const char* name : {"chunks", "chunks.jsonl"}) {
    SCOPED_TRACE(name);
    std::string path = Write(name, content);
    Result f, b;
    ASSERT_TRUE(ReadInput(
                    path, opt, [&](Article&& a) { f.articles.push_back(std::move(a)); },
                    [&](ErrorRecord&& e) { f.errors.push_back(std::move(e)); })
                    .ok());
    ASSERT_TRUE(ReadBuffer(
                    path, content, opt, [&](Article&& a) { b.articles.push_back(std::move(a)); },
                    [&](ErrorRecord&& e) { b.errors.push_back(std::move(e)); })
                    .ok());
    ASSERT_EQ(f.articles.size(), b.articles.size());
    ASSERT_EQ(f.errors.size(), b.errors.size());
    EXPECT_GT(f.errors.size(), 5u);
    EXPECT_GT(f.articles.size(), 200u);
    for (size_t i = 0; i < f.articles.size(); ++i) {
      EXPECT_EQ(f.articles[i].line, b.articles[i].line);
      EXPECT_EQ(f.articles[i].text, b.articles[i].text);
    }
    for (size_t i = 0; i < f.errors.size(); ++i) {
      EXPECT_EQ(f.errors[i].line, b.errors[i].line);
      EXPECT_EQ(f.errors[i].message, b.errors[i].message);
    }
    // The line numbers are the file's own: count the newlines before each.
    size_t lines = std::count(content.begin(), content.end(), '\n') + 1;
    EXPECT_EQ(f.articles.back().line, long(lines));
    EXPECT_EQ(f.articles.back().text, "last, no newline");
    ASSERT_EQ(f.errors.size(), too_long.size());
    for (size_t i = 0; i < too_long.size(); ++i)
      EXPECT_EQ(f.errors[i].message,
                "record of " + std::to_string(too_long[i]) + " bytes exceeds the limit of 100000");
  }
}

// stdin through the command line: the same sniffing and line numbers.
struct CliRun {
  int status = -1;
  std::string out, err;
};

CliRun CasusStdin(const std::string& stdin_file) {
  std::string errf = (Dir() / "stderr.txt").string();
  std::string cmd = std::string(CASUS_BINARY) + " code --sentences --date 2024-03-05 - <" +
                    stdin_file + " 2>" + errf;
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream in(errf);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  return r;
}

TEST(Sniff, StdinWithBomAndBlankLines) {
  CliRun r =
      CasusStdin(Write("stdin-bom", std::string(kBom) + "\n\n" + kTwoRecords + "{\"id\":1}\n"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("casus: 2 articles (2 sentences) coded"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("-:5: record has no 'text'"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"article_id\":\"a\""), std::string::npos);
  EXPECT_EQ(r.out.find("{\\\"id\\\""), std::string::npos) << "raw JSON coded as text";
}

}  // namespace
}  // namespace casus
