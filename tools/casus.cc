// casus: the command-line front end. Thin: parsing flags (cli_args.h), wiring ingest ->
// BatchCoder -> sinks (writer, store), and the run summary.
//
// Exit status: 0 when something was read and everything was written; 1 when
// no input could be read; 2 for bad flags, dictionaries or --db; 3 when
// writing the output or the database failed (with --db, the message says how
// many articles were stored and how many were not). When the reader of
// stdout goes away (`casus code ... | head -1`), the run stops, commits what
// was coded to --db, and ends quietly as if killed by SIGPIPE (status 141 in
// the shell), like any other filter. SIGINT or SIGTERM likewise stops the
// run, commits what was coded, says how much was stored, and ends by the
// signal (a second one ends it at once). --threads below 1 is a bad flag;
// above casus::MaxThreads() it is capped there with a warning on stderr (more
// threads than that only slow coding down). `casus validate` exits 0 when
// every record passed, 1 when some failed, 2 when the suite cannot be read.
#include <CLI/CLI.hpp>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "casus/casus.h"
#include "progress.h"

int RunValidate(const std::string& file, const casus::LoadOptions& options);  // validate.cc
#include "casus/trends.h"
#include "serve.h"
#include "trends.h"
#include "cli_args.h"

namespace {

int LoadDicts(const casus::LoadOptions& options, std::shared_ptr<const casus::Dictionaries>* d) {
  casus::Status s = casus::LoadDictionaries(options, d);
  if (!s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  return 0;
}

constexpr int kWriteFailed = 3;

int Fail(const casus::Status& s, int code) {
  std::cerr << "casus: " << s.message() << "\n";
  return code;
}

using casus::cli::CodeFlags;

// Counts what the run produced for the summary line, and reports input that
// could not be read on stderr (in every output format).
class Summary : public casus::RecordSink {
 public:
  casus::Status OnArticle(const casus::Article& a, const casus::CodedArticle& coded) override {
    ++articles;
    sentences += long(coded.sentences.size());
    events += long(coded.events.size());
    return casus::Status::Ok();
  }
  casus::Status OnError(const casus::ErrorRecord& e) override {
    ++errors;
    std::cerr << e.input << ":" << e.line << ": " << e.message << "\n";
    return casus::Status::Ok();
  }
  long articles = 0, events = 0, errors = 0, sentences = 0;
};

// The stdout writer, noticing when the reader has gone away (EPIPE: SIGPIPE
// is ignored so that the database can still be committed).
class Stdout : public casus::RecordSink {
 public:
  explicit Stdout(const casus::WriterOptions& wo) : w_(stdout, wo) {}
  casus::Status OnArticle(const casus::Article& a, const casus::CodedArticle& c) override {
    return Check(w_.OnArticle(a, c));
  }
  casus::Status OnSentence(const std::string& id, int i, std::string_view s) override {
    return Check(w_.OnSentence(id, i, s));
  }
  casus::Status OnEvent(const casus::Event& e) override { return Check(w_.OnEvent(e)); }
  casus::Status OnQuantity(const casus::QuantityRecord& q) override {
    return Check(w_.OnQuantity(q));
  }
  casus::Status OnError(const casus::ErrorRecord& e) override { return Check(w_.OnError(e)); }
  casus::Status OnCanonical(const casus::CanonicalEvent& c) { return Check(w_.OnCanonical(c)); }
  casus::Status Finish() override { return Check(w_.Finish()); }
  bool closed = false;  // the reader has gone

 private:
  casus::Status Check(casus::Status s) {
    if (!s.ok() && !closed) {
      bool epipe = errno == EPIPE;
      // A pipe whose reader has closed polls as an error on the write end.
      pollfd p{fileno(stdout), POLLOUT, 0};
      closed = epipe || (poll(&p, 1, 0) == 1 && (p.revents & POLLERR));
    }
    return s;
  }
  casus::RecordWriter w_;
};

// SIGINT / SIGTERM: stop reading, commit what was coded, then end by the
// signal. A second one ends the process at once (the default action).
volatile std::sig_atomic_t g_stop = 0;
extern "C" void OnStop(int sig) {
  g_stop = sig;
  std::signal(sig, SIG_DFL);
}

// After a failed run with --db: what is in the database and what is not, so
// that nothing is lost silently.
void ReportStored(const casus::Store& store, long read, long skipped, const char* why) {
  long not_stored = std::max(0L, read - skipped - store.stored());
  std::cerr << "casus: " << store.path() << ": " << store.stored() << " articles stored, "
            << not_stored << " read but not stored"
            << (skipped ? ", " + std::to_string(skipped) + " already stored (skipped)" : "")
            << "; the run stopped " << why << " (rerun with --resume to store the rest)\n";
}

// The total size of the inputs when every one is a regular file (the share
// done and the ETA of the progress line), else 0: stdin or a pipe has none.
uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in == "-" || !std::filesystem::is_regular_file(in, ec)) return 0;
    total += std::filesystem::file_size(in, ec);
    if (ec) return 0;
  }
  return total;
}

