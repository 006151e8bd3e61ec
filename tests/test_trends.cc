// Canonical events (grouping rule, counts in the store, re-coding, the
// rebuild pass, old databases), the trends math (robust z, guards, drivers,
// alerts) and the GDELT columns.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "casus/output.h"
#include "casus/store.h"
#include "casus/trends.h"
#include "files.h"
#include "trends/days.h"

namespace casus {
namespace {

Actor A(const std::string& code) {
  Actor a;
  a.code = code;
  a.country = code.substr(0, 3);
  a.role = code.size() > 3 ? code.substr(3) : "";
  a.text = code;
  return a;
}

Event Ev(const std::string& article, int sentence, const std::string& date, const std::string& src,
         const std::string& tgt, const std::string& cameo, double goldstein = -10, int quad = 4,
         const std::string& place = "") {
  Event e;
  e.article_id = article;
  e.sentence_index = sentence;
  e.event_id = article + "#" + std::to_string(sentence) + cameo + src + tgt;
  e.date = date;
  e.source = A(src);
  e.target = A(tgt);
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.goldstein = goldstein;
  e.quad_class = quad;
  e.sentence = "s";
  if (!place.empty()) {
    e.location = Place{place, "UKR", "city", 50, 36, true};
  }
  return e;
}

Article Art(const std::string& id, const std::string& source, const std::string& date = "") {
  Article a;
  a.id = id;
  a.source = source;
  a.date = date;
  a.url = "http://x/" + id;
  return a;
}

// ---------------------------------------------------------------- the rule

TEST(Canonical, DuplicatesAcrossArticlesCountOnce) {
  CanonicalIndex ix;
  EXPECT_EQ(ix.Add(Ev("a1", 0, "2024-03-05", "RUSMIL", "UKR", "194"), Art("a1", "Reuters")), 0);
  EXPECT_EQ(ix.Add(Ev("a2", 0, "2024-03-05", "RUSMIL", "UKR", "194"), Art("a2", "AP")), 0);
  EXPECT_EQ(ix.Add(Ev("a2", 3, "2024-03-05", "RUSMIL", "UKR", "194"), Art("a2", "AP")), 0);
  EXPECT_EQ(ix.Add(Ev("a3", 0, "2024-03-05", "RUSMIL", "UKR", "194"), Art("a3", "Reuters")), 0);
  // The same sentence coding the event twice is one mention.
  EXPECT_EQ(ix.Add(Ev("a3", 0, "2024-03-05", "RUSMIL", "UKR", "194"), Art("a3", "Reuters")), 0);
  ASSERT_EQ(ix.events().size(), 1u);
  const CanonicalEvent& c = ix.events()[0];
  EXPECT_EQ(c.num_mentions, 4);
  EXPECT_EQ(c.num_articles, 3);
  EXPECT_EQ(c.num_sources, 2);
  EXPECT_EQ(c.source_url, "http://x/a1");
  // Another code, source or target is another happening.
  EXPECT_EQ(ix.Add(Ev("a4", 0, "2024-03-05", "RUSMIL", "UKR", "190"), Art("a4", "AP")), 1);
  EXPECT_EQ(ix.Add(Ev("a4", 1, "2024-03-05", "RUS", "UKR", "194"), Art("a4", "AP")), 2);
  EXPECT_EQ(ix.Add(Ev("a4", 2, "2024-03-05", "UKRMIL", "RUS", "194"), Art("a4", "AP")), 3);
}

TEST(Canonical, WithinADayNeverChains) {
  CanonicalIndex ix;
  Article a = Art("a", "W");
  EXPECT_EQ(ix.Add(Ev("a", 0, "2024-03-05", "RUS", "UKR", "111"), a), 0);
  EXPECT_EQ(ix.Add(Ev("a", 1, "2024-03-06", "RUS", "UKR", "111"), a), 0);  // the day after
  EXPECT_EQ(ix.Add(Ev("a", 2, "2024-03-04", "RUS", "UKR", "111"), a), 0);  // the day before
  // Two days after the anchor: a new happening, even with a mention between.
  EXPECT_EQ(ix.Add(Ev("a", 3, "2024-03-07", "RUS", "UKR", "111"), a), 1);
  // 03-08 joins the 03-07 anchor; 03-06 is a day from both anchors: the
  // earlier anchor wins the tie.
  EXPECT_EQ(ix.Add(Ev("a", 4, "2024-03-08", "RUS", "UKR", "111"), a), 1);
  EXPECT_EQ(ix.Add(Ev("a", 5, "2024-03-06", "RUS", "UKR", "111"), a), 0);
  // The same day beats a neighbour: 03-07 goes to its own anchor.
  EXPECT_EQ(ix.Add(Ev("a", 6, "2024-03-07", "RUS", "UKR", "111"), a), 1);
  // Month and year boundaries are days like any other.
  EXPECT_EQ(ix.Add(Ev("a", 7, "2023-12-31", "RUS", "UKR", "111"), a), 2);
  EXPECT_EQ(ix.Add(Ev("a", 8, "2024-01-01", "RUS", "UKR", "111"), a), 2);
  EXPECT_EQ(ix.Add(Ev("a", 9, "2024-02-29", "RUS", "UKR", "111"), a), 3);
  EXPECT_EQ(ix.Add(Ev("a", 10, "2024-03-01", "RUS", "UKR", "111"), a), 3);
}

TEST(Canonical, PlacesMustAgreeWhenBothHaveOne) {
  CanonicalIndex ix;
  Article a = Art("a", "W");
  EXPECT_EQ(ix.Add(Ev("a", 0, "2024-03-05", "RUS", "UKR", "194"), a), 0);
  // A placeless event takes the first place reported for it.
  EXPECT_EQ(ix.Add(Ev("a", 1, "2024-03-05", "RUS", "UKR", "194", -10, 4, "Kharkiv"), a), 0);
  ASSERT_TRUE(ix.events()[0].location.has_value());
  EXPECT_EQ(ix.events()[0].location->name, "Kharkiv");
  EXPECT_EQ(ix.Add(Ev("a", 2, "2024-03-05", "RUS", "UKR", "194", -10, 4, "Kharkiv"), a), 0);
  EXPECT_EQ(ix.Add(Ev("a", 3, "2024-03-05", "RUS", "UKR", "194", -10, 4, "Donetsk"), a), 1);
  // Without a place it may join either: the oldest.
  EXPECT_EQ(ix.Add(Ev("a", 4, "2024-03-05", "RUS", "UKR", "194"), a), 0);
}

TEST(Canonical, OnlyHappenings) {
  CanonicalIndex ix;
  Event neg = Ev("a", 0, "2024-03-05", "RUS", "UKR", "194");
  neg.negated = true;
  Event hyp = Ev("a", 1, "2024-03-05", "RUS", "UKR", "194");
  hyp.modality = "hypothetical";
  Event rep = Ev("a", 2, "2024-03-05", "RUS", "UKR", "194");
  rep.modality = "reported";
  EXPECT_EQ(ix.Add(neg, Art("a", "W")), -1);
  EXPECT_EQ(ix.Add(hyp, Art("a", "W")), -1);
  EXPECT_EQ(ix.Add(rep, Art("a", "W")), 0);
  // Undated joins only undated.
  EXPECT_EQ(ix.Add(Ev("a", 3, "", "RUS", "UKR", "194"), Art("a", "W")), 1);
  EXPECT_EQ(ix.Add(Ev("a", 4, "", "RUS", "UKR", "194"), Art("a", "W")), 1);
  EXPECT_EQ(ix.events().size(), 2u);
}

TEST(Canonical, StreamWritesCompleteEventsInDateOrder) {
  std::vector<CanonicalEvent> got;
  std::vector<size_t> seen_after;  // how many were out after each article
  CanonicalStream s([&](const CanonicalEvent& c) {
    got.push_back(c);
    return Status::Ok();
  });
  auto put = [&](const std::string& id, const std::string& date, const std::string& src) {
    CodedArticle coded;
    coded.events.push_back(Ev(id, 0, date, src, "UKR", "111", -2, 3));
    ASSERT_TRUE(s.OnArticle(Art(id, "W", date), coded).ok());
    seen_after.push_back(got.size());
  };
  put("a1", "2024-03-05", "RUS");
  put("a2", "2024-03-06", "RUS");  // joins a1
  put("a3", "2024-03-07", "BLR");
  put("a4", "2024-03-08", "RUS");  // 03-05 is complete now (more than 2 days before)
  put("a5", "2024-03-09", "RUS");
  ASSERT_TRUE(s.Finish().ok());
  EXPECT_EQ(seen_after, (std::vector<size_t>{0, 0, 0, 1, 1}));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].date, "2024-03-05");
  EXPECT_EQ(got[0].num_mentions, 2);
  EXPECT_EQ(got[1].date, "2024-03-07");
  EXPECT_EQ(got[2].date, "2024-03-08");  // 03-09 joined it
  EXPECT_EQ(got[2].num_articles, 2);
}

