// casus serve: the filters, the JSON API over a fixture database (made by
// `casus code --db` from tests/browser/fixture.jsonl), the read-only
// connection, the static files and the HTTP limits.
#include <gtest/gtest.h>
#include <httplib.h>
#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "files.h"
#include "serve/api.h"
#include "serve/db.h"
#include "serve/filters.h"
#include "serve/server.h"
#include "serve/web.h"

namespace casus::serve {
namespace {

namespace fs = std::filesystem;

std::string FixtureDb() {
  static std::string path = [] {
    fs::path dir = casus::testing::TestDir("serve");
    std::string db = (dir / "fixture.db").string();
    fs::remove(db);
    std::string cmd = std::string(CASUS_BINARY) + " code --db " + db + " " + CASUS_SOURCE_DIR +
                      "/tests/browser/fixture.jsonl >/dev/null 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    return db;
  }();
  return path;
}

// A number straight from the database, to check the API against.
long Count(const std::string& sql) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(FixtureDb().c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr);
  long n = sqlite3_step(st) == SQLITE_ROW ? long(sqlite3_column_int64(st, 0)) : -1;
  sqlite3_finalize(st);
  sqlite3_close(h);
  return n;
}

struct ApiFixture : ::testing::Test {
  static void SetUpTestSuite() {
    Status s = ReadOnlyDb::Open(FixtureDb(), DbOptions(), &db);
    ASSERT_TRUE(s.ok()) << s.message();
    api = new Api(db.get());
  }
  static void TearDownTestSuite() {
    delete api;
    db.reset();
  }
  static std::unique_ptr<ReadOnlyDb> db;
  static Api* api;
};
std::unique_ptr<ReadOnlyDb> ApiFixture::db;
Api* ApiFixture::api = nullptr;

// The integer after "key": in a JSON text (the API's counts).
long JsonInt(const std::string& body, const std::string& key, size_t from = 0) {
  size_t k = body.find("\"" + key + "\":", from);
  if (k == std::string::npos) return -1;
  return std::atol(body.c_str() + k + key.size() + 3);
}

// The sum of every "key": value in a JSON text.
long SumOf(const std::string& body, const std::string& key) {
  long sum = 0;
  for (size_t k = body.find("\"" + key + "\":"); k != std::string::npos;
       k = body.find("\"" + key + "\":", k + 1))
    sum += std::atol(body.c_str() + k + key.size() + 3);
  return sum;
}

TEST(ServeFilters, RefusesWhatIsNotAFilter) {
  Filters f;
  EXPECT_FALSE(ParseFilters({{"nope", "1"}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"nope", ""}}, {}, &f).ok());
  EXPECT_TRUE(ParseFilters({{"actor", ""}, {"q", ""}}, {}, &f).ok());  // empty fields: any
  EXPECT_FALSE(ParseFilters({{"from", "2024-02-30"}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"from", "2024-03-01"}, {"to", "2024-02-01"}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"actor", "RUS'--"}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"dyad", "RUS"}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"code", "19a"}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"root", "1"}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"quad", "5"}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"q", std::string(kMaxParamBytes + 1, 'a')}}, {}, &f).ok());
  EXPECT_FALSE(ParseFilters({{"q", "a\nb"}}, {}, &f).ok());
  f = Filters();
  Status s = ParseFilters({{"limit", "3"}, {"actor", "rus"}, {"dyad", "tur-syr"}}, {"limit"}, &f);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(f.actor, "RUS");
  EXPECT_EQ(f.dyad, "TUR-SYR");
  long n = 0;
  EXPECT_FALSE(ParseInt({{"limit", "0"}}, "limit", 1, 10, 5, &n).ok());
  EXPECT_FALSE(ParseInt({{"limit", "3x"}}, "limit", 1, 10, 5, &n).ok());
  ASSERT_TRUE(ParseInt({}, "limit", 1, 10, 5, &n).ok());
  EXPECT_EQ(n, 5);
}

