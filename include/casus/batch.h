// BatchCoder: codes a stream of input records on several threads and hands
// the results to a RecordSink in INPUT ORDER, so the output is byte for byte
// the same at any thread count. Articles are coded; error records (input
// that could not be read) pass through in their place.
//
//   std::unique_ptr<casus::BatchCoder> batch;
//   casus::Status s = casus::BatchCoder::Create(coder, {.threads = 4}, &sink, &batch);
//   ... s = batch->Add(std::move(article)); (or an ErrorRecord), stop when !s.ok() ...
//   s = batch->Finish();   // codes and delivers the rest
//   s = sink.Finish();     // the sink's owner ends the sink (flush, commit)
//
// Ownership and threads: the BatchCoder borrows the Coder and the sink (both
// outlive it) and owns its worker threads and their Scratch. Add and Finish
// are called from one thread, and the sink is called from that same thread
// (inside Add and Finish), never concurrently. With threads == 1 every
// record is coded inside Add; with more, `threads - 1` workers code and the
// caller codes too whenever the window is full, so that `threads` threads
// code in all (on two cores, two workers and a busy caller made three
// runnable threads: 1.3x over one thread instead of 1.9x). At most `window`
// records are in flight.
//
// Failures: the first sink failure stops delivery; that Add (or a later one,
// or Finish) returns it and every later call returns it again. Destroying a
// BatchCoder without Finish drops the records not yet delivered.
#pragma once
#include <cstddef>
#include <memory>
#include <vector>

#include "casus/coder.h"
#include "casus/ingest.h"
#include "casus/record.h"
#include "casus/sink.h"
#include "casus/status.h"

namespace casus {

struct BatchOptions {
  // Coding threads, 1..MaxThreads(); anything else is kInvalidArgument.
  int threads = 1;
  // Records in flight (coded but not yet delivered, or waiting); at least 1.
  size_t window = 256;
};

// The most threads a BatchCoder takes: 4 x the hardware threads (at least 4).
int MaxThreads();

class BatchCoder {
 public:
  static Status Create(const Coder& coder, const BatchOptions& options, RecordSink* sink,
                       std::unique_ptr<BatchCoder>* out);
  ~BatchCoder();
  BatchCoder(const BatchCoder&) = delete;
  BatchCoder& operator=(const BatchCoder&) = delete;

  Status Add(Article article);
  Status Add(ErrorRecord error);
  // Codes and delivers everything added; stops the workers. Call once.
  Status Finish();

  struct State;  // internal

 private:
  friend Status CodeBatch(const Coder&, const BatchOptions&, const std::vector<Article>&,
                          RecordSink*);
  explicit BatchCoder(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// Codes `articles` and delivers them to `sink` in order (BatchCoder over a
// vector). Does not call sink->Finish().
Status CodeBatch(const Coder& coder, const BatchOptions& options,
                 const std::vector<Article>& articles, RecordSink* sink);

}  // namespace casus