int RunCode(const CodeFlags& f, const casus::Coder& coder) {
  casus::WriterOptions wo;
  casus::BatchOptions bo;
  if (int rc = casus::cli::CheckCodeFlags(f, &wo, &bo.threads, std::cerr)) return rc;
  // A closed stdout is seen as EPIPE (Stdout::closed); a file-size limit
  // (ulimit -f) as EFBIG, a write error like a full disk.
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);
  std::signal(SIGINT, OnStop);
  std::signal(SIGTERM, OnStop);

  // The progress line goes first: it clears itself before Summary prints an error.
  std::unique_ptr<casus_cli::Progress> progress;
  if (casus_cli::ProgressWanted(f.quiet, fileno(stderr)))
    progress = std::make_unique<casus_cli::Progress>(stderr, InputBytes(f.inputs));
  Summary summary;
  Stdout writer(wo);
  // --canonical: one record per happening (casus/trends.h) instead of mentions.
  std::unique_ptr<casus::CanonicalStream> canon;
  if (f.canonical)
    canon = std::make_unique<casus::CanonicalStream>(
        [&writer](const casus::CanonicalEvent& c) { return writer.OnCanonical(c); });
  std::vector<casus::RecordSink*> sinks = {&summary};
  sinks.push_back(canon ? static_cast<casus::RecordSink*>(canon.get()) : &writer);
  if (progress) sinks.insert(sinks.begin(), progress.get());
  std::unique_ptr<casus::Store> store;
  if (!f.db.empty()) {
    casus::StoreOptions so;
    so.busy_timeout_seconds = f.db_timeout;
    casus::Status s = casus::Store::Open(f.db, so, &store);
    if (!s.ok()) return Fail(s, 2);
    s = store->Begin();
    if (!s.ok()) return Fail(s, 2);
    sinks.push_back(store.get());
  }
  casus::TeeSink out(sinks);
  std::unique_ptr<casus::BatchCoder> batch;
  casus::Status st = casus::BatchCoder::Create(coder, bo, &out, &batch);
  if (!st.ok()) return Fail(st, 2);

  // Records go to the batch in input order; once a write fails, reading stops.
  casus::IngestOptions opt;
  opt.default_date = f.date;
  opt.glob = f.glob;
  opt.cancelled = [&] { return !st.ok() || g_stop; };
  long read = 0, skipped = 0;
  auto on_article = [&](casus::Article&& a) {
    if (!st.ok() || g_stop) return;
    ++read;
    if (f.resume) {
      bool stored = false;
      st = store->IsStored(a, &stored);
      if (!st.ok() || stored) {
        skipped += stored;
        return;
      }
    }
    st = batch->Add(std::move(a));
  };
  auto on_error = [&](casus::ErrorRecord&& e) {
    if (st.ok() && !g_stop) st = batch->Add(std::move(e));
  };
  for (size_t i = 0; i < f.inputs.size() && st.ok() && !g_stop; ++i) {
    // An input that cannot be opened is an error record like any other
    // (already passed to on_error); the run goes on with the next one.
    casus::Status read = casus::ReadInput(f.inputs[i], opt, on_article, on_error);
    if (progress) progress->InputsDone(InputBytes({f.inputs.begin(), f.inputs.begin() + i + 1}));
    if (!read.ok() && read.code() != casus::StatusCode::kNotFound) return Fail(read, 2);
  }
  casus::Status done = batch->Finish();
  if (progress) progress->Finish().IgnoreError();  // erases the line; cannot fail
  if (st.ok()) st = done;
  // Both are ended whatever happened: what was coded is committed even when
  // stdout failed, and the first failure is the one reported.
  casus::Status flushed = canon && st.ok() ? canon->Finish() : casus::Status::Ok();
  casus::Status written = writer.Finish();
  if (flushed.ok()) flushed = written;
  casus::Status committed = store ? store->Finish() : casus::Status::Ok();
  if (st.ok()) st = flushed;
  if (st.ok()) st = committed;
  if (writer.closed && committed.ok()) {
    // The reader has gone: end as the default SIGPIPE action would, quietly.
    std::fflush(stderr);
    std::signal(SIGPIPE, SIG_DFL);
    std::raise(SIGPIPE);
    return 128 + SIGPIPE;
  }
  if (g_stop && st.ok()) {
    std::cerr << "casus: interrupted by signal " << int(g_stop) << "\n";
    if (store) ReportStored(*store, read, skipped, "at the signal");
    std::fflush(stderr);
    std::raise(int(g_stop));  // OnStop restored the default action
    return 128 + int(g_stop);
  }
  if (!st.ok()) {
    if (!committed.ok() && committed.message() != st.message())
      std::cerr << "casus: " << committed.message() << "\n";
    Fail(st, kWriteFailed);
    if (store) ReportStored(*store, read, skipped, "at the failure");
    return kWriteFailed;
  }
  std::cerr << "casus: " << summary.articles << " articles (" << summary.sentences
            << " sentences) coded, " << summary.events << " events, " << summary.errors << " errors"
            << (skipped ? ", " + std::to_string(skipped) + " already stored (skipped)" : "")
            << (f.db.empty() ? "" : ", stored in " + f.db) << "\n";
  return summary.articles + skipped == 0 ? 1 : 0;
}

