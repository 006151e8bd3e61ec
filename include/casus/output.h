// Output: event, quantity, sentence and error records as JSON Lines, CSV or
// TSV (field names fixed by the event record spec; README.md lists them).
//
// The *Json functions are pure (no state, thread-safe). A RecordWriter is a
// RecordSink writing to a FILE* it does not own (the caller opens and closes
// it); it is not thread-safe: one writer per stream, fed from one thread.
// Every write is checked: a failed write (a full disk, a closed pipe) makes
// the call return StatusCode::kIoError, and so does Finish when the final
// flush fails.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "casus/ingest.h"
#include "casus/record.h"
#include "casus/sink.h"
#include "casus/status.h"

namespace casus {

struct CanonicalEvent;  // casus/trends.h

// kGdelt: GDELT 2.0 Event table rows (61 tab-separated columns, no header;
// docs/gdelt.md), events only.
enum class Format { kJsonl, kCsv, kTsv, kGdelt };
// "jsonl" (or "json"), "csv", "tsv", "gdelt"; false for anything else.
bool ParseFormat(const std::string& name, Format* out);

// JSON text of one record (no trailing newline).
std::string EventJson(const Event& e);
std::string QuantityJson(const QuantityRecord& q);
std::string ErrorJson(const ErrorRecord& e);
std::string ActorJson(const Actor& a);
// A JSON string literal, quotes included, escaped as in every record.
std::string JsonString(std::string_view s);
// {"kind":"sentence","article_id","sentence_index","sentence"} (casus code --sentences)
// `page` > 0 (PDF input) adds "page".
std::string SentenceJson(const std::string& article_id, int index, std::string_view sentence,
                         int page = 0);

struct WriterOptions {
  Format format = Format::kJsonl;
  // 'sentence' records (JSON Lines only).
  bool sentences = false;
  // 'quantity' records (JSON Lines only; CSV/TSV rows carry quantities in
  // the events' `quantities` column).
  bool quantities = true;
  // 'error' records are JSON Lines only: a CSV/TSV table has no row for them
  // (the casus CLI reports them on stderr in every format).
};

class RecordWriter : public RecordSink {
 public:
  RecordWriter(FILE* out, const WriterOptions& options) : out_(out), opt_(options) {}
  RecordWriter(FILE* out, Format format) : out_(out) { opt_.format = format; }

  // Remembered for GDELT rows (their SOURCEURL); no output of its own.
  Status OnArticle(const Article& a, const CodedArticle& coded) override;
  Status OnSentence(const std::string& article_id, int index, std::string_view sentence) override;
  Status OnEvent(const Event& e) override;
  Status OnQuantity(const QuantityRecord& q) override;
  Status OnError(const ErrorRecord& e) override;
  // A canonical event (casus/trends.h): CanonicalJson in JSON Lines, a GDELT
  // row in kGdelt (CSV/TSV: as JSON Lines; the CLI refuses that pairing).
  Status OnCanonical(const CanonicalEvent& c);
  // Flushes the stream; reports a write that failed on the way.
  Status Finish() override;

 private:
  Status Put(std::string_view text);
  Status Header();
  FILE* out_;
  WriterOptions opt_;
  Article article_;         // the article whose events are being written (kGdelt)
  std::string pages_id_;    // the article whose sentences are being written,
  std::vector<int> pages_;  // and their pages (PDF input; else empty)
  bool header_done_ = false;
};

}  // namespace casus