TEST(ServeFilters, ValuesAreBoundNeverInTheSql) {
  Filters f;
  const std::string evil = "x' OR 1=1; DROP TABLE events; --";
  ASSERT_TRUE(ParseFilters({{"q", evil}, {"place", evil}}, {}, &f).ok());
  Where w = BuildWhere(f, "pn", "pc");
  EXPECT_EQ(w.sql.find("DROP"), std::string::npos) << w.sql;
  EXPECT_EQ(w.sql.find('\''), w.sql.find("'\\'"));  // only the ESCAPE literal
  ASSERT_EQ(w.values.size(), 3u);
  EXPECT_EQ(w.values[0].text, "%" + evil + "%");
  EXPECT_EQ(EscapeLike("50%_a\\"), "50\\%\\_a\\\\");
}

TEST_F(ApiFixture, CountsMatchTheDatabase) {
  long events = Count("SELECT COUNT(*) FROM events");
  ASSERT_GT(events, 20);
  Response meta = api->Handle("/api/meta", {});
  ASSERT_EQ(meta.status, 200) << meta.body;
  EXPECT_EQ(JsonInt(meta.body, "events"), events);
  EXPECT_EQ(JsonInt(meta.body, "articles"), Count("SELECT COUNT(*) FROM articles"));
  Response daily = api->Handle("/api/daily", {});
  ASSERT_EQ(daily.status, 200) << daily.body;
  EXPECT_EQ(SumOf(daily.body, "events"),
            Count("SELECT COUNT(*) FROM events WHERE date IS NOT NULL"));
  EXPECT_EQ(SumOf(daily.body, "q4"), Count("SELECT COUNT(*) FROM events WHERE quad_class = 4"));
  // A dyad in either direction, and directed.
  Response both = api->Handle("/api/daily", {{"dyad", "SYR-TUR"}});
  EXPECT_EQ(SumOf(both.body, "events"),
            Count("SELECT COUNT(*) FROM events WHERE source_country IN ('SYR','TUR') AND "
                  "target_country IN ('SYR','TUR') AND source_country != target_country"));
  Response one = api->Handle("/api/daily", {{"dyad", "TUR>SYR"}});
  EXPECT_EQ(SumOf(one.body, "events"),
            Count("SELECT COUNT(*) FROM events WHERE source_country = 'TUR' AND "
                  "target_country = 'SYR'"));
  Response dyads = api->Handle("/api/dyads", {{"limit", "1"}});
  EXPECT_NE(dyads.body.find("\"dyad\":\"TUR>SYR\""), std::string::npos) << dyads.body;
  EXPECT_NE(dyads.body.find("\"truncated\":true"), std::string::npos);
}

TEST_F(ApiFixture, EventsCarryTheirEvidenceAndArticle) {
  Response r = api->Handle(
      "/api/events",
      {{"dyad", "TUR>SYR"}, {"from", "2024-02-08"}, {"to", "2024-02-08"}, {"limit", "2"}});
  ASSERT_EQ(r.status, 200) << r.body;
  long total = JsonInt(r.body, "total");
  EXPECT_EQ(total, Count("SELECT COUNT(*) FROM events WHERE source_country='TUR' AND "
                         "target_country='SYR' AND date='2024-02-08'"));
  ASSERT_GT(total, 2);
  EXPECT_NE(r.body.find("\"truncated\":true"), std::string::npos);
  for (const char* key : {"\"sentence\":", "\"char_span\":", "\"modality\":", "\"attributed_to\":",
                          "\"url\":\"https://news.example.org/"})
    EXPECT_NE(r.body.find(key), std::string::npos) << key;
  // The next page starts where this one ended.
  Response next = api->Handle("/api/events", {{"dyad", "TUR>SYR"},
                                              {"from", "2024-02-08"},
                                              {"to", "2024-02-08"},
                                              {"limit", "2"},
                                              {"offset", "2"}});
  EXPECT_NE(next.body.find("\"offset\":2"), std::string::npos);
  Response past = api->Handle("/api/events", {{"offset", "100000"}});
  EXPECT_NE(past.body.find("\"events\":[]"), std::string::npos) << past.body;
  EXPECT_EQ(JsonInt(past.body, "total"), Count("SELECT COUNT(*) FROM events"));
  EXPECT_NE(r.body.substr(0, 300), next.body.substr(0, 300));
}

