// fuzz_output: the output writers (casus/output.h) on records built from
// the fuzzer's bytes (fuzz_input.h): strings with any bytes (NUL, invalid
// UTF-8, quotes, commas, line ends), any doubles (NaN, infinities). Each
// input is written as JSON Lines, CSV and TSV through RecordWriter, and read
// back:
//  - JSON Lines: one line per record the writer's options keep; every line
//    parses with simdjson and gives back each field: strings as written,
//    with each byte of an invalid UTF-8 sequence read as U+FFFD (the writer's
//    escaping, DecodeUtf8's reading); empty optional strings and missing
//    actors as null; numbers within printing precision, non-finite ones as
//    null; booleans and spans exactly.
//  - CSV: RFC 4180 (csv_reader.h); a header of 30 names, then one row of 30
//    fields per event, each field equal to the value written.
//  - TSV: the same rows, with tab, LF and CR in a value written as a space.
// CheckOutput returns nullptr or the violated condition; shared by the
// target (fuzz_output.cc) and tests/test_fuzz_replay.cc. No state.
#pragma once
#include <simdjson.h>
#include <stdio.h>

#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "casus/output.h"
#include "csv_reader.h"
#include "fuzz_common.h"
#include "fuzz_input.h"
#include "util/utf8.h"

namespace casus::fuzz {

namespace output_detail {

struct SentenceRec {
  std::string article_id;
  int index = 0;
  std::string sentence;
};
using Rec = std::variant<Event, QuantityRecord, ErrorRecord, SentenceRec>;

inline Actor MakeActor(Input& in) {
  Actor a;
  a.code = in.Str();
  a.country = in.Str();
  a.role = in.Str();
  a.text = in.Str();
  return a;
}
inline std::optional<Actor> MaybeActor(Input& in) {
  if (in.U8() & 1) return MakeActor(in);
  return std::nullopt;
}
inline Quantity MakeQuantity(Input& in) {
  Quantity q;
  q.value = in.F64();
  q.unit = in.Str();
  q.actor = MaybeActor(in);
  q.text = in.Str();
  return q;
}
inline Event MakeEvent(Input& in) {
  Event e;
  e.event_id = in.Str();
  e.article_id = in.Str();
  e.sentence_index = int(in.U32());
  e.sentence = in.Str();
  e.date = in.Str();
  e.source = MaybeActor(in);
  e.target = MaybeActor(in);
  e.cameo = in.Str();
  e.root = in.Str();
  e.quad_class = int(in.U32());
  e.goldstein = in.F64();
  e.plover = in.Str();
  e.negated = in.U8() & 1;
  e.modality = in.Str();
  e.attributed_to = MaybeActor(in);
  if (in.U8() & 1) {
    Place p;
    p.name = in.Str();
    p.country = in.Str();
    p.feature = in.Str();
    p.has_coords = in.U8() & 1;
    p.lat = in.F64();
    p.lon = in.F64();
    e.location = p;
  }
  for (int k = in.U8() % 3; k > 0; --k) e.quantities.push_back(MakeQuantity(in));
  e.evidence.verb_phrase = in.Str();
  e.evidence.begin = in.U32();
  e.evidence.end = in.U32();
  e.evidence.char_begin = in.U32();
  e.evidence.char_end = in.U32();
  e.evidence.pattern = in.Str();
  e.evidence.dictionary = in.Str();
  return e;
}

// What a JSON reader gets back for bytes `s`: valid UTF-8 as is, each byte of
// an invalid sequence as U+FFFD.
inline std::string AsJson(std::string_view s) {
  std::string o;
  for (size_t i = 0; i < s.size();) AppendUtf8(DecodeUtf8(s, &i), &o);
  return o;
}

using Obj = simdjson::dom::object;

inline bool StrIs(Obj o, const char* key, std::string_view want) {
  std::string_view got;
  if (o[key].get_string().get(got)) return false;
  return FindInvalidUtf8(want) == std::string_view::npos ? got == want : got == AsJson(want);
}
inline bool NullOrStrIs(Obj o, const char* key, std::string_view want) {
  if (want.empty()) return o[key].is_null();
  return StrIs(o, key, want);
}
inline bool IntIs(Obj o, const char* key, int64_t want) {
  int64_t got;
  return !o[key].get_int64().get(got) && got == want;
}
inline bool Close(double got, double want) {
  if (want == std::floor(want) && std::fabs(want) < 1e15) return got == want;
  return std::fabs(got - want) <= 1e-5 * std::fabs(want);
}
inline bool NumIs(simdjson::dom::element v, double want) {
  if (!std::isfinite(want)) return v.is_null();
  double got;
  return !v.get_double().get(got) && Close(got, want);
}
inline bool NumIs(Obj o, const char* key, double want) {
  simdjson::dom::element v;
  return !o[key].get(v) && NumIs(v, want);
}
inline bool ActorIs(Obj o, const char* key, const std::optional<Actor>& want) {
  if (!want) return o[key].is_null();
  Obj a;
  if (o[key].get_object().get(a)) return false;
  return StrIs(a, "code", want->code) && NullOrStrIs(a, "country", want->country) &&
         NullOrStrIs(a, "role", want->role) && StrIs(a, "text", want->text);
}
inline bool QuantityIs(Obj o, const Quantity& q) {
  return NumIs(o, "value", q.value) && StrIs(o, "unit", q.unit) && ActorIs(o, "actor", q.actor) &&
         StrIs(o, "text", q.text);
}
inline bool PairIs(Obj o, const char* key, uint32_t a, uint32_t b) {
  simdjson::dom::array arr;
  if (o[key].get_array().get(arr) || arr.size() != 2) return false;
  int64_t x, y;
  return !arr.at(0).get_int64().get(x) && !arr.at(1).get_int64().get(y) && x == a && y == b;
}

#define CASUS_FUZZ_CHECK(cond) \
  do {                         \
    if (!(cond)) return #cond; \
  } while (0)

inline const char* CheckEventJson(Obj o, const Event& e) {
  CASUS_FUZZ_CHECK(StrIs(o, "kind", "event"));
  CASUS_FUZZ_CHECK(StrIs(o, "event_id", e.event_id));
  CASUS_FUZZ_CHECK(StrIs(o, "article_id", e.article_id));
  CASUS_FUZZ_CHECK(IntIs(o, "sentence_index", e.sentence_index));
  CASUS_FUZZ_CHECK(StrIs(o, "sentence", e.sentence));
  CASUS_FUZZ_CHECK(NullOrStrIs(o, "date", e.date));
  CASUS_FUZZ_CHECK(ActorIs(o, "source", e.source));
  CASUS_FUZZ_CHECK(ActorIs(o, "target", e.target));
  CASUS_FUZZ_CHECK(StrIs(o, "cameo", e.cameo));
  CASUS_FUZZ_CHECK(StrIs(o, "root", e.root));
  CASUS_FUZZ_CHECK(IntIs(o, "quad_class", e.quad_class));
  CASUS_FUZZ_CHECK(NumIs(o, "goldstein", e.goldstein));
  CASUS_FUZZ_CHECK(NullOrStrIs(o, "plover", e.plover));
  bool negated;
  CASUS_FUZZ_CHECK(!o["negated"].get_bool().get(negated) && negated == e.negated);
  CASUS_FUZZ_CHECK(StrIs(o, "modality", e.modality));
  CASUS_FUZZ_CHECK(ActorIs(o, "attributed_to", e.attributed_to));
  if (!e.location) {
    CASUS_FUZZ_CHECK(o["location"].is_null());
  } else {
    const Place& p = *e.location;
    Obj l;
    CASUS_FUZZ_CHECK(!o["location"].get_object().get(l));
    CASUS_FUZZ_CHECK(StrIs(l, "name", p.name) && NullOrStrIs(l, "country", p.country) &&
                     StrIs(l, "feature", p.feature));
    CASUS_FUZZ_CHECK(p.has_coords ? NumIs(l, "lat", p.lat) && NumIs(l, "lon", p.lon)
                                  : l["lat"].is_null() && l["lon"].is_null());
  }
  simdjson::dom::array qs;
  CASUS_FUZZ_CHECK(!o["quantities"].get_array().get(qs) && qs.size() == e.quantities.size());
  size_t k = 0;
  for (simdjson::dom::element q : qs) {
    Obj qo;
    CASUS_FUZZ_CHECK(!q.get_object().get(qo) && QuantityIs(qo, e.quantities[k++]));
  }
  Obj ev;
  CASUS_FUZZ_CHECK(!o["evidence"].get_object().get(ev));
  CASUS_FUZZ_CHECK(StrIs(ev, "verb_phrase", e.evidence.verb_phrase));
  CASUS_FUZZ_CHECK(PairIs(ev, "span", e.evidence.begin, e.evidence.end));
  CASUS_FUZZ_CHECK(PairIs(ev, "char_span", e.evidence.char_begin, e.evidence.char_end));
  CASUS_FUZZ_CHECK(StrIs(ev, "pattern", e.evidence.pattern));
  CASUS_FUZZ_CHECK(StrIs(ev, "dictionary", e.evidence.dictionary));
  return nullptr;
}

inline const char* CheckJson(Obj o, const Rec& r) {
  if (const Event* e = std::get_if<Event>(&r)) return CheckEventJson(o, *e);
  if (const QuantityRecord* q = std::get_if<QuantityRecord>(&r)) {
    CASUS_FUZZ_CHECK(StrIs(o, "kind", "quantity"));
    CASUS_FUZZ_CHECK(StrIs(o, "article_id", q->article_id));
    CASUS_FUZZ_CHECK(IntIs(o, "sentence_index", q->sentence_index));
    CASUS_FUZZ_CHECK(QuantityIs(o, q->quantity));
    CASUS_FUZZ_CHECK(ActorIs(o, "attributed_to", q->attributed_to));
    CASUS_FUZZ_CHECK(StrIs(o, "sentence", q->sentence));
    return nullptr;
  }
  if (const ErrorRecord* e = std::get_if<ErrorRecord>(&r)) {
    CASUS_FUZZ_CHECK(StrIs(o, "kind", "error"));
    CASUS_FUZZ_CHECK(NullOrStrIs(o, "article_id", e->article_id));
    CASUS_FUZZ_CHECK(StrIs(o, "input", e->input));
    CASUS_FUZZ_CHECK(IntIs(o, "line", e->line));
    CASUS_FUZZ_CHECK(StrIs(o, "message", e->message));
    return nullptr;
  }
  const SentenceRec& s = std::get<SentenceRec>(r);
  CASUS_FUZZ_CHECK(StrIs(o, "kind", "sentence"));
  CASUS_FUZZ_CHECK(StrIs(o, "article_id", s.article_id));
  CASUS_FUZZ_CHECK(IntIs(o, "sentence_index", s.index));
  CASUS_FUZZ_CHECK(StrIs(o, "sentence", s.sentence));
  return nullptr;
}

// The 30 cells of an event's CSV/TSV row, as values (before quoting).
inline std::vector<std::string> EventCells(const Event& e) {
  auto num = [](double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%g", v);
    return std::string(b);
  };
  std::string q;
  for (const Quantity& x : e.quantities) q += (q.empty() ? "" : ";") + num(x.value) + " " + x.unit;
  const Actor none;
  const Actor& s = e.source ? *e.source : none;
  const Actor& t = e.target ? *e.target : none;
  const Actor& a = e.attributed_to ? *e.attributed_to : none;
  return {e.event_id,
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
          std::to_string(e.evidence.char_begin),
          std::to_string(e.evidence.char_end)};
}

// Writes `recs` through a RecordWriter into memory.
inline const char* Write(const std::vector<Rec>& recs, const WriterOptions& wo, std::string* out) {
  char* buf = nullptr;
  size_t len = 0;
  FILE* f = open_memstream(&buf, &len);
  if (!f) return "open_memstream failed";
  bool ok = true;
  {
    RecordWriter w(f, wo);
    for (const Rec& r : recs) {
      Status s = Status::Ok();
      if (const Event* e = std::get_if<Event>(&r))
        s = w.OnEvent(*e);
      else if (const QuantityRecord* q = std::get_if<QuantityRecord>(&r))
        s = w.OnQuantity(*q);
      else if (const ErrorRecord* er = std::get_if<ErrorRecord>(&r))
        s = w.OnError(*er);
      else {
        const SentenceRec& sr = std::get<SentenceRec>(r);
        s = w.OnSentence(sr.article_id, sr.index, sr.sentence);
      }
      ok = ok && s.ok();
    }
    ok = ok && w.Finish().ok();
  }
  std::fclose(f);
  out->assign(buf, len);
  std::free(buf);
  return ok ? nullptr : "a write to memory failed";
}

inline std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> lines;
  while (!s.empty()) {
    size_t nl = s.find('\n');
    lines.push_back(s.substr(0, nl));
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
  }
  return lines;
}

inline const char* CheckJsonLines(const std::vector<Rec>& recs, const WriterOptions& wo,
                                  const std::string& text) {
  CASUS_FUZZ_CHECK(text.empty() || text.back() == '\n');
  std::vector<const Rec*> kept;
  for (const Rec& r : recs)
    if ((!std::holds_alternative<SentenceRec>(r) || wo.sentences) &&
        (!std::holds_alternative<QuantityRecord>(r) || wo.quantities))
      kept.push_back(&r);
  std::vector<std::string_view> lines = SplitLines(text);
  CASUS_FUZZ_CHECK(lines.size() == kept.size());
  static thread_local simdjson::dom::parser parser;
  for (size_t i = 0; i < lines.size(); ++i) {
    simdjson::padded_string padded(lines[i]);
    simdjson::dom::element doc;
    CASUS_FUZZ_CHECK(!parser.parse(padded).get(doc));  // JSON Lines output parses
    Obj o;
    CASUS_FUZZ_CHECK(!doc.get_object().get(o));
    if (const char* why = CheckJson(o, *kept[i])) return why;
  }
  return nullptr;
}

inline const char* CheckTable(const std::vector<Rec>& recs, const std::string& text, bool csv) {
  std::vector<std::vector<std::string>> rows;
  if (csv) {
    size_t bad = 0;
    CASUS_FUZZ_CHECK(ReadCsv(text, &rows, &bad));  // CSV output is RFC 4180
  } else {
    CASUS_FUZZ_CHECK(text.empty() || text.back() == '\n');
    for (std::string_view line : SplitLines(text)) {
      rows.emplace_back();
      for (size_t b = 0;;) {
        size_t t = line.find('\t', b);
        rows.back().emplace_back(line.substr(b, t == std::string_view::npos ? t : t - b));
        if (t == std::string_view::npos) break;
        b = t + 1;
      }
    }
  }
  std::vector<const Event*> events;
  for (const Rec& r : recs)
    if (const Event* e = std::get_if<Event>(&r)) events.push_back(e);
  if (events.empty()) {
    CASUS_FUZZ_CHECK(rows.empty());  // no events, no header either
    return nullptr;
  }
  CASUS_FUZZ_CHECK(rows.size() == events.size() + 1);
  CASUS_FUZZ_CHECK(rows[0].size() == 30 && rows[0][0] == "event_id" && rows[0][29] == "char_end");
  for (size_t i = 0; i < events.size(); ++i) {
    std::vector<std::string> want = EventCells(*events[i]);
    if (!csv)
      for (std::string& c : want)
        for (char& ch : c)
          if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
    CASUS_FUZZ_CHECK(rows[i + 1].size() == want.size());  // as many fields as the header
    for (size_t k = 0; k < want.size(); ++k)
      CASUS_FUZZ_CHECK(rows[i + 1][k] == want[k]);  // each field reads back as written
  }
  return nullptr;
}

}  // namespace output_detail