TEST(Canonical, Days) {
  long d = 0;
  ASSERT_TRUE(DayNumber("1970-01-01", &d));
  EXPECT_EQ(d, 0);
  ASSERT_TRUE(DayNumber("2024-03-01", &d));
  EXPECT_EQ(DayString(d - 1), "2024-02-29");
  EXPECT_EQ(DayString(d + 306), "2025-01-01");
  EXPECT_FALSE(DayNumber("2023-02-29", &d));
  EXPECT_EQ(PeriodStart("2024-03-07", Period::kWeek), "2024-03-04");  // a Monday
  EXPECT_EQ(PeriodStart("2024-03-04", Period::kWeek), "2024-03-04");
  EXPECT_EQ(PeriodStart("2024-03-03", Period::kWeek), "2024-02-26");
  EXPECT_EQ(PeriodStart("2024-03-31", Period::kMonth), "2024-03-01");
  EXPECT_EQ(PeriodStart("nope", Period::kDay), "");
}

// --------------------------------------------------------------- the store

std::string TempDb(const std::string& name) {
  std::string p = (casus::testing::TestDir("trends") / (name + ".db")).string();
  std::filesystem::remove(p);
  return p;
}

int Count(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_step(st);
  int v = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

void PutArticle(Store* s, const std::string& id, const std::string& source,
                std::vector<Event> events) {
  CodedArticle c;
  c.events = std::move(events);
  ASSERT_TRUE(s->Put(Art(id, source), c).ok());
}

TEST(CanonicalStore, DuplicatesCountOnceAndRecodingNeverDoubleCounts) {
  std::string db = TempDb("store");
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(db, &s).ok());
  ASSERT_TRUE(s->Begin().ok());
  PutArticle(s.get(), "a1", "Reuters", {Ev("a1", 0, "2024-03-05", "RUSMIL", "UKR", "194")});
  PutArticle(s.get(), "a2", "AP",
             {Ev("a2", 0, "2024-03-06", "RUSMIL", "UKR", "194"),
              Ev("a2", 1, "2024-03-06", "RUSMIL", "UKR", "194")});
  PutArticle(s.get(), "a3", "Reuters", {Ev("a3", 0, "2024-03-05", "RUSMIL", "UKR", "194")});
  ASSERT_TRUE(s->Finish().ok());
  auto counts = [&] {
    std::vector<CanonicalEvent> c;
    EXPECT_TRUE(ReadCanonical(db, {}, &c).ok());
    return c;
  };
  std::vector<CanonicalEvent> c = counts();
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].num_mentions, 4);
  EXPECT_EQ(c[0].num_articles, 3);
  EXPECT_EQ(c[0].num_sources, 2);
  EXPECT_EQ(c[0].date, "2024-03-05");
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM events WHERE canonical_id='" + c[0].canonical_id + "'"),
            4);  // every mention stays and points to it
  std::string id = c[0].canonical_id;
  EXPECT_EQ(c[0].sentence, "s");
  std::vector<std::string> records;
  ASSERT_TRUE(ReadMentions(db, id, &records).ok());
  ASSERT_EQ(records.size(), 4u);
  EXPECT_NE(records[0].find("\"article_id\":\"a1\""), std::string::npos) << records[0];

  // Re-coding the same article: the same counts, the same id.
  PutArticle(s.get(), "a2", "AP",
             {Ev("a2", 0, "2024-03-06", "RUSMIL", "UKR", "194"),
              Ev("a2", 1, "2024-03-06", "RUSMIL", "UKR", "194")});
  c = counts();
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].canonical_id, id);
  EXPECT_EQ(c[0].num_mentions, 4);
  EXPECT_EQ(c[0].num_articles, 3);

  // Re-coded with one mention less, and then without the event at all.
  PutArticle(s.get(), "a2", "AP", {Ev("a2", 0, "2024-03-06", "RUSMIL", "UKR", "194")});
  EXPECT_EQ(counts()[0].num_mentions, 3);
  PutArticle(s.get(), "a2", "AP", {Ev("a2", 0, "2024-03-06", "UKR", "RUS", "111", -2, 3)});
  c = counts();
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].num_mentions, 2);
  EXPECT_EQ(c[0].num_sources, 1);  // Reuters twice
  // The last mentions gone: the canonical event goes too.
  PutArticle(s.get(), "a1", "Reuters", {});
  PutArticle(s.get(), "a3", "Reuters", {});
  c = counts();
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cameo, "111");
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM canonical_events"), 1);

  // The rebuild pass agrees with what was kept at write time.
  PutArticle(s.get(), "a4", "AFP", {Ev("a4", 0, "2024-03-07", "UKR", "RUS", "111", -2, 3)});
  std::vector<CanonicalEvent> before = counts();
  s.reset();
  ASSERT_TRUE(RebuildCanonical(db).ok());
  std::vector<CanonicalEvent> after = counts();
  ASSERT_EQ(after.size(), before.size());
  EXPECT_EQ(after[0].num_mentions, 2);
  EXPECT_EQ(after[0].num_sources, 2);
}