TEST_F(ApiFixture, FiltersNarrowTheEvents) {
  long all = JsonInt(api->Handle("/api/events", {}).body, "total");
  long idlib = JsonInt(api->Handle("/api/events", {{"place", "idlib"}}).body, "total");
  EXPECT_EQ(idlib, Count("SELECT COUNT(*) FROM events WHERE "
                         "json_extract(record,'$.location.name') = 'Idlib'"));
  EXPECT_GT(idlib, 0);
  EXPECT_LT(idlib, all);
  long words = JsonInt(api->Handle("/api/events", {{"q", "drones"}}).body, "total");
  EXPECT_EQ(words, Count("SELECT COUNT(*) FROM events WHERE sentence LIKE '%drones%'"));
  EXPECT_EQ(JsonInt(api->Handle("/api/events", {{"q", "%"}}).body, "total"), 0);
  EXPECT_EQ(JsonInt(api->Handle("/api/events", {{"q", "x' OR 1=1 --"}}).body, "total"), 0);
  EXPECT_EQ(JsonInt(api->Handle("/api/events", {{"root", "19"}}).body, "total"),
            Count("SELECT COUNT(*) FROM events WHERE root = '19'"));
  EXPECT_EQ(JsonInt(api->Handle("/api/events", {{"code", "19"}, {"actor", "UKR"}}).body, "total"),
            Count("SELECT COUNT(*) FROM events WHERE cameo LIKE '19%' AND "
                  "(source_code LIKE 'UKR%' OR target_code LIKE 'UKR%')"));
}

TEST_F(ApiFixture, MapShowsPlacesWithCoordinates) {
  Response r = api->Handle("/api/map", {});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"name\":\"Idlib\""), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"lat\":35.93"), std::string::npos);
  EXPECT_EQ(JsonInt(r.body, "events"), Count("SELECT COUNT(*) FROM events"));
  Response kyiv = api->Handle("/api/map", {{"actor", "CHN"}});
  EXPECT_EQ(kyiv.body.find("\"name\":\"Idlib\""), std::string::npos);
}

TEST_F(ApiFixture, RisingDyadsAndAlertsFromTrends) {
  // The fixture: SYR-TUR talks every week, then a week of strikes; RUS-UKR
  // the same shelling every week.
  Response rising = api->Handle("/api/rising", {});
  ASSERT_EQ(rising.status, 200) << rising.body;
  size_t syr = rising.body.find("\"dyad\":\"SYR-TUR\""),
         rus = rising.body.find("\"dyad\":\"RUS-UKR\"");
  ASSERT_NE(syr, std::string::npos) << rising.body;
  EXPECT_TRUE(rus == std::string::npos || syr < rus) << rising.body;
  EXPECT_EQ(rising.body.find(">"), std::string::npos);  // undirected only
  Response alerts = api->Handle("/api/alerts", {{"threshold", "3"}});
  ASSERT_EQ(alerts.status, 200) << alerts.body;
  EXPECT_NE(alerts.body.find("SYR-TUR"), std::string::npos);
  EXPECT_EQ(alerts.body.find("RUS-UKR"), std::string::npos) << alerts.body;
  Response t = api->Handle("/api/trends", {{"dyad", "SYR-TUR"}, {"by", "week"}});
  ASSERT_EQ(t.status, 200) << t.body;
  EXPECT_NE(t.body.find("\"periods\":[{\"start\":\"2024-01-01\""), std::string::npos);
  EXPECT_EQ(api->Handle("/api/trends", {{"by", "year"}}).status, 400);
  EXPECT_EQ(api->Handle("/api/rising", {{"q", "attack"}}).status, 400);
  EXPECT_EQ(api->Handle("/api/alerts", {{"threshold", "high"}}).status, 400);
  EXPECT_EQ(api->Handle("/api/alerts", {{"kind", "sideways"}}).status, 400);
}

