// JSON, CSV and TSV renderings of the records (field names fixed by
// ../shared/spec/event-record.md).
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "casus/output.h"
#include "casus/trends.h"
#include "util/utf8.h"

namespace casus {
namespace {

// Bytes a JSON string carries as they are.
inline bool Plain(unsigned char c) {
  return c >= 0x20 && c != '"' && c != '\\';
}

void Str(std::string* o, std::string_view s) {
  // Invalid UTF-8 (a file name, a message quoting bad input) would make the
  // line no JSON: each byte of a bad sequence is written as U+FFFD, as
  // DecodeUtf8 reads it.
  std::string repaired;
  if (FindInvalidUtf8(s) != std::string_view::npos) {
    for (size_t i = 0; i < s.size();) AppendUtf8(DecodeUtf8(s, &i), &repaired);
    s = repaired;
  }
  o->push_back('"');
  for (size_t i = 0; i < s.size();) {
    // Runs that need no escaping are copied whole (most strings are one run).
    size_t j = i;
    while (j < s.size() && Plain(static_cast<unsigned char>(s[j]))) ++j;
    o->append(s.data() + i, j - i);
    if (j == s.size()) break;
    unsigned char c = s[j];
    i = j + 1;
    switch (c) {
      case '"':
        *o += "\\\"";
        break;
      case '\\':
        *o += "\\\\";
        break;
      case '\n':
        *o += "\\n";
        break;
      case '\r':
        *o += "\\r";
        break;
      case '\t':
        *o += "\\t";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        o->append(esc, 6);
      }
    }
  }
  o->push_back('"');
}

void Num(std::string* o, double v) {
  // JSON has no NaN or infinity: "value":inf made the line unreadable.
  if (!std::isfinite(v)) {
    *o += "null";
    return;
  }
  // std::to_chars writes what printf's "%.0f" and "%.6g" write (the C
  // locale), without parsing a format for every number of every record.
  char buf[32];
  std::to_chars_result r;
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    if (v == 0 && std::signbit(v)) {
      *o += "-0";  // as "%.0f" writes it
      return;
    }
    r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
  } else {
    r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 6);
  }
  o->append(buf, r.ptr);
}

// Keys are this file's literals: plain ASCII, never escaped.
void Key(std::string* o, const char* k) {
  if (o->back() != '{') o->push_back(',');
  o->push_back('"');
  o->append(k);
  o->append("\":", 2);
}

void OptActor(std::string* o, const std::optional<Actor>& a) {
  if (a)
    *o += ActorJson(*a);
  else
    *o += "null";
}

void OptPlace(std::string* o, const std::optional<Place>& p) {
  if (!p) {
    *o += "null";
    return;
  }
  *o += "{";
  Key(o, "name");
  Str(o, p->name);
  Key(o, "country");
  if (p->country.empty())  // a sea or an area states contest: no one country
    *o += "null";
  else
    Str(o, p->country);
  Key(o, "lat");
  if (p->has_coords)
    Num(o, p->lat);
  else
    *o += "null";
  Key(o, "lon");
  if (p->has_coords)
    Num(o, p->lon);
  else
    *o += "null";
  Key(o, "feature");
  Str(o, p->feature);
  *o += "}";
}

void QuantityBody(std::string* o, const Quantity& q) {
  Key(o, "value");
  Num(o, q.value);
  Key(o, "unit");
  Str(o, q.unit);
  Key(o, "actor");
  OptActor(o, q.actor);
  Key(o, "text");
  Str(o, q.text);
}

struct CharSpan {
  size_t begin = 0, end = 0;
};

// Evidence span in code points of the sentence: the coder fills it beside the
// byte span (src/events/build.cc), the one place it is computed.
CharSpan CharSpanOf(const Event& e) {
  return {e.evidence.char_begin, e.evidence.char_end};
}

