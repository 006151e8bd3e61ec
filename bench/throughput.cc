// casus-throughput: end-to-end coding throughput on a JSON Lines corpus.
//
//   casus-throughput [--threads N] [--repeat R] [--min-seconds S] [--json] [FILE.jsonl...]
//   casus-throughput --long-paragraph MB [--json]
//
// Loads the dictionaries once (timed on its own), reads every article into
// memory (not timed), then codes the whole corpus on N threads, pass after
// pass, until at least R passes have run and at least S seconds have elapsed.
// Coding goes through the library's BatchCoder (casus/batch.h), as the CLI
// does: N worker threads, each with its own Scratch, results delivered in
// input order to a sink that fingerprints them; the Dictionaries are one
// shared_ptr<const>, read-only.
//
// Determinism check: an untimed single-threaded reference pass runs first
// (it doubles as warm-up). Every timed pass must produce, for every article,
// the same number of events and the same event fingerprint as the reference;
// otherwise the tool exits with status 2 and names the first article that
// differs.
//
// --long-paragraph MB codes one article of MB megabytes (10^6 bytes), a
// single paragraph made of one wire sentence repeated, once, on one thread,
// and reports its seconds: the cost of a paragraph must grow linearly with
// its length (it grew with the square when every sentence searched the rest
// of the text for a paragraph break).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>

#include "casus/batch.h"
#include "casus/coder.h"
#include "casus/dictionary.h"
#include "casus/ingest.h"
#include "casus/sink.h"
#include "util/hash.h"

#ifndef CASUS_BENCH_CORPUS
#define CASUS_BENCH_CORPUS "bench/corpus/wire.jsonl"
#endif

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// Peak resident set size in kB (VmHWM), -1 when unavailable.
long PeakRssKb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  return -1;
}

// User + system CPU seconds of the whole process so far.
double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         1e-6 * double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
}

// FNV-1a (src/util/hash.h), folded over the parts of an event that coding decides.
struct Fnv {
  uint64_t h = casus::kFnvOffset;
  void Add(const void* p, size_t n) {
    h = casus::FnvBytes(h, std::string_view(static_cast<const char*>(p), n));
  }
  void Add(const std::string& s) {
    Add(s.data(), s.size());
    Add("\0", 1);
  }
  void Add(int64_t v) { Add(&v, sizeof v); }
};

uint64_t Fingerprint(const casus::CodedArticle& c) {
  Fnv f;
  f.Add(int64_t(c.sentences.size()));
  f.Add(int64_t(c.events.size()));
  for (const casus::Event& e : c.events) {
    f.Add(int64_t(e.sentence_index));
    f.Add(e.cameo);
    f.Add(e.source ? e.source->code : std::string("-"));
    f.Add(e.target ? e.target->code : std::string("-"));
    f.Add(int64_t(e.negated));
    f.Add(e.modality);
    f.Add(e.evidence.pattern);
  }
  f.Add(int64_t(c.quantities.size()));
  return f.h;
}

struct PassResult {
  std::vector<uint32_t> events;     // per article
  std::vector<uint32_t> sentences;  // per article
  std::vector<uint64_t> prints;     // per article
  double seconds = 0;
  uint64_t total_events() const {
    uint64_t n = 0;
    for (uint32_t e : events) n += e;
    return n;
  }
  uint64_t total_sentences() const {
    uint64_t n = 0;
    for (uint32_t s : sentences) n += s;
    return n;
  }
};

// Receives the coded articles in input order: article i is the i-th call.
class PrintSink : public casus::RecordSink {
 public:
  explicit PrintSink(PassResult* r) : r_(r) {}
  casus::Status OnArticle(const casus::Article&, const casus::CodedArticle& c) override {
    r_->events[i_] = uint32_t(c.events.size());
    r_->sentences[i_] = uint32_t(c.sentences.size());
    r_->prints[i_] = Fingerprint(c);
    ++i_;
    return casus::Status::Ok();
  }

 private:
  PassResult* r_;
  size_t i_ = 0;
};

bool RunPass(const casus::Coder& coder, const std::vector<casus::Article>& arts, int threads,
             PassResult* r) {
  r->events.assign(arts.size(), 0);
  r->sentences.assign(arts.size(), 0);
  r->prints.assign(arts.size(), 0);
  PrintSink sink(r);
  casus::BatchOptions opt;
  opt.threads = threads;
  auto t0 = Clock::now();
  casus::Status s = casus::CodeBatch(coder, opt, arts, &sink);
  r->seconds = Seconds(t0, Clock::now());
  if (!s.ok()) std::fprintf(stderr, "casus-throughput: %s\n", s.message().c_str());
  return s.ok();
}

