// Input formats (issue 11): PDF, HTML, RSS/Atom, gzip/zstd and folders code
// to the same events as the equivalent clean text, and each bad input is one
// error record while the run goes on. Fixtures are made here, at test time:
// PDFs by python3-reportlab (tests/formats/make_pdf.py: two columns, a
// running header, page numbers, a hyphenated line break, a raised footnote
// marker), archives by gzip and zstd, the windows-1252 page by iconv from
// the hand-written tests/formats/article.html.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "casus/ingest.h"
#include "casus/output.h"
#include "common.h"
#include "files.h"
#include "util/strings.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

const fs::path kFormats = fs::path(CASUS_SOURCE_DIR) / "tests" / "formats";

fs::path Dir() {
  static const fs::path d = testing::TestDir("formats");
  return d;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs a shell command; fails the test when it fails.
void Sh(const std::string& cmd) {
  int st = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0) << cmd;
}

std::string Q(const fs::path& p) {
  std::string q = "'";
  q += p.string();
  q += '\'';
  return q;
}

// The clean text: the fixture's paragraphs without the footnote marker.
std::string CleanText() {
  std::string t = Slurp(kFormats / "clean.txt");
  for (size_t at; (at = t.find("^1")) != std::string::npos;) t.erase(at, 2);
  return t;
}

// Fixtures, made once per test binary.
struct Fixtures {
  fs::path clean, pdf, pdf1, groff_pdf, image_pdf, encrypted_pdf, html, rss, atom;
  Fixtures() {
    clean = testing::WriteFile(Dir(), "clean.txt", CleanText());
    pdf = Dir() / "report.pdf";
    pdf1 = Dir() / "onecol.pdf";
    image_pdf = Dir() / "scan.pdf";
    encrypted_pdf = Dir() / "locked.pdf";
    std::string py = "/usr/bin/python3 " + Q(kFormats / "make_pdf.py") + " ";
    std::string src = Q(kFormats / "clean.txt");
    Sh(py + src + " " + Q(pdf) + " --title 'Mali raid' --date 2024-03-05");
    Sh(py + src + " " + Q(pdf1) + " --one-column --date 2024-03-05");
    // groff -ms: a title over two justified columns, hyphenated by groff.
    std::string ms =
        ".ds LH THE WORLD REPORT\n.ds CF %\n.nr PS 10\n.TL\nThe week in security\n.2C\n";
    std::string text = CleanText();
    for (std::string_view p : Split(text, '\n'))
      if (!p.empty()) ms += ".PP\n" + std::string(p) + "\n";
    fs::path src_ms = testing::WriteFile(Dir(), "week.ms", ms);
    groff_pdf = Dir() / "week.pdf";
    // SOURCE_DATE_EPOCH: gropdf's CreationDate, 2024-03-05 12:00 UTC.
    Sh("SOURCE_DATE_EPOCH=1709640000 groff -ms -Kutf8 -Tpdf " + Q(src_ms) + " > " + Q(groff_pdf));
    Sh(py + "--image-only " + Q(image_pdf));
    Sh(py + "--encrypted " + Q(encrypted_pdf));
    html = Dir() / "briefing.html";
    Sh("iconv -f utf-8 -t windows-1252 " + Q(kFormats / "article.html") + " > " + Q(html));
    rss = kFormats / "feed.rss";
    atom = kFormats / "feed.atom";
  }
};

const Fixtures& Fx() {
  static Fixtures f;
  return f;
}

struct Result {
  std::vector<Article> articles;
  std::vector<ErrorRecord> errors;
};

Result Read(const std::string& path, IngestOptions opt = {}) {
  Result r;
  ReadInput(
      path, opt, [&](Article&& a) { r.articles.push_back(std::move(a)); },
      [&](ErrorRecord&& e) { r.errors.push_back(std::move(e)); })
      .IgnoreError();
  return r;
}

struct CliRun {
  int status = -1;
  std::vector<std::string> events, errors, inputs;  // inputs: of articles' events, in order
};