std::string Cell(std::string_view s, Format f) {
  std::string o;
  if (f == Format::kTsv) {
    for (char c : s) o += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    return o;
  }
  bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) return std::string(s);
  o += '"';
  for (char c : s) {
    if (c == '"') o += '"';
    o += c;
  }
  o += '"';
  return o;
}

}  // namespace

bool ParseFormat(const std::string& name, Format* out) {
  if (name == "jsonl" || name == "json")
    *out = Format::kJsonl;
  else if (name == "csv")
    *out = Format::kCsv;
  else if (name == "tsv")
    *out = Format::kTsv;
  else if (name == "gdelt")
    *out = Format::kGdelt;
  else
    return false;
  return true;
}

std::string JsonString(std::string_view s) {
  std::string o;
  Str(&o, s);
  return o;
}

std::string ActorJson(const Actor& a) {
  std::string o = "{";
  Key(&o, "code");
  Str(&o, a.code);
  Key(&o, "country");
  if (a.country.empty())
    o += "null";
  else
    Str(&o, a.country);
  Key(&o, "role");
  if (a.role.empty())
    o += "null";
  else
    Str(&o, a.role);
  Key(&o, "text");
  Str(&o, a.text);
  o += '}';
  return o;
}

std::string EventJson(const Event& e) {
  std::string o = "{";
  Key(&o, "kind");
  Str(&o, "event");
  Key(&o, "event_id");
  Str(&o, e.event_id);
  Key(&o, "article_id");
  Str(&o, e.article_id);
  Key(&o, "sentence_index");
  Num(&o, e.sentence_index);
  if (e.page > 0) {  // PDF input only: other records keep their shape
    Key(&o, "page");
    Num(&o, e.page);
  }
  Key(&o, "sentence");
  Str(&o, e.sentence);
  Key(&o, "date");
  if (e.date.empty())
    o += "null";
  else
    Str(&o, e.date);
  Key(&o, "source");
  OptActor(&o, e.source);
  Key(&o, "target");
  OptActor(&o, e.target);
  Key(&o, "cameo");
  Str(&o, e.cameo);
  Key(&o, "root");
  Str(&o, e.root);
  Key(&o, "quad_class");
  Num(&o, e.quad_class);
  Key(&o, "goldstein");
  Num(&o, e.goldstein);
  Key(&o, "plover");
  if (e.plover.empty())
    o += "null";
  else
    Str(&o, e.plover);
  Key(&o, "negated");
  o += e.negated ? "true" : "false";
  Key(&o, "modality");
  Str(&o, e.modality);
  Key(&o, "attributed_to");
  OptActor(&o, e.attributed_to);
  Key(&o, "location");
  OptPlace(&o, e.location);
  Key(&o, "quantities");
  o += '[';
  for (size_t i = 0; i < e.quantities.size(); ++i) {
    if (i) o += ',';
    o += '{';
    QuantityBody(&o, e.quantities[i]);
    o += '}';
  }
  o += ']';
  Key(&o, "evidence");
  o += '{';
  Key(&o, "verb_phrase");
  Str(&o, e.evidence.verb_phrase);
  Key(&o, "span");
  o += '[';
  Num(&o, e.evidence.begin);
  o += ',';
  Num(&o, e.evidence.end);
  o += ']';
  // The spec's span is in characters, as Python slices a str: for "Erdoğan
  // criticised Greece" the byte span would cut "riticised " out of it.
  const CharSpan cs = CharSpanOf(e);
  Key(&o, "char_span");
  o += '[';
  Num(&o, cs.begin);
  o += ',';
  Num(&o, cs.end);
  o += ']';
  Key(&o, "pattern");
  Str(&o, e.evidence.pattern);
  Key(&o, "dictionary");
  Str(&o, e.evidence.dictionary);
  if (!e.evidence.backoff.empty()) {  // only when set: other records stay as they were
    Key(&o, "backoff");
    Str(&o, e.evidence.backoff);
  }
  o += "}}";
  return o;
}

