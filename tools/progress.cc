// The progress line of `casus code` (see progress.h).
#include "progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace casus_cli {

std::string Grouped(long n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string Clock(double seconds) {
  long s = std::lround(std::max(0.0, seconds));
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

std::string FormatProgress(const ProgressCounts& c, double seconds) {
  std::string out = Grouped(c.articles) + " articles, " + Grouped(c.sentences) + " sentences";
  // A rate over less than a second of coding says little.
  bool timed = seconds >= 1;
  if (timed) out += " (" + Grouped(std::lround(c.sentences / seconds)) + "/s)";
  out += ", " + Grouped(c.events) + " events";
  if (c.bytes_total > 0) {
    double done = std::min(1.0, double(c.bytes_done) / double(c.bytes_total));
    out += ", " + std::to_string(int(done * 100)) + "%";
    if (timed && done > 0) out += ", ETA " + Clock(seconds * (1 - done) / done);
  }
  return out;
}

bool ProgressWanted(bool quiet, int fd) {
  return !quiet && isatty(fd) == 1;
}

Progress::Progress(FILE* out, uint64_t bytes_total) : out_(out) {
  c_.bytes_total = bytes_total;
  start_ = last_ = Steady::now();
}

casus::Status Progress::OnArticle(const casus::Article& a, const casus::CodedArticle& coded) {
  ++c_.articles;
  c_.sentences += long(coded.sentences.size());
  c_.events += long(coded.events.size());
  // Within a file, what an article took in the input: its fields and about
  // a JSON record's keys and quotes (InputsDone puts it right at file end).
  estimate_ += a.id.size() + a.date.size() + a.title.size() + a.text.size() + a.source.size() +
               a.url.size() + (a.line > 0 ? 64 : 0);
  c_.bytes_done = std::max(c_.bytes_done, exact_ + estimate_);
  auto now = Steady::now();
  if (now - last_ >= std::chrono::milliseconds(500)) {
    last_ = now;
    std::string line =
        "\rcasus: " + FormatProgress(c_, std::chrono::duration<double>(now - start_).count());
    std::fputs((line + "\033[K").c_str(), out_);
    std::fflush(out_);
    shown_ = true;
  }
  return casus::Status::Ok();
}

casus::Status Progress::OnError(const casus::ErrorRecord&) {
  Clear();
  return casus::Status::Ok();
}

casus::Status Progress::Finish() {
  Clear();
  return casus::Status::Ok();
}

void Progress::InputsDone(uint64_t bytes) {
  exact_ = bytes;
  estimate_ = 0;
  c_.bytes_done = std::max(c_.bytes_done, bytes);
}

void Progress::Clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", out_);
  std::fflush(out_);
  shown_ = false;
}

}  // namespace casus_cli
