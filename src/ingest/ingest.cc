// Ingest, the dispatcher: plain-text files (one article each), JSON Lines
// (one article per line), stdin and folders here; compressed inputs, PDF,
// HTML and feeds in the files behind ingest/formats.h. Every record becomes
// an Article or exactly one ErrorRecord.
#include "casus/ingest.h"

#include <simdjson.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "ingest/formats.h"
#include "util/dates.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace casus {
namespace {

// The id stem: "story" for story.txt, "wire" for wire.jsonl.gz.
std::string BaseName(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(ingest::StripCompressionSuffix(path)).stem().string();
}

bool Blank(std::string_view s) {
  for (char c : s)
    if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n')) return false;
  return true;
}

bool FunctionWordEnd(std::string_view line) {
  size_t e = line.size();
  size_t b = line.rfind(' ');
  std::string w(line.substr(b == std::string_view::npos ? 0 : b + 1, e));
  for (char& c : w) c = char(std::tolower(static_cast<unsigned char>(c)));
  static const char* k[] = {"the", "a",    "an",  "of",   "to",   "in",   "on",   "at",
                            "and", "or",   "by",  "for",  "with", "that", "from", "had",
                            "has", "have", "was", "were", "is",   "are",  "said"};
  for (const char* x : k)
    if (w == x) return true;
  return false;
}

// Splits a plain-text article into title and body: the first line is a
// title when body text follows it and it reads as a headline, not as a
// sentence broken by a hard line wrap.
void SplitTitle(const std::string& all, std::string* title, std::string* body) {
  size_t b = 0;
  while (b < all.size() && (all[b] == '\n' || all[b] == '\r' || all[b] == ' ')) ++b;
  size_t nl = all.find('\n', b);
  if (nl == std::string::npos) {
    *body = all;
    return;
  }
  std::string first = all.substr(b, nl - b);
  while (!first.empty() && (first.back() == '\r' || first.back() == ' ')) first.pop_back();
  std::string rest = all.substr(nl + 1);
  if (Blank(rest) || first.size() > 200 || first.empty()) {
    *body = all;
    return;
  }
  bool blank_after = rest.find_first_not_of(" \t\r") != std::string::npos &&
                     (rest[rest.find_first_not_of(" \t\r")] == '\n');
  char last = first.back();
  bool sentence_end = last == '.' || last == ',' || last == ';' || last == '-' || last == ':';
  size_t words = 1;
  for (char c : first) words += c == ' ';
  size_t r = rest.find_first_not_of(" \t\r\n");
  bool next_upper = r != std::string::npos && std::isupper(static_cast<unsigned char>(rest[r]));
  bool headline = blank_after
                      ? !sentence_end || last != '.'
                      : (!sentence_end && words <= 14 && next_upper && !FunctionWordEnd(first));
  if (headline && last != '.') {
    *title = first;
    *body = rest;
  } else {
    *body = all;
  }
}

}  // namespace

// The calendar check is dates.h's; the range keeps typos ("0224-03-05",
// "20240-...") out of the event record.
bool ValidDate(std::string_view d) {
  int32_t v = ParseYmd(d);
  return v >= 18000101 && v <= 22001231;
}

namespace {

// Whether `s` has a byte below 0x20, eight bytes at a time (a byte below 0x20
// is one that borrows when 0x20 is subtracted, with its top bit clear).
bool HasControl(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if ((w - 0x20 * kOnes) & ~w & kHigh) return true;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) < 0x20) return true;
  return false;
}

}  // namespace

