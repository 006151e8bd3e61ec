// fuzz_ingest: ReadBuffer (casus/ingest.h) over arbitrary bytes. The first
// byte picks the input's name (a .txt, a .jsonl, stdin "-"), the size limit
// (the default, or a few bytes so that over-long records come often) and
// whether a default date is given; the rest is the input. Invariants:
//  - every record is an article or an error record, each carrying the
//    input's name; plain text (line 0) gives exactly one record;
//  - JSON Lines gives one record per line that is not blank (or is longer
//    than the limit), in input order, numbered with the input's own line
//    numbers (blank lines count, a BOM does not), or a single "empty input"
//    error at line 0 when there is none;
//  - a .jsonl name always reads as JSON Lines; an input whose first
//    non-blank line starts with '{"' too; one whose first non-blank byte
//    is not '{' never does;
//  - an article's text is valid UTF-8 without NUL, not blank, within the
//    size limit, with no control character but tab, LF and CR (from JSON
//    Lines; from plain text, the input passes TextProblem()); its date is
//    empty or a valid YYYY-MM-DD; every error record has a message.
// CheckIngest returns nullptr or the violated condition; shared by
// fuzz_ingest.cc and tests/test_fuzz_replay.cc. No state.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "casus/ingest.h"
#include "fuzz_common.h"

namespace casus::fuzz {

#define CASUS_FUZZ_CHECK(cond) \
  do {                         \
    if (!(cond)) return #cond; \
  } while (0)

inline bool BlankLine(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

inline const char* CheckIngest(std::string_view bytes) {
  if (bytes.empty()) return nullptr;
  const uint8_t mode = uint8_t(bytes[0]);
  std::string_view input = bytes.substr(1);
  static const char* const kNames[] = {"in.txt", "in.jsonl", "-", "wire.ndjson"};
  const std::string name = kNames[mode & 3];
  IngestOptions opt;
  if (mode & 4) opt.max_record_bytes = 1 + (mode >> 4);  // 1..16 bytes
  if (mode & 8) opt.default_date = "2024-03-05";

  // The input as the reader sees it: without a BOM.
  std::string_view body = input;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  struct Rec {
    bool article;
    long line;
  };
  std::vector<Rec> recs;
  const char* bad = nullptr;
  auto fail = [&](const char* why) {
    if (!bad) bad = why;
  };
  bool json_article = false;
  Status st = ReadBuffer(
      name, input, opt,
      [&](Article&& a) {
        recs.push_back({true, a.line});
        if (a.input != name) fail("article.input == name");
        if (!ValidUtf8(a.text)) fail("article text is valid UTF-8 without NUL");
        if (BlankLine(a.text) && a.title.empty()) fail("article text is not blank");
        if (a.text.size() > opt.max_record_bytes) fail("article text within the size limit");
        if (!(a.date.empty() || ValidDate(a.date))) fail("article date empty or valid");
        if (a.line > 0) json_article = true;
        for (unsigned char c : a.text)
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && a.line > 0)
            fail("JSON Lines article text has no control character but tab, LF, CR");
        // The heuristic is a ratio over the whole input (the title's
        // share included), so it is the input that must pass it.
        // (A page or feed sniffed as markup is judged by its extracted text.)
        if (a.line == 0 && a.format == "text" && !TextProblem(body).empty())
          fail("a plain-text article's input passes TextProblem()");
      },
      [&](ErrorRecord&& e) {
        recs.push_back({false, e.line});
        if (e.input != name) fail("error.input == name");
        if (e.message.empty()) fail("error record has a message");
      });
  CASUS_FUZZ_CHECK(st.ok());
  if (bad) return bad;
  CASUS_FUZZ_CHECK(!recs.empty());  // nothing lost: every input gives a record

  std::vector<long> want;  // line numbers of the records JSON Lines must give
  long lineno = 0;
  for (std::string_view rest = body; !rest.empty();) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() > opt.max_record_bytes || !BlankLine(line)) want.push_back(lineno);
  }
  size_t first = body.find_first_not_of(" \t\r\n");
  bool named = name.size() > 6 && (name.ends_with(".jsonl") || name.ends_with(".ndjson"));
  // Formats are chosen by content before the name: a compressed archive, a
  // PDF or markup (HTML, RSS, Atom: '<' first) is read as such whatever the
  // name says, so the JSON Lines / plain-text expectations do not apply.
  bool other_format = body.substr(0, 2) == "\x1f\x8b" || body.substr(0, 4) == "\x28\xb5\x2f\xfd" ||
                      body.substr(0, 1024).find("%PDF-") != std::string_view::npos ||
                      (first != std::string_view::npos && body[first] == '<');
  bool must_json = !other_format &&
                   (named || (first != std::string_view::npos && body.substr(first, 2) == "{\""));
  bool must_text =
      !other_format && !named && (first == std::string_view::npos || body[first] != '{');

  bool plain = recs.size() == 1 && recs[0].line == 0 && !json_article;
  bool json = true;
  if (want.empty()) {
    json = recs.size() == 1 && !recs[0].article && recs[0].line == 0;
  } else {
    json = recs.size() == want.size();
    for (size_t i = 0; json && i < want.size(); ++i) json = recs[i].line == want[i];
  }
  CASUS_FUZZ_CHECK(other_format || plain || json);  // one record, or one per non-blank line
  CASUS_FUZZ_CHECK(!must_json || json);
  CASUS_FUZZ_CHECK(!must_text || plain);
  return nullptr;
}

#undef CASUS_FUZZ_CHECK

}  // namespace casus::fuzz