// `casus code ARGS`: events as "sentence|cameo|source|target|date" (sorted),
// error records as "input:line: message".
CliRun Casus(const std::string& args) {
  std::string cmd = std::string(CASUS_BINARY) + " code " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[65536];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  int st = pclose(p);
  CliRun r;
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  simdjson::dom::parser parser;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    simdjson::dom::element e;
    if (parser.parse(line).get(e)) {
      ADD_FAILURE() << "not JSON: " << line;
      continue;
    }
    std::string_view kind = e["kind"].get_string().value();
    auto str = [&](simdjson::dom::element x) {
      std::string_view s;
      return x.get_string().get(s) ? std::string("null") : std::string(s);
    };
    if (kind == "event") {
      auto code = [&](const char* k) {
        simdjson::dom::element a = e[k];
        return a.is_null() ? std::string("-") : str(a["code"]);
      };
      r.events.push_back(str(e["sentence"]) + "|" + str(e["cameo"]) + "|" + code("source") + "|" +
                         code("target") + "|" + str(e["date"]));
    } else if (kind == "error") {
      r.errors.push_back(str(e["input"]) + ":" + std::to_string(int64_t(e["line"])) + ": " +
                         str(e["message"]));
    }
  }
  std::sort(r.events.begin(), r.events.end());
  return r;
}

CliRun CleanRun(const std::string& date = "2024-03-05") {
  return Casus("--date " + date + " " + Q(Fx().clean));
}

// ---- PDF ----

TEST(Pdf, TwoColumnsHeadersPageNumbersHyphenationCodeLikeCleanText) {
  CliRun clean = CleanRun();
  ASSERT_GE(clean.events.size(), 5u);
  for (const fs::path& pdf : {Fx().pdf, Fx().pdf1, Fx().groff_pdf}) {
    CliRun r = Casus(Q(pdf));  // the date comes from the PDF's metadata
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.errors.empty());
    EXPECT_EQ(r.events, clean.events) << pdf;
  }
}

