// casus: the command-line front end. Thin: parsing flags, wiring ingest ->
// coder -> writers/store, and the run summary.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <iostream>
#include <thread>

#include "casus/coder.h"
#include "casus/eval.h"
#include "casus/ingest.h"
#include "casus/output.h"
#include "casus/store.h"

namespace {

int LoadDicts(const std::string& data, const std::string& lexicon,
              std::shared_ptr<const casus::Dictionaries>* d) {
  casus::Status s = casus::LoadDictionaries({data, lexicon}, d);
  if (!s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"casus: political event data from news text (CAMEO / PLOVER)"};
  app.require_subcommand(1);
  std::string data, lexicon;
  app.add_option("--data", data, "dictionary folder (default: the built-in data/)");
  app.add_option("--lexicon", lexicon, "compiled lexicon (default: the one built with casus)");

  auto* code = app.add_subcommand("code", "code articles into events (JSON Lines on stdout)");
  std::vector<std::string> inputs;
  std::string date, format_name = "jsonl", db;
  bool sentences = false, no_quantities = false;
  code->add_option("FILE", inputs, "plain-text or JSON Lines files; - for stdin")->required();
  code->add_option("--date", date, "article date YYYY-MM-DD for inputs that carry none");
  code->add_option("--format", format_name, "jsonl | csv | tsv")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv"}));
  code->add_option("--db", db, "also store everything in this SQLite database");
  code->add_flag("--sentences", sentences,
                 "also print each re-flowed sentence as a 'sentence' record");
  code->add_flag("--no-quantities", no_quantities, "do not print 'quantity' records");
  int threads = int(std::max(1u, std::thread::hardware_concurrency()));
  code->add_option("--threads", threads,
                   "coding threads (default: all cores); output order is the input order");

  auto* eval = app.add_subcommand("eval", "score coding against gold records");
  std::string gold;
  int show = 20;
  eval->add_option("GOLD", gold, "gold JSON Lines file")->required();
  eval->add_option("--show", show, "how many misses and false positives to list");

  auto* parse =
      app.add_subcommand("parse",
                         "show how casus codes a sentence: tokens, tags, actors, verbs, the "
                         "pattern and the decision (events or why none) per verb");
  std::string parse_text, parse_date = "2024-01-01";
  parse->add_option("TEXT", parse_text, "one sentence")->required();
  parse->add_option("--date", parse_date, "date for office holders");

  CLI11_PARSE(app, argc, argv);

  std::shared_ptr<const casus::Dictionaries> dicts;
  if (int rc = LoadDicts(data, lexicon, &dicts)) return rc;
  casus::Coder coder(dicts);

  if (*parse) {
    if (!casus::ValidDate(parse_date)) {
      std::cerr << "casus: --date '" << parse_date << "' is not a date (want YYYY-MM-DD)\n";
      return 2;
    }
    std::cout << casus::DescribeSentence(*dicts, parse_text, parse_date);
    return 0;
  }
  if (*eval) {
    casus::EvalResult r;
    casus::Status s = casus::Evaluate(gold, coder, &r);
    if (!s.ok()) {
      std::cerr << s.message() << "\n";
      return 2;
    }
    double p = r.precision(), rc = r.recall();
    std::printf("records %d  sentences %d  gold events %d  coded events %d  matched %d\n",
                r.records, r.sentences, r.gold, r.coded, r.matched);
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
    return 0;
  }

  casus::Format format;
  casus::ParseFormat(format_name, &format);
  if (!date.empty() && !casus::ValidDate(date)) {
    std::cerr << "casus: --date '" << date << "' is not a date (want YYYY-MM-DD)\n";
    return 2;
  }
  std::unique_ptr<casus::Store> store;
  if (!db.empty()) {
    casus::Status s = casus::Store::Open(db, &store);
    if (!s.ok()) {
      std::cerr << s.message() << "\n";
      return 2;
    }
    store->Begin();
  }
  casus::RecordWriter writer(stdout, format);
  casus::IngestOptions opt;
  opt.default_date = date;
  long articles = 0, events = 0, errors = 0, sentence_count = 0;
  // Records are coded in batches on `threads` threads and written in input
  // order; each thread has its own scratch, the dictionaries are shared.
  struct Item {
    bool error = false;
    casus::Article article;
    casus::ErrorRecord err;
    casus::CodedArticle coded;
  };
  std::vector<Item> batch;
  const size_t kBatch = 256;
  if (threads < 1) threads = 1;
  std::vector<casus::ScratchPtr> scratches;
  for (int t = 0; t < threads; ++t) scratches.push_back(casus::MakeScratch());
  auto write_item = [&](Item& it) {
    if (it.error) {
      ++errors;
      std::cerr << it.err.input << ":" << it.err.line << ": " << it.err.message << "\n";
      writer.Write(it.err);
      if (store) store->PutError(it.err);
      return;
    }
    const casus::CodedArticle& coded = it.coded;
    ++articles;
    sentence_count += long(coded.sentences.size());
    if (sentences && format == casus::Format::kJsonl)
      for (size_t i = 0; i < coded.sentences.size(); ++i) {
        const casus::Span sp = coded.sentences[i];
        std::string rec = casus::SentenceJson(it.article.id, int(i),
                                              coded.text.substr(sp.begin, sp.end - sp.begin));
        rec += '\n';
        fputs(rec.c_str(), stdout);
      }
    for (const auto& e : coded.events) writer.Write(e);
    if (!no_quantities)
      for (const auto& q : coded.quantities) writer.Write(q);
    events += long(coded.events.size());
    if (store) {
      casus::Status s = store->Put(it.article, coded);
      if (!s.ok()) std::cerr << "casus: database: " << s.message() << "\n";
    }
  };
  auto flush = [&] {
    std::atomic<size_t> next{0};
    auto work = [&](int t) {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();)
        if (!batch[i].error) coder.Code(batch[i].article, scratches[t].get(), &batch[i].coded);
    };
    if (threads > 1 && batch.size() > 1) {
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) pool.emplace_back(work, t);
      for (auto& th : pool) th.join();
    } else {
      work(0);
    }
    for (auto& it : batch) write_item(it);
    batch.clear();
  };
  auto on_article = [&](casus::Article&& a) {
    batch.emplace_back();
    batch.back().article = std::move(a);
    if (batch.size() >= kBatch) flush();
  };
  auto on_error = [&](casus::ErrorRecord&& e) {
    batch.emplace_back();
    batch.back().error = true;
    batch.back().err = std::move(e);
    if (batch.size() >= kBatch) flush();
  };
  for (const auto& in : inputs) casus::ReadInput(in, opt, on_article, on_error);
  flush();
  writer.Flush();
  if (store) store->Commit();
  std::cerr << "casus: " << articles << " articles (" << sentence_count << " sentences) coded, "
            << events << " events, " << errors << " errors"
            << (db.empty() ? "" : ", stored in " + db) << "\n";
  return articles == 0 ? 1 : 0;
}
