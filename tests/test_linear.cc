// Linear cost and bounded memory (issue 10, item 5): a long one-paragraph
// article codes every sentence (the time is measured by bench/, never
// asserted here), an input over the size limit is not read whole, an
// over-long JSON line is skipped without being held, and --threads above the
// maximum is capped with a warning.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "casus/batch.h"
#include "casus/ingest.h"
#include "common.h"
#include "files.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

fs::path Dir() {
  static const fs::path d = casus::testing::TestDir("linear");
  return d;
}

const std::string kWire =
    "Rebels shelled a government checkpoint near Idlib on Monday, killing three soldiers, the "
    "army said. ";

TEST(Linear, FourMegabyteParagraphCodesEverySentence) {
  // Before: each sentence searched the rest of the text for a paragraph
  // break, so this article cost the square of its length.
  const size_t n = (4u << 20) / kWire.size();
  Article a;
  a.id = "long";
  a.date = "2024-03-05";
  a.text.reserve(n * kWire.size());
  for (size_t i = 0; i < n; ++i) a.text += kWire;
  ASSERT_GE(a.text.size(), 4000000u);
  CodedArticle out = testing::TheCoder().Code(a);
  ASSERT_EQ(out.sentences.size(), n);
  ASSERT_EQ(out.events.size(), n);
  EXPECT_EQ(testing::Brief(out.events.front()), testing::Brief(out.events.back()));
  EXPECT_EQ(out.events.back().sentence_index, int(n - 1));
}

TEST(Linear, ParagraphBreaksStillResetTheAntecedent) {
  // "He" takes the last sentence's leading actor, but not across a blank
  // line: the one-pass lookup must find the same paragraph breaks.
  auto he = [](const std::string& text) {
    Article a;
    a.id = "p";
    a.date = "2024-03-05";
    a.text = text;
    CodedArticle out = testing::TheCoder().Code(a);
    int n = 0;
    for (const Event& e : out.events) n += e.sentence_index == 1 && e.source.has_value();
    return n;
  };
  const std::string first = "Russian troops shelled Kharkiv on Monday.";
  const std::string second = "He also attacked Ukrainian positions near Izium.";
  EXPECT_GT(he(first + " " + second), 0);
  EXPECT_EQ(he(first + "\n\n" + second), 0);
}

// Bytes this process has read so far (/proc/self/io), or -1.
long long BytesRead() {
  std::ifstream io("/proc/self/io");
  std::string key;
  long long v;
  while (io >> key >> v)
    if (key == "rchar:") return v;
  return -1;
}

// Resets the peak resident size to the current one; false when the kernel
// does not let us (then memory is not checked).
bool ResetPeak() {
  std::ofstream f("/proc/self/clear_refs");
  f << "5";
  f.flush();
  return bool(f);
}

// Peak resident size in KiB (VmHWM).
long PeakKiB() {
  std::ifstream st("/proc/self/status");
  for (std::string line; std::getline(st, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

// A file of `size` bytes that starts with `head`, has a hole (NUL bytes,
// no disk) and ends with `tail`.
std::string Sparse(const std::string& name, const std::string& head, off_t size,
                   const std::string& tail) {
  std::string p = (Dir() / name).string();
  int fd = ::open(p.c_str(), O_CREAT | O_TRUNC | O_WRONLY, 0644);
  EXPECT_GE(fd, 0);
  EXPECT_EQ(::write(fd, head.data(), head.size()), ssize_t(head.size()));
  EXPECT_EQ(::lseek(fd, size - off_t(tail.size()), SEEK_SET), size - off_t(tail.size()));
  EXPECT_EQ(::write(fd, tail.data(), tail.size()), ssize_t(tail.size()));
  ::close(fd);
  return p;
}

struct Result {
  std::vector<Article> articles;
  std::vector<ErrorRecord> errors;
};

Result Read(const std::string& path) {
  Result r;
  Status s = ReadInput(
      path, {}, [&](Article&& a) { r.articles.push_back(std::move(a)); },
      [&](ErrorRecord&& e) { r.errors.push_back(std::move(e)); });
  EXPECT_TRUE(s.ok()) << s.message();
  return r;
}

// AddressSanitizer keeps freed memory in quarantine (up to 256 MB), so the
// resident-memory bound is checked only in uninstrumented builds; the bytes
// read are checked in every build.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif

constexpr off_t kHuge = 200ll << 20;
constexpr long long kLimit = 16ll << 20;  // IngestOptions::max_record_bytes

TEST(Linear, OversizePlainTextIsNotReadWhole) {
  // Before: all 200 MB were read (498 MB resident) before the limit said no.
  std::string p = Sparse("huge.txt", kWire, kHuge, "\n");
  bool peak = ResetPeak();
  long before_kib = PeakKiB();
  long long before = BytesRead();
  Result r = Read(p);
  long long read = BytesRead() - before;
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.articles.empty());
  EXPECT_NE(r.errors[0].message.find("exceeds the limit"), std::string::npos);
  if (before >= 0) {
    EXPECT_LT(read, 2 * kLimit) << "bytes read";
  }
  if (peak && !kAsan) {
    EXPECT_LT(PeakKiB() - before_kib, 3 * kLimit / 1024) << "KiB more resident";
  }
  fs::remove(p);
}

TEST(Linear, OversizeJsonLineIsSkippedNotHeld) {
  const std::string tail = "\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n";
  std::string p = Sparse("huge.jsonl", "{\"id\":\"big\",\"text\":\"", kHuge, tail);
  bool peak = ResetPeak();
  long before_kib = PeakKiB();
  Result r = Read(p);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1);
  EXPECT_EQ(r.errors[0].message, "record of " + std::to_string(kHuge - off_t(tail.size()) + 2) +
                                     " bytes exceeds the limit of " + std::to_string(kLimit));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "after");
  EXPECT_EQ(r.articles[0].line, 2);
  if (peak && !kAsan) {
    EXPECT_LT(PeakKiB() - before_kib, 3 * kLimit / 1024) << "KiB more resident";
  }
  fs::remove(p);
}

TEST(Linear, ThreadsAboveTheMaximumAreCappedWithAWarning) {
  std::string in = (Dir() / "threads.jsonl").string();
  std::ofstream(in) << "{\"text\":\"Rebels shelled a checkpoint near Idlib on Monday.\"}\n";
  std::string errf = (Dir() / "threads.err").string();
  auto run = [&](const std::string& threads) {
    std::string cmd = std::string(CASUS_BINARY) + " code --threads " + threads + " " + in +
                      " >/dev/null 2>" + errf;
    int st = std::system(cmd.c_str());
    std::ifstream e(errf);
    std::stringstream ss;
    ss << e.rdbuf();
    return std::make_pair(WIFEXITED(st) ? WEXITSTATUS(st) : -1, ss.str());
  };
  auto [status, err] = run("100000");
  EXPECT_EQ(status, 0) << err;
  EXPECT_NE(err.find("--threads 100000 capped at " + std::to_string(MaxThreads())),
            std::string::npos)
      << err;
  auto [ok, quiet] = run(std::to_string(MaxThreads()));
  EXPECT_EQ(ok, 0);
  EXPECT_EQ(quiet.find("capped"), std::string::npos) << quiet;
  EXPECT_EQ(run("0").first, 2);  // below one is a bad flag (exit 2), not capped
}

}  // namespace
}  // namespace casus
