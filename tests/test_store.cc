// The SQLite store: schema, replacement on re-coding, errors.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "casus/store.h"
#include "common.h"
#include "files.h"

namespace casus {
namespace {

// The store does not expose its connection: tests read the file with SQLite.
int Count(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_step(st);
  int v = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

void Exec(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

std::string TempDb(const std::string& name) {
  std::string path = (testing::TestDir("store") / (name + ".db")).string();
  std::filesystem::remove(path);
  return path;
}

TEST(Store, RecodingReplaces) {
  std::string path = TempDb("replace");
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
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles"), 1);
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM events"), int(c.events.size()));
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM quantities"), int(c.quantities.size()));
  a.text = "Nothing happened.";
  CodedArticle empty = testing::TheCoder().Code(a);
  ASSERT_TRUE(s->Put(a, empty).ok());
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM events"), 0);
  ASSERT_TRUE(s->PutError({"x", "in.jsonl", 2, "not JSON"}).ok());
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM errors"), 1);
  EXPECT_EQ(Count(path, "SELECT json_extract(record,'$.quad_class') FROM events LIMIT 1"), 0);
}

}  // namespace
}  // namespace casus

namespace casus {
namespace {

Article Two(const std::string& id) {
  Article a;
  a.id = id;
  a.date = "2024-03-05";
  a.text = "Russian troops attacked Ukrainian positions. NATO condemned some 3,000 Russian troops.";
  return a;
}

// A Put that fails half way (here: a trigger refusing quantities, after the
// events went in) leaves the article exactly as it was before.
TEST(Store, PutIsWholeOrNothing) {
  std::string path = TempDb("savepoint");
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(path, &s).ok());
  Article a = Two("a1");
  CodedArticle c = testing::TheCoder().Code(a);
  ASSERT_GE(c.events.size(), 2u);
  ASSERT_GE(c.quantities.size(), 1u);
  ASSERT_TRUE(s->Put(a, c).ok());
  Exec(path,
       "CREATE TRIGGER no_q BEFORE INSERT ON quantities BEGIN SELECT RAISE(ABORT,'no room'); END");
  a.text = "Nothing happened. Then Russian troops attacked Ukrainian positions again.";
  CodedArticle c2 = testing::TheCoder().Code(a);
  c2.quantities = c.quantities;
  Status st = s->Put(a, c2);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_NE(st.message().find(path), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("no room"), std::string::npos) << st.message();
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM events"), int(c.events.size()));
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM quantities"), int(c.quantities.size()));
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles WHERE text LIKE 'Russian troops%'"), 1);
  // The store is still usable afterwards.
  ASSERT_TRUE(s->PutError({"x", "in.jsonl", 2, "not JSON"}).ok());
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM errors"), 1);
}

// In a run, a Store destroyed before Finish drops its pending batch: nothing
// half-written is left.
TEST(Store, UnfinishedRunRollsBack) {
  std::string path = TempDb("rollback");
  {
    std::unique_ptr<Store> s;
    ASSERT_TRUE(Store::Open(path, &s).ok());
    ASSERT_TRUE(s->Begin().ok());
    ASSERT_TRUE(s->Put(Two("a1"), testing::TheCoder().Code(Two("a1"))).ok());
  }
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles"), 0);
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(path, &s).ok());
  ASSERT_TRUE(s->Begin().ok());
  ASSERT_TRUE(s->OnArticle(Two("a1"), testing::TheCoder().Code(Two("a1"))).ok());
  ASSERT_TRUE(s->Finish().ok());
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles"), 1);
}

TEST(Store, OpenFailureNamesThePath) {
  std::unique_ptr<Store> s;
  Status st = Store::Open("/nonexistent/casus/dir/events.db", &s);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_NE(st.message().find("/nonexistent/casus/dir/events.db"), std::string::npos);
  EXPECT_EQ(s, nullptr);
}

}  // namespace
}  // namespace casus

namespace casus {
namespace {

// In a run, records wait in memory and are committed every
// `batch_articles`; Finish commits the rest; the counts say what is where.
TEST(Store, RunCommitsInBatches) {
  std::string path = TempDb("batches");
  StoreOptions o;
  o.batch_articles = 2;
  o.batch_seconds = 3600;
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(path, o, &s).ok());
  ASSERT_TRUE(s->Begin().ok());
  const CodedArticle c = testing::TheCoder().Code(Two("a1"));
  ASSERT_TRUE(s->Put(Two("a1"), c).ok());
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles"), 0);
  EXPECT_EQ(s->pending(), 1);
  ASSERT_TRUE(s->Put(Two("a2"), c).ok());
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles"), 2);
  ASSERT_TRUE(s->Put(Two("a3"), c).ok());
  ASSERT_TRUE(s->Finish().ok());
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles"), 3);
  EXPECT_EQ(s->stored(), 3);
  EXPECT_EQ(s->not_stored(), 0);
}

// --resume's question: stored with the same content? A changed text (or
// any other field of the hash) is not.
TEST(Store, IsStoredComparesTheContentHash) {
  std::string path = TempDb("hash");
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(path, &s).ok());
  Article a = Two("a1");
  bool stored = true;
  ASSERT_TRUE(s->IsStored(a, &stored).ok());
  EXPECT_FALSE(stored);
  ASSERT_TRUE(s->Put(a, testing::TheCoder().Code(a)).ok());
  ASSERT_TRUE(s->IsStored(a, &stored).ok());
  EXPECT_TRUE(stored);
  Article b = a;
  b.url = "https://example.org/x";
  EXPECT_NE(Store::ContentHash(a), Store::ContentHash(b));
  ASSERT_TRUE(s->IsStored(b, &stored).ok());
  EXPECT_FALSE(stored);
  // Fields are separated: moving a byte from title to text changes the hash.
  Article t1 = a, t2 = a;
  t1.title = "ab";
  t1.text = "c";
  t2.title = "a";
  t2.text = "bc";
  EXPECT_NE(Store::ContentHash(t1), Store::ContentHash(t2));
  EXPECT_EQ(Store::ContentHash(a).size(), 16u);
}

// A failed batch is dropped whole and counted; the store goes on.
TEST(Store, FailedBatchIsCounted) {
  std::string path = TempDb("failedbatch");
  StoreOptions o;
  o.batch_articles = 3;
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(path, o, &s).ok());
  Exec(path,
       "CREATE TRIGGER no_b BEFORE INSERT ON articles WHEN NEW.article_id='b2' "
       "BEGIN SELECT RAISE(ABORT,'refused'); END");
  ASSERT_TRUE(s->Begin().ok());
  const CodedArticle c = testing::TheCoder().Code(Two("b1"));
  ASSERT_TRUE(s->Put(Two("b1"), c).ok());
  ASSERT_TRUE(s->Put(Two("b2"), c).ok());
  Status st = s->Put(Two("b3"), c);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("refused"), std::string::npos) << st.message();
  EXPECT_EQ(s->not_stored(), 3);
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles"), 0);
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM events"), 0);
  ASSERT_TRUE(s->Put(Two("b4"), c).ok());
  ASSERT_TRUE(s->Finish().ok());
  EXPECT_EQ(s->stored(), 1);
  EXPECT_EQ(Count(path, "SELECT COUNT(*) FROM articles"), 1);
}

}  // namespace
}  // namespace casus