std::string TextProblem(std::string_view s) {
  // The usual line (no NUL, no control character) needs only the UTF-8 check.
  if (!HasControl(s)) {
    size_t bad = FindInvalidUtf8(s);
    return bad == std::string_view::npos ? "" : "invalid UTF-8 at byte " + std::to_string(bad);
  }
  // Whichever comes first: a NUL byte or an invalid UTF-8 sequence.
  size_t nul = s.find('\0');
  size_t bad = FindInvalidUtf8(s);
  if (nul != std::string_view::npos && (bad == std::string_view::npos || nul < bad))
    return "binary data (NUL byte at offset " + std::to_string(nul) + ")";
  if (bad != std::string_view::npos) return "invalid UTF-8 at byte " + std::to_string(bad);
  // Control characters beyond whitespace in bulk mean binary.
  size_t ctl = 0;
  for (unsigned char c : s)
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++ctl;
  if (ctl > 8 && ctl * 20 > s.size()) return "binary data (control characters)";
  return "";
}

namespace {

// The first control character (U+0000..U+001F other than tab, newline and
// CR) in the strings of a JSON text, raw or escaped ("\u0000", "\b", "\f"):
// its code point, and its byte offset in *at; -1 when there is none. An
// escaped NUL passed the binary-data check and reached the sentence, the CSV
// and the database.
int JsonControl(std::string_view json, size_t* at) {
  auto hex = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  auto allowed = [](int c) { return c >= 0x20 || c == '\t' || c == '\n' || c == '\r'; };
  // Without a raw control character only the escapes need a look.
  const bool raw = HasControl(json);
  for (size_t i = 0; i < json.size(); ++i) {
    if (!raw && (i = json.find('\\', i)) == std::string_view::npos) return -1;
    int c = static_cast<unsigned char>(json[i]);
    *at = i;
    if (!allowed(c)) return c;
    if (c != '\\' || i + 1 >= json.size()) continue;
    char e = json[++i];
    if (e == 'b') return '\b';
    if (e == 'f') return '\f';
    if (e != 'u' || i + 4 >= json.size()) continue;
    int v = 0;
    for (size_t k = 1; k <= 4 && v >= 0; ++k)
      v = hex(json[i + k]) < 0 ? -1 : v * 16 + hex(json[i + k]);
    if (v >= 0 && !allowed(v)) return v;
    i += 4;
  }
  return -1;
}

// Finds the first key of `obj` that repeats an earlier one (a record with
// two 'text' keys is ambiguous: which one was meant?); false when none does.
bool DuplicateKey(simdjson::dom::object obj, std::string_view* dup) {
  std::vector<std::pair<std::string_view, size_t>> keys;
  for (auto field : obj) keys.emplace_back(field.key, keys.size());
  if (keys.size() <= 16) {  // the usual record: in order, no sorting
    for (size_t j = 1; j < keys.size(); ++j)
      for (size_t i = 0; i < j; ++i)
        if (keys[i].first == keys[j].first) {
          *dup = keys[j].first;
          return true;
        }
    return false;
  }
  // Many keys: sort, and of the repeats report the one seen first.
  std::sort(keys.begin(), keys.end());
  size_t best = keys.size();
  for (size_t i = 1; i < keys.size(); ++i)
    if (keys[i].first == keys[i - 1].first && keys[i].second < best) {
      best = keys[i].second;
      *dup = keys[i].first;
    }
  return best < keys.size();
}

// A key for a message: at most 40 bytes, not cut inside a UTF-8 sequence.
std::string Shown(std::string_view key) {
  if (key.size() <= 40) return std::string(key);
  size_t n = 40;
  while (n > 0 && (static_cast<unsigned char>(key[n]) & 0xC0) == 0x80) --n;
  return std::string(key.substr(0, n)) + "...";
}

// One JSON Lines record, with the caller's parser (its buffers are reused
// from record to record and freed with it).
bool ParseJsonRecord(simdjson::dom::parser& parser, std::string_view line, const IngestOptions& opt,
                     Article* out, std::string* why) {
  simdjson::padded_string padded(line);
  simdjson::dom::element doc;
  auto err = parser.parse(padded).get(doc);
  if (err) {
    *why = std::string("not JSON: ") + simdjson::error_message(err);
    return false;
  }
  simdjson::dom::object obj;
  if (doc.get_object().get(obj)) {
    *why = "not a JSON object";
    return false;
  }
  size_t at;
  if (int c = JsonControl(line, &at); c >= 0) {
    char hexcp[8];
    std::snprintf(hexcp, sizeof hexcp, "%04X", unsigned(c));
    *why = std::string("control character U+") + hexcp + " in a JSON string at byte " +
           std::to_string(at);
    return false;
  }
  if (std::string_view dup; DuplicateKey(obj, &dup)) {
    *why = "duplicate key '" + Shown(dup) + "'";
    return false;
  }
  auto str = [&](const char* key, std::string* dst, bool* present, bool numbers = false) -> bool {
    simdjson::dom::element v;
    *present = false;
    if (obj[key].get(v)) return true;
    if (v.is_null()) return true;
    *present = true;
    std::string_view sv;
    if (!v.get_string().get(sv)) {
      dst->assign(sv);
      return true;
    }
    if (numbers && v.is_int64()) {
      *dst = std::to_string(int64_t(v.get_int64()));
      return true;
    }
    if (numbers && v.is_uint64()) {
      *dst = std::to_string(uint64_t(v.get_uint64()));
      return true;
    }
    *why = std::string("field '") + key + "' is not a string";
    return false;
  };
  bool has_text, has, has_date;
  if (!str("text", &out->text, &has_text)) return false;
  if (!has_text) {
    *why = "record has no 'text'";
    return false;
  }
  if (Blank(out->text)) {
    *why = "record has empty 'text'";
    return false;
  }
  if (!str("id", &out->id, &has, true) || !str("title", &out->title, &has) ||
      !str("source", &out->source, &has) || !str("url", &out->url, &has) ||
      !str("date", &out->date, &has_date))
    return false;
  if (has_date && !out->date.empty()) {
    // Accept full timestamps ("2024-03-04T10:00:00Z"): the day is what codes.
    std::string d = out->date.substr(0, 10);
    if (!ValidDate(d) || (out->date.size() > 10 && out->date[10] != 'T' && out->date[10] != ' ')) {
      *why = "unparseable date '" + out->date + "' (want YYYY-MM-DD)";
      return false;
    }
    out->date = d;
  } else {
    out->date = opt.default_date;
  }
  return true;
}

}  // namespace

