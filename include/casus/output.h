// Output: event, quantity and error records as JSON Lines, CSV or TSV.
// Writers are not thread-safe; give each stream one writer.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "casus/record.h"

namespace casus {

enum class Format { kJsonl, kCsv, kTsv };
bool ParseFormat(const std::string& name, Format* out);

// JSON text of one record (no trailing newline).
std::string EventJson(const Event& e);
std::string QuantityJson(const QuantityRecord& q);
std::string ErrorJson(const ErrorRecord& e);
std::string ActorJson(const Actor& a);
// {"kind":"sentence","article_id","sentence_index","sentence"} (casus code --sentences)
std::string SentenceJson(const std::string& article_id, int index, std::string_view sentence);

class RecordWriter {
 public:
  RecordWriter(FILE* out, Format format) : out_(out), format_(format) {}
  void Write(const Event& e);
  void Write(const QuantityRecord& q);  // JSON Lines only; tables carry quantities in events
  void Write(const ErrorRecord& e);     // JSON Lines only; CSV/TSV errors go to stderr
  void Flush() { fflush(out_); }

 private:
  void Header();
  FILE* out_;
  Format format_;
  bool header_done_ = false;
};

}  // namespace casus