std::string CanonicalJson(const CanonicalEvent& c) {
  std::string o = "{";
  Key(&o, "kind");
  Str(&o, "canonical_event");
  Key(&o, "canonical_id");
  Str(&o, c.canonical_id);
  Key(&o, "date");
  if (c.date.empty())
    o += "null";
  else
    Str(&o, c.date);
  Key(&o, "source");
  OptActor(&o, c.source);
  Key(&o, "target");
  OptActor(&o, c.target);
  Key(&o, "cameo");
  Str(&o, c.cameo);
  Key(&o, "root");
  Str(&o, c.root);
  Key(&o, "quad_class");
  Num(&o, c.quad_class);
  Key(&o, "goldstein");
  Num(&o, c.goldstein);
  Key(&o, "plover");
  if (c.plover.empty())
    o += "null";
  else
    Str(&o, c.plover);
  Key(&o, "location");
  OptPlace(&o, c.location);
  Key(&o, "num_mentions");
  Num(&o, c.num_mentions);
  Key(&o, "num_articles");
  Num(&o, c.num_articles);
  Key(&o, "num_sources");
  Num(&o, c.num_sources);
  Key(&o, "first_event_id");
  Str(&o, c.first_event_id);
  Key(&o, "source_url");
  Str(&o, c.source_url);
  Key(&o, "sentence");
  Str(&o, c.sentence);
  o += '}';
  return o;
}

std::string SentenceJson(const std::string& article_id, int index, std::string_view sentence,
                         int page) {
  std::string o = "{";
  Key(&o, "kind");
  Str(&o, "sentence");
  Key(&o, "article_id");
  Str(&o, article_id);
  Key(&o, "sentence_index");
  Num(&o, index);
  if (page > 0) {  // PDF input only: other records keep their shape
    Key(&o, "page");
    Num(&o, page);
  }
  Key(&o, "sentence");
  Str(&o, sentence);
  o += '}';
  return o;
}

std::string QuantityJson(const QuantityRecord& q) {
  std::string o = "{";
  Key(&o, "kind");
  Str(&o, "quantity");
  Key(&o, "article_id");
  Str(&o, q.article_id);
  Key(&o, "sentence_index");
  Num(&o, q.sentence_index);
  QuantityBody(&o, q.quantity);
  Key(&o, "attributed_to");
  OptActor(&o, q.attributed_to);
  Key(&o, "sentence");
  Str(&o, q.sentence);
  o += '}';
  return o;
}

std::string ErrorJson(const ErrorRecord& e) {
  std::string o = "{";
  Key(&o, "kind");
  Str(&o, "error");
  Key(&o, "article_id");
  if (e.article_id.empty())
    o += "null";
  else
    Str(&o, e.article_id);
  Key(&o, "input");
  Str(&o, e.input);
  Key(&o, "line");
  Num(&o, double(e.line));
  Key(&o, "message");
  Str(&o, e.message);
  o += '}';
  return o;
}

Status RecordWriter::Put(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), out_) != text.size()) {
    int err = errno;
    return Status::Error(StatusCode::kIoError,
                         std::string("writing output: ") + (err ? std::strerror(err) : "failed"));
  }
  return Status::Ok();
}

Status RecordWriter::Finish() {
  if (std::fflush(out_) != 0 || std::ferror(out_)) {
    int err = errno;
    return Status::Error(StatusCode::kIoError,
                         std::string("writing output: ") + (err ? std::strerror(err) : "failed"));
  }
  return Status::Ok();
}

Status RecordWriter::Header() {
  // GDELT files have no header row: GDELT scripts read from the first line.
  if (header_done_ || opt_.format == Format::kJsonl || opt_.format == Format::kGdelt)
    return Status::Ok();
  header_done_ = true;
  const char* cols[] = {
      "event_id",           "article_id",  "sentence_index", "date",        "source_code",
      "source_country",     "source_role", "source_text",    "target_code", "target_country",
      "target_role",        "target_text", "cameo",          "root",        "quad_class",
      "goldstein",          "plover",      "negated",        "modality",    "attributed_to_code",
      "attributed_to_text", "location",    "quantities",     "verb_phrase", "pattern",
      "sentence",           "span_begin",  "span_end",       "char_begin",  "char_end"};
  char sep = opt_.format == Format::kCsv ? ',' : '\t';
  std::string line;
  for (size_t i = 0; i < std::size(cols); ++i) {
    if (i) line += sep;
    line += cols[i];
  }
  line += '\n';
  return Put(line);
}