TEST(CanonicalStore, NegatedMentionsPointNowhere) {
  std::string db = TempDb("negated");
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(db, &s).ok());
  Event e = Ev("a1", 0, "2024-03-05", "RUSMIL", "UKR", "194");
  e.negated = true;
  PutArticle(s.get(), "a1", "W", {e});
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM events WHERE canonical_id IS NULL"), 1);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM canonical_events"), 0);
}

TEST(CanonicalStore, AnOlderDatabaseGainsCanonicalEvents) {
  std::string db = TempDb("old");
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  // The schema before canonical events, with two reports of one happening.
  const char* old = R"sql(
    CREATE TABLE articles(article_id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT,
      url TEXT, input TEXT, line INTEGER, sentences INTEGER, events INTEGER, text TEXT,
      content_hash TEXT);
    CREATE TABLE events(event_id TEXT PRIMARY KEY, article_id TEXT NOT NULL,
      sentence_index INTEGER, date TEXT, source_code TEXT, source_country TEXT,
      source_role TEXT, target_code TEXT, target_country TEXT, target_role TEXT, cameo TEXT,
      root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT, negated INTEGER,
      modality TEXT, attributed_to_code TEXT, sentence TEXT, record TEXT);
    INSERT INTO articles(article_id,source) VALUES('a1','Reuters'),('a2','AP');
    INSERT INTO events VALUES('e1','a1',0,'2024-03-05','RUSMIL','RUS','MIL','UKR','UKR',NULL,
      '194','19',4,-10,NULL,0,'asserted',NULL,'s',
      '{"location":{"name":"Kharkiv","country":"UKR","lat":50,"lon":36}}');
    INSERT INTO events VALUES('e2','a2',0,'2024-03-05','RUSMIL','RUS','MIL','UKR','UKR',NULL,
      '194','19',4,-10,NULL,0,'asserted',NULL,'s','{"location":null}');
  )sql";
  ASSERT_EQ(sqlite3_exec(h, old, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(h);
  sqlite3_close(h);
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(db, &s).ok());
  std::vector<CanonicalEvent> c;
  ASSERT_TRUE(ReadCanonical(db, {}, &c).ok());
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].num_mentions, 2);
  EXPECT_EQ(c[0].num_sources, 2);
  ASSERT_TRUE(c[0].location.has_value());
  EXPECT_EQ(c[0].location->name, "Kharkiv");
}

