// Output records: JSON escaping and the fixed field names.
#include <gtest/gtest.h>
#include <simdjson.h>

#include "casus/output.h"

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

}  // namespace
}  // namespace casus