[[noreturn]] void Usage(const char* argv0, int code) {
  std::fprintf(code ? stderr : stdout,
               "usage: %s [--threads N] [--repeat R] [--min-seconds S] [--json] [FILE.jsonl...]\n"
               "       %s --long-paragraph MB [--json]\n"
               "  --threads N      coding threads (default: hardware concurrency)\n"
               "  --repeat R       at least R timed passes over the corpus (default 1)\n"
               "  --min-seconds S  keep making passes until S seconds have elapsed (default 3)\n"
               "  --json           print one JSON line instead of the table\n"
               "  --long-paragraph MB  code one single-paragraph article of MB megabytes\n"
               "  FILE             JSON Lines corpus (default %s)\n",
               argv0, argv0, CASUS_BENCH_CORPUS);
  std::exit(code);
}

struct Options {
  int threads = 1, repeat = 1;
  double min_seconds = 3;
  bool json = false;
  double long_paragraph_mb = 0;  // > 0: the --long-paragraph mode
  std::vector<std::string> files;
};

void ParseArgs(int argc, char** argv, Options* o) {
  unsigned hc = std::thread::hardware_concurrency();
  o->threads = hc ? int(hc) : 1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s: %s needs a value\n", argv[0], a.c_str());
        Usage(argv[0], 1);
      }
      return argv[++i];
    };
    char* end = nullptr;
    if (a == "--threads") {
      const char* v = value();
      o->threads = int(std::strtol(v, &end, 10));
      if (*end || o->threads < 1 || o->threads > casus::MaxThreads()) {
        std::fprintf(stderr, "%s: bad --threads '%s'\n", argv[0], v);
        std::exit(1);
      }
    } else if (a == "--repeat") {
      const char* v = value();
      o->repeat = int(std::strtol(v, &end, 10));
      if (*end || o->repeat < 1) {
        std::fprintf(stderr, "%s: bad --repeat '%s'\n", argv[0], v);
        std::exit(1);
      }
    } else if (a == "--min-seconds") {
      const char* v = value();
      o->min_seconds = std::strtod(v, &end);
      if (*end || !(o->min_seconds >= 0)) {
        std::fprintf(stderr, "%s: bad --min-seconds '%s'\n", argv[0], v);
        std::exit(1);
      }
    } else if (a == "--long-paragraph") {
      const char* v = value();
      o->long_paragraph_mb = std::strtod(v, &end);
      if (*end || !(o->long_paragraph_mb > 0 && o->long_paragraph_mb <= 1000)) {
        std::fprintf(stderr, "%s: bad --long-paragraph '%s' (megabytes, 0..1000)\n", argv[0], v);
        std::exit(1);
      }
    } else if (a == "--json") {
      o->json = true;
    } else if (a == "-h" || a == "--help") {
      Usage(argv[0], 0);
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "%s: unknown option '%s'\n", argv[0], a.c_str());
      Usage(argv[0], 1);
    } else {
      o->files.push_back(a);
    }
  }
  if (o->files.empty()) o->files.push_back(CASUS_BENCH_CORPUS);
}

struct Timed {
  int passes = 0;
  double wall = 0, cpu = 0;
};

// Timed passes on N threads until both --repeat and --min-seconds are met;
// every pass must code exactly what the single-threaded reference coded.
bool TimedPasses(const char* argv0, const casus::Coder& coder,
                 const std::vector<casus::Article>& arts, const Options& o, const PassResult& ref,
                 Timed* t) {
  const int threads = o.threads;
  const uint64_t ref_events = ref.total_events();
  int& passes = t->passes;
  double& wall = t->wall;
  PassResult r;
  const double cpu0 = CpuSeconds();
  while (passes < o.repeat || wall < o.min_seconds) {
    if (!RunPass(coder, arts, threads, &r)) return false;
    wall += r.seconds;
    ++passes;
    if (r.total_events() != ref_events || r.events != ref.events || r.prints != ref.prints ||
        r.sentences != ref.sentences) {
      size_t i = 0;
      while (i < arts.size() && r.events[i] == ref.events[i] && r.prints[i] == ref.prints[i] &&
             r.sentences[i] == ref.sentences[i])
        ++i;
      std::fprintf(
          stderr,
          "%s: NOT DETERMINISTIC: pass %d on %d thread(s) coded %llu events, the single-threaded "
          "reference pass %llu",
          argv0, passes, threads, (unsigned long long)r.total_events(),
          (unsigned long long)ref_events);
      if (i < arts.size())
        std::fprintf(stderr, "; first difference in article '%s' (%s:%ld): %u events vs %u",
                     arts[i].id.c_str(), arts[i].input.c_str(), arts[i].line, r.events[i],
                     ref.events[i]);
      std::fprintf(stderr, "\n");
      return false;
    }
  }

  t->cpu = CpuSeconds() - cpu0;
  return true;
}