TEST(CanonicalStore, ReadCanonicalFilters) {
  std::string db = TempDb("filters");
  std::unique_ptr<Store> s;
  ASSERT_TRUE(Store::Open(db, &s).ok());
  PutArticle(s.get(), "a1", "W",
             {Ev("a1", 0, "2024-03-05", "RUSMIL", "UKR", "194"),
              Ev("a1", 1, "2024-03-09", "UKR", "RUS", "111", -2, 3),
              Ev("a1", 2, "2024-03-09", "DEU", "FRA", "040", 1, 1)});
  std::vector<CanonicalEvent> c;
  CanonicalQuery q;
  q.dyad = "RUS-UKR";
  ASSERT_TRUE(ReadCanonical(db, q, &c).ok());
  EXPECT_EQ(c.size(), 2u);
  q.dyad = "UKR>RUS";
  ASSERT_TRUE(ReadCanonical(db, q, &c).ok());
  EXPECT_EQ(c.size(), 1u);
  q = {};
  q.party = "FRA";
  ASSERT_TRUE(ReadCanonical(db, q, &c).ok());
  EXPECT_EQ(c.size(), 1u);
  q = {};
  q.from = "2024-03-06";
  ASSERT_TRUE(ReadCanonical(db, q, &c).ok());
  EXPECT_EQ(c.size(), 2u);
  q.dyad = "RUS";
  EXPECT_EQ(ReadCanonical(db, q, &c).code(), StatusCode::kInvalidArgument);
}