Status RecordWriter::OnArticle(const Article& a, const CodedArticle& coded) {
  if (opt_.format == Format::kGdelt) article_ = a;  // SOURCEURL of its events
  pages_id_ = a.id;                                 // the pages of its sentence records (PDF)
  pages_ = coded.sentence_pages;
  return Status::Ok();
}

Status RecordWriter::OnCanonical(const CanonicalEvent& c) {
  std::string line = opt_.format == Format::kGdelt ? GdeltRow(c) : CanonicalJson(c);
  line += '\n';
  return Put(line);
}

Status RecordWriter::OnEvent(const Event& e) {
  if (opt_.format == Format::kGdelt) {
    // One mention: a GDELT row with counts 1 (--canonical merges them).
    std::string row = GdeltRow(CanonicalFromMention(e, article_));
    row += '\n';
    return Put(row);
  }
  if (opt_.format == Format::kJsonl) {
    std::string j = EventJson(e);
    j += '\n';
    return Put(j);
  }
  Status st = Header();
  if (!st.ok()) return st;
  char sep = opt_.format == Format::kCsv ? ',' : '\t';
  auto num = [](double v) {
    std::string s;
    char b[32];
    std::snprintf(b, sizeof b, "%g", v);
    return std::string(b);
  };
  std::string q;
  for (const auto& x : e.quantities) {
    if (!q.empty()) q += ';';
    q += num(x.value) + " " + x.unit;
  }
  const Actor empty;
  const Actor& s = e.source ? *e.source : empty;
  const Actor& t = e.target ? *e.target : empty;
  const Actor& a = e.attributed_to ? *e.attributed_to : empty;
  const CharSpan cs = CharSpanOf(e);
  std::string cells[] = {e.event_id,
                         e.article_id,
                         std::to_string(e.sentence_index),
                         e.date,
                         s.code,
                         s.country,
                         s.role,
                         s.text,
                         t.code,
                         t.country,
                         t.role,
                         t.text,
                         e.cameo,
                         e.root,
                         std::to_string(e.quad_class),
                         num(e.goldstein),
                         e.plover,
                         e.negated ? "true" : "false",
                         e.modality,
                         a.code,
                         a.text,
                         e.location ? e.location->name : "",
                         q,
                         e.evidence.verb_phrase,
                         e.evidence.pattern,
                         e.sentence,
                         std::to_string(e.evidence.begin),
                         std::to_string(e.evidence.end),
                         std::to_string(cs.begin),
                         std::to_string(cs.end)};
  std::string line;
  for (size_t i = 0; i < std::size(cells); ++i) {
    if (i) line += sep;
    line += Cell(cells[i], opt_.format);
  }
  line += '\n';
  return Put(line);
}

Status RecordWriter::OnSentence(const std::string& article_id, int index,
                                std::string_view sentence) {
  if (!opt_.sentences || opt_.format != Format::kJsonl) return Status::Ok();
  int page =
      article_id == pages_id_ && index >= 0 && size_t(index) < pages_.size() ? pages_[index] : 0;
  std::string j = SentenceJson(article_id, index, sentence, page);
  j += '\n';
  return Put(j);
}

Status RecordWriter::OnQuantity(const QuantityRecord& q) {
  if (!opt_.quantities || opt_.format != Format::kJsonl) return Status::Ok();
  std::string j = QuantityJson(q);
  j += '\n';
  return Put(j);
}

Status RecordWriter::OnError(const ErrorRecord& e) {
  if (opt_.format != Format::kJsonl) return Status::Ok();
  std::string j = ErrorJson(e);
  j += '\n';
  return Put(j);
}

}  // namespace casus