struct Report {
  size_t articles = 0;
  uint64_t sentences = 0, events = 0, bytes = 0;
  double load_seconds = 0;
  long rss_after_load_kb = 0;
};

void PrintReport(const Options& o, const Report& rp, const Timed& t) {
  const int threads = o.threads, passes = t.passes;
  const double wall = t.wall;
  const auto& files = o.files;
  const uint64_t sentences = rp.sentences, ref_events = rp.events, bytes = rp.bytes;
  const double load_seconds = rp.load_seconds;
  const long rss_after_load_kb = rp.rss_after_load_kb;
  // CPU time actually given to the process: well under wall x threads means
  // the machine was busy with something else (or the threads starved).
  const double cpu = t.cpu;
  const double total_sentences = double(sentences) * passes;
  const double sps = wall > 0 ? total_sentences / wall : 0;
  const double spcpu = cpu > 0 ? total_sentences / cpu : 0;  // robust to a busy machine
  const double aps = wall > 0 ? double(rp.articles) * passes / wall : 0;
  const double mbps = wall > 0 ? double(bytes) * passes / wall / 1e6 : 0;
  const long rss_kb = PeakRssKb();
#ifdef NDEBUG
  const char* build = "release";
#else
  const char* build = "debug";
#endif

  if (o.json) {
    std::printf(
        "{\"threads\":%d,\"passes\":%d,\"articles\":%zu,\"sentences\":%llu,\"events\":%llu,"
        "\"bytes\":%llu,"
        "\"load_seconds\":%.3f,\"wall_seconds\":%.3f,\"cpu_seconds\":%.3f,\"sentences_per_second\":"
        "%.1f,"
        "\"sentences_per_second_per_thread\":%.1f,\"sentences_per_cpu_second\":%.1f,\"articles_per_"
        "second\":%.1f,\"mb_per_second\":%.3f,"
        "\"peak_rss_kb\":%ld,\"rss_after_load_kb\":%ld,\"deterministic\":true,\"build\":\"%s\"}\n",
        threads, passes, rp.articles, (unsigned long long)sentences, (unsigned long long)ref_events,
        (unsigned long long)bytes, load_seconds, wall, cpu, sps, sps / threads, spcpu, aps, mbps,
        rss_kb, rss_after_load_kb, build);
  } else {
    std::printf("casus-throughput (%s build)\n", build);
    std::printf("  input              %zu file(s)", files.size());
    for (const auto& f : files) std::printf(" %s", f.c_str());
    std::printf("\n");
    std::printf("  dictionary load    %.3f s (peak RSS after load %.1f MB)\n", load_seconds,
                rss_after_load_kb / 1024.0);
    std::printf("  articles           %zu per pass\n", rp.articles);
    std::printf("  sentences          %llu per pass\n", (unsigned long long)sentences);
    std::printf(
        "  events             %llu per pass (identical in every pass and to the 1-thread "
        "reference)\n",
        (unsigned long long)ref_events);
    std::printf("  text               %llu bytes per pass\n", (unsigned long long)bytes);
    std::printf("  threads            %d\n", threads);
    std::printf("  passes             %d\n", passes);
    std::printf("  wall               %.3f s\n", wall);
    std::printf("  cpu                %.3f s (%.0f%% of wall x threads)\n", cpu,
                wall > 0 ? 100 * cpu / (wall * threads) : 0);
    std::printf("  sentences/s        %.0f total, %.0f per thread\n", sps, sps / threads);
    std::printf("  sentences/cpu-s    %.0f\n", spcpu);
    std::printf("  articles/s         %.1f\n", aps);
    std::printf("  MB/s               %.3f\n", mbps);
    std::printf("  peak RSS           %.1f MB\n", rss_kb / 1024.0);
  }
}

