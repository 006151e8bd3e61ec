// Ingest: turns input (files, folders, stdin, bytes in memory) into
// articles, or into error records for input that cannot be read. Every input
// record yields exactly one of the two, in input order.
//
// Formats, chosen by content (magic bytes, then sniffing), not by name:
// gzip and zstd are unwrapped as a stream (never whole in memory) and what
// they hold is sniffed in turn; PDF (poppler: text in reading order, columns
// one after the other, running headers, page numbers and footnote markers
// dropped, title and date from the metadata, one error "no text layer" for an
// encrypted or image-only file); HTML (the article's main text by text and
// link density over blocks; title, date, canonical URL from <meta>, <time>
// or JSON-LD; the declared charset converted to UTF-8); RSS 2.0 and Atom
// feeds (one article per item, bodies in HTML read as above, a bad item one
// error record); else JSON Lines or plain text as below. A whole document
// is read up to IngestOptions::max_document_bytes.
//
// Sniffing, by content: a UTF-8 byte order mark at the start is dropped
// first (it never changes how an input reads). An input is JSON Lines (one
// article per line: {"id","date","text","title","source","url"}) when its
// name ends in .jsonl or .ndjson, or when its first non-blank line is a JSON
// object or opens one ('{', then a '"' or '}'); otherwise the whole input is
// one plain-text article (its first line may be a title), so a text starting
// "{Reuters} Rebels attacked ..." stays text. Ids default to the name's stem
// ("story" for story.txt, "wire:12" for line 12 of wire.jsonl; "stdin" for
// "-"). Line numbers are the input's own: blank lines count, a BOM does not.
//
// A JSON Lines record is one error record (and the run goes on) when it is
// not a JSON object, has no usable 'text', has a control character (U+0000
// to U+001F other than tab, newline and CR, raw or escaped) in any string,
// repeats a key, or has a bad field.
//
// Size: IngestOptions::max_record_bytes is applied while reading. A plain-
// text input is read to one byte past the limit and no further; a longer
// JSON line is skipped (its bytes counted, not kept) and the next one read.
// Memory stays within about twice the limit whatever the input's size (in
// a gzip/zstd archive too). A whole document (PDF, HTML, feed) is held, up
// to max_document_bytes, with what its parser builds.
//
// Ids of the other formats: the stem for a PDF or HTML page ("report" for
// report.pdf.gz), "feed:LINE" for the item starting at that line of a feed.
// Their error records name the file and the line (feeds) or the page (PDF:
// ErrorRecord::page and the message).
//
// Ownership and threads: the functions keep no state between calls (each
// call owns its JSON parser and frees it on return) and may run on several
// threads at once, each with its own callbacks. Callbacks run on the calling
// thread, in input order.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/record.h"
#include "casus/status.h"

namespace casus {

struct Article {
  std::string id, date, title, text, source, url;
  std::string input;  // file name or "-"
  long line = 0;      // 1-based line (JSON Lines, a feed item's line), 0 for whole files
  // Provenance. `format`: "text", "jsonl", "pdf", "html", "rss" or "atom";
  // `compression`: "", "gzip" or "zstd" (the input was unwrapped first).
  std::string format, compression;
  // PDF: byte offsets in `text` where pages 1, 2, ... begin (pages[0] is 0);
  // empty for other formats. SentencePages maps coded sentences to pages.
  std::vector<uint32_t> pages;
};

struct IngestOptions {
  std::string default_date;             // --date; used when a record has none
  size_t max_record_bytes = 16u << 20;  // larger records become errors
  // Whole documents (PDF, HTML pages, feeds, counted before extraction) may
  // be this large; their extracted text is held to max_record_bytes.
  size_t max_document_bytes = 256u << 20;
  // A folder input reads the files under it whose name matches this
  // (fnmatch: "*.pdf"; a pattern with '/' matches the relative path).
  // Empty: every file.
  std::string glob;
  // Asked before each JSON Lines record; true stops reading there (say, when
  // the output failed and there is no point going on). Empty: never.
  std::function<bool()> cancelled;
};

// Called once per record, in input order.
using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(ErrorRecord&&)>;

// Reads one input file ("-" = stdin) in chunks: JSON Lines a line at a time,
// a plain-text article up to the size limit. Returns kNotFound only when the
// input cannot be opened at all (also reported through `errors`). A folder
// is walked recursively, its files read in sorted order (IngestOptions::glob
// filters them; hidden files and folders are skipped); an unreadable or
// empty folder is one error record.
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

// The page (1-based) each sentence of a PDF article sits on, for sentences
// given as spans of `coded_text`, the article's text after normalisation and
// re-flow (CodedArticle::text, ::sentences). Re-flow and normalisation only
// drop or rewrite spaces, line ends, hyphens and punctuation, so letters and
// digits are counted in both texts to find the page. Empty when the article
// has no pages (not a PDF).
std::vector<int> SentencePages(const Article& article, std::string_view coded_text,
                               const std::vector<Span>& sentences);

// Checks YYYY-MM-DD: a real calendar date in the years 1800..2200.
bool ValidDate(std::string_view date);

// Describes why `bytes` is not text ("" when it is): NUL bytes ("binary data
// (NUL byte at offset N)"), invalid UTF-8 ("invalid UTF-8 at byte N"), control
// characters in bulk.
std::string TextProblem(std::string_view bytes);

}  // namespace casus
