// Internal to ingest: the input formats beyond plain text and JSON Lines,
// each in its own file behind this header. ingest.cc is the dispatcher: it
// sniffs an input by content (magic bytes, then the first bytes' shape),
// unwraps gzip/zstd as a stream, and hands whole documents (PDF, HTML, RSS,
// Atom) to the readers below.
//
// Contract of every reader: each record of the document becomes exactly one
// Article (through cx.articles) or one ErrorRecord (through cx.Error); no
// reader throws, and none keeps state between calls (thread-safe as long as
// each call has its own Context). The bytes passed in are borrowed for the
// call.
#pragma once
#include <cstdint>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "casus/ingest.h"

namespace casus::ingest {

// What a reader needs to know about the input it reads.
struct Context {
  const std::string& input;  // the name records carry ("-" for stdin)
  const std::string& base;   // the id stem ("report" for report.pdf.gz)
  const IngestOptions& opt;
  const ArticleSink& articles;
  const ErrorSink& errors;
  std::string compression;  // "", "gzip" or "zstd": provenance for Article

  void Error(std::string id, long line, std::string message, int page = 0) const {
    ErrorRecord e{std::move(id), input, line, std::move(message)};
    e.page = page;
    errors(std::move(e));
  }
  // A new article carrying this input's name, format and compression.
  Article NewArticle(const char* format) const;
};

enum class Kind { kTextOrJson, kPdf, kHtml, kFeed };
// Sniffs the first bytes of an input (after a BOM): "%PDF-" near the start
// is PDF; XML whose root is <rss>, <feed> or <rdf:RDF> is a feed; markup
// opening with an HTML element or doctype is HTML; anything else is left to
// the text / JSON Lines sniffing. `name` breaks no tie on its own: a file
// named .html holding plain text is text.
Kind SniffKind(std::string_view head);

// ---- compressed.cc ----
enum class Compression { kNone, kGzip, kZstd };
Compression SniffCompression(std::string_view head);
const char* CompressionName(Compression c);  // "gzip", "zstd", ""
// A stream buffer decompressing what it reads from `in` a chunk at a time
// (never the whole input in memory). On corrupt or truncated data it ends
// the stream early and sets *error (which must outlive the buffer) to a
// message such as "truncated gzip data".
std::unique_ptr<std::streambuf> MakeDecompressor(Compression c, std::istream* in,
                                                 std::string* error);
// "wire.jsonl.gz" -> "wire.jsonl": the name the inner data is sniffed by.
std::string StripCompressionSuffix(const std::string& name);

// ---- walk.cc ----
// The regular files under `dir`, recursively, sorted by path (byte order) so
// runs are reproducible; hidden files and folders (".git", ".DS_Store") are
// skipped. With a non-empty `glob`, only files whose name (or, when the
// pattern has a '/', whose path relative to `dir`) matches it (fnmatch).
// Returns false and sets *why when the folder cannot be read.
bool ListFolder(const std::string& dir, const std::string& glob, std::vector<std::string>* files,
                std::string* why);

// ---- pdf.cc ----
void ReadPdf(std::string_view bytes, const Context& cx);

// ---- html.cc ----
struct HtmlDoc {
  std::string title, date, url;  // date YYYY-MM-DD or ""
  std::string text;              // paragraphs separated by blank lines
};
// The main text of a web page (text- and link-density scoring over blocks)
// and its metadata. `bytes` may be in any charset the page declares (or
// UTF-8); the result is UTF-8. False, with *why, when no text was found.
bool ExtractHtmlPage(std::string_view bytes, HtmlDoc* out, std::string* why);
// All readable text of an HTML fragment (a feed item's body), UTF-8 in and
// out: scripts, styles and navigation dropped, paragraphs kept.
std::string HtmlFragmentText(std::string_view utf8);
void ReadHtml(std::string_view bytes, const Context& cx);

// ---- feed.cc ----
void ReadFeed(std::string_view bytes, const Context& cx);

// ---- dates (html.cc) ----
// The day of an ISO 8601 timestamp ("2024-03-05", "2024-03-05T10:00:00Z")
// or of an RFC 822 date ("Tue, 05 Mar 2024 10:00:00 GMT"), as YYYY-MM-DD;
// "" when `s` is neither or names no real day.
std::string DayOf(std::string_view s);

}  // namespace casus::ingest