inline const char* CheckOutput(std::string_view bytes) {
  using namespace output_detail;
  Input in(bytes);
  uint8_t flags = in.U8();
  WriterOptions wo;
  wo.sentences = flags & 1;
  wo.quantities = flags & 2;
  std::vector<Rec> recs;
  while (!in.empty() && recs.size() < 16) {
    switch (in.U8() % 4) {
      case 0:
        recs.emplace_back(MakeEvent(in));
        break;
      case 1: {
        QuantityRecord q;
        q.article_id = in.Str();
        q.sentence_index = int(in.U32());
        q.quantity = MakeQuantity(in);
        q.attributed_to = MaybeActor(in);
        q.sentence = in.Str();
        recs.emplace_back(std::move(q));
        break;
      }
      case 2: {
        ErrorRecord e;
        e.article_id = in.Str();
        e.input = in.Str();
        e.line = long(in.U32());
        e.message = in.Str();
        recs.emplace_back(std::move(e));
        break;
      }
      default: {
        SentenceRec s;
        s.article_id = in.Str();
        s.index = int(in.U32());
        s.sentence = in.Str();
        recs.emplace_back(std::move(s));
      }
    }
  }
  std::string text;
  for (Format f : {Format::kJsonl, Format::kCsv, Format::kTsv}) {
    wo.format = f;
    if (const char* why = Write(recs, wo, &text)) return why;
    const char* why = f == Format::kJsonl ? CheckJsonLines(recs, wo, text)
                                          : CheckTable(recs, text, f == Format::kCsv);
    if (why) return why;
  }
  return nullptr;
}

#undef CASUS_FUZZ_CHECK

}  // namespace casus::fuzz