TEST(Pdf, TextMetadataAndPages) {
  Result r = Read(Fx().pdf.string());
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_TRUE(r.errors.empty());
  const Article& a = r.articles[0];
  EXPECT_EQ(a.format, "pdf");
  EXPECT_EQ(a.title, "Mali raid");
  EXPECT_EQ(a.date, "2024-03-05");
  EXPECT_EQ(a.id, "report");
  // Running header and page numbers gone, the footnote marker too; the
  // hyphenated break is left for the re-flow ("bom-\nbing").
  EXPECT_EQ(a.text.find("WORLD REPORT"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("\n1\n"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("said.1"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Geneva"), std::string::npos) << a.text;  // the footnote itself
  EXPECT_NE(a.text.find("-\n"), std::string::npos) << a.text;
  // Column by column: each paragraph's opening comes before the next one's.
  EXPECT_LT(a.text.find("French troops"), a.text.find("The United Nations"));
  EXPECT_LT(a.text.find("The United Nations"), a.text.find("Russian negotiators"));
  EXPECT_LT(a.text.find("Russian negotiators"), a.text.find("Germany promised"));
  EXPECT_LT(a.text.find("Germany promised"), a.text.find("Police arrested"));
  // Two pages; sentences map to them through the re-flow.
  ASSERT_EQ(a.pages.size(), 2u);
  EXPECT_EQ(a.pages[0], 0u);
  CodedArticle coded = testing::TheCoder().Code(a);
  std::vector<int> pages = SentencePages(a, coded.text, coded.sentences);
  ASSERT_EQ(pages.size(), coded.sentences.size());
  ASSERT_GE(pages.size(), 5u);
  EXPECT_EQ(pages.front(), 1);
  EXPECT_EQ(pages.back(), 2);
  EXPECT_TRUE(std::is_sorted(pages.begin(), pages.end()));
  // Each sentence starts on the page its first words are printed on.
  for (size_t i = 0; i < pages.size(); ++i) {
    std::string_view s(coded.text.data() + coded.sentences[i].begin, 12);
    size_t raw = a.text.find(std::string(s.substr(0, s.find(' '))));
    ASSERT_NE(raw, std::string::npos);
    int page = raw >= a.pages[1] ? 2 : 1;
    EXPECT_EQ(pages[i], page) << s;
  }
  Article text;
  text.text = "no pages";
  EXPECT_TRUE(SentencePages(text, "no pages", {{0, 8}}).empty());
}

// Provenance in the outputs: a PDF's events and sentence records carry their
// page; the database keeps each article's input format and compression.
TEST(Pdf, PagesAndFormatReachTheOutputs) {
  Result r = Read(Fx().pdf.string());
  ASSERT_EQ(r.articles.size(), 1u);
  CodedArticle coded = testing::TheCoder().Code(r.articles[0]);
  ASSERT_EQ(coded.sentence_pages.size(), coded.sentences.size());
  ASSERT_FALSE(coded.events.empty());
  bool page2 = false;
  for (const Event& e : coded.events) {
    EXPECT_EQ(e.page, coded.sentence_pages[e.sentence_index]);
    page2 |= e.page == 2;
    EXPECT_NE(EventJson(e).find("\"page\":" + std::to_string(e.page)), std::string::npos);
  }
  EXPECT_TRUE(page2) << "an event of page 2";
  // Plain text has no pages and no "page" key.
  Result t = Read(Fx().clean.string());
  ASSERT_EQ(t.articles.size(), 1u);
  CodedArticle tc = testing::TheCoder().Code(t.articles[0]);
  EXPECT_TRUE(tc.sentence_pages.empty());
  for (const Event& e : tc.events) EXPECT_EQ(EventJson(e).find("\"page\""), std::string::npos);

  fs::path db = Dir() / "prov.db";
  fs::remove(db);
  fs::path gz = Dir() / "prov-report.pdf.gz";
  Sh("gzip -c " + Q(Fx().pdf) + " > " + Q(gz));
  CliRun run = Casus("--sentences --db " + Q(db) + " " + Q(Fx().pdf) + " " + Q(gz) + " " +
                     Q(Fx().clean) + " > /dev/null");
  EXPECT_EQ(run.status, 0);
  std::string out = Dir() / "prov.txt";
  Sh("sqlite3 " + Q(db) + " \"SELECT format || '/' || coalesce(compression,'') FROM articles "
     "ORDER BY format, compression\" > " + Q(out));
  EXPECT_EQ(Slurp(out), "pdf/\npdf/gzip\ntext/\n");
  // Sentence records of the PDF carry the page too.
  Sh(std::string(CASUS_BINARY) + " code --sentences " + Q(Fx().pdf) + " 2>/dev/null | grep -c "
     "'\"kind\":\"sentence\",[^}]*\"page\":2' > " + Q(out) + " || true");
  EXPECT_GT(std::stoi(Slurp(out)), 0);
}

TEST(Pdf, ImageOnlyAndEncryptedAreOneErrorEachAndTheRunGoesOn) {
  Result img = Read(Fx().image_pdf.string());
  ASSERT_EQ(img.errors.size(), 1u);
  EXPECT_TRUE(img.articles.empty());
  EXPECT_NE(img.errors[0].message.find("no text layer"), std::string::npos);
  Result enc = Read(Fx().encrypted_pdf.string());
  ASSERT_EQ(enc.errors.size(), 1u);
  EXPECT_TRUE(enc.articles.empty());
  EXPECT_NE(enc.errors[0].message.find("no text layer"), std::string::npos);
  CliRun r = Casus(Q(Fx().image_pdf) + " " + Q(Fx().encrypted_pdf) + " --date 2024-03-05 " +
                   Q(Fx().clean));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.events, CleanRun().events);
  // Not a PDF past its header: one error, no crash.
  std::string junk = testing::WriteFile(Dir(), "junk.pdf", "%PDF-1.4\n" + std::string(300, 'x'));
  Result j = Read(junk);
  EXPECT_EQ(j.errors.size() + j.articles.size(), 1u);
  EXPECT_EQ(j.errors.size(), 1u);
}

// ---- HTML ----

TEST(Html, MainTextOfAWindows1252PageCodesLikeCleanText) {
  Result r = Read(Fx().html.string());
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.format, "html");
  EXPECT_EQ(a.title, "Troops, talks and protests: the week in security");
  EXPECT_EQ(a.date, "2024-03-05");
  EXPECT_EQ(a.url, "https://example.org/news/2024/03/05/briefing");
  EXPECT_NE(a.text.find("M\u00e9decins Sans Fronti\u00e8res"), std::string::npos) << a.text;
  for (const char* furniture : {"Home", "Share on", "Advertisement", "Reader one", "Copyright",
                                "tracking", "font-family", "China warns", "said.1"})
    EXPECT_EQ(a.text.find(furniture), std::string::npos) << furniture << "\n" << a.text;
  // Paragraph structure kept.
  EXPECT_NE(a.text.find("Paris.\n\nThe United Nations"), std::string::npos) << a.text;
  CliRun page = Casus(Q(Fx().html));
  EXPECT_TRUE(page.errors.empty());
  EXPECT_EQ(page.events, CleanRun().events);
}

TEST(Html, MalformedPagesAreOneErrorOrTextAndTheRunGoesOn) {
  // Cut off inside a tag, unclosed elements: what is there is read.
  std::string cut = testing::WriteFile(
      Dir(), "cut.html",
      "<html><body><div><p>French troops attacked rebel positions in northern Mali on Tuesday, "
      "the defence ministry said.<p>Police arrested dozens of protesters in Tehran on Monday.<di");
  Result c = Read(cut);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_NE(c.articles[0].text.find("Police arrested"), std::string::npos);
  // Only navigation: no article text, one error.
  std::string nav = testing::WriteFile(
      Dir(), "nav.html",
      "<!DOCTYPE html><html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
      "<ul class='menu'><li><a href='/x'>Rebels attack army base</a></li></ul></body></html>");
  Result n = Read(nav);
  EXPECT_TRUE(n.articles.empty());
  ASSERT_EQ(n.errors.size(), 1u);
  EXPECT_NE(n.errors[0].message.find("no article text"), std::string::npos);
  // A charset nobody knows: one error.
  std::string cs = testing::WriteFile(
      Dir(), "charset.html",
      "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Caf\xe9 bombed "
      "in Aleppo on Monday, witnesses said.</p></body></html>");
  Result b = Read(cs);
  EXPECT_TRUE(b.articles.empty());
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_NE(b.errors[0].message.find("charset"), std::string::npos);
  // Nested deeper than any page (gumbo's time grows with the square of
  // the depth): one error, at once.
  std::string nest;
  for (int i = 0; i < 100000; ++i) nest += "<div>";
  std::string deep = testing::WriteFile(Dir(), "deep.html", "<html><body>" + nest + "Text.");
  Result d = Read(deep);
  EXPECT_TRUE(d.articles.empty());
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].message.find("nested"), std::string::npos);
  CliRun r = Casus(Q(nav) + " " + Q(cs) + " " + Q(cut));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.errors.size(), 2u);
  EXPECT_FALSE(r.events.empty());
}

