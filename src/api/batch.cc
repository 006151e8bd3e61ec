// BatchCoder (casus/batch.h): an ordered parallel map. The caller appends
// records to a window (a deque: appending never moves the slots workers are
// coding); workers take the next uncoded slot; the caller delivers slots from
// the front as they finish, so the sink sees input order at any thread count.
#include "casus/batch.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace casus {
namespace {

struct Slot {
  bool is_error = false;
  bool done = false;                 // coded (or an error record, which needs no coding)
  Article owned;                     // the article, when added by value
  const Article* article = nullptr;  // &owned, or one the caller keeps alive (CodeBatch)
  ErrorRecord error;
  CodedArticle coded;  // recycled from delivered slots: its buffers are reused
};

}  // namespace

struct BatchCoder::State {
  State(const Coder& c, const BatchOptions& o, RecordSink* s) : coder(c), opt(o), sink(s) {}
  const Coder& coder;
  const BatchOptions opt;
  RecordSink* const sink;
  Status failed;  // the first sink failure; sticky
  bool finished = false;

  // threads == 1: coded inline, in the caller's thread.
  ScratchPtr scratch;
  CodedArticle coded;

  // threads > 1. `mu` guards the window, the sequence numbers and `stop`; a
  // worker codes its slot without the lock (no one else touches it until
  // `done` is set under the lock).
  std::mutex mu;
  std::condition_variable work_cv;  // workers: a slot to code, or stop
  std::condition_variable done_cv;  // caller: the front slot is done
  std::deque<Slot> window;
  std::vector<CodedArticle> spare;  // delivered results, their buffers kept for reuse
  size_t front_seq = 0;             // sequence number of window.front()
  size_t next_seq = 0;              // the next slot to code
  bool stop = false;
  std::vector<std::thread> workers;

  void Work();
  Status Push(Slot&& slot);
  Status PushArticle(Article&& owned, const Article* borrowed);
  Status DeliverReady(size_t keep);
  Status Deliver(const Slot& slot) {
    return slot.is_error ? sink->OnError(slot.error) : EmitCoded(*slot.article, slot.coded, sink);
  }
  void StopWorkers();
};

void BatchCoder::State::Work() {
  ScratchPtr mine = MakeScratch();
  std::unique_lock<std::mutex> lk(mu);
  for (;;) {
    work_cv.wait(lk, [&] { return stop || next_seq < front_seq + window.size(); });
    if (stop) return;
    Slot& slot = window[next_seq - front_seq];
    ++next_seq;
    if (!slot.is_error) {
      lk.unlock();
      coder.Code(*slot.article, mine.get(), &slot.coded);
      lk.lock();
    }
    slot.done = true;
    if (&slot == &window.front()) done_cv.notify_one();
  }
}

Status BatchCoder::State::Push(Slot&& slot) {
  if (!failed.ok()) return failed;
  if (finished) return Status::Error(StatusCode::kInternal, "BatchCoder: Add after Finish");
  if (opt.threads == 1) {
    if (slot.is_error) return failed = sink->OnError(slot.error);
    coder.Code(*slot.article, scratch.get(), &coded);
    return failed = EmitCoded(*slot.article, coded, sink);
  }
  {
    std::lock_guard<std::mutex> lk(mu);
    if (!spare.empty()) {
      slot.coded = std::move(spare.back());
      spare.pop_back();
    }
    window.push_back(std::move(slot));
    // The slot's address is stable now (a deque appends without moving).
    Slot& in = window.back();
    if (!in.is_error && !in.article) in.article = &in.owned;
  }
  work_cv.notify_one();
  return DeliverReady(opt.window - 1);
}

// Delivers finished slots from the front; waits for the front while more
// than `keep` slots are in flight.
Status BatchCoder::State::DeliverReady(size_t keep) {
  std::unique_lock<std::mutex> lk(mu);
  while (!window.empty() && failed.ok()) {
    if (!window.front().done) {
      if (window.size() <= keep) break;
      done_cv.wait(lk, [&] { return window.front().done; });
    }
    // Delivered in place: a done slot is no worker's any more, and only this
    // thread appends or removes slots.
    Slot& slot = window.front();
    lk.unlock();
    Status s = Deliver(slot);
    lk.lock();
    if (!s.ok()) failed = s;
    if (!slot.is_error) spare.push_back(std::move(slot.coded));
    window.pop_front();
    ++front_seq;
  }
  return failed;
}

void BatchCoder::State::StopWorkers() {
  {
    std::lock_guard<std::mutex> lk(mu);
    stop = true;
  }
  work_cv.notify_all();
  for (std::thread& t : workers) t.join();
  workers.clear();
}

int MaxThreads() {
  int hc = int(std::thread::hardware_concurrency());
  return std::max(4, 4 * hc);
}

Status BatchCoder::Create(const Coder& coder, const BatchOptions& options, RecordSink* sink,
                          std::unique_ptr<BatchCoder>* out) {
  if (options.threads < 1 || options.threads > MaxThreads())
    return Status::Error(StatusCode::kInvalidArgument, "threads must be 1.." +
                                                           std::to_string(MaxThreads()) + ", not " +
                                                           std::to_string(options.threads));
  if (options.window < 1)
    return Status::Error(StatusCode::kInvalidArgument, "the batch window must hold a record");
  if (!sink) return Status::Error(StatusCode::kInvalidArgument, "no sink to deliver to");
  auto state = std::make_unique<State>(coder, options, sink);
  if (options.threads == 1) {
    state->scratch = MakeScratch();
  } else {
    for (int t = 0; t < options.threads; ++t)
      state->workers.emplace_back([s = state.get()] { s->Work(); });
  }
  out->reset(new BatchCoder(std::move(state)));
  return Status::Ok();
}

BatchCoder::BatchCoder(std::unique_ptr<State> state) : state_(std::move(state)) {}

BatchCoder::~BatchCoder() {
  state_->StopWorkers();
}

Status BatchCoder::State::PushArticle(Article&& owned, const Article* borrowed) {
  Slot slot;
  if (borrowed) {
    slot.article = borrowed;
  } else if (opt.threads == 1) {
    slot.article = &owned;  // coded before Push returns: no copy needed
  } else {
    slot.owned = std::move(owned);  // Push points `article` at it once in place
  }
  return Push(std::move(slot));
}

Status BatchCoder::Add(Article article) {
  return state_->PushArticle(std::move(article), nullptr);
}

Status BatchCoder::Add(ErrorRecord error) {
  Slot slot;
  slot.is_error = true;
  slot.error = std::move(error);
  return state_->Push(std::move(slot));
}

Status BatchCoder::Finish() {
  if (state_->finished) return state_->failed;
  Status s = state_->opt.threads == 1 ? state_->failed : state_->DeliverReady(0);
  state_->StopWorkers();
  state_->finished = true;
  return s;
}

Status CodeBatch(const Coder& coder, const BatchOptions& options,
                 const std::vector<Article>& articles, RecordSink* sink) {
  std::unique_ptr<BatchCoder> batch;
  Status s = BatchCoder::Create(coder, options, sink, &batch);
  if (!s.ok()) return s;
  // The vector outlives the batch: its articles are coded in place, not copied.
  for (size_t i = 0; s.ok() && i < articles.size(); ++i)
    s = batch->state_->PushArticle(Article(), &articles[i]);
  Status f = batch->Finish();
  return s.ok() ? f : s;
}

}  // namespace casus