// -------------------------------------------------------------- the trends

TEST(Trends, RobustZOnAConstructedSeries) {
  double z = 0, med = 0, scale = 0;
  ASSERT_TRUE(RobustZ(10, {1, 2, 3, 4, 5}, 1.0, &z, &med, &scale));
  EXPECT_DOUBLE_EQ(med, 3);
  EXPECT_DOUBLE_EQ(scale, 1.4826);  // MAD 1
  EXPECT_NEAR(z, 7 / 1.4826, 1e-9);
  // An outlier in the baseline barely moves it (a mean and SD would).
  ASSERT_TRUE(RobustZ(10, {1, 2, 3, 4, 500}, 1.0, &z, &med, &scale));
  EXPECT_NEAR(z, 7 / 1.4826, 1e-9);
  // A flat baseline: the floor keeps the scale finite.
  ASSERT_TRUE(RobustZ(6, {0, 0, 0, 0}, 2.0, &z, &med, &scale));
  EXPECT_DOUBLE_EQ(scale, 2.0);
  EXPECT_DOUBLE_EQ(z, 3.0);
  EXPECT_FALSE(RobustZ(6, {}, 1.0, &z, &med, &scale));
}

CanonicalEvent Ce(const std::string& date, const std::string& src, const std::string& tgt,
                  double goldstein, int quad, int mentions = 1) {
  CanonicalEvent c;
  c.canonical_id = date + src + tgt + std::to_string(goldstein);
  c.date = date;
  c.source = A(src);
  c.target = A(tgt);
  c.cameo = "190";
  c.goldstein = goldstein;
  c.quad_class = quad;
  c.num_mentions = mentions;
  return c;
}

// Weekly: ten quiet weeks with one accusation (-2) each, then a week of
// clashes. Mondays from 2024-01-01.
std::vector<CanonicalEvent> Escalation() {
  std::vector<CanonicalEvent> ev;
  long d0 = 0;
  DayNumber("2024-01-01", &d0);
  for (int w = 0; w < 10; ++w) ev.push_back(Ce(DayString(d0 + 7 * w + 2), "RUS", "UKR", -2, 3));
  ev.push_back(Ce(DayString(d0 + 70), "RUSMIL", "UKR", -10, 4, 3));
  ev.push_back(Ce(DayString(d0 + 71), "UKRMIL", "RUS", -10, 4, 1));
  ev.push_back(Ce(DayString(d0 + 72), "RUS", "UKR", -2, 3, 5));
  ev.push_back(Ce(DayString(d0 + 73), "RUS", "UKR", 3.4, 1, 1));
  // A steady dyad beside it.
  for (int w = 0; w < 11; ++w) ev.push_back(Ce(DayString(d0 + 7 * w + 1), "DEU", "FRA", 1, 1));
  return ev;
}

