// Progress: the one-line report `casus code` keeps on stderr during a run
// (articles, sentences, sentences per second, events; the share done and an
// ETA when the input's size is known), redrawn in place at most twice a
// second and erased at the end, so the summary line and error messages stay
// as they are. The CLI shows it only when stderr is a terminal (a log file
// or a pipe gets none) and not with --quiet: ProgressWanted.
//
// Ownership and threads: a Progress is a RecordSink the CLI adds to its tee;
// it borrows the FILE* and is called from the one thread that delivers
// records. FormatProgress is pure.
#pragma once
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "casus/sink.h"

namespace casus_cli {

struct ProgressCounts {
  long articles = 0, sentences = 0, events = 0;
  uint64_t bytes_done = 0;   // input bytes read so far (estimated within a file)
  uint64_t bytes_total = 0;  // 0: unknown (stdin, a pipe): no share, no ETA
};

// "12,345 articles, 98,765 sentences (81,234/s), 4,321 events, 45%, ETA 1:02"
// after `seconds` of coding; the rate and the ETA need a second of it.
std::string FormatProgress(const ProgressCounts& c, double seconds);

// "1,234,567"
std::string Grouped(long n);
// "0:42", "12:05", "3:02:09"
std::string Clock(double seconds);

// True when progress is to be shown: not --quiet and `fd` is a terminal.
bool ProgressWanted(bool quiet, int fd);

class Progress : public casus::RecordSink {
 public:
  Progress(FILE* out, uint64_t bytes_total);
  casus::Status OnArticle(const casus::Article& a, const casus::CodedArticle& coded) override;
  // The error message that follows starts on a clean line.
  casus::Status OnError(const casus::ErrorRecord& e) override;
  casus::Status Finish() override;
  // Input files read so far total `bytes` exactly: corrects the estimate.
  void InputsDone(uint64_t bytes);
  const ProgressCounts& counts() const { return c_; }

 private:
  void Clear();
  using Steady = std::chrono::steady_clock;
  FILE* out_;
  ProgressCounts c_;
  uint64_t exact_ = 0, estimate_ = 0;
  Steady::time_point start_, last_;
  bool shown_ = false;
};

}  // namespace casus_cli
