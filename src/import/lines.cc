// Helpers shared by the importers: reading lines that may be in any
// encoding, comments, phrases and dates of the PETRARCH/TABARI formats.
#include <cctype>
#include <chrono>
#include <fstream>
#include <sstream>

#include "import/import.h"
#include "util/dates.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace casus::import_detail {

Status ReadLines(const std::string& path, ImportStats* stats, std::vector<std::string>* lines,
                 long* bad) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(StatusCode::kNotFound, path + ": cannot read");
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // "The Phoenix country file mixes encodings": a phrase with a stray byte
    // could never match and would reach output that is not valid UTF-8.
    std::string why;
    if (size_t at = FindInvalidUtf8(line); at != std::string::npos)
      why = "not valid UTF-8 (byte " + std::to_string(at + 1) + "): line left out";
    else if (line.find("\xEF\xBF\xBD") != std::string::npos)
      why = "holds U+FFFD, a character lost in an earlier re-encoding: line left out";
    else
      for (unsigned char c : line)
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          why = "control character 0x" + std::string(1, "0123456789abcdef"[c >> 4]) +
                "0123456789abcdef"[c & 15] + ": line left out";
          break;
        }
    if (!why.empty()) {
      // A comment line with a stray byte spoils nothing.
      std::string_view t = Trim(line);
      bool comment = t.empty() || t[0] == '#' || t[0] == ';';
      if (!comment) {
        stats->Warn(path, n, why);
        if (bad) ++*bad;
      }
      // kBadLine + what the line was: a primary (P), a '+' synonym (S) or other (R).
      char kind = line[0] == '+' ? 'S' : (line[0] == ' ' || line[0] == '\t') ? 'R' : 'P';
      line = comment ? std::string() : std::string(1, kBadLine) + kind;
    }
    lines->push_back(std::move(line));
  }
  return Status::Ok();
}

std::string_view StripDictComment(std::string_view s) {
  // '#' inside [...] is a code ("[### <890101]", TABARI's do-not-code), not a comment.
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if (depth == 0 && (c == '#' || c == ';' || s.compare(i, 4, "<!--") == 0)) return s.substr(0, i);
  }
  return s;
}

namespace {

// The lowercase words of a dictionary phrase, one separator between two:
// a space, or with `glue` a '_' where the phrase had only '_' there (a space
// wins); with `glue`, '~' (TABARI's "~_") is dropped too.
std::string JoinWords(std::string_view s, bool glue) {
  std::string out;
  char sep = 0;
  for (char c : Trim(s)) {
    if (glue && c == '~') continue;
    if (c == '_' || c == ' ' || c == '\t') {
      if (!out.empty() && sep != ' ') sep = glue && c == '_' ? '_' : ' ';
      continue;
    }
    if (sep) out += sep;
    sep = 0;
    out += char(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

std::string PhraseWords(std::string_view s) {
  return JoinWords(s, false);
}
std::string GluedWords(std::string_view s) {
  return JoinWords(s, true);
}

std::string TabariHyphens(std::string_view s) {
  std::string out(s);
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t i = 1; i + 1 < out.size(); ++i)
    if (out[i] == '-' && word(out[i - 1]) && word(out[i + 1])) out[i] = '_';
  return out;
}

std::string NameCase(const std::string& lower_words) {
  std::string out;
  for (std::string_view w : Words(lower_words)) {
    if (!out.empty()) out += ' ';
    if (In(w, {"of",  "the", "and", "for", "de", "del", "della", "da",  "do",
               "dos", "du",  "des", "la",  "le", "al",  "el",    "van", "von",
               "der", "den", "bin", "ibn", "in", "on",  "'s"})) {
      out += w;
      continue;
    }
    std::string t(w);
    if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = char(t[0] - 'a' + 'A');
    out += t;
  }
  return out;
}

int32_t ParseDictDate(std::string_view s) {
  s = Trim(s);
  for (char c : s)
    if (c < '0' || c > '9') return -1;
  std::string full;
  if (s.size() == 6) {
    // "YY years between 00 and 30 are interpreted as 20YY; otherwise 19YY" (KEDS, TABARI).
    int yy = (s[0] - '0') * 10 + (s[1] - '0');
    full = std::string(yy <= 30 ? "20" : "19") + std::string(s);
  } else if (s.size() == 8) {
    full = std::string(s);
  } else {
    return -1;
  }
  int y = std::stoi(full.substr(0, 4)), m = std::stoi(full.substr(4, 2));
  int d = std::stoi(full.substr(6, 2));
  // TABARI wrote month ends by hand ("040931"): its ordinal dates let a day
  // past the month's end run on, so it is read as the month's last day.
  if (m >= 1 && m <= 12 && d > DaysInMonth(y, m) && d <= 31) d = DaysInMonth(y, m);
  return ParseYmd(FormatYmd(y, m, d));
}

std::string YmdText(int32_t ymd) {
  return FormatYmd(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

namespace {
int32_t Shift(int32_t ymd, int days) {
  using namespace std::chrono;
  year_month_day d{year(ymd / 10000), month(unsigned(ymd / 100 % 100)), day(unsigned(ymd % 100))};
  year_month_day r{sys_days(d) + std::chrono::days(days)};
  return int32_t(int(r.year()) * 10000 + unsigned(r.month()) * 100 + unsigned(r.day()));
}
}  // namespace

int32_t DayBefore(int32_t ymd) {
  return Shift(ymd, -1);
}
int32_t DayAfter(int32_t ymd) {
  return Shift(ymd, 1);
}

}  // namespace casus::import_detail
