// The SQLite store: schema, replacement on re-coding, errors.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "casus/store.h"
#include "common.h"

namespace casus {
namespace {

int Count(Store* s, const char* sql) {
  sqlite3_stmt* st;
  sqlite3_prepare_v2(s->handle(), sql, -1, &st, nullptr);
  sqlite3_step(st);
  int v = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return v;
}

TEST(Store, RecodingReplaces) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("casus-store-" + std::to_string(::getpid()) + ".db"))
                         .string();
  std::filesystem::remove(path);
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(path, &s).ok());
  Article a;
  a.id = "a1";
  a.date = "2024-03-05";
  a.text = "Russian troops attacked Ukrainian positions. NATO condemned some 3,000 Russian troops.";
  CodedArticle c = testing::TheCoder().Code(a);
  ASSERT_GE(c.events.size(), 2u);
  ASSERT_TRUE(s->Put(a, c).ok());
  ASSERT_TRUE(s->Put(a, c).ok());
  EXPECT_EQ(Count(s.get(), "SELECT COUNT(*) FROM articles"), 1);
  EXPECT_EQ(Count(s.get(), "SELECT COUNT(*) FROM events"), int(c.events.size()));
  EXPECT_EQ(Count(s.get(), "SELECT COUNT(*) FROM quantities"), int(c.quantities.size()));
  a.text = "Nothing happened.";
  CodedArticle empty = testing::TheCoder().Code(a);
  ASSERT_TRUE(s->Put(a, empty).ok());
  EXPECT_EQ(Count(s.get(), "SELECT COUNT(*) FROM events"), 0);
  ASSERT_TRUE(s->PutError({"x", "in.jsonl", 2, "not JSON"}).ok());
  EXPECT_EQ(Count(s.get(), "SELECT COUNT(*) FROM errors"), 1);
  EXPECT_EQ(Count(s.get(), "SELECT json_extract(record,'$.quad_class') FROM events LIMIT 1"), 0);
}

}  // namespace
}  // namespace casus