TEST(ServeApi, ADatabaseWithoutCanonicalEventsSaysSo) {
  fs::path copy = casus::testing::TestDir("serve") / "old.db";
  fs::copy_file(FixtureDb(), copy, fs::copy_options::overwrite_existing);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(copy.c_str(), &h), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(h, "DROP TABLE canonical_events", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(h);
  std::unique_ptr<ReadOnlyDb> db;
  ASSERT_TRUE(ReadOnlyDb::Open(copy.string(), DbOptions(), &db).ok());
  Api api(db.get());
  Response r = api.Handle("/api/rising", {});
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find("canonical"), std::string::npos);
  EXPECT_EQ(api.Handle("/api/events", {}).status, 200);  // the rest still works
}

TEST_F(ApiFixture, BadRequestsAreNamed) {
  EXPECT_EQ(api->Handle("/api/nope", {}).status, 404);
  Response r = api->Handle("/api/events", {{"limit", "501"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("limit"), std::string::npos);
  EXPECT_EQ(api->Handle("/api/daily", {{"from", "yesterday"}}).status, 400);
  EXPECT_EQ(api->Handle("/api/article", {{"id", "nope"}}).status, 404);
  Response a = api->Handle("/api/article", {{"id", "fx001"}});
  EXPECT_EQ(a.status, 200);
  EXPECT_NE(a.body.find("\"text\":"), std::string::npos);
  // An error message never carries a quote that would break its JSON.
  EXPECT_EQ(ErrorResponse(400, "a \"b\"\n").body, "{\"error\":\"a ?b??\"}");
}

TEST_F(ApiFixture, TheConnectionCannotWrite) {
  auto before = fs::last_write_time(FixtureDb());
  ReadOnlyDb::Lease l = db->Acquire();
  Query del(l.get(), "DELETE FROM events");
  EXPECT_FALSE(del.Next());
  EXPECT_FALSE(del.status().ok());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events") > 0, true);
  EXPECT_EQ(fs::last_write_time(FixtureDb()), before);
}

TEST(ServeApi, AnswersFollowTheDatabase) {
  // A copy of the fixture that a writer changes while the API reads it.
  fs::path copy = casus::testing::TestDir("serve") / "changing.db";
  fs::copy_file(FixtureDb(), copy, fs::copy_options::overwrite_existing);
  std::unique_ptr<ReadOnlyDb> db;
  ASSERT_TRUE(ReadOnlyDb::Open(copy.string(), DbOptions(), &db).ok());
  Api api(db.get());
  long before = JsonInt(api.Handle("/api/events", {{"limit", "1"}}).body, "total");
  EXPECT_EQ(JsonInt(api.Handle("/api/events", {{"limit", "1"}}).body, "total"), before);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(copy.c_str(), &h), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(h, "DELETE FROM events WHERE root = '19'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(h);
  long after = JsonInt(api.Handle("/api/events", {{"limit", "1"}}).body, "total");
  EXPECT_LT(after, before);
  EXPECT_EQ(after, JsonInt(api.Compute("/api/events", {{"limit", "1"}}).body, "total"));
}

TEST(ServeApi, ManyAskingAtOnceGetTheSameAnswer) {
  std::unique_ptr<ReadOnlyDb> db;
  ASSERT_TRUE(ReadOnlyDb::Open(FixtureDb(), DbOptions(), &db).ok());
  Api api(db.get());  // cold: the first asker computes, the others wait for it
  std::string want = api.Compute("/api/rising", {}).body;
  std::vector<std::string> got(16);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&, i] { got[i] = api.Handle("/api/rising", {}).body; });
  for (std::thread& t : threads) t.join();
  for (const std::string& g : got) EXPECT_EQ(g, want);
}

TEST(ServeDb, ASlowQueryIsStopped) {
  DbOptions o;
  o.query_seconds = 0.2;
  o.connections = 1;
  std::unique_ptr<ReadOnlyDb> db;
  ASSERT_TRUE(ReadOnlyDb::Open(FixtureDb(), o, &db).ok());
  ReadOnlyDb::Lease l = db->Acquire();
  Query q(l.get(),
          "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
          "SELECT COUNT(*) FROM c");
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_FALSE(q.Next());
  EXPECT_EQ(q.status().message(), "query timed out");
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(3));
}

