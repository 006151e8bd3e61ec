// src/util: the shared string, hash, date and UTF-8 helpers every stage
// relies on. No dictionaries needed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "util/dates.h"
#include "util/hash.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace casus {
namespace {

std::vector<std::string> Strs(const std::vector<std::string_view>& v) {
  return std::vector<std::string>(v.begin(), v.end());
}

TEST(Strings, TrimAndComment) {
  EXPECT_EQ(Trim("  a b \t\n"), "a b");
  EXPECT_EQ(Trim(" \t "), "");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(StripComment("word  # why"), "word  ");
  EXPECT_EQ(StripComment("# all"), "");
  EXPECT_EQ(StripComment("none"), "none");
}

TEST(Strings, SplitKeepsEmptyPiecesTrimmed) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Strs(Split("a;;b", ';')), (V{"a", "", "b"}));
  EXPECT_EQ(Strs(Split(" a ; b ", ';')), (V{"a", "b"}));
  EXPECT_EQ(Strs(Split("", ';')), (V{""}));
  EXPECT_EQ(Strs(Split("a;", ';')), (V{"a", ""}));
}

TEST(Strings, WordsDropsRunsOfSpace) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Strs(Words("  one\ttwo \n three  ")), (V{"one", "two", "three"}));
  EXPECT_TRUE(Words(" \t\n").empty());
  EXPECT_TRUE(Words("").empty());
}

TEST(Strings, CaseAffixesAndMembership) {
  EXPECT_EQ(AsciiLower("KyIV \xC3\x89"), "kyiv \xC3\x89");  // bytes >= 0x80 kept
  EXPECT_TRUE(StartsWith("prefix", "pre"));
  EXPECT_FALSE(StartsWith("pr", "pre"));
  EXPECT_TRUE(EndsWith("troops", "s"));
  EXPECT_FALSE(EndsWith("s", "ss"));
  EXPECT_TRUE(In("will", {"will", "shall"}));
  EXPECT_FALSE(In("wil", {"will", "shall"}));
  EXPECT_FALSE(In("", {}));
}

TEST(Hash, FieldsAreSeparated) {
  uint64_t ab_c = FnvField(FnvField(kFnvOffset, "ab"), "c");
  uint64_t a_bc = FnvField(FnvField(kFnvOffset, "a"), "bc");
  EXPECT_NE(ab_c, a_bc);
  // Without the separator the two would collide: that is why it exists.
  EXPECT_EQ(FnvBytes(FnvBytes(kFnvOffset, "ab"), "c"), FnvBytes(FnvBytes(kFnvOffset, "a"), "bc"));
  EXPECT_NE(FnvField(kFnvOffset, ""), kFnvOffset);  // an empty field still counts
}

TEST(Hash, FixedValuesPinEventIds) {
  // Event ids are stored by users: these values must not change. FnvBytes is
  // FNV-1a 64 with the published offset basis: the published test vectors hold.
  EXPECT_EQ(kFnvOffset, 14695981039346656037ull);
  EXPECT_EQ(FnvBytes(kFnvOffset, ""), kFnvOffset);
  EXPECT_EQ(FnvBytes(kFnvOffset, "a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(FnvBytes(kFnvOffset, "foobar"), 0x85944171f73967e8ull);
  EXPECT_EQ(FnvField(FnvField(kFnvOffset, "ab"), "c"), 0x20ba9b3025a8b421ull);
  EXPECT_EQ(FnvField(FnvField(kFnvOffset, "a"), "bc"), 0xa0a3542c19b900abull);
}

TEST(Dates, ParseYmdChecksTheCalendar) {
  EXPECT_EQ(ParseYmd("2024-02-29"), 20240229);  // leap year
  EXPECT_EQ(ParseYmd("2023-02-29"), -1);
  EXPECT_EQ(ParseYmd("2024-02-31"), -1);
  EXPECT_EQ(ParseYmd("2000-02-29"), 20000229);  // divisible by 400
  EXPECT_EQ(ParseYmd("1900-02-29"), -1);        // by 100, not 400
  EXPECT_EQ(ParseYmd("2024-04-31"), -1);
  EXPECT_EQ(ParseYmd("2024-12-31"), 20241231);
  EXPECT_EQ(ParseYmd("2024-13-01"), -1);
  EXPECT_EQ(ParseYmd("2024-00-10"), -1);
  EXPECT_EQ(ParseYmd("2024-01-00"), -1);
  for (const char* bad : {"", "2024-1-05", "2024-01-5", "2024/01/05", "2024-01-05 ", " 2024-01-05",
                          "20240105", "2024-0a-05", "+024-01-05", "2024-01-0-"})
    EXPECT_EQ(ParseYmd(bad), -1) << bad;
  EXPECT_TRUE(ValidYmd("2024-03-05"));
  EXPECT_FALSE(ValidYmd("2024-03-32"));
  EXPECT_EQ(DayOrZero("2024-03-05"), 20240305);
  EXPECT_EQ(DayOrZero("2024-02-30"), 0);
  EXPECT_EQ(DayOrZero("unknown"), 0);
}

TEST(Dates, DaysInMonth) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2024, 1), 31);
  EXPECT_EQ(DaysInMonth(2024, 9), 30);
  EXPECT_EQ(DaysInMonth(2024, 0), 0);
  EXPECT_EQ(DaysInMonth(2024, 13), 0);
}