// --long-paragraph: one article, one paragraph, one thread, one pass.
int LongParagraph(const Options& o, const casus::Coder& coder, double load_seconds) {
  const std::string sentence =
      "Rebels shelled a government checkpoint near Idlib on Monday, killing three soldiers, the "
      "army said. ";
  const size_t n = size_t(o.long_paragraph_mb * 1e6) / sentence.size();
  casus::Article a;
  a.id = "long-paragraph";
  a.date = "2024-03-05";
  a.text.reserve(n * sentence.size());
  for (size_t i = 0; i < n; ++i) a.text += sentence;
  casus::ScratchPtr scratch = casus::MakeScratch();
  casus::CodedArticle out;
  const double cpu0 = CpuSeconds();
  auto t0 = Clock::now();
  coder.Code(a, scratch.get(), &out);
  const double wall = Seconds(t0, Clock::now()), cpu = CpuSeconds() - cpu0;
  if (out.sentences.size() != n) {
    std::fprintf(stderr, "casus-throughput: %zu sentences coded, %zu written\n",
                 out.sentences.size(), n);
    return 2;
  }
  if (o.json)
    std::printf(
        "{\"long_paragraph_bytes\":%zu,\"sentences\":%zu,\"events\":%zu,\"wall_seconds\":%.3f,"
        "\"cpu_seconds\":%.3f,\"load_seconds\":%.3f,\"peak_rss_kb\":%ld}\n",
        a.text.size(), n, out.events.size(), wall, cpu, load_seconds, PeakRssKb());
  else
    std::printf(
        "long paragraph: %zu bytes, %zu sentences, %zu events coded in %.3f s (%.3f s CPU, "
        "%.0f sentences/s), peak RSS %.1f MB\n",
        a.text.size(), n, out.events.size(), wall, cpu, wall > 0 ? double(n) / wall : 0,
        PeakRssKb() / 1024.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  ParseArgs(argc, argv, &o);
  const auto& files = o.files;

#ifndef NDEBUG
  std::fprintf(
      stderr, "note: this is a Debug build (NDEBUG not defined); numbers are not representative\n");
#endif

  // 1. Dictionaries, once, timed on their own.
  auto t0 = Clock::now();
  std::shared_ptr<const casus::Dictionaries> dicts;
  casus::Status st = casus::LoadDictionaries({}, &dicts);
  double load_seconds = Seconds(t0, Clock::now());
  if (!st.ok()) {
    std::fprintf(stderr, "%s: loading dictionaries: %s\n", argv[0], st.message().c_str());
    return 1;
  }
  long rss_after_load_kb = PeakRssKb();
  casus::Coder coder(dicts);
  if (o.long_paragraph_mb > 0) return LongParagraph(o, coder, load_seconds);

  // 2. The corpus, into memory (not timed).
  std::vector<casus::Article> arts;
  size_t input_errors = 0;
  for (const std::string& f : files) {
    casus::Status s = casus::ReadInput(
        f, casus::IngestOptions{}, [&](casus::Article&& a) { arts.push_back(std::move(a)); },
        [&](casus::ErrorRecord&& e) {
          if (++input_errors <= 5)
            std::fprintf(stderr, "%s: %s:%ld: %s\n", argv[0], e.input.c_str(), e.line,
                         e.message.c_str());
        });
    if (!s.ok()) return 1;  // cannot open: already reported through the error sink
  }
  if (input_errors)
    std::fprintf(stderr, "%s: %zu input record(s) skipped\n", argv[0], input_errors);
  if (arts.empty()) {
    std::fprintf(stderr, "%s: no articles to code\n", argv[0]);
    return 1;
  }
  uint64_t bytes = 0;
  for (const auto& a : arts) bytes += a.text.size();

  // 3. Reference pass: one thread, untimed (also the warm-up).
  PassResult ref;
  if (!RunPass(coder, arts, 1, &ref)) return 1;
  const uint64_t ref_events = ref.total_events();
  const uint64_t sentences = ref.total_sentences();

  Timed t;
  if (!TimedPasses(argv[0], coder, arts, o, ref, &t)) return 2;
  PrintReport(o, Report{arts.size(), sentences, ref_events, bytes, load_seconds, rss_after_load_kb},
              t);
  return 0;
}