TEST(ServeDb, AMissingDatabaseIsNotCreated) {
  std::string p = (casus::testing::TestDir("serve") / "missing.db").string();
  std::unique_ptr<ReadOnlyDb> db;
  Status s = ReadOnlyDb::Open(p, DbOptions(), &db);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_FALSE(fs::exists(p));
}

fs::path WebDir() {
  fs::path web = casus::testing::TestDir("serve") / "web";
  fs::create_directories(web / "sub");
  casus::testing::WriteFile(web, "index.html", "<p>home</p>");
  casus::testing::WriteFile(web / "sub", "a.js", "1");
  std::error_code ec;
  fs::create_symlink("/etc/hostname", web / "outside.txt", ec);
  return web;
}

TEST(ServeStatic, OnlyFilesInsideTheFolder) {
  StaticFiles files;
  ASSERT_TRUE(files.Load(WebDir().string()).ok());
  const StaticFile* f = nullptr;
  using L = StaticFiles::Lookup;
  ASSERT_EQ(files.Find("/", &f), L::kFound);
  EXPECT_EQ(f->body, "<p>home</p>");
  EXPECT_EQ(f->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(files.Find("/sub/a.js", &f), L::kFound);
  EXPECT_EQ(files.Find("/outside.txt", &f), L::kNotFound);  // a link out: not loaded
  EXPECT_EQ(files.Find("/../index.html", &f), L::kRefused);
  EXPECT_EQ(files.Find("/sub/../../etc/passwd", &f), L::kRefused);
  EXPECT_EQ(files.Find("/sub\\a.js", &f), L::kRefused);
  EXPECT_EQ(files.Find("/etc/passwd", &f), L::kNotFound);
  EXPECT_EQ(files.size(), 2u);
}

// The server on a real socket (port picked by the system).
struct Running {
  std::unique_ptr<Server> server;
  std::thread thread;
  int port = 0;
  std::atomic<bool> returned{false};
  Running(const Api* api, const StaticFiles* files) {
    ServerOptions o;
    o.port = 0;
    o.threads = 4;
    server = std::make_unique<Server>(api, files, o);
    Status s = server->Bind(&port);
    EXPECT_TRUE(s.ok()) << s.message();
    thread = std::thread([this] {
      server->Run().IgnoreError();  // the test's requests say whether it served
      returned = true;
    });
  }
  ~Running() {
    // Stop until Run has returned (a Stop before it listens is not seen).
    while (!returned) {
      server->Stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    thread.join();
  }
};

TEST_F(ApiFixture, HttpLimits) {
  StaticFiles files;
  ASSERT_TRUE(files.Load(WebDir().string()).ok());
  Running run(api, &files);
  httplib::Client c("127.0.0.1", run.port);
  c.set_connection_timeout(5);
  c.set_read_timeout(10);
  auto home = c.Get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_EQ(home->get_header_value("X-Content-Type-Options"), "nosniff");
  auto meta = c.Get("/api/meta");
  ASSERT_TRUE(meta);
  EXPECT_EQ(meta->status, 200);
  EXPECT_EQ(meta->get_header_value("Content-Type"), "application/json");
  auto post = c.Post("/api/meta", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  for (const char* p : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/sub/..%2f..%2fetc"}) {
    auto r = c.Get(p);
    ASSERT_TRUE(r) << p;
    EXPECT_TRUE(r->status == 400 || r->status == 404) << p << " " << r->status;
    EXPECT_EQ(r->body.find("root:"), std::string::npos);
  }
  auto evil = c.Get("/api/meta", {{"Host", "evil.example:80"}});
  ASSERT_TRUE(evil);
  EXPECT_EQ(evil->status, 403);
  auto longq = c.Get("/api/events?q=" + std::string(5000, 'a'));
  ASSERT_TRUE(longq);
  EXPECT_EQ(longq->status, 414);
  // A second server cannot take the same port (no SO_REUSEPORT).
  ServerOptions o;
  o.port = run.port;
  Server second(api, &files, o);
  int port = 0;
  EXPECT_FALSE(second.Bind(&port).ok());
  auto bad = c.Get("/api/events?limit=100000");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
}

}  // namespace
}  // namespace casus::serve
