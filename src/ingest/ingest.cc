// Ingest: plain-text files (one article each), JSON Lines (one article per
// line) and stdin. Every record becomes an Article or exactly one ErrorRecord.
#include "casus/ingest.h"

#include <simdjson.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace casus {
namespace {

std::string BaseName(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

bool EndsWith(const std::string& s, const char* suf) {
  size_t n = std::strlen(suf);
  return s.size() >= n && s.compare(s.size() - n, n, suf) == 0;
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

bool ValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  int y = std::atoi(std::string(d.substr(0, 4)).c_str()),
      m = std::atoi(std::string(d.substr(5, 2)).c_str()),
      day = std::atoi(std::string(d.substr(8, 2)).c_str());
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || day < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return day <= (m == 2 && !leap ? 28 : kDays[m - 1]);
}

std::string TextProblem(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c == 0) return "binary data (NUL byte at offset " + std::to_string(i) + ")";
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || i + len > n) return "invalid UTF-8 at byte " + std::to_string(i);
    uint32_t cp = c & (len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07);
    for (int k = 1; k < len; ++k) {
      unsigned char d = s[i + k];
      if ((d >> 6) != 2) return "invalid UTF-8 at byte " + std::to_string(i);
      cp = (cp << 6) | (d & 0x3f);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
      return "invalid UTF-8 at byte " + std::to_string(i);
    i += len;
  }
  // Control characters beyond whitespace in bulk mean binary.
  size_t ctl = 0;
  for (unsigned char c : s)
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++ctl;
  if (ctl > 8 && ctl * 20 > s.size()) return "binary data (control characters)";
  return "";
}

bool ParseJsonArticle(std::string_view line, const IngestOptions& opt, Article* out,
                      std::string* why) {
  thread_local simdjson::dom::parser parser;
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

Status ReadInput(const std::string& path, const IngestOptions& opt, const ArticleSink& articles,
                 const ErrorSink& errors) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      errors({"", path, 0, "is a directory"});
      return Status::Error(path + ": is a directory");
    }
    file.open(path, std::ios::binary);
    if (!file) {
      std::string why = std::string("cannot open: ") + std::strerror(errno);
      errors({"", path, 0, why});
      return Status::Error(path + ": " + why);
    }
    in = &file;
  }
  std::string base = BaseName(path);
  bool jsonl = EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson");
  if (!jsonl) {
    // Peek: a first non-blank '{' means JSON Lines.
    int c;
    std::string head;
    while ((c = in->peek()) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))
      head += char(in->get());
    jsonl = c == '{';
    if (!jsonl) {
      std::string all;
      if (!Slurp(*in, &all)) {
        errors({base, path, 0, "read error"});
        return Status::Ok();
      }
      all = head + all;
      if (all.size() > opt.max_record_bytes) {
        errors({base, path, 0,
                "article of " + std::to_string(all.size()) + " bytes exceeds the limit of " +
                    std::to_string(opt.max_record_bytes)});
        return Status::Ok();
      }
      if (Blank(all)) {
        errors({base, path, 0, "empty input"});
        return Status::Ok();
      }
      std::string problem = TextProblem(all);
      if (!problem.empty()) {
        errors({base, path, 0, problem});
        return Status::Ok();
      }
      Article a;
      a.id = base;
      a.input = path;
      a.date = opt.default_date;
      if (all.size() >= 3 && all.compare(0, 3, "\xEF\xBB\xBF") == 0) all.erase(0, 3);  // BOM
      SplitTitle(all, &a.title, &a.text);
      articles(std::move(a));
      return Status::Ok();
    }
    // Fall through to JSON Lines with what was consumed (only whitespace).
  }
  std::string line;
  long lineno = 0;
  bool any = false;
  while (std::getline(*in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Blank(line)) continue;
    any = true;
    std::string id = base + ":" + std::to_string(lineno);
    if (line.size() > opt.max_record_bytes) {
      errors({id, path, lineno,
              "record of " + std::to_string(line.size()) + " bytes exceeds the limit of " +
                  std::to_string(opt.max_record_bytes)});
      continue;
    }
    std::string problem = TextProblem(line);
    if (!problem.empty()) {
      errors({id, path, lineno, problem});
      continue;
    }
    Article a;
    std::string why;
    if (!ParseJsonArticle(line, opt, &a, &why)) {
      // Keep the record's own id when it has one.
      Article partial;
      std::string ignore;
      errors({id, path, lineno, why});
      continue;
    }
    if (a.id.empty()) a.id = id;
    a.input = path;
    a.line = lineno;
    articles(std::move(a));
  }
  if (in->bad()) errors({base, path, lineno, "read error"});
  if (!any && !in->bad()) errors({base, path, 0, "empty input"});
  return Status::Ok();
}

}  // namespace casus