TEST(Trends, SeriesScoreAndDrivers) {
  std::vector<DyadTrend> t;
  TrendOptions o;
  o.dyad = "RUS-UKR";
  ASSERT_TRUE(ComputeTrends(Escalation(), o, &t).ok());
  ASSERT_EQ(t.size(), 3u);  // undirected, then each direction
  const DyadTrend* u = nullptr;
  for (const DyadTrend& x : t)
    if (x.dyad == "RUS-UKR") u = &x;
  ASSERT_NE(u, nullptr);
  EXPECT_FALSE(u->directed);
  ASSERT_EQ(u->periods.size(), 11u);
  EXPECT_EQ(u->periods.front().start, "2024-01-01");
  const PeriodStats& last = u->periods.back();
  EXPECT_EQ(last.start, "2024-03-11");
  EXPECT_EQ(last.events, 4);
  EXPECT_EQ(last.quad[0], 1);
  EXPECT_EQ(last.quad[2], 1);
  EXPECT_EQ(last.quad[3], 2);
  EXPECT_DOUBLE_EQ(last.goldstein_sum, -18.6);
  EXPECT_DOUBLE_EQ(last.goldstein_mean, -18.6 / 4);
  EXPECT_DOUBLE_EQ(last.material_conflict_share, 0.5);
  EXPECT_DOUBLE_EQ(last.intensity, 22);
  // Baseline: the weeks starting in the 90 days before (all ten), each 2.
  ASSERT_TRUE(u->has_score);
  EXPECT_DOUBLE_EQ(u->baseline_median, 2);
  EXPECT_DOUBLE_EQ(u->baseline_scale, 1.0);  // MAD 0: the floor
  EXPECT_DOUBLE_EQ(u->score, 20);
  // Drivers: largest -Goldstein x mentions first.
  ASSERT_EQ(u->drivers.size(), 4u);
  EXPECT_EQ(u->drivers[0].source->code, "RUSMIL");  // 10 x 3
  EXPECT_EQ(u->drivers[1].source->code, "RUS");     // 2 x 5
  EXPECT_EQ(u->drivers[2].source->code, "UKRMIL");  // 10 x 1
  for (const DyadTrend& x : t) {
    if (x.dyad == "UKR>RUS") {
      EXPECT_FALSE(x.has_score) << "one conflict event: the guard";
    }
  }
}

TEST(Trends, Guards) {
  std::vector<DyadTrend> t;
  TrendOptions o;
  o.dyad = "RUS-UKR";
  o.min_events = 4;  // the last week has 3 conflict events
  ASSERT_TRUE(ComputeTrends(Escalation(), o, &t).ok());
  ASSERT_FALSE(t.empty());
  EXPECT_FALSE(t[0].has_score);
  EXPECT_NE(t[0].guard.find("conflict events"), std::string::npos);
  // Too short a history: the last week has only two weeks before it.
  std::vector<CanonicalEvent> ev = Escalation();
  o.min_events = 3;
  o.from = "2024-03-11";
  ASSERT_TRUE(ComputeTrends(ev, o, &t).ok());
  ASSERT_EQ(t[0].periods.size(), 1u);  // shown from --from; scored on what came before
  EXPECT_TRUE(t[0].has_score);
  std::vector<CanonicalEvent> late(ev.begin() + 8, ev.begin() + 14);  // RUS/UKR only
  o.from.clear();
  ASSERT_TRUE(ComputeTrends(late, o, &t).ok());
  EXPECT_FALSE(t[0].has_score);
  EXPECT_NE(t[0].guard.find("baseline periods"), std::string::npos);
  o.dyad = "RUS";
  EXPECT_EQ(ComputeTrends(ev, o, &t).code(), StatusCode::kInvalidArgument);
}

TEST(Trends, AlertsNameOnlyTheRisingDyad) {
  std::vector<DyadTrend> a;
  AlertOptions o;
  ASSERT_TRUE(ComputeAlerts(Escalation(), o, &a).ok());
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].dyad, "RUS-UKR");
  o.kind = DyadKind::kDirected;
  o.trend.min_events = 2;  // RUS>UKR has two conflict events in the last week
  ASSERT_TRUE(ComputeAlerts(Escalation(), o, &a).ok());
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].dyad, "RUS>UKR");
  o.threshold = 100;
  ASSERT_TRUE(ComputeAlerts(Escalation(), o, &a).ok());
  EXPECT_TRUE(a.empty());
  // By actor: only dyads with that party.
  o = {};
  o.kind = DyadKind::kBoth;
  o.threshold = -1000;
  o.trend.actor = "FRA";
  o.trend.min_events = 0;
  ASSERT_TRUE(ComputeAlerts(Escalation(), o, &a).ok());
  ASSERT_EQ(a.size(), 2u);
  for (const DyadTrend& x : a) EXPECT_NE(x.dyad.find("FRA"), std::string::npos);
}