bool ParseJsonArticle(std::string_view line, const IngestOptions& opt, Article* out,
                      std::string* why) {
  simdjson::dom::parser parser;
  return ParseJsonRecord(parser, line, opt, out, why);
}

namespace ingest {

Article Context::NewArticle(const char* format) const {
  Article a;
  a.id = base;
  a.input = input;
  a.date = opt.default_date;
  a.format = format;
  a.compression = compression;
  return a;
}

Kind SniffKind(std::string_view head) {
  // A PDF header may follow a little junk (the specification allows it
  // within the first 1024 bytes).
  if (head.find("%PDF-") != std::string_view::npos) return Kind::kPdf;
  size_t b = head.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos || head[b] != '<') return Kind::kTextOrJson;
  std::string low = AsciiLower(head.substr(b));
  auto has = [&](std::string_view tag) {
    for (size_t at = low.find(tag); at != std::string::npos; at = low.find(tag, at + 1)) {
      char next = at + tag.size() < low.size() ? low[at + tag.size()] : ' ';
      if (next == '>' || next == ' ' || next == '\n' || next == '\r' || next == '\t' ||
          next == '/' || next == ':')
        return true;
    }
    return false;
  };
  // The root of an XML feed: <rss>, Atom's <feed>, RSS 1.0's <rdf:RDF>.
  if (has("<rss") || has("<feed") || has("<rdf:rdf")) return Kind::kFeed;
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                               "<div", "<p", "<article", "<section", "<h1", "<!--"})
    if (has(tag)) return Kind::kHtml;
  // Other XML goes to the feed reader, which says what it is not.
  if (StartsWith(low, "<?xml")) return Kind::kFeed;
  return Kind::kTextOrJson;
}

}  // namespace ingest