// ---- feeds ----

// The JSON Lines equivalent of a feed item: its text and date.
std::string JsonItem(const std::string& text, const std::string& date) {
  return "{\"text\":\"" + text + "\",\"date\":\"" + date + "\"}\n";
}

std::string Paragraph(const std::string& opening) {
  std::string t = CleanText();
  size_t b = t.find(opening);
  return t.substr(b, t.find('\n', b) - b);
}

TEST(Feed, RssAndAtomItemsCodeLikeTheirTextAndABadDateIsOneError) {
  Result rss = Read(Fx().rss.string());
  ASSERT_EQ(rss.articles.size(), 2u);
  ASSERT_EQ(rss.errors.size(), 1u);
  EXPECT_EQ(rss.errors[0].line, 15);
  EXPECT_EQ(rss.errors[0].article_id, "feed:15");
  EXPECT_NE(rss.errors[0].message.find("unparseable date 'sometime last week'"), std::string::npos);
  const Article& first = rss.articles[0];
  EXPECT_EQ(first.format, "rss");
  EXPECT_EQ(first.id, "feed:8");
  EXPECT_EQ(first.line, 8);
  EXPECT_EQ(first.title, "French troops strike in Mali");
  EXPECT_EQ(first.url, "https://example.org/news/mali");
  EXPECT_EQ(first.source, "The World Report");
  EXPECT_EQ(first.date, "2024-03-05");
  EXPECT_EQ(rss.articles[1].date, "2024-03-06");  // dc:date
  // The share bar and script of the HTML body are gone.
  EXPECT_EQ(rss.articles[1].text, Paragraph("Russian negotiators"));
  Result atom = Read(Fx().atom.string());
  ASSERT_EQ(atom.articles.size(), 2u);
  EXPECT_TRUE(atom.errors.empty());
  EXPECT_EQ(atom.articles[0].format, "atom");
  EXPECT_EQ(atom.articles[0].date, "2024-03-07");  // published, not updated
  EXPECT_EQ(atom.articles[1].date, "2024-03-08");  // updated when unpublished
  EXPECT_EQ(atom.articles[1].url, "https://example.org/news/tehran");
  EXPECT_EQ(atom.articles[1].text, Paragraph("Police arrested"));  // xhtml content

  std::string jsonl =
      testing::WriteFile(Dir(), "items.jsonl",
                         JsonItem(Paragraph("French troops"), "2024-03-05") +
                             JsonItem(Paragraph("Russian negotiators"), "2024-03-06") +
                             JsonItem(Paragraph("Germany promised"), "2024-03-07") +
                             JsonItem(Paragraph("Police arrested"), "2024-03-08"));
  CliRun want = Casus(Q(jsonl));
  CliRun got = Casus(Q(Fx().rss) + " " + Q(Fx().atom));
  ASSERT_GE(want.events.size(), 4u);
  EXPECT_EQ(got.events, want.events);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.status, 0);
  // Not a feed at all, and not XML: one error each.
  std::string bad = testing::WriteFile(Dir(), "bad.rss",
                                       "<?xml version=\"1.0\"?>\n<rss><channel>"
                                       "<item><title>x</title>\n</channel></rss>");
  Result b = Read(bad);
  EXPECT_TRUE(b.articles.empty());
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_NE(b.errors[0].message.find("malformed feed XML"), std::string::npos);
}