// Decodes all of `s`, one code point per call.
std::u32string DecodeAll(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(DecodeUtf8(s, &i));
  return out;
}

TEST(Utf8, DecodesValidSequences) {
  EXPECT_EQ(DecodeAll("a\xC4\x9F\xE2\x80\x94\xF0\x9F\x98\x80"),
            (std::u32string{U'a', 0x11F, 0x2014, 0x1F600}));
  EXPECT_EQ(DecodeAll("\xEF\xBF\xBD"), std::u32string{0xFFFD});  // a real U+FFFD is 3 bytes
  EXPECT_EQ(DecodeAll("\xF4\x8F\xBF\xBF"), std::u32string{0x10FFFF});
}

TEST(Utf8, InvalidInputGivesReplacementAndAdvancesOneByte) {
  size_t i = 0;
  EXPECT_EQ(DecodeUtf8("\xC0\xAF", &i), 0xFFFDu);  // overlong "/"
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(DecodeUtf8("\xE0\x80\xAF", &i), 0xFFFDu);  // overlong, 3 bytes
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(DecodeUtf8("\xF0\x80\x80\xAF", &i), 0xFFFDu);  // overlong, 4 bytes
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", &i), 0xFFFDu);  // surrogate U+D800
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(DecodeUtf8("\xF4\x90\x80\x80", &i), 0xFFFDu);  // past U+10FFFF
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(DecodeUtf8("\xC4", &i), 0xFFFDu);  // truncated
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(DecodeUtf8("\x80", &i), 0xFFFDu);  // lone continuation byte
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(DecodeUtf8("\xC4x", &i), 0xFFFDu);  // lead without continuation
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(DecodeAll("\xC4x"), (std::u32string{0xFFFD, U'x'}));
}

TEST(Utf8, AppendRoundTrips) {
  for (char32_t cp : {char32_t(0x41), char32_t(0x7FF), char32_t(0x800), char32_t(0xFFFF),
                      char32_t(0x10000), char32_t(0x10FFFF)}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t i = 0;
    EXPECT_EQ(DecodeUtf8(s, &i), cp);
    EXPECT_EQ(i, s.size());
  }
}

TEST(Utf8, FindInvalidReportsTheFirstBadByte) {
  constexpr size_t npos = std::string_view::npos;
  EXPECT_EQ(FindInvalidUtf8(""), npos);
  EXPECT_EQ(FindInvalidUtf8("Erdo\xC4\x9F"
                            "an \xEF\xBF\xBD"),
            npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xFF"), 2u);
  EXPECT_EQ(FindInvalidUtf8("Erdo\xC4\x9F\xC0\xAF"), 6u);  // after a good 2-byte char
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);
  EXPECT_EQ(FindInvalidUtf8("abc\xE2\x80"), 3u);  // truncated at the end
}

TEST(Utf8, CharOffsetsForErdogan) {
  std::string s =
      "Erdo\xC4\x9F"
      "an";  // 7 characters, 8 bytes
  EXPECT_EQ(s.size(), 8u);
  EXPECT_EQ(Utf8Chars(s, 0), 0u);
  EXPECT_EQ(Utf8Chars(s, 4), 4u);  // "Erdo"
  EXPECT_EQ(Utf8Chars(s, 6), 5u);  // "Erdoğ"
  EXPECT_EQ(Utf8Chars(s, 8), 7u);
  EXPECT_EQ(Utf8Chars(s, 100), 7u);  // clamped to the string
  EXPECT_EQ(Utf8Chars("\xF0\x9F\x98\x80!", 5), 2u);
}

}  // namespace
}  // namespace casus