namespace {

bool NamedJsonLines(const std::string& name) {
  return EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson");
}

// The bytes of one input, read a chunk at a time from a stream (a file,
// stdin) or taken from a buffer in memory. Holds the bytes not yet consumed
// plus at most one chunk: nothing is read whole unless a caller keeps asking
// for more.
class Source {
 public:
  // `error`, when given, is a decompressor's message: once set, the input
  // ended early and reads as bad.
  explicit Source(std::istream* in, const std::string* error = nullptr) : in_(in), error_(error) {}
  explicit Source(std::string_view bytes) : view_(bytes) {}

  // The bytes read and not yet consumed; valid until More() or Consume().
  std::string_view Avail() const {
    return in_ ? std::string_view(buf_).substr(pos_) : view_.substr(pos_);
  }
  void Consume(size_t n) { pos_ += n; }
  // Appends the next chunk to Avail(); false at the end of the input.
  bool More() {
    if (!in_ || end_) return false;
    if (pos_ > 0) {  // the consumed bytes go; Avail() offsets stay valid
      buf_.erase(0, pos_);
      pos_ = 0;
    }
    size_t old = buf_.size();
    buf_.resize(old + kChunk);
    in_->read(buf_.data() + old, std::streamsize(kChunk));
    size_t got = size_t(in_->gcount());
    buf_.resize(old + got);
    if (in_->bad() || (error_ && !error_->empty())) bad_ = true;
    if (got == 0) end_ = true;
    return got > 0;
  }
  bool bad() const { return bad_; }
  // Why the input is bad: the decompressor's message, else "read error".
  std::string Why() const { return error_ && !error_->empty() ? *error_ : "read error"; }

 private:
  static constexpr size_t kChunk = 1 << 16;
  std::istream* in_ = nullptr;
  const std::string* error_ = nullptr;
  std::string_view view_;
  std::string buf_;
  size_t pos_ = 0;
  bool end_ = false, bad_ = false;
};

// Splits a Source into lines (without '\n' and a trailing '\r'). A line
// longer than `limit` is skipped, not kept: only its length is counted.
class LineReader {
 public:
  LineReader(Source* src, size_t limit) : src_(src), limit_(limit) {}

  // False at the end of the input. Otherwise *line is the next line (valid
  // until the next call) and *too_long 0, or *line is empty and *too_long
  // the length of a line over the limit.
  bool Next(std::string_view* line, size_t* too_long) {
    src_->Consume(pending_);
    pending_ = 0;
    *too_long = 0;
    for (size_t scanned = 0;;) {
      std::string_view a = src_->Avail();
      size_t nl = a.find('\n', scanned);
      size_t len = nl == std::string_view::npos ? a.size() : nl;
      if (len > limit_ + 1) return Skip(line, too_long);
      if (nl == std::string_view::npos) {
        scanned = a.size();
        if (src_->More()) continue;
        a = src_->Avail();
        if (a.empty()) return false;
      }
      pending_ = nl == std::string_view::npos ? a.size() : nl + 1;
      unterminated_ = nl == std::string_view::npos;
      *line = a.substr(0, len);
      if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
      if (line->size() <= limit_) return true;
      *too_long = line->size();
      *line = {};
      return true;
    }
  }

 private:
  // Consumes the rest of an over-long line, counting its bytes.
  bool Skip(std::string_view* line, size_t* too_long) {
    size_t n = 0;
    char last = 0;
    for (;;) {
      std::string_view a = src_->Avail();
      size_t nl = a.find('\n');
      size_t take = nl == std::string_view::npos ? a.size() : nl;
      if (take > 0) last = a[take - 1];
      n += take;
      src_->Consume(nl == std::string_view::npos ? a.size() : nl + 1);
      if (nl != std::string_view::npos || !src_->More()) break;
    }
    *line = {};
    *too_long = n - (last == '\r' ? 1 : 0);
    return true;
  }

  Source* src_;
  size_t limit_;
  size_t pending_ = 0;

 public:
  // The last line returned had no line end (it ended the input).
  bool unterminated() const { return unterminated_; }