// ---- compressed ----

TEST(Compressed, GzipAndZstdCodeLikeTheirContentWhateverTheirName) {
  CliRun clean = CleanRun();
  CliRun pdf = Casus(Q(Fx().pdf));
  Sh("gzip -c " + Q(Fx().clean) + " > " + Q(Dir() / "clean.txt.gz"));
  Sh("zstd -q -c " + Q(Fx().clean) + " > " + Q(Dir() / "clean.txt.zst"));
  Sh("gzip -c " + Q(Fx().pdf) + " > " + Q(Dir() / "report.bin"));  // no telling name
  Sh("zstd -q -c " + Q(Fx().rss) + " > " + Q(Dir() / "feed.rss.zst"));
  EXPECT_EQ(Casus("--date 2024-03-05 " + Q(Dir() / "clean.txt.gz")).events, clean.events);
  EXPECT_EQ(Casus("--date 2024-03-05 " + Q(Dir() / "clean.txt.zst")).events, clean.events);
  EXPECT_EQ(Casus(Q(Dir() / "report.bin")).events, pdf.events);
  EXPECT_EQ(Casus(Q(Dir() / "feed.rss.zst")).events, Casus(Q(Fx().rss)).events);
  Result gz = Read((Dir() / "clean.txt.gz").string());
  ASSERT_EQ(gz.articles.size(), 1u);
  EXPECT_EQ(gz.articles[0].id, "clean");
  EXPECT_EQ(gz.articles[0].format, "text");
  EXPECT_EQ(gz.articles[0].compression, "gzip");
  Result zpdf = Read((Dir() / "report.bin").string());
  ASSERT_EQ(zpdf.articles.size(), 1u);
  EXPECT_EQ(zpdf.articles[0].format, "pdf");
  EXPECT_EQ(zpdf.articles[0].compression, "gzip");
}

