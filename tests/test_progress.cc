// The progress line of `casus code` (tools/progress.h): its text, when it is
// drawn and erased, and that it appears only when stderr is a terminal and
// not with --quiet.
#include "progress.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "files.h"

namespace {

using casus_cli::FormatProgress;
using casus_cli::ProgressCounts;

TEST(Progress, Numbers) {
  EXPECT_EQ(casus_cli::Grouped(0), "0");
  EXPECT_EQ(casus_cli::Grouped(999), "999");
  EXPECT_EQ(casus_cli::Grouped(1000), "1,000");
  EXPECT_EQ(casus_cli::Grouped(1234567), "1,234,567");
  EXPECT_EQ(casus_cli::Clock(0), "0:00");
  EXPECT_EQ(casus_cli::Clock(42.4), "0:42");
  EXPECT_EQ(casus_cli::Clock(725), "12:05");
  EXPECT_EQ(casus_cli::Clock(3 * 3600 + 2 * 60 + 9), "3:02:09");
}

TEST(Progress, LineWithAndWithoutSize) {
  ProgressCounts c;
  c.articles = 12345;
  c.sentences = 98765;
  c.events = 4321;
  // Size unknown (stdin): no share, no ETA; the rate after a second.
  EXPECT_EQ(FormatProgress(c, 0.5), "12,345 articles, 98,765 sentences, 4,321 events");
  EXPECT_EQ(FormatProgress(c, 2), "12,345 articles, 98,765 sentences (49,383/s), 4,321 events");
  // A quarter done in 10 s: 30 s to go.
  c.bytes_total = 4000;
  c.bytes_done = 1000;
  EXPECT_EQ(FormatProgress(c, 10),
            "12,345 articles, 98,765 sentences (9,877/s), 4,321 events, 25%, ETA 0:30");
  c.bytes_done = 5000;  // an estimate past the end reads as done
  EXPECT_EQ(FormatProgress(c, 10),
            "12,345 articles, 98,765 sentences (9,877/s), 4,321 events, 100%, ETA 0:00");
}

std::string Drawn(void (*run)(casus_cli::Progress*)) {
  char* buf = nullptr;
  size_t size = 0;
  FILE* f = open_memstream(&buf, &size);
  {
    casus_cli::Progress p(f, 0);
    run(&p);
  }
  std::fclose(f);
  std::string out(buf, size);
  std::free(buf);
  return out;
}

TEST(Progress, DrawnAtMostTwiceASecondAndErased) {
  // A run shorter than half a second draws nothing, and erases nothing.
  EXPECT_EQ(Drawn([](casus_cli::Progress* p) {
              casus::CodedArticle coded;
              coded.sentences.resize(3);
              for (int i = 0; i < 100; ++i) ASSERT_TRUE(p->OnArticle({}, coded).ok());
              ASSERT_TRUE(p->Finish().ok());
            }),
            "");
  std::string out = Drawn([](casus_cli::Progress* p) {
    casus::CodedArticle coded;
    coded.sentences.resize(3);
    ASSERT_TRUE(p->OnArticle({}, coded).ok());
    usleep(600 * 1000);
    ASSERT_TRUE(p->OnArticle({}, coded).ok());
    ASSERT_TRUE(p->OnArticle({}, coded).ok());  // too soon to redraw
    EXPECT_EQ(p->counts().sentences, 9);
    ASSERT_TRUE(p->Finish().ok());
  });
  EXPECT_EQ(out, "\rcasus: 2 articles, 6 sentences, 0 events\033[K\r\033[K");
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `casus code` reading 800 articles from a pipe that pauses for 1.2 s after
// the first 400 (so a line is due however fast the machine), with stderr on
// a pseudo-terminal (script(1)) or a file; returns what reached stderr.
std::string Stderr(const std::string& flags, bool terminal) {
  std::string wire = std::string(CASUS_SOURCE_DIR) + "/bench/corpus/wire.jsonl";
  std::string err = (casus::testing::TestDir("progress") / "stderr.txt").string();
  std::string run = "(cat " + wire + "; sleep 1.2; cat " + wire + ") | " + CASUS_BINARY +
                    " code --threads 1 " + flags + " - >/dev/null";
  std::string cmd = terminal ? "script -qec '" + run + "' /dev/null >" + err + " 2>&1 </dev/null"
                             : run + " 2>" + err;
  int st = std::system(cmd.c_str());
  EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0) << cmd;
  return Slurp(err);
}

TEST(Progress, NoneWhenStderrIsNotATerminal) {
  std::string err = Stderr("", false);
  EXPECT_EQ(err.find('\r'), std::string::npos) << err;
  EXPECT_EQ(err.find("\033["), std::string::npos) << err;
  EXPECT_EQ(err.find("sentences/s"), std::string::npos);
  EXPECT_NE(err.find("articles ("), std::string::npos) << err;  // the summary line stays
}

TEST(Progress, ShownOnATerminalUnlessQuiet) {
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "no script(1)";
  std::string err = Stderr("", true);
  EXPECT_NE(err.find("\rcasus: "), std::string::npos) << err;
  EXPECT_NE(err.find("/s), "), std::string::npos) << err;
  EXPECT_EQ(err.find("%"), std::string::npos) << err;  // a pipe has no size: no share, no ETA
  EXPECT_NE(err.find("\r\033[Kcasus: 800 articles"), std::string::npos) << err;  // erased
  std::string quiet = Stderr("--quiet", true);
  EXPECT_EQ(quiet.find('\r'), quiet.rfind('\r')) << quiet;  // only the terminal's CR LF
  EXPECT_EQ(quiet.find("\033["), std::string::npos) << quiet;
  EXPECT_NE(quiet.find("casus: 800 articles"), std::string::npos) << quiet;
}

}  // namespace