 private:
  bool unterminated_ = false;
};

// A stream buffer reading what a Source has not consumed yet, then the
// rest of its input: the compressed bytes a decompressor reads.
class SourceBuf : public std::streambuf {
 public:
  explicit SourceBuf(Source* src) : src_(src) {}

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    src_->Consume(taken_);
    taken_ = 0;
    if (src_->Avail().empty() && !src_->More()) return traits_type::eof();
    std::string_view a = src_->Avail();
    taken_ = a.size();
    char* p = const_cast<char*>(a.data());
    setg(p, p, p + a.size());
    return traits_type::to_int_type(*p);
  }

 private:
  Source* src_;
  size_t taken_ = 0;
};

// Reads ahead, consuming nothing, until the first non-blank line is whole
// (or longer than `limit`, *too_long set, or the input ends); returns it from
// its first non-blank byte, or "" when the input is blank so far.
std::string_view PeekFirstLine(Source* src, size_t limit, bool* too_long) {
  *too_long = false;
  size_t scanned = 0, b = std::string_view::npos;
  for (;;) {
    std::string_view a = src->Avail();
    if (b == std::string_view::npos) b = a.find_first_not_of(" \t\r\n", scanned);
    size_t from = b == std::string_view::npos ? a.size() : b;
    size_t nl = b == std::string_view::npos ? b : a.find('\n', std::max(b, scanned));
    if (nl != std::string_view::npos) return a.substr(b, nl - b);
    if (a.size() - from > limit) {
      *too_long = true;
      return a.substr(from);
    }
    scanned = a.size();
    if (!src->More()) return src->Avail().substr(std::min(from, src->Avail().size()));
  }
}

// Opens a JSON object: '{', maybe spaces, then a key's '"' (or '}').
bool OpensJsonObject(std::string_view line) {
  size_t i = line.find_first_not_of(" \t", 1);
  return !line.empty() && line[0] == '{' && i != std::string_view::npos &&
         (line[i] == '"' || line[i] == '}');
}

// Turns the records of one input into articles and error records. Owns the
// JSON parser of the input: no state outlives the input it was made for.
class Reader {
 public:
  Reader(const std::string& input, const IngestOptions& opt, const ArticleSink& articles,
         const ErrorSink& errors)
      : input_(input),
        base_(BaseName(input)),
        name_(ingest::StripCompressionSuffix(input)),
        opt_(opt),
        articles_(articles),
        errors_(errors) {}

  // Sniffs the input and reads all of its records: compressed data is
  // unwrapped (once: an archive inside an archive is not opened) and what
  // it holds sniffed in turn.
  void Run(Source* src) {
    SkipBom(src);
    while (src->Avail().size() < kHead && src->More()) {
    }
    std::string_view head = src->Avail().substr(0, kHead);
    ingest::Compression c = ingest::SniffCompression(head);
    if (c != ingest::Compression::kNone && compression_.empty()) {
      compression_ = ingest::CompressionName(c);
      SourceBuf raw(src);
      std::istream raw_in(&raw);
      std::string error;
      std::unique_ptr<std::streambuf> unzip = ingest::MakeDecompressor(c, &raw_in, &error);
      std::istream in(unzip.get());
      Source inner(&in, &error);
      return Run(&inner);
    }
    switch (ingest::SniffKind(head)) {
      case ingest::Kind::kPdf:
        return Document(src, ingest::ReadPdf);
      case ingest::Kind::kHtml:
        return Document(src, ingest::ReadHtml);
      case ingest::Kind::kFeed:
        return Document(src, ingest::ReadFeed);
      case ingest::Kind::kTextOrJson:
        break;
    }
    if (JsonLines(src)) return ReadJsonLines(src);
    // One plain-text article: read no more than one byte past the limit.
    while (src->Avail().size() <= opt_.max_record_bytes && src->More()) {
    }
    if (src->bad()) return Error(base_, 0, src->Why());
    PlainText(src->Avail());
  }