// JSON Lines of `n` records, each naming its number.
std::string ManyLines(int n) {
  std::string s;
  for (int i = 1; i <= n; ++i)
    s += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"Rebels attacked an army base in " +
         "Kidal on Monday, officials said, in attack number " + std::to_string(i) +
         " of the week.\"}\n";
  return s;
}

TEST(Compressed, JsonLinesLineNumbersAndATruncatedArchiveIsOneError) {
  std::string plain = testing::WriteFile(Dir(), "wire.jsonl", ManyLines(3000));
  for (const char* tool : {"gzip -c", "zstd -q -c"}) {
    std::string ext = tool[0] == 'g' ? ".gz" : ".zst";
    fs::path whole = Dir() / ("wire.jsonl" + ext);
    Sh(std::string(tool) + " " + Q(plain) + " > " + Q(whole));
    Result all = Read(whole.string());
    ASSERT_EQ(all.articles.size(), 3000u) << tool;
    EXPECT_TRUE(all.errors.empty()) << tool;
    EXPECT_EQ(all.articles[41].line, 42);
    EXPECT_EQ(all.articles[41].id, "r42");
    EXPECT_EQ(all.articles[41].format, "jsonl");
    // Cut in the middle: the whole lines before the cut are read, then one
    // error for the rest; no "not JSON" error for the partial last line.
    std::string bytes = Slurp(whole);
    fs::path cut = Dir() / ("cut.jsonl" + ext);
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    Result part = Read(cut.string());
    ASSERT_EQ(part.errors.size(), 1u) << tool;
    EXPECT_NE(part.errors[0].message.find("truncated"), std::string::npos)
        << part.errors[0].message;
    EXPECT_GT(part.articles.size(), 100u);
    EXPECT_LT(part.articles.size(), 3000u);
    EXPECT_EQ(part.errors[0].line, long(part.articles.size()) + 1);
    // A truncated plain-text archive is one error, no partial article.
    Sh(std::string(tool) + " " + Q(Fx().clean) + " | head -c 60 > " + Q(Dir() / ("t" + ext)));
    Result t = Read((Dir() / ("t" + ext)).string());
    EXPECT_TRUE(t.articles.empty());
    EXPECT_EQ(t.errors.size(), 1u);
    // And the run goes on to the next input.
    CliRun r = Casus(Q(Dir() / ("t" + ext)) + " --date 2024-03-05 " + Q(Fx().clean));
    EXPECT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.events, CleanRun().events);
  }
}

