// RecordSink: where coded records go. The library calls a sink once per
// record, in input order: for a coded article OnArticle, then OnSentence for
// each of its sentences, OnEvent for each event, OnQuantity for each
// quantity (EmitCoded does exactly that); for an input record that could not
// be read, OnError. At the end of a run its owner calls Finish (flush,
// commit). Implementations: RecordWriter (JSON Lines / CSV / TSV,
// casus/output.h), Store (SQLite, casus/store.h), TeeSink (several at once).
//
// Every method returns a Status: a failed write (disk full, a closed pipe, a
// read-only database) is reported, and whoever drives the sink (BatchCoder,
// casus/batch.h) stops at the first failure and returns it.
//
// Ownership and threads: the caller owns the sink and keeps it alive while
// it is in use; records are passed by reference and valid only during the
// call. A sink is called from one thread at a time (BatchCoder calls it
// from the thread that adds records); implementations need no locking.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "casus/coder.h"
#include "casus/ingest.h"
#include "casus/record.h"
#include "casus/status.h"

namespace casus {

class RecordSink {
 public:
  virtual ~RecordSink() = default;

  // An article has been coded: `coded` holds everything the calls that
  // follow pass one by one. A sink that stores articles whole uses this one.
  virtual Status OnArticle(const Article& article, const CodedArticle& coded) {
    return Status::Ok();
  }
  // Sentence `index` of the article, as re-flowed and coded.
  virtual Status OnSentence(const std::string& article_id, int index, std::string_view sentence) {
    return Status::Ok();
  }
  virtual Status OnEvent(const Event& event) { return Status::Ok(); }
  virtual Status OnQuantity(const QuantityRecord& quantity) { return Status::Ok(); }
  // An input record that could not be read (it yields no article).
  virtual Status OnError(const ErrorRecord& error) { return Status::Ok(); }
  // End of the run: flush buffers, commit. Records after Finish are a bug.
  virtual Status Finish() { return Status::Ok(); }
};

// Passes one coded article to `sink` in the order above; stops at the first
// failure.
Status EmitCoded(const Article& article, const CodedArticle& coded, RecordSink* sink);

// Passes every record to each of `sinks`, in the order given; the first
// failure stops the record there and is returned. Does not own the sinks.
class TeeSink : public RecordSink {
 public:
  explicit TeeSink(std::vector<RecordSink*> sinks) : sinks_(std::move(sinks)) {}
  Status OnArticle(const Article& article, const CodedArticle& coded) override;
  Status OnSentence(const std::string& article_id, int index, std::string_view sentence) override;
  Status OnEvent(const Event& event) override;
  Status OnQuantity(const QuantityRecord& quantity) override;
  Status OnError(const ErrorRecord& error) override;
  // Finishes every sink, even after one fails; returns the first failure.
  Status Finish() override;

 private:
  std::vector<RecordSink*> sinks_;
};

}  // namespace casus