int RunEval(const std::string& gold, int show, const casus::Coder& coder) {
  casus::EvalResult r;
  casus::Status s = casus::Evaluate(gold, coder, &r);
  if (!s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  double p = r.precision(), rc = r.recall();
  std::printf("records %d  sentences %d  gold events %d  coded events %d  matched %d\n", r.records,
              r.sentences, r.gold, r.coded, r.matched);
  std::printf("precision %.3f  recall %.3f  F1 %.3f  (source, target, CAMEO root)\n", p, rc,
              p + rc > 0 ? 2 * p * rc / (p + rc) : 0.0);
  std::printf("negation+modality agree on %d of %d matched events\n", r.flags_agree,
              r.flags_checked);
  std::printf("\nmisses (%zu):\n", r.misses.size());
  for (int i = 0; i < int(r.misses.size()) && i < show; ++i)
    std::printf("  %s\n", r.misses[i].c_str());
  std::printf("\nfalse positives (%zu):\n", r.false_positives.size());
  for (int i = 0; i < int(r.false_positives.size()) && i < show; ++i)
    std::printf("  %s\n", r.false_positives[i].c_str());
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::cerr << "casus: writing output failed\n";
    return kWriteFailed;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  casus::cli::CliArgs args;
  std::unique_ptr<CLI::App> app = casus::cli::MakeCli(&args);
  // Commands that read a database, not articles (no dictionaries needed).
  std::shared_ptr<TrendsCli> trends = AddTrendsCommands(app.get());
  ServeCommand serve;
  AddServe(*app, &serve);
  if (int rc = casus::cli::ParseCli(*app, argc, argv, std::cout, std::cerr); rc >= 0) return rc;

  casus::LoadOptions lo = args.load;
  lo.data_dir = args.data;
  lo.lexicon = args.lexicon;
  if (*args.validate_cmd) return RunValidate(args.validate_file, lo);
  if (int rc = RunTrendsCommands(*trends); rc >= 0) return rc;
  if (*serve.app) return RunServe(serve);  // reads a database: no dictionaries needed

  std::shared_ptr<const casus::Dictionaries> dicts;
  if (int rc = LoadDicts(lo, &dicts)) return rc;
  casus::Coder coder(dicts);

  if (*args.parse_cmd) {
    if (!casus::ValidDate(args.parse_date)) {
      std::cerr << "casus: --date '" << args.parse_date << "' is not a date (want YYYY-MM-DD)\n";
      return 2;
    }
    std::cout << casus::DescribeSentence(*dicts, args.parse_text, args.parse_date);
    return 0;
  }
  if (*args.eval_cmd) return RunEval(args.gold, args.show, coder);
  return RunCode(args.code, coder);
}
