// Output records: JSON escaping and the fixed field names.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>

#include "casus/output.h"
#include "common.h"
#include "util/utf8.h"

namespace casus {
namespace {

TEST(Output, EventJsonIsValidAndEscaped) {
  Event e;
  e.event_id = "x";
  e.article_id = "a\"b";
  e.sentence = "Line\nwith \"quotes\" and \\ and \x01";
  e.source = Actor{"FRAMIL", "FRA", "MIL", "the French navy"};
  e.cameo = "190";
  e.root = "19";
  e.quantities.push_back({8500, "troop", std::nullopt, "8,500 troops"});
  std::string j = EventJson(e);
  simdjson::dom::parser p;
  simdjson::padded_string ps(j);
  simdjson::dom::element doc;
  ASSERT_FALSE(p.parse(ps).get(doc)) << j;
  std::string_view s;
  ASSERT_FALSE(doc["sentence"].get_string().get(s));
  EXPECT_EQ(s, e.sentence);
  EXPECT_TRUE(doc["target"].is_null());
  EXPECT_TRUE(doc["date"].is_null());
  double v;
  ASSERT_FALSE(doc["quantities"].at(0)["value"].get_double().get(v));
  EXPECT_EQ(v, 8500);
  ASSERT_FALSE(doc["source"]["text"].get_string().get(s));
  EXPECT_EQ(s, "the French navy");
}

TEST(Output, ErrorRecord) {
  std::string j = ErrorJson({"", "in.jsonl", 3, "not JSON"});
  EXPECT_EQ(j,
            "{\"kind\":\"error\",\"article_id\":null,\"input\":\"in.jsonl\",\"line\":3,\"message\":"
            "\"not JSON\"}");
}

TEST(Output, Formats) {
  Format f;
  EXPECT_TRUE(ParseFormat("csv", &f));
  EXPECT_EQ(f, Format::kCsv);
  EXPECT_FALSE(ParseFormat("xml", &f));
}

// The spec's evidence span is in characters: a Python user slicing the
// sentence (a str of code points) with `char_span` gets the verb phrase back;
// with the byte `span` they would get "riticised ".
TEST(Output, CharSpanSlicesCodePoints) {
  Article a;
  a.id = "e";
  a.date = "2024-03-05";
  a.text =
      "Erdo\xC4\x9F"
      "an criticised Greece on Monday.";
  CodedArticle c = testing::TheCoder().Code(a);
  ASSERT_EQ(c.events.size(), 1u);
  std::string j = EventJson(c.events[0]);
  simdjson::dom::parser p;
  simdjson::padded_string ps(j);
  simdjson::dom::element doc;
  ASSERT_FALSE(p.parse(ps).get(doc)) << j;
  std::string_view sentence, phrase;
  ASSERT_FALSE(doc["sentence"].get_string().get(sentence));
  ASSERT_FALSE(doc["evidence"]["verb_phrase"].get_string().get(phrase));
  EXPECT_EQ(phrase, "criticised");
  int64_t cb, ce, bb, be;
  ASSERT_FALSE(doc["evidence"]["char_span"].at(0).get_int64().get(cb)) << j;
  ASSERT_FALSE(doc["evidence"]["char_span"].at(1).get_int64().get(ce));
  ASSERT_FALSE(doc["evidence"]["span"].at(0).get_int64().get(bb));
  ASSERT_FALSE(doc["evidence"]["span"].at(1).get_int64().get(be));
  // Decode to code points, as Python holds a str, and slice.
  std::u32string cps;
  for (size_t i = 0; i < sentence.size();) cps += DecodeUtf8(sentence, &i);
  std::string sliced;
  for (char32_t cp : cps.substr(size_t(cb), size_t(ce - cb))) AppendUtf8(cp, &sliced);
  EXPECT_EQ(sliced, "criticised");
  EXPECT_EQ(cb, 8);
  EXPECT_EQ(ce, 18);
  // The byte span still slices the UTF-8 bytes.
  EXPECT_EQ(sentence.substr(size_t(bb), size_t(be - bb)), "criticised");
  EXPECT_EQ(bb, 9);
}

TEST(Output, CsvCarriesBothSpans) {
  Event e;
  e.event_id = "x";
  e.sentence = "\xC3\xA9t\xC3\xA9 attacked";
  e.evidence.verb_phrase = "attacked";
  e.evidence.begin = 6;
  e.evidence.end = 14;
  e.evidence.char_begin = 4;  // the coder fills both spans; the writer writes them
  e.evidence.char_end = 12;
  char* buf = nullptr;
  size_t len = 0;
  FILE* mem = open_memstream(&buf, &len);
  RecordWriter w(mem, Format::kCsv);
  ASSERT_TRUE(w.OnEvent(e).ok());
  ASSERT_TRUE(w.Finish().ok());
  std::fclose(mem);
  std::string out(buf, len);
  std::free(buf);
  EXPECT_NE(out.find(",sentence,span_begin,span_end,char_begin,char_end\n"), std::string::npos)
      << out;
  EXPECT_NE(out.find(",6,14,4,12\n"), std::string::npos) << out;
}

}  // namespace
}  // namespace casus