 private:
  // Bytes sniffed for magic numbers and markup: enough for a PDF header
  // after junk, an XML declaration and a doctype.
  static constexpr size_t kHead = 1024;

  bool Cancelled() const { return opt_.cancelled && opt_.cancelled(); }

  // A whole document (PDF, HTML, feed): read to one byte past the document
  // limit and handed to its reader.
  void Document(Source* src, void (*read)(std::string_view, const ingest::Context&)) {
    while (src->Avail().size() <= opt_.max_document_bytes && src->More()) {
    }
    if (src->bad()) return Error(base_, 0, src->Why());
    if (src->Avail().size() > opt_.max_document_bytes)
      return Error(base_, 0,
                   "document exceeds the limit of " + std::to_string(opt_.max_document_bytes) +
                       " bytes (read no further)");
    ingest::Context cx{input_, base_, opt_, articles_, errors_, compression_};
    read(src->Avail(), cx);
  }
  void Error(std::string id, long line, std::string message) {
    errors_({std::move(id), input_, line, std::move(message)});
  }

  // A UTF-8 byte order mark is no part of the text; before JSON Lines it
  // hid the first '{' and the whole input was coded as one text article.
  static void SkipBom(Source* src) {
    while (src->Avail().size() < 3 && src->More()) {
    }
    if (StartsWith(src->Avail(), "\xEF\xBB\xBF")) src->Consume(3);
  }

  // JSON Lines by name (.jsonl, .ndjson) or by content: the first non-blank
  // line is a JSON object, or opens one ('{' then a key). A text article
  // that starts with '{' ("{Reuters} Rebels attacked ...") is no JSON and
  // stays a text article.
  bool JsonLines(Source* src) {
    if (NamedJsonLines(name_)) return true;
    bool too_long;
    std::string_view first = PeekFirstLine(src, opt_.max_record_bytes, &too_long);
    if (!OpensJsonObject(first)) {
      if (first.empty() || first[0] != '{' || too_long) return false;
      simdjson::dom::element doc;
      simdjson::padded_string padded(first);
      return !parser_.parse(padded).get(doc) && doc.is_object();
    }
    return true;
  }

  void ReadJsonLines(Source* src) {
    LineReader lines(src, opt_.max_record_bytes);
    long lineno = 0;
    std::string_view line;
    size_t too_long;
    while (!Cancelled() && lines.Next(&line, &too_long)) {
      ++lineno;
      // Compressed data cut short: the last line is partial, and the one
      // error below stands for it.
      if (src->bad() && lines.unterminated()) break;
      if (too_long) {
        any_ = true;
        Error(base_ + ":" + std::to_string(lineno), lineno,
              "record of " + std::to_string(too_long) + " bytes exceeds the limit of " +
                  std::to_string(opt_.max_record_bytes));
      } else {
        JsonLine(line, lineno);
      }
    }
    if (src->bad()) {
      any_ = true;
      Error(base_ + ":" + std::to_string(lineno), lineno,
            src->Why() + " at line " + std::to_string(lineno));
    }
    if (!any_ && !src->bad() && !Cancelled()) Error(base_, 0, "empty input");
  }

  // The whole input is one plain-text article.
  void PlainText(std::string_view all) {
    if (all.size() > opt_.max_record_bytes)
      return Error(base_, 0,
                   "article exceeds the limit of " + std::to_string(opt_.max_record_bytes) +
                       " bytes (read no further)");
    if (Blank(all)) return Error(base_, 0, "empty input");
    std::string problem = TextProblem(all);
    if (!problem.empty()) return Error(base_, 0, problem);
    Article a;
    a.id = base_;
    a.input = input_;
    a.date = opt_.default_date;
    a.format = "text";
    a.compression = compression_;
    SplitTitle(std::string(all), &a.title, &a.text);
    articles_(std::move(a));
  }