TEST(Trends, Renderings) {
  std::vector<DyadTrend> t;
  TrendOptions o;
  o.dyad = "RUS-UKR";
  o.by = Period::kMonth;
  ASSERT_TRUE(ComputeTrends(Escalation(), o, &t).ok());
  ASSERT_EQ(t[0].periods.size(), 3u);  // January to March
  std::string csv = TrendsCsv(t);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "dyad,directed,period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean,"
            "material_conflict_share,intensity,score");
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1 + 3 * 3);
  std::string json = TrendsJson(t);
  EXPECT_EQ(json.front(), '[');
  EXPECT_NE(json.find("\"dyad\":\"RUS-UKR\""), std::string::npos);
  EXPECT_NE(json.find("\"kind\":\"canonical_event\""), std::string::npos);
  std::string svg = TrendsSvg(t);
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_EQ(std::count(svg.begin(), svg.end(), '\n') > 5, true);
  EXPECT_NE(svg.find("<polyline"), std::string::npos);
  EXPECT_NE(TrendsTable(t).find("RUS-UKR"), std::string::npos);
}

// ------------------------------------------------------------------ GDELT

TEST(Gdelt, SixtyOneColumnsInGdeltOrder) {
  const std::vector<std::string>& c = GdeltColumns();
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[0], "GLOBALEVENTID");
  EXPECT_EQ(c[1], "SQLDATE");
  EXPECT_EQ(c[4], "FractionDate");
  EXPECT_EQ(c[5], "Actor1Code");
  EXPECT_EQ(c[15], "Actor2Code");
  EXPECT_EQ(c[24], "Actor2Type3Code");
  EXPECT_EQ(c[25], "IsRootEvent");
  EXPECT_EQ(c[26], "EventCode");
  EXPECT_EQ(c[29], "QuadClass");
  EXPECT_EQ(c[30], "GoldsteinScale");
  EXPECT_EQ(c[31], "NumMentions");
  EXPECT_EQ(c[32], "NumSources");
  EXPECT_EQ(c[33], "NumArticles");
  EXPECT_EQ(c[34], "AvgTone");
  EXPECT_EQ(c[35], "Actor1Geo_Type");
  EXPECT_EQ(c[51], "ActionGeo_Type");
  EXPECT_EQ(c[56], "ActionGeo_Lat");
  EXPECT_EQ(c[57], "ActionGeo_Long");
  EXPECT_EQ(c[58], "ActionGeo_FeatureID");
  EXPECT_EQ(c[59], "DATEADDED");
  EXPECT_EQ(c[60], "SOURCEURL");

  CanonicalEvent e = Ce("2024-03-05", "RUSMIL", "UKR", -10, 4, 4);
  e.canonical_id = "8000000000000001";
  e.cameo = "1951";
  e.root = "19";
  e.num_sources = 2;
  e.num_articles = 3;
  e.location = Place{"Kharkiv", "UKR", "city", 49.98, 36.25, true};
  e.source_url = "http://x/1";
  std::string row = GdeltRow(e);
  std::vector<std::string> f;
  size_t at = 0;
  for (size_t tab; (tab = row.find('\t', at)) != std::string::npos; at = tab + 1)
    f.push_back(row.substr(at, tab - at));
  f.push_back(row.substr(at));
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[0], "1");  // the top bit cleared
  EXPECT_EQ(f[1], "20240305");
  EXPECT_EQ(f[2], "202403");
  EXPECT_EQ(f[3], "2024");
  EXPECT_EQ(f[4], "2024.1781");  // day 65 of 365
  EXPECT_EQ(f[5], "RUSMIL");
  EXPECT_EQ(f[7], "RUS");
  EXPECT_EQ(f[12], "MIL");
  EXPECT_EQ(f[15], "UKR");
  EXPECT_EQ(f[26], "1951");
  EXPECT_EQ(f[27], "195");
  EXPECT_EQ(f[28], "19");
  EXPECT_EQ(f[29], "4");
  EXPECT_EQ(f[30], "-10.0");
  EXPECT_EQ(f[31], "4");
  EXPECT_EQ(f[32], "2");
  EXPECT_EQ(f[33], "3");
  EXPECT_EQ(f[34], "");
  EXPECT_EQ(f[51], "4");
  EXPECT_EQ(f[52], "Kharkiv");
  EXPECT_EQ(f[56], "49.9800");
  EXPECT_EQ(f[57], "36.2500");
  EXPECT_EQ(f[59], "20240305000000");
  EXPECT_EQ(f[60], "http://x/1");
  Format fmt;
  ASSERT_TRUE(ParseFormat("gdelt", &fmt));
  EXPECT_EQ(fmt, Format::kGdelt);
}

}  // namespace
}  // namespace casus
