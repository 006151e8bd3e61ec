// casus-micro: Google Benchmark micro-benchmarks of the pipeline stages, on
// real text from the benchmark corpus (CASUS_BENCH_CORPUS, or the file named by
// the environment variable of the same name).
//
// Inputs, chosen deterministically at startup:
//   pdf article      the first PDF-style article (many hard line breaks)
//   typical article  the article with the median sentence count (ties: the
//                    one whose length is nearest the median length)
//   typical sentence the sentence of the typical article whose length is
//                    nearest the corpus median sentence length
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "casus/coder.h"
#include "casus/ingest.h"
#include "match/dictionaries.h"
#include "text/text.h"

#ifndef CASUS_BENCH_CORPUS
#define CASUS_BENCH_CORPUS "bench/corpus/wire.jsonl"
#endif

namespace {

struct Fixture {
  std::shared_ptr<const casus::Dictionaries> dicts;
  std::unique_ptr<casus::Coder> coder;
  std::vector<casus::Article> articles;
  std::vector<std::string> normalized;  // Reflow(NormalizeText(text)) per article
  uint64_t corpus_sentences = 0, corpus_bytes = 0;
  size_t pdf = 0, typical = 0;
  size_t typical_sentences = 0;
  std::string sentence;
  std::vector<std::string> all_sentences;
  double load_seconds = 0;
};

Fixture& F() {
  static Fixture f;
  return f;
}

size_t HardBreaks(const std::string& t) {
  size_t n = 0;
  for (size_t i = 0; i + 1 < t.size(); ++i)
    if (t[i] == '\n' && t[i + 1] != '\n' && (i == 0 || t[i - 1] != '\n')) ++n;
  return n;
}

bool Setup() {
  Fixture& f = F();
  auto t0 = std::chrono::steady_clock::now();
  casus::Status st = casus::Dictionaries::Load(casus::Dictionaries::DefaultDataDir(),
                                               casus::Dictionaries::DefaultLexicon(), &f.dicts);
  f.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!st.ok()) {
    std::fprintf(stderr, "casus-micro: loading dictionaries: %s\n", st.message().c_str());
    return false;
  }
  f.coder = std::make_unique<casus::Coder>(f.dicts);

  const char* env = std::getenv("CASUS_BENCH_CORPUS");
  std::string path = env && *env ? env : CASUS_BENCH_CORPUS;
  st = casus::ReadInput(
      path, casus::IngestOptions{}, [&](casus::Article&& a) { f.articles.push_back(std::move(a)); },
      [&](casus::ErrorRecord&& e) {
        std::fprintf(stderr, "casus-micro: %s:%ld: %s\n", e.input.c_str(), e.line,
                     e.message.c_str());
      });
  if (!st.ok() || f.articles.empty()) {
    std::fprintf(stderr, "casus-micro: no articles from %s\n", path.c_str());
    return false;
  }

  const casus::Lexicon& lex = f.dicts->lexicon();
  std::vector<size_t> nsent(f.articles.size());
  std::vector<uint32_t> sent_len;
  size_t best_breaks = 0;
  for (size_t i = 0; i < f.articles.size(); ++i) {
    const std::string& text = f.articles[i].text;
    f.normalized.push_back(casus::Reflow(casus::NormalizeText(text), lex));
    auto spans = casus::SplitSentences(f.normalized.back(), f.dicts->lexicon());
    nsent[i] = spans.size();
    f.corpus_sentences += spans.size();
    f.corpus_bytes += text.size();
    for (auto sp : spans) {
      sent_len.push_back(sp.end - sp.begin);
      f.all_sentences.emplace_back(f.normalized.back().substr(sp.begin, sp.end - sp.begin));
    }
    // PDF-style: the first article with at least 10 hard line breaks (or the
    // one with the most, if none has 10).
    size_t hb = HardBreaks(text);
    if (hb > best_breaks && best_breaks < 10) best_breaks = hb, f.pdf = i;
  }

  // Typical article: median sentence count, then nearest median length.
  std::vector<size_t> by_sent = nsent;
  std::nth_element(by_sent.begin(), by_sent.begin() + by_sent.size() / 2, by_sent.end());
  size_t med_sent = by_sent[by_sent.size() / 2];
  std::vector<size_t> lens;
  for (const auto& a : f.articles) lens.push_back(a.text.size());
  std::nth_element(lens.begin(), lens.begin() + lens.size() / 2, lens.end());
  size_t med_len = lens[lens.size() / 2];
  size_t best = SIZE_MAX;
  for (size_t i = 0; i < f.articles.size(); ++i) {
    if (nsent[i] != med_sent) continue;
    size_t d = f.articles[i].text.size() > med_len ? f.articles[i].text.size() - med_len
                                                   : med_len - f.articles[i].text.size();
    if (d < best) best = d, f.typical = i;
  }
  f.typical_sentences = nsent[f.typical];

  // Typical sentence: from the typical article, nearest the median length.
  std::nth_element(sent_len.begin(), sent_len.begin() + sent_len.size() / 2, sent_len.end());
  uint32_t med_slen = sent_len[sent_len.size() / 2];
  best = SIZE_MAX;
  const std::string& tn = f.normalized[f.typical];
  for (auto sp : casus::SplitSentences(tn, f.dicts->lexicon())) {
    uint32_t l = sp.end - sp.begin;
    size_t d = l > med_slen ? l - med_slen : med_slen - l;
    if (d < best) best = d, f.sentence = tn.substr(sp.begin, l);
  }
  return true;
}

