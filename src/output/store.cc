// The SQLite store. Events keep their JSON record alongside indexed columns so
// any tool can read the full record back; re-coding an article replaces it.
#include "casus/store.h"

#include <sqlite3.h>

#include <utility>

#include "casus/output.h"

namespace casus {
namespace {

const char* kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS articles(
  article_id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT, url TEXT,
  input TEXT, line INTEGER, sentences INTEGER, events INTEGER, text TEXT);
CREATE TABLE IF NOT EXISTS events(
  event_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, sentence_index INTEGER, date TEXT,
  source_code TEXT, source_country TEXT, source_role TEXT,
  target_code TEXT, target_country TEXT, target_role TEXT,
  cameo TEXT, root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,
  negated INTEGER, modality TEXT, attributed_to_code TEXT, sentence TEXT, record TEXT);
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
  ~Db() { sqlite3_close(h); }
};

Store::Store(std::unique_ptr<Db> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {}

Status Store::Open(const std::string& path, std::unique_ptr<Store>* out) {
  auto db = std::make_unique<Db>();
  if (sqlite3_open(path.c_str(), &db->h) != SQLITE_OK) {
    std::string m = db->h ? sqlite3_errmsg(db->h) : "out of memory";
    return Status::Error(StatusCode::kIoError, path + ": cannot open database: " + m);
  }
  sqlite3_busy_timeout(db->h, 5000);
  std::unique_ptr<Store> s(new Store(std::move(db), path));
  Status st = s->Exec(kSchema);
  if (!st.ok()) return st;
  *out = std::move(s);
  return Status::Ok();
}

Store::~Store() {
  // A transaction still open here belongs to a run that did not finish.
  if (db_ && db_->h && !sqlite3_get_autocommit(db_->h)) Exec("ROLLBACK").IgnoreError();
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

Status Store::Begin() {
  return Exec("BEGIN");
}
Status Store::Commit() {
  return Exec("COMMIT");
}

Status Store::Finish() {
  return sqlite3_get_autocommit(db_->h) ? Status::Ok() : Commit();
}

// The article's rows replace the old ones inside a savepoint: a failure half
// way (a full disk, a locked file) rolls the article back to what it was.
Status Store::Put(const Article& a, const CodedArticle& c) {
  Status s = Exec("SAVEPOINT casus_put");
  if (!s.ok()) return s;
  s = PutRows(a, c);
  if (!s.ok()) {
    Exec("ROLLBACK TO casus_put").IgnoreError();  // the first failure is the one to report
    Exec("RELEASE casus_put").IgnoreError();
    return s;
  }
  return Exec("RELEASE casus_put");
}

Status Store::PutRows(const Article& a, const CodedArticle& c) {
  sqlite3* db = db_->h;
  Stmt del_e(db, "DELETE FROM events WHERE article_id=?");
  Stmt del_q(db, "DELETE FROM quantities WHERE article_id=?");
  if (!del_e.Text(1, a.id).Run() || !del_q.Text(1, a.id).Run())
    return Failed("replacing an article");
  Stmt art(db, "INSERT OR REPLACE INTO articles VALUES(?,?,?,?,?,?,?,?,?,?)");
  art.Text(1, a.id)
      .Text(2, a.date)
      .Text(3, a.title)
      .Text(4, a.source)
      .Text(5, a.url)
      .Text(6, a.input)
      .Int(7, a.line)
      .Int(8, long(c.sentences.size()))
      .Int(9, long(c.events.size()))
      .Text(10, c.text);
  if (!art.Run()) return Failed("storing an article");
  Stmt ev(db, "INSERT OR REPLACE INTO events VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const Event& e : c.events) {
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
        .Text(20, EventJson(e));
    if (!ev.Run()) return Failed("storing an event");
  }
  Stmt qs(db, "INSERT INTO quantities VALUES(?,?,?,?,?,?,?,?)");
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

Status Store::PutError(const ErrorRecord& e) {
  Stmt st(db_->h, "INSERT INTO errors(input,line,article_id,message) VALUES(?,?,?,?)");
  st.Text(1, e.input).Int(2, e.line).Text(3, e.article_id).Text(4, e.message);
  if (!st.Run()) return Failed("storing an error record");
  return Status::Ok();
}

}  // namespace casus