  // Line `lineno` (1-based) of a JSON Lines input, without its line end.
  void JsonLine(std::string_view line, long lineno) {
    if (Blank(line)) return;
    any_ = true;
    std::string id = base_ + ":" + std::to_string(lineno);
    std::string problem = TextProblem(line);
    if (!problem.empty()) return Error(id, lineno, problem);
    Article a;
    std::string why;
    if (!ParseJsonRecord(parser_, line, opt_, &a, &why)) return Error(id, lineno, why);
    if (a.id.empty()) a.id = id;
    a.input = input_;
    a.line = lineno;
    a.format = "jsonl";
    a.compression = compression_;
    articles_(std::move(a));
  }

  const std::string& input_;
  const std::string base_;
  const std::string name_;  // the input's name without .gz / .zst
  std::string compression_;
  const IngestOptions& opt_;
  const ArticleSink& articles_;
  const ErrorSink& errors_;
  simdjson::dom::parser parser_;
  bool any_ = false;
};

}  // namespace

namespace {

// Letters and digits: what normalisation and re-flow never drop or add.
bool Alnum(std::string_view s, size_t* i) {
  unsigned char c = s[*i];
  if (c < 0x80) {
    ++*i;
    return std::isalnum(c);
  }
  return u_isalnum(UChar32(DecodeUtf8(s, i)));
}

}  // namespace

std::vector<int> SentencePages(const Article& article, std::string_view coded_text,
                               const std::vector<Span>& sentences) {
  std::vector<int> out;
  if (article.pages.empty()) return out;
  // Letters and digits before the start of each page of the raw text.
  std::vector<uint64_t> starts;
  std::string_view raw = article.text;
  uint64_t n = 0;
  for (size_t i = 0, k = 0; k < article.pages.size();) {
    if (i >= article.pages[k] || i >= raw.size()) {
      starts.push_back(n);
      ++k;
      continue;
    }
    n += Alnum(raw, &i);
  }
  size_t at = 0;
  n = 0;
  for (const Span& s : sentences) {
    if (s.begin < at) at = 0, n = 0;  // not in order: count again
    while (at < s.begin && at < coded_text.size()) n += Alnum(coded_text, &at);
    out.push_back(int(std::upper_bound(starts.begin(), starts.end(), n) - starts.begin()));
  }
  return out;
}

namespace {

// Every file under a folder, in sorted order; one that cannot be opened is
// an error record like any other and the walk goes on.
Status ReadFolder(const std::string& dir, const IngestOptions& opt, const ArticleSink& articles,
                  const ErrorSink& errors) {
  std::vector<std::string> files;
  std::string why;
  if (!ingest::ListFolder(dir, opt.glob, &files, &why)) {
    errors({"", dir, 0, why});
    return Status::Error(StatusCode::kNotFound, dir + ": " + why);
  }
  if (files.empty()) {
    why = opt.glob.empty() ? "folder holds no files" : "no file matches --glob '" + opt.glob + "'";
    errors({"", dir, 0, why});
    return Status::Error(StatusCode::kNotFound, dir + ": " + why);
  }
  for (const std::string& f : files) {
    if (opt.cancelled && opt.cancelled()) break;
    ReadInput(f, opt, articles, errors).IgnoreError();  // reported through `errors`
  }
  return Status::Ok();
}

}  // namespace

Status ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& opt,
                  const ArticleSink& articles, const ErrorSink& errors) {
  Source src(bytes);
  Reader(name, opt, articles, errors).Run(&src);
  return Status::Ok();
}

Status ReadInput(const std::string& path, const IngestOptions& opt, const ArticleSink& articles,
                 const ErrorSink& errors) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return ReadFolder(path, opt, articles, errors);
    file.open(path, std::ios::binary);
    if (!file) {
      std::string why = std::string("cannot open: ") + std::strerror(errno);
      errors({"", path, 0, why});
      return Status::Error(StatusCode::kNotFound, path + ": " + why);
    }
    in = &file;
  }
  Source src(in);
  Reader(path, opt, articles, errors).Run(&src);
  return Status::Ok();
}

}  // namespace casus