// NormalizeText + Reflow of one PDF-style article.
void BM_NormalizeReflow_PdfArticle(benchmark::State& state) {
  const Fixture& f = F();
  const casus::Article& a = f.articles[f.pdf];
  for (auto _ : state) {
    std::string out = casus::Reflow(casus::NormalizeText(a.text), f.dicts->lexicon());
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(a.text.size()));
  state.SetLabel(a.id);
}
BENCHMARK(BM_NormalizeReflow_PdfArticle);

// NormalizeText alone, the same article (to split the cost above).
void BM_Normalize_PdfArticle(benchmark::State& state) {
  const Fixture& f = F();
  const casus::Article& a = f.articles[f.pdf];
  for (auto _ : state) {
    std::string out = casus::NormalizeText(a.text);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(a.text.size()));
  state.SetLabel(a.id);
}
BENCHMARK(BM_Normalize_PdfArticle);

// SplitSentences over every (already re-flowed) article of the corpus.
void BM_SplitSentences_Corpus(benchmark::State& state) {
  const Fixture& f = F();
  uint64_t bytes = 0;
  for (const auto& t : f.normalized) bytes += t.size();
  for (auto _ : state)
    for (const auto& t : f.normalized) {
      auto spans = casus::SplitSentences(t, f.dicts->lexicon());
      benchmark::DoNotOptimize(spans.data());
    }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(f.corpus_sentences));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bytes));
}
BENCHMARK(BM_SplitSentences_Corpus)->Unit(benchmark::kMillisecond);

// Tokenize + Tag of one typical sentence.
void BM_TokenizeTag_Sentence(benchmark::State& state) {
  const Fixture& f = F();
  const casus::Lexicon& lex = f.dicts->lexicon();
  std::vector<casus::Token> toks;
  for (auto _ : state) {
    casus::Tokenize(f.sentence, lex, &toks);
    casus::Tag(f.sentence, lex, &toks);
    benchmark::DoNotOptimize(toks.data());
  }
  state.SetItemsProcessed(int64_t(state.iterations()));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(f.sentence.size()));
  state.counters["tokens"] = double(toks.size());
}
BENCHMARK(BM_TokenizeTag_Sentence);

// Tokenize + Tag of every sentence of the corpus.
void BM_TokenizeTag_Corpus(benchmark::State& state) {
  const Fixture& f = F();
  const casus::Lexicon& lex = f.dicts->lexicon();
  std::vector<casus::Token> toks;
  for (auto _ : state)
    for (const auto& s : f.all_sentences) {
      casus::Tokenize(s, lex, &toks);
      casus::Tag(s, lex, &toks);
      benchmark::DoNotOptimize(toks.data());
    }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(f.all_sentences.size()));
}
BENCHMARK(BM_TokenizeTag_Corpus)->Unit(benchmark::kMillisecond);

// Coder::Code of one typical article (items = sentences).
void BM_Code_TypicalArticle(benchmark::State& state) {
  const Fixture& f = F();
  const casus::Article& a = f.articles[f.typical];
  casus::ScratchPtr scratch = casus::MakeScratch();
  casus::CodedArticle out;
  for (auto _ : state) {
    f.coder->Code(a, scratch.get(), &out);
    benchmark::DoNotOptimize(out.events.data());
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(out.sentences.size()));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(a.text.size()));
  state.counters["events"] = double(out.events.size());
  state.SetLabel(a.id);
}
BENCHMARK(BM_Code_TypicalArticle);

// Coder::Code of the whole corpus, one thread (items = sentences).
void BM_Code_Corpus(benchmark::State& state) {
  const Fixture& f = F();
  casus::ScratchPtr scratch = casus::MakeScratch();
  casus::CodedArticle out;
  uint64_t events = 0;
  for (auto _ : state) {
    events = 0;
    for (const auto& a : f.articles) {
      f.coder->Code(a, scratch.get(), &out);
      events += out.events.size();
    }
    benchmark::DoNotOptimize(events);
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(f.corpus_sentences));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(f.corpus_bytes));
  state.counters["events"] = double(events);
}
BENCHMARK(BM_Code_Corpus)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (!Setup()) return 1;
  const Fixture& f = F();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f s", f.load_seconds);
  benchmark::AddCustomContext("casus_dictionary_load", buf);
  benchmark::AddCustomContext("casus_corpus", std::to_string(f.articles.size()) + " articles, " +
                                                  std::to_string(f.corpus_sentences) +
                                                  " sentences, " + std::to_string(f.corpus_bytes) +
                                                  " bytes");
  benchmark::AddCustomContext("casus_pdf_article", f.articles[f.pdf].id);
  benchmark::AddCustomContext(
      "casus_typical_article",
      f.articles[f.typical].id + " (" + std::to_string(f.typical_sentences) + " sentences)");
  benchmark::AddCustomContext("casus_typical_sentence", f.sentence);
#ifndef NDEBUG
  benchmark::AddCustomContext("casus_note",
                              "Debug build (NDEBUG not defined): numbers are not representative");
#endif
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
