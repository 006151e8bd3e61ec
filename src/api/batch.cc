// BatchCoder (casus/batch.h): an ordered parallel map. The caller appends
// records to a window (a deque: appending never moves the slots workers are
// coding); workers take the next uncoded slot; the caller delivers slots from
// the front as they finish, so the sink sees input order at any thread count.
#include "casus/batch.h"

#include <algorithm>
#include <chrono>
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

  // The caller's: codes every record at threads == 1, and helps the workers
  // at more.
  ScratchPtr scratch;
  CodedArticle coded;

  // threads > 1. `mu` guards the window, the sequence numbers, `idle`,
  // `caller_waiting` and `stop`. Whoever claims a run of slots codes it
  // without the lock (no one else touches a claimed slot until `done` is set
  // under the lock). Slots are claimed `chunk` at a time and the condition
  // variables are signalled only when someone sleeps on them: one lock and
  // at most one wake-up per chunk, not per record (at ~100,000 one-sentence
  // records a second, a wake-up per record cost more than the second thread
  // gained).
  std::mutex mu;
  std::condition_variable work_cv;  // workers: a chunk to code, or stop
  std::condition_variable done_cv;  // caller: the front slot is done
  std::deque<Slot> window;
  std::vector<CodedArticle> spare;  // delivered results, their buffers kept for reuse
  size_t front_seq = 0;             // sequence number of window.front()
  size_t next_seq = 0;              // the next slot to code
  size_t chunk = 1;                 // slots claimed at once
  int idle = 0;                     // workers asleep on work_cv
  bool caller_waiting = false;      // the caller asleep on done_cv
  bool stop = false;
  std::vector<std::thread> workers;

  size_t Unclaimed() const { return front_seq + window.size() - next_seq; }
  void Work();
  void CodeRun(size_t n, Scratch* scratch, std::unique_lock<std::mutex>& lk);
  Status Push(Slot&& slot);
  Status PushArticle(Article&& owned, const Article* borrowed);
  Status DeliverReady(size_t keep);
  Status Deliver(const Slot& slot) {
    return slot.is_error ? sink->OnError(slot.error) : EmitCoded(*slot.article, slot.coded, sink);
  }
  void StopWorkers();
};

// Claims the next `n` unclaimed slots and codes them; called and returns with
// `lk` held. A deque keeps the addresses of its elements when it grows at the
// back, and only done slots leave at the front, so the pointers stay valid.
void BatchCoder::State::CodeRun(size_t n, Scratch* mine, std::unique_lock<std::mutex>& lk) {
  constexpr size_t kMax = 64;
  Slot* run[kMax];
  n = std::min(n, kMax);
  for (size_t i = 0; i < n; ++i) run[i] = &window[next_seq + i - front_seq];
  next_seq += n;
  lk.unlock();
  for (size_t i = 0; i < n; ++i)
    if (!run[i]->is_error) coder.Code(*run[i]->article, mine, &run[i]->coded);
  lk.lock();
  for (size_t i = 0; i < n; ++i) run[i]->done = true;
  if (caller_waiting && window.front().done) done_cv.notify_one();
}

void BatchCoder::State::Work() {
  // A partial chunk is taken after this wait, so that a slow stream (a line
  // now and then from a pipe) is coded as it comes, not when 32 records have
  // come: a record is delivered at the next Add, as with a chunk of one.
  constexpr auto kPartialWait = std::chrono::milliseconds(2);
  ScratchPtr mine = MakeScratch();
  std::unique_lock<std::mutex> lk(mu);
  for (;;) {
    ++idle;
    while (!stop && Unclaimed() < chunk) {
      if (Unclaimed() == 0)
        work_cv.wait(lk);
      else if (work_cv.wait_for(lk, kPartialWait) == std::cv_status::timeout)
        break;
    }
    --idle;
    if (stop) return;
    if (size_t n = std::min(chunk, Unclaimed())) CodeRun(n, mine.get(), lk);
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
  bool wake;
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
    // The first record after a pause starts a worker's partial wait; a full
    // chunk ends it.
    wake = idle > 0 && (Unclaimed() >= chunk || Unclaimed() == 1);
  }
  if (wake) work_cv.notify_one();
  return DeliverReady(opt.window - 1);
}

// Delivers finished slots from the front; while more than `keep` slots are in
// flight and the front is not done, the caller codes unclaimed slots itself
// (a remainder shorter than a chunk, which no worker takes, or help when the
// workers are behind) and sleeps only when every slot is claimed.
Status BatchCoder::State::DeliverReady(size_t keep) {
  std::unique_lock<std::mutex> lk(mu);
  while (!window.empty() && failed.ok()) {
    if (!window.front().done) {
      if (window.size() <= keep) break;
      if (Unclaimed() > 0) {
        CodeRun(std::min(chunk, Unclaimed()), scratch.get(), lk);
        continue;
      }
      caller_waiting = true;
      done_cv.wait(lk, [&] { return window.front().done; });
      caller_waiting = false;
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
  state->scratch = MakeScratch();  // the caller codes too (all of it at one thread)
  if (options.threads > 1) {
    // The caller is the first coding thread (DeliverReady codes when the
    // window is full): threads - 1 workers. A quarter of the window per
    // thread, so that every worker has a chunk while the caller fills the
    // next; at most 32 records.
    state->chunk = std::clamp<size_t>(options.window / (4 * size_t(options.threads)), 1, 32);
    for (int t = 1; t < options.threads; ++t)
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
