// casus: the command-line front end. Thin: parsing flags, wiring ingest ->
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
#include <thread>

#include "casus/casus.h"
#include "progress.h"

int RunValidate(const std::string& file, const casus::LoadOptions& options);  // validate.cc
#include "casus/trends.h"
#include "serve.h"
#include "trends.h"

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

struct CodeFlags {
  std::vector<std::string> inputs;
  std::string date, format = "jsonl", db;
  std::string glob;  // files read in folder inputs
  bool sentences = false, no_quantities = false, resume = false, quiet = false;
  bool canonical = false;
  double db_timeout = 30;
  int threads = int(std::max(1u, std::thread::hardware_concurrency()));
};

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
  if (!casus::ParseFormat(f.format, &wo.format))
    return Fail(casus::Status::Error(casus::StatusCode::kInvalidArgument,
                                     "--format '" + f.format + "': want jsonl, csv, tsv or gdelt"),
                2);
  if (f.canonical && (wo.format == casus::Format::kCsv || wo.format == casus::Format::kTsv)) {
    std::cerr << "casus: --canonical prints jsonl or gdelt\n";
    return 2;
  }
  wo.sentences = f.sentences;
  wo.quantities = !f.no_quantities;
  if (!f.date.empty() && !casus::ValidDate(f.date)) {
    std::cerr << "casus: --date '" << f.date << "' is not a date (want YYYY-MM-DD)\n";
    return 2;
  }
  if (f.threads < 1) {
    std::cerr << "casus: --threads " << f.threads << ": want at least 1\n";
    return 2;
  }
  casus::BatchOptions bo;
  bo.threads = std::min(f.threads, casus::MaxThreads());
  if (bo.threads < f.threads)
    std::cerr << "casus: --threads " << f.threads << " capped at " << bo.threads << "\n";

  if (f.resume && f.db.empty()) {
    std::cerr << "casus: --resume needs --db\n";
    return 2;
  }
  if (!(f.db_timeout >= 0)) {
    std::cerr << "casus: --db-timeout " << f.db_timeout << ": want seconds >= 0\n";
    return 2;
  }
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
  CLI::App app{"casus: political event data from news text (CAMEO / PLOVER)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", casus::Version());
  std::string data, lexicon;
  app.add_option("--data", data,
                 "dictionary folder (default: CASUS_DATA, else share/casus/data next to casus)");
  app.add_option("--lexicon", lexicon, "compiled lexicon (default: the data folder's lexicon.tsv)");

  auto* code = app.add_subcommand("code", "code articles into events (JSON Lines on stdout)");
  CodeFlags cf;
  code->add_option("FILE", cf.inputs,
                   "text, JSON Lines, PDF, HTML, RSS or Atom files (also .gz, .zst) or folders; "
                   "- for stdin")
      ->required();
  code->add_option("--glob", cf.glob, "in folders, read only files matching this (e.g. '*.pdf')");
  code->add_option("--date", cf.date, "article date YYYY-MM-DD for inputs that carry none");
  code->add_option("--format", cf.format, "jsonl | csv | tsv | gdelt (GDELT 2.0 Event rows)")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv", "gdelt"}));
  code->add_flag("--canonical", cf.canonical,
                 "print one canonical event per happening (with mention counts) instead of "
                 "each mention");
  code->add_option("--db", cf.db,
                   "also store everything in this SQLite database (committed every 256 "
                   "articles or second)");
  code->add_flag("--resume", cf.resume,
                 "with --db: skip articles already stored with the same content");
  code->add_option("--db-timeout", cf.db_timeout,
                   "seconds to wait for another writer's lock on --db (default 30)");
  code->add_flag("--sentences", cf.sentences,
                 "also print each re-flowed sentence as a 'sentence' record");
  code->add_flag("--no-quantities", cf.no_quantities, "do not print 'quantity' records");
  code->add_flag("--quiet", cf.quiet,
                 "no progress line on stderr (shown only when stderr is a terminal)");
  code->add_option("--threads", cf.threads,
                   "coding threads (default: all cores); output order is the input order");
  casus::LoadOptions lo;  // --dict-set / --add-dict (README "Imported dictionaries")
  auto dict_flags = [&lo](CLI::App* sub) {
    sub->add_option("--dict-set", lo.dict_set,
                    "code with these dictionaries instead of casus's: a PETRARCH config (.ini), "
                    "a TABARI .project or a casus manifest");
    sub->add_option("--add-dict", lo.add_dicts,
                    "layer a dictionary file over the loaded ones (FORMAT=PATH if the name does "
                    "not tell the format)");
  };
  dict_flags(code);
  auto* validate =
      app.add_subcommand("validate", "run a PETRARCH validation XML or TABARI validation .project");
  std::string validate_file;
  validate->add_option("FILE", validate_file, "the suite")->required();

  auto* eval = app.add_subcommand("eval", "score coding against gold records");
  std::string gold;
  int show = 20;
  eval->add_option("GOLD", gold, "gold JSON Lines file")->required();
  eval->add_option("--show", show, "how many misses and false positives to list");
  dict_flags(eval);

  auto* parse =
      app.add_subcommand("parse",
                         "show how casus codes a sentence: tokens, tags, actors, verbs, the "
                         "pattern and the decision (events or why none) per verb");
  std::string parse_text, parse_date = "2024-01-01";
  parse->add_option("TEXT", parse_text, "one sentence")->required();
  parse->add_option("--date", parse_date, "date for office holders");
  dict_flags(parse);

  std::shared_ptr<TrendsCli> trends = AddTrendsCommands(&app);
  ServeCommand serve;
  AddServe(app, &serve);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // --help, --version: 0; a bad flag: 2
  }

  lo.data_dir = data;
  lo.lexicon = lexicon;
  if (*validate) return RunValidate(validate_file, lo);
  if (int rc = RunTrendsCommands(*trends); rc >= 0) return rc;
  if (*serve.app) return RunServe(serve);  // reads a database: no dictionaries needed

  std::shared_ptr<const casus::Dictionaries> dicts;
  if (int rc = LoadDicts(lo, &dicts)) return rc;
  casus::Coder coder(dicts);

  if (*parse) {
    if (!casus::ValidDate(parse_date)) {
      std::cerr << "casus: --date '" << parse_date << "' is not a date (want YYYY-MM-DD)\n";
      return 2;
    }
    std::cout << casus::DescribeSentence(*dicts, parse_text, parse_date);
    return 0;
  }
  if (*eval) return RunEval(gold, show, coder);
  return RunCode(cf, coder);
}
