// Ingest: turns input (files, stdin, bytes in memory) into articles, or into
// error records for input that cannot be read. Every input record yields
// exactly one of the two, in input order.
//
// Sniffing: an input is JSON Lines (one article per line:
// {"id","date","text","title","source","url"}) when its name ends in .jsonl
// or .ndjson or its first non-blank byte is '{'; otherwise the whole input is
// one plain-text article (its first line may be a title). Ids default to the
// name's stem ("story" for story.txt, "wire:12" for line 12 of wire.jsonl).
//
// Ownership and threads: the functions keep no state between calls (each
// call owns its JSON parser and frees it on return) and may run on several
// threads at once, each with its own callbacks. Callbacks run on the calling
// thread, in input order.
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
  // Asked before each JSON Lines record; true stops reading there (say, when
  // the output failed and there is no point going on). Empty: never.
  std::function<bool()> cancelled;
};

// Called once per record, in input order.
using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(ErrorRecord&&)>;

// Reads one input file ("-" = stdin). JSON Lines stream a line at a time;
// a plain-text article is read whole. Returns kNotFound only when the input
// cannot be opened at all (also reported through `errors`).
Status ReadInput(const std::string& path, const IngestOptions& opt, const ArticleSink& articles,
                 const ErrorSink& errors);

// Reads `bytes` exactly as ReadInput reads a file named `name` with those
// contents (same sniffing, ids, line numbers and error records). `name` is
// what records carry as their input; the bytes are not kept. Returns Ok.
Status ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& opt,
                  const ArticleSink& articles, const ErrorSink& errors);

// Parses one JSON Lines record. On failure fills `why` and returns false.
bool ParseJsonArticle(std::string_view line, const IngestOptions& opt, Article* out,
                      std::string* why);

// Checks YYYY-MM-DD: a real calendar date in the years 1800..2200.
bool ValidDate(std::string_view date);

// Describes why `bytes` is not text ("" when it is): NUL bytes ("binary data
// (NUL byte at offset N)"), invalid UTF-8 ("invalid UTF-8 at byte N"), control
// characters in bulk.
std::string TextProblem(std::string_view bytes);

}  // namespace casus
