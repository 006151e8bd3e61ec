// The SQLite store. Events keep their JSON record alongside indexed columns so
// any tool can read the full record back; re-coding an article replaces it.
// Records are written in batches, one transaction each (casus/store.h).
#include "casus/store.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <thread>
#include <utility>
#include <vector>

#include "casus/output.h"
#include "casus/trends.h"
#include "trends/canonical.h"
#include "util/hash.h"

namespace casus {
namespace {

// Tables and indexes; run inside one transaction at Open, so that writers
// opening a new database at the same moment create it once.
const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS articles(
  article_id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT, url TEXT,
  input TEXT, line INTEGER, sentences INTEGER, events INTEGER, text TEXT, content_hash TEXT,
  format TEXT, compression TEXT);
CREATE TABLE IF NOT EXISTS events(
  event_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, sentence_index INTEGER, date TEXT,
  source_code TEXT, source_country TEXT, source_role TEXT,
  target_code TEXT, target_country TEXT, target_role TEXT,
  cameo TEXT, root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,
  negated INTEGER, modality TEXT, attributed_to_code TEXT, sentence TEXT, record TEXT,
  canonical_id TEXT, location_name TEXT, location_country TEXT, lat REAL, lon REAL);
CREATE TABLE IF NOT EXISTS quantities(
  article_id TEXT NOT NULL, sentence_index INTEGER, value REAL, unit TEXT,
  actor_code TEXT, attributed_to_code TEXT, text TEXT, sentence TEXT);
CREATE TABLE IF NOT EXISTS errors(
  input TEXT, line INTEGER, article_id TEXT, message TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_country, target_country, date);
CREATE INDEX IF NOT EXISTS events_code ON events(cameo);
CREATE INDEX IF NOT EXISTS events_root ON events(root, date);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article_id);
CREATE INDEX IF NOT EXISTS errors_input ON errors(input, line);
)sql";

