// Ingest: plain-text files (one article each), JSON Lines (one article per
// line) and stdin. Every record becomes an Article or exactly one ErrorRecord.
#include "casus/ingest.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "util/dates.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace casus {
namespace {

std::string BaseName(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

// Reads a whole stream; false on read error.
bool Slurp(std::istream& in, std::string* out) {
  std::string buf(1 << 16, '\0');
  out->clear();
  while (in.read(buf.data(), buf.size()) || in.gcount() > 0)
    out->append(buf.data(), size_t(in.gcount()));
  return !in.bad();
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

std::string TextProblem(std::string_view s) {
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

namespace {

// Turns the records of one input into articles and error records. Owns the
// JSON parser of the input: no state outlives the input it was made for.
class Reader {
 public:
  Reader(const std::string& input, const IngestOptions& opt, const ArticleSink& articles,
         const ErrorSink& errors)
      : input_(input), base_(BaseName(input)), opt_(opt), articles_(articles), errors_(errors) {}

  bool Cancelled() const { return opt_.cancelled && opt_.cancelled(); }
  void Error(std::string id, long line, std::string message) {
    errors_({std::move(id), input_, line, std::move(message)});
  }

  // The whole input is one plain-text article.
  void PlainText(std::string all) {
    if (all.size() > opt_.max_record_bytes)
      return Error(base_, 0,
                   "article of " + std::to_string(all.size()) + " bytes exceeds the limit of " +
                       std::to_string(opt_.max_record_bytes));
    if (Blank(all)) return Error(base_, 0, "empty input");
    std::string problem = TextProblem(all);
    if (!problem.empty()) return Error(base_, 0, problem);
    Article a;
    a.id = base_;
    a.input = input_;
    a.date = opt_.default_date;
    if (all.size() >= 3 && all.compare(0, 3, "\xEF\xBB\xBF") == 0) all.erase(0, 3);  // BOM
    SplitTitle(all, &a.title, &a.text);
    articles_(std::move(a));
  }

  // Line `lineno` (1-based) of a JSON Lines input, without its '\n'.
  void JsonLine(std::string_view line, long lineno) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Blank(line)) return;
    any_ = true;
    std::string id = base_ + ":" + std::to_string(lineno);
    if (line.size() > opt_.max_record_bytes)
      return Error(id, lineno,
                   "record of " + std::to_string(line.size()) + " bytes exceeds the limit of " +
                       std::to_string(opt_.max_record_bytes));
    std::string problem = TextProblem(line);
    if (!problem.empty()) return Error(id, lineno, problem);
    Article a;
    std::string why;
    if (!ParseJsonRecord(parser_, line, opt_, &a, &why)) return Error(id, lineno, why);
    if (a.id.empty()) a.id = id;
    a.input = input_;
    a.line = lineno;
    articles_(std::move(a));
  }

  // After the last line of a JSON Lines input.
  void EndJsonLines(long lineno, bool read_error) {
    if (read_error) Error(base_, lineno, "read error");
    if (!any_ && !read_error && !Cancelled()) Error(base_, 0, "empty input");
  }

 private:
  const std::string& input_;
  const std::string base_;
  const IngestOptions& opt_;
  const ArticleSink& articles_;
  const ErrorSink& errors_;
  simdjson::dom::parser parser_;
  bool any_ = false;
};

bool NamedJsonLines(const std::string& name) {
  return EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson");
}

bool IsSpace(int c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

}  // namespace

Status ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& opt,
                  const ArticleSink& articles, const ErrorSink& errors) {
  Reader reader(name, opt, articles, errors);
  size_t first = 0;
  while (first < bytes.size() && IsSpace(static_cast<unsigned char>(bytes[first]))) ++first;
  if (!NamedJsonLines(name) && !(first < bytes.size() && bytes[first] == '{')) {
    reader.PlainText(std::string(bytes));
    return Status::Ok();
  }
  long lineno = 0;
  for (size_t p = 0; p < bytes.size() && !reader.Cancelled();) {
    size_t nl = bytes.find('\n', p);
    if (nl == std::string_view::npos) nl = bytes.size();
    reader.JsonLine(bytes.substr(p, nl - p), ++lineno);
    p = nl + 1;
  }
  reader.EndJsonLines(lineno, false);
  return Status::Ok();
}

Status ReadInput(const std::string& path, const IngestOptions& opt, const ArticleSink& articles,
                 const ErrorSink& errors) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      errors({"", path, 0, "is a directory"});
      return Status::Error(StatusCode::kNotFound, path + ": is a directory");
    }
    file.open(path, std::ios::binary);
    if (!file) {
      std::string why = std::string("cannot open: ") + std::strerror(errno);
      errors({"", path, 0, why});
      return Status::Error(StatusCode::kNotFound, path + ": " + why);
    }
    in = &file;
  }
  // Sniff as ReadBuffer does: the leading blank lines it skips still count
  // in the line numbers of the records after them.
  std::string head;
  int c;
  while ((c = in->peek()) != EOF && IsSpace(c)) head += char(in->get());
  if (!NamedJsonLines(path) && c != '{') {
    std::string rest;
    if (!Slurp(*in, &rest)) {
      errors({BaseName(path), path, 0, "read error"});
      return Status::Ok();
    }
    return ReadBuffer(path, head + rest, opt, articles, errors);
  }
  // JSON Lines are read a line at a time: an input of any size streams.
  Reader reader(path, opt, articles, errors);
  long lineno = long(std::count(head.begin(), head.end(), '\n'));
  std::string line;
  while (!reader.Cancelled() && std::getline(*in, line)) reader.JsonLine(line, ++lineno);
  reader.EndJsonLines(lineno, in->bad());
  return Status::Ok();
}

}  // namespace casus
