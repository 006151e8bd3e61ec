// Ingest: turns input files into articles, or into error records for input
// that cannot be read. Every input record yields exactly one of the two.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "casus/record.h"
#include "casus/status.h"

namespace casus {

struct Article {
  std::string id, date, title, text, source, url;
  std::string input;  // file name or "-"
  long line = 0;      // 1-based line (JSON Lines), 0 for whole files
};

struct IngestOptions {
  std::string default_date;             // --date; used when a record has none
  size_t max_record_bytes = 16u << 20;  // larger records become errors
};

// Called once per record, in input order.
using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(ErrorRecord&&)>;

// Reads one input ("-" = stdin). JSON Lines when the name ends in .jsonl/.ndjson
// or the first non-blank byte is '{'; otherwise one plain-text article.
// Returns an error only when the input cannot be opened at all (also reported
// through `errors`).
Status ReadInput(const std::string& path, const IngestOptions& opt, const ArticleSink& articles,
                 const ErrorSink& errors);

// Parses one JSON Lines record. On failure fills `why` and returns false.
bool ParseJsonArticle(std::string_view line, const IngestOptions& opt, Article* out,
                      std::string* why);

// Checks YYYY-MM-DD (a real calendar date).
bool ValidDate(std::string_view date);

// Describes why `bytes` is not text ("" when it is): NUL bytes, invalid UTF-8.
std::string TextProblem(std::string_view bytes);

}  // namespace casus