// A prepared statement; a failed prepare shows as a failed Run.
struct Stmt {
  sqlite3_stmt* st = nullptr;
  Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &st, nullptr); }
  ~Stmt() { sqlite3_finalize(st); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt& Text(int i, const std::string& s) {
    if (s.empty())
      sqlite3_bind_null(st, i);
    else
      sqlite3_bind_text(st, i, s.data(), int(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& Int(int i, long v) {
    sqlite3_bind_int64(st, i, v);
    return *this;
  }
  Stmt& Null(int i) {
    sqlite3_bind_null(st, i);
    return *this;
  }
  Stmt& Real(int i, double v) {
    sqlite3_bind_double(st, i, v);
    return *this;
  }
  bool Run() {
    if (!st) return false;
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE;
  }
};

}  // namespace

struct Store::Db {
  sqlite3* h = nullptr;
  StoreOptions opt;
  // The pending batch: written together by WriteBatch.
  std::vector<std::pair<Article, CodedArticle>> articles;
  std::vector<ErrorRecord> errors;
  std::chrono::steady_clock::time_point batch_start;
  // Statements prepared once per connection (the canonical upsert runs per
  // event), keyed by their SQL text's address: each call site's literal.
  std::map<const char*, std::unique_ptr<Stmt>> prepared;
  Stmt& Prepared(const char* sql) {
    std::unique_ptr<Stmt>& p = prepared[sql];
    if (!p || !p->st) p = std::make_unique<Stmt>(h, sql);
    if (p->st) {
      sqlite3_reset(p->st);
      sqlite3_clear_bindings(p->st);
    }
    return *p;
  }
  ~Db() {
    prepared.clear();  // finalized before the connection closes
    sqlite3_close(h);
  }
  bool Empty() const { return articles.empty() && errors.empty(); }
  void Added() {
    if (articles.size() + errors.size() == 1) batch_start = std::chrono::steady_clock::now();
  }
  bool Due() const {
    if (int(articles.size()) >= opt.batch_articles) return true;
    std::chrono::duration<double> age = std::chrono::steady_clock::now() - batch_start;
    return !Empty() && age.count() >= opt.batch_seconds;
  }
};

Store::Store(std::unique_ptr<Db> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {}

Status Store::Open(const std::string& path, const StoreOptions& options,
                   std::unique_ptr<Store>* out) {
  auto db = std::make_unique<Db>();
  db->opt = options;
  if (db->opt.batch_articles < 1) db->opt.batch_articles = 1;
  if (sqlite3_open(path.c_str(), &db->h) != SQLITE_OK) {
    std::string m = db->h ? sqlite3_errmsg(db->h) : "out of memory";
    return Status::Error(StatusCode::kIoError, path + ": cannot open database: " + m);
  }
  sqlite3_busy_timeout(db->h, int(db->opt.busy_timeout_seconds * 1000));
  std::unique_ptr<Store> s(new Store(std::move(db), path));
  // WAL: readers never block the writer, and a commit survives a kill.
  Status st = s->ExecRetrying("PRAGMA journal_mode=WAL");
  if (st.ok()) st = s->Exec("PRAGMA synchronous=NORMAL");
  if (st.ok()) st = s->Migrate();
  if (!st.ok()) return st;
  *out = std::move(s);
  return Status::Ok();
}

// Creates the tables; a database from before content hashes gains the column
// (its articles have none, so --resume codes them once more).
Status Store::Migrate() {
  {
    // A database that is already current needs no write lock to open: a
    // lock held by another writer is then met (and waited for, or reported
    // with counts) at the first batch.
    Stmt cur(db_->h,
             "SELECT (SELECT COUNT(*) FROM sqlite_master WHERE name IN ('articles','events',"
             "'quantities','errors','events_date','events_dyad','events_code','events_root',"
             "'events_article','quantities_article','errors_input','canonical_events',"
             "'canonical_mentions')) = 13 AND (SELECT COUNT(*) FROM "
             "pragma_table_info('articles') WHERE name IN ('content_hash','format')) = 2");
    if (cur.st && sqlite3_step(cur.st) == SQLITE_ROW && sqlite3_column_int(cur.st, 0) == 1)
      return Status::Ok();
  }
  Status s = ExecRetrying("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  s = Exec(kSchema);
  int has_hash = 0;
  if (s.ok()) {
    Stmt has(db_->h,
             "SELECT COUNT(*) FROM pragma_table_info('articles') WHERE name='content_hash'");
    if (!has.st || sqlite3_step(has.st) != SQLITE_ROW)
      s = Failed("reading the schema");
    else
      has_hash = sqlite3_column_int(has.st, 0);
  }
  if (s.ok() && !has_hash) s = Exec("ALTER TABLE articles ADD COLUMN content_hash TEXT");
  // Provenance (input format, compression): a database from before them.
  if (s.ok()) {
    Stmt has(db_->h, "SELECT COUNT(*) FROM pragma_table_info('articles') WHERE name='format'");
    if (!has.st || sqlite3_step(has.st) != SQLITE_ROW)
      s = Failed("reading the schema");
    else if (sqlite3_column_int(has.st, 0) == 0)
      s = Exec(
          "ALTER TABLE articles ADD COLUMN format TEXT; "
          "ALTER TABLE articles ADD COLUMN compression TEXT");
  }
  if (s.ok()) s = MigrateCanonical();
  if (s.ok()) s = ExecRetrying("COMMIT");
  if (!s.ok() && !sqlite3_get_autocommit(db_->h)) Exec("ROLLBACK").IgnoreError();
  return s;
}

// Canonical events (casus/trends.h): a database from before them gains the
// columns and the table, its events' places are read back from their JSON
// records, and the canonical events are built from what is stored.
Status Store::MigrateCanonical() {
  int has = 0;
  {
    Stmt q(db_->h, "SELECT COUNT(*) FROM pragma_table_info('events') WHERE name='canonical_id'");
    if (!q.st || sqlite3_step(q.st) != SQLITE_ROW) return Failed("reading the schema");
    has = sqlite3_column_int(q.st, 0);
  }
  if (!has) {
    for (const char* col : {"canonical_id TEXT", "location_name TEXT", "location_country TEXT",
                            "lat REAL", "lon REAL"}) {
      Status s = Exec(("ALTER TABLE events ADD COLUMN " + std::string(col)).c_str());
      if (!s.ok()) return s;
    }
    Status s = Exec(
        "UPDATE events SET location_name=json_extract(record,'$.location.name'),"
        "location_country=json_extract(record,'$.location.country'),"
        "lat=json_extract(record,'$.location.lat'),lon=json_extract(record,'$.location.lon')");
    if (!s.ok()) return s;
  }
  Status s = Exec(kCanonicalSchema);
  if (!s.ok() || has) return s;
  std::string err = RebuildCanonicalOn(db_->h);
  if (!err.empty()) return Status::Error(StatusCode::kIoError, path_ + ": database: " + err);
  return Status::Ok();
}

Store::~Store() {
  // A transaction still open here belongs to a batch that did not finish.
  if (db_ && db_->h && !sqlite3_get_autocommit(db_->h)) Exec("ROLLBACK").IgnoreError();
}

long Store::pending() const {
  return long(db_->articles.size());
}

Status Store::Failed(const char* what) {
  return Status::Error(StatusCode::kIoError,
                       path_ + ": database: " + what + ": " + sqlite3_errmsg(db_->h));
}

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_->h, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : sqlite3_errmsg(db_->h);
    sqlite3_free(err);
    return Status::Error(StatusCode::kIoError, path_ + ": database: " + m);
  }
  return Status::Ok();
}

// Another writer's lock: SQLite's busy handler waits first; some lock states
// return SQLITE_BUSY at once (no handler), so the statement is retried with
// a growing pause until busy_timeout_seconds have passed.
Status Store::ExecRetrying(const char* sql) {
  using Clock = std::chrono::steady_clock;
  Clock::time_point deadline =
      Clock::now() + std::chrono::milliseconds(long(db_->opt.busy_timeout_seconds * 1000));
  std::chrono::milliseconds pause(5);
  for (;;) {
    int rc = sqlite3_exec(db_->h, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) return Status::Ok();
    int primary = rc & 0xff;
    if ((primary != SQLITE_BUSY && primary != SQLITE_LOCKED) || Clock::now() + pause > deadline)
      return Failed(sql);
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(250));
  }
}

Status Store::Begin() {
  in_run_ = true;
  return Status::Ok();
}

Status Store::Commit() {
  return WriteBatch();
}

Status Store::Finish() {
  Status s = WriteBatch();
  in_run_ = false;
  return s;
}

std::string Store::ContentHash(const Article& a) {
  uint64_t h = kFnvOffset;
  for (const std::string* f : {&a.id, &a.date, &a.title, &a.text, &a.source, &a.url})
    h = FnvField(h, *f);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Status Store::IsStored(const Article& a, bool* stored) {
  *stored = false;
  Stmt q(db_->h, "SELECT content_hash FROM articles WHERE article_id=?");
  if (!q.st) return Failed("looking up an article");
  q.Text(1, a.id);
  int rc = sqlite3_step(q.st);
  if (rc == SQLITE_ROW) {
    const unsigned char* h = sqlite3_column_text(q.st, 0);
    *stored = h && ContentHash(a) == reinterpret_cast<const char*>(h);
  } else if (rc != SQLITE_DONE) {
    return Failed("looking up an article");
  }
  return Status::Ok();
}

Status Store::Put(const Article& a, const CodedArticle& c) {
  db_->articles.emplace_back(a, c);
  db_->Added();
  return !in_run_ || db_->Due() ? WriteBatch() : Status::Ok();
}

Status Store::PutError(const ErrorRecord& e) {
  db_->errors.push_back(e);
  db_->Added();
  return !in_run_ || db_->Due() ? WriteBatch() : Status::Ok();
}

// One transaction per batch, taken with BEGIN IMMEDIATE: the write lock is
// asked for (and waited for) up front, so a writer never fails half way
// because another one committed in between.
Status Store::WriteBatch() {
  if (db_->Empty()) return Status::Ok();
  long n = long(db_->articles.size());
  Status s = ExecRetrying("BEGIN IMMEDIATE");
  for (size_t i = 0; s.ok() && i < db_->articles.size(); ++i)
    s = PutRows(db_->articles[i].first, db_->articles[i].second);
  for (size_t i = 0; s.ok() && i < db_->errors.size(); ++i) s = PutErrorRow(db_->errors[i]);
  if (s.ok()) s = ExecRetrying("COMMIT");
  // A failed COMMIT may leave the transaction open (or SQLite rolled it back
  // already); either way the batch is not in the file.
  if (!s.ok() && !sqlite3_get_autocommit(db_->h)) Exec("ROLLBACK").IgnoreError();
  (s.ok() ? stored_ : not_stored_) += n;
  db_->articles.clear();
  db_->errors.clear();
  return s;
}

Status Store::PutRows(const Article& a, const CodedArticle& c) {
  // The canonical events the article's old mentions counted in: recounted
  // below, after its rows are replaced, so nothing is counted twice.
  std::set<std::string> touched;
  {
    Stmt& old = db_->Prepared(
        "SELECT DISTINCT canonical_id FROM events WHERE article_id=? AND "
        "canonical_id IS NOT NULL");
    if (!old.st) return Failed("replacing an article");
    old.Text(1, a.id);
    int rc;
    while ((rc = sqlite3_step(old.st)) == SQLITE_ROW)
      touched.insert(reinterpret_cast<const char*>(sqlite3_column_text(old.st, 0)));
    if (rc != SQLITE_DONE) return Failed("replacing an article");
  }
  Stmt& del_e = db_->Prepared("DELETE FROM events WHERE article_id=?");
  Stmt& del_q = db_->Prepared("DELETE FROM quantities WHERE article_id=?");
  if (!del_e.Text(1, a.id).Run() || !del_q.Text(1, a.id).Run())
    return Failed("replacing an article");
  Stmt& art = db_->Prepared(
      "INSERT OR REPLACE INTO articles(article_id,date,title,source,url,input,line,"
      "sentences,events,text,content_hash,format,compression) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
  art.Text(1, a.id)
      .Text(2, a.date)
      .Text(3, a.title)
      .Text(4, a.source)
      .Text(5, a.url)
      .Text(6, a.input)
      .Int(7, a.line)
      .Int(8, long(c.sentences.size()))
      .Int(9, long(c.events.size()))
      .Text(10, c.text)
      .Text(11, ContentHash(a))
      .Text(12, a.format)
      .Text(13, a.compression);
  if (!art.Run()) return Failed("storing an article");
  Stmt& ev = db_->Prepared(
      "INSERT OR REPLACE INTO events(event_id,article_id,sentence_index,date,source_code,"
      "source_country,source_role,target_code,target_country,target_role,cameo,root,"
      "quad_class,goldstein,plover,negated,modality,attributed_to_code,sentence,record,"
      "canonical_id,location_name,location_country,lat,lon) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const Event& e : c.events) {
    std::string canonical;
    if (IsHappening(e)) {
      Status st = JoinCanonical(e, a, &canonical);
      if (!st.ok()) return st;
      touched.insert(canonical);
    }
    const Actor none;
    const Actor& s = e.source ? *e.source : none;
    const Actor& t = e.target ? *e.target : none;
    ev.Text(1, e.event_id)
        .Text(2, e.article_id)
        .Int(3, e.sentence_index)
        .Text(4, e.date)
        .Text(5, s.code)
        .Text(6, s.country)
        .Text(7, s.role)
        .Text(8, t.code)
        .Text(9, t.country)
        .Text(10, t.role)
        .Text(11, e.cameo)
        .Text(12, e.root)
        .Int(13, e.quad_class)
        .Real(14, e.goldstein)
        .Text(15, e.plover)
        .Int(16, e.negated)
        .Text(17, e.modality)
        .Text(18, e.attributed_to ? e.attributed_to->code : "")
        .Text(19, e.sentence)
        .Text(20, EventJson(e))
        .Text(21, canonical);
    if (e.location) {
      ev.Text(22, e.location->name).Text(23, e.location->country);
      if (e.location->has_coords)
        ev.Real(24, e.location->lat).Real(25, e.location->lon);
      else
        ev.Null(24).Null(25);
    } else {
      ev.Null(22).Null(23).Null(24).Null(25);
    }
    if (!ev.Run()) return Failed("storing an event");
  }
  for (const std::string& id : touched) {
    Status st = RecountCanonical(id);
    if (!st.ok()) return st;
  }
  Stmt& qs = db_->Prepared("INSERT INTO quantities VALUES(?,?,?,?,?,?,?,?)");
  for (const QuantityRecord& q : c.quantities) {
    qs.Text(1, q.article_id)
        .Int(2, q.sentence_index)
        .Real(3, q.quantity.value)
        .Text(4, q.quantity.unit)
        .Text(5, q.quantity.actor ? q.quantity.actor->code : "")
        .Text(6, q.attributed_to ? q.attributed_to->code : "")
        .Text(7, q.quantity.text)
        .Text(8, q.sentence);
    if (!qs.Run()) return Failed("storing a quantity");
  }
  return Status::Ok();
}

// The canonical event a happening joins (casus/trends.h: the rule is
// PickCanonical's), created when none matches; `id` receives its id.
Status Store::JoinCanonical(const Event& e, const Article& a, std::string* id) {
  sqlite3* db = db_->h;
  Stmt& q = db_->Prepared(
      "SELECT canonical_id,date,location_name,location_country,lat,lon FROM canonical_events "
      "WHERE source_code IS ?1 AND target_code IS ?2 AND cameo=?3 AND "
      "(date IS ?4 OR date IN (date(?4,'-1 day'),date(?4,'+1 day'))) ORDER BY rowid");
  if (!q.st) return Failed("finding a canonical event");
  q.Text(1, e.source ? e.source->code : "").Text(2, e.target ? e.target->code : "");
  q.Text(3, e.cameo).Text(4, e.date);
  std::vector<CanonicalEvent> cands;
  auto col = [&](int i) {
    const unsigned char* t = sqlite3_column_text(q.st, i);
    return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
  };
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    CanonicalEvent c;
    c.canonical_id = col(0);
    c.date = col(1);
    c.source = e.source;
    c.target = e.target;
    c.cameo = e.cameo;
    if (sqlite3_column_type(q.st, 2) != SQLITE_NULL) {
      c.location = Place{col(2), col(3), ""};
      c.location->has_coords = sqlite3_column_type(q.st, 4) != SQLITE_NULL;
    }
    cands.push_back(std::move(c));
  }
  if (rc != SQLITE_DONE) return Failed("finding a canonical event");
  std::vector<const CanonicalEvent*> view;
  for (const CanonicalEvent& c : cands) view.push_back(&c);
  int pick = PickCanonical(view, e);
  if (pick >= 0) {
    *id = cands[pick].canonical_id;
    if (!cands[pick].location && e.location) {  // it takes the mention's place
      Stmt& up = db_->Prepared(
          "UPDATE canonical_events SET location_name=?,location_country=?,lat=?,lon=? "
          "WHERE canonical_id=?");
      up.Text(1, e.location->name).Text(2, e.location->country).Text(5, *id);
      if (e.location->has_coords)
        up.Real(3, e.location->lat).Real(4, e.location->lon);
      else
        up.Null(3).Null(4);
      if (!up.Run()) return Failed("placing a canonical event");
    }
    return Status::Ok();
  }
  CanonicalEvent c = CanonicalFromMention(e, a);
  Stmt& ins = db_->Prepared(
      "INSERT OR IGNORE INTO canonical_events(canonical_id,date,source_code,source_country,"
      "source_role,target_code,target_country,target_role,cameo,root,quad_class,goldstein,"
      "plover,location_name,location_country,lat,lon,num_mentions,num_articles,num_sources,"
      "first_event_id,source_url) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0,?,?)");
  const Actor none;
  const Actor& s = c.source ? *c.source : none;
  const Actor& t = c.target ? *c.target : none;
  for (int n = 0;; ++n) {
    *id = n ? AlternativeId(c.canonical_id, n) : c.canonical_id;
    ins.Text(1, *id).Text(2, c.date).Text(3, s.code).Text(4, s.country).Text(5, s.role);
    ins.Text(6, t.code).Text(7, t.country).Text(8, t.role).Text(9, c.cameo).Text(10, c.root);
    ins.Int(11, c.quad_class).Real(12, c.goldstein).Text(13, c.plover);
    if (c.location) {
      ins.Text(14, c.location->name).Text(15, c.location->country);
      if (c.location->has_coords)
        ins.Real(16, c.location->lat).Real(17, c.location->lon);
      else
        ins.Null(16).Null(17);
    } else {
      ins.Null(14).Null(15).Null(16).Null(17);
    }
    ins.Text(18, c.first_event_id).Text(19, c.source_url);
    if (!ins.Run()) return Failed("storing a canonical event");
    if (sqlite3_changes(db) == 1) return Status::Ok();  // else the id was taken
  }
}

// Counts from the mentions stored (casus/trends.h "Counts"); a canonical
// event left without mentions goes.
Status Store::RecountCanonical(const std::string& id) {
  Stmt& up = db_->Prepared(
      "UPDATE canonical_events SET "
      "num_mentions=(SELECT COUNT(*) FROM (SELECT DISTINCT article_id,sentence_index FROM "
      "events WHERE canonical_id=?1)),"
      "num_articles=(SELECT COUNT(DISTINCT article_id) FROM events WHERE canonical_id=?1),"
      "num_sources=(SELECT COUNT(DISTINCT COALESCE(a.source,'')) FROM events e JOIN "
      "articles a ON a.article_id=e.article_id WHERE e.canonical_id=?1),"
      "first_event_id=COALESCE((SELECT event_id FROM events WHERE event_id=first_event_id "
      "AND canonical_id=?1),(SELECT MIN(event_id) FROM events WHERE canonical_id=?1)) "
      "WHERE canonical_id=?1");
  Stmt& del = db_->Prepared("DELETE FROM canonical_events WHERE canonical_id=? AND num_mentions=0");
  if (!up.Text(1, id).Run() || !del.Text(1, id).Run()) return Failed("counting mentions");
  return Status::Ok();
}

// Reading the same input again records its errors again: the old row for
// the same input, line, id and message goes, so a rerun adds no duplicate.
Status Store::PutErrorRow(const ErrorRecord& e) {
  Stmt del(db_->h, "DELETE FROM errors WHERE input=? AND line=? AND article_id=? AND message=?");
  del.Text(1, e.input).Int(2, e.line).Text(3, e.article_id).Text(4, e.message);
  if (!del.Run()) return Failed("replacing an error record");
  Stmt st(db_->h, "INSERT INTO errors(input,line,article_id,message) VALUES(?,?,?,?)");
  st.Text(1, e.input).Int(2, e.line).Text(3, e.article_id).Text(4, e.message);
  if (!st.Run()) return Failed("storing an error record");
  return Status::Ok();
}

}  // namespace casus