// Peak resident size in KiB (VmHWM), reset first when the kernel lets us.
long PeakKiB(bool reset) {
  if (reset) std::ofstream("/proc/self/clear_refs") << "5";
  std::ifstream st("/proc/self/status");
  for (std::string line; std::getline(st, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

TEST(Compressed, AHugeLineInAnArchiveIsStreamedNotHeld) {
  // 200 MB of JSON Lines in a small archive: the over-long first record is
  // skipped while decompressing (one error), the next one read.
  for (const char* tool : {"gzip -1", "zstd -q -1"}) {
    fs::path z = Dir() / (tool[0] == 'g' ? "huge.jsonl.gz" : "huge.jsonl.zst");
    Sh("{ printf '{\"id\":\"big\",\"text\":\"'; head -c 200000000 /dev/zero | tr '\\0' a; "
       "printf '\"}\\n{\"id\":\"after\",\"text\":\"Still read.\"}\\n'; } | " +
       std::string(tool) + " -c > " + Q(z));
    long before = PeakKiB(true);
    Result r = Read(z.string());
    long after = PeakKiB(false);
    ASSERT_EQ(r.errors.size(), 1u) << tool;
    EXPECT_EQ(r.errors[0].line, 1);
    EXPECT_NE(r.errors[0].message.find("exceeds the limit"), std::string::npos);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].id, "after");
    EXPECT_EQ(r.articles[0].compression, tool[0] == 'g' ? "gzip" : "zstd");
#if !defined(__SANITIZE_ADDRESS__)
    // Bounded by the record limit (16 MiB, a buffer growing past it), not
    // by the 200 MB the archive holds.
    if (before > 0) {
      EXPECT_LT(after - before, 4 * (16 << 20) / 1024) << "KiB more resident";
    }
#endif
    fs::remove(z);
  }
}

// ---- folders ----

TEST(Folder, MixedFolderIsWalkedSortedAndGlobFilters) {
  fs::path dir = Dir() / "inbox";
  fs::remove_all(dir);
  fs::create_directories(dir / "b-scans");
  fs::create_directories(dir / ".git");
  fs::copy_file(Fx().clean, dir / "a-clean.txt");
  fs::copy_file(Fx().pdf, dir / "c-report.pdf");
  fs::copy_file(Fx().html, dir / "d-page.html");
  fs::copy_file(Fx().rss, dir / "e-feed.xml");
  fs::copy_file(Fx().atom, dir / "f-feed.atom");
  fs::copy_file(Fx().image_pdf, dir / "b-scans" / "scan.pdf");
  Sh("gzip -c " + Q(Fx().clean) + " > " + Q(dir / "g-wire.txt.gz"));
  testing::WriteFile(dir / ".git", "HEAD", "ref: refs/heads/main\n");
  testing::WriteFile(dir, ".hidden.txt", "Rebels attacked the army on Monday.\n");

  Result r = Read(dir.string());
  std::vector<std::string> inputs;
  for (const Article& a : r.articles) inputs.push_back(fs::path(a.input).filename().string());
  EXPECT_EQ(inputs, (std::vector<std::string>{"a-clean.txt", "c-report.pdf", "d-page.html",
                                              "e-feed.xml", "e-feed.xml", "f-feed.atom",
                                              "f-feed.atom", "g-wire.txt.gz"}));
  ASSERT_EQ(r.errors.size(), 2u);  // the scan, the bad feed date
  EXPECT_EQ(fs::path(r.errors[0].input).filename(), "scan.pdf");
  std::vector<std::string> formats;
  for (const Article& a : r.articles) formats.push_back(a.format);
  EXPECT_EQ(formats, (std::vector<std::string>{"text", "pdf", "html", "rss", "rss", "atom", "atom",
                                               "text"}));

  CliRun all = Casus("--date 2024-03-05 " + Q(dir));
  EXPECT_EQ(all.status, 0);
  EXPECT_EQ(all.errors.size(), 2u);
  EXPECT_GE(all.events.size(), 4 * CleanRun().events.size());

  Result pdfs = Read(dir.string(), [] {
    IngestOptions o;
    o.glob = "*.pdf";
    return o;
  }());
  EXPECT_EQ(pdfs.articles.size(), 1u);
  EXPECT_EQ(pdfs.errors.size(), 1u);  // the scan in the sub-folder
  CliRun glob = Casus("--glob 'b-scans/*' " + Q(dir));
  EXPECT_EQ(glob.errors.size(), 1u);
  EXPECT_TRUE(glob.events.empty());
  EXPECT_EQ(glob.status, 1);  // nothing read

  fs::create_directories(Dir() / "empty");
  Result none = Read((Dir() / "empty").string());
  EXPECT_TRUE(none.articles.empty());
  ASSERT_EQ(none.errors.size(), 1u);
  EXPECT_NE(none.errors[0].message.find("no files"), std::string::npos);
}

// ---- sniffing ----

TEST(Sniff, MarkupIsNotMistakenForTextAndTextNotForMarkup) {
  // Text that mentions tags stays text.
  Result t = Read(testing::WriteFile(
      Dir(), "t.txt", "Rebels attacked the <b> army base on Monday, officials said.\n"));
  ASSERT_EQ(t.articles.size(), 1u);
  EXPECT_EQ(t.articles[0].format, "text");
  // An HTML page named .txt is HTML.
  Result h = Read(testing::WriteFile(
      Dir(), "h.txt",
      "<html><body><p>Rebels attacked an army base in Kidal on Monday, officials said.</p>"
      "</body></html>"));
  ASSERT_EQ(h.articles.size(), 1u);
  EXPECT_EQ(h.articles[0].format, "html");
  EXPECT_EQ(h.articles[0].text, "Rebels attacked an army base in Kidal on Monday, officials said.");
}

}  // namespace
}  // namespace casus
