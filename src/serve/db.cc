// Read-only connection pool and bound-parameter queries (serve/db.h).
#include "serve/db.h"

#include <filesystem>

namespace casus::serve {

struct ReadOnlyDb::Conn {
  sqlite3* h = nullptr;
  std::chrono::steady_clock::time_point deadline;
  bool timed_out = false;
  double limit_seconds = 5;
  ~Conn() { sqlite3_close(h); }
};

namespace {

// Called by SQLite every few thousand instructions: a nonzero return stops
// the statement (SQLITE_INTERRUPT), so a slow query cannot hold a worker.
extern "C" int StopWhenLate(void* p) {
  auto* c = static_cast<ReadOnlyDb::Conn*>(p);
  if (std::chrono::steady_clock::now() < c->deadline) return 0;
  c->timed_out = true;
  return 1;
}

Status OpenConn(const std::string& path, const DbOptions& o,
                std::unique_ptr<ReadOnlyDb::Conn>* out) {
  auto c = std::make_unique<ReadOnlyDb::Conn>();
  c->limit_seconds = o.query_seconds;
  int rc =
      sqlite3_open_v2(path.c_str(), &c->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK)
    return Status::Error(StatusCode::kIoError, path + ": cannot open database: " +
                                                   (c->h ? sqlite3_errmsg(c->h) : "out of memory"));
  sqlite3_busy_timeout(c->h, int(o.busy_timeout_seconds * 1000));
  // query_only: even a statement that would write is refused by SQLite.
  if (sqlite3_exec(c->h, "PRAGMA query_only=1", nullptr, nullptr, nullptr) != SQLITE_OK)
    return Status::Error(StatusCode::kIoError, path + ": " + sqlite3_errmsg(c->h));
  // No statement the server runs needs more than this; a bound value cannot
  // be longer than a request line anyway.
  sqlite3_limit(c->h, SQLITE_LIMIT_LENGTH, 64 << 20);
  sqlite3_progress_handler(c->h, 1000, StopWhenLate, c.get());
  *out = std::move(c);
  return Status::Ok();
}

}  // namespace

Status ReadOnlyDb::Open(const std::string& path, const DbOptions& options,
                        std::unique_ptr<ReadOnlyDb>* out) {
  std::error_code ec;
  // SQLite would create a missing file even for a read-only open of a URI;
  // say plainly that there is nothing to show.
  if (!std::filesystem::is_regular_file(path, ec))
    return Status::Error(
        StatusCode::kNotFound,
        path + ": no such database (make one with: casus code --db " + path + " FILE...)");
  std::unique_ptr<ReadOnlyDb> db(new ReadOnlyDb());
  db->path_ = path;
  db->opt_ = options;
  if (db->opt_.connections < 1) db->opt_.connections = 1;
  for (int i = 0; i < db->opt_.connections; ++i) {
    std::unique_ptr<Conn> c;
    Status s = OpenConn(path, db->opt_, &c);
    if (!s.ok()) return s;
    db->free_.push_back(c.get());
    db->all_.push_back(std::move(c));
  }
  if (!db->HasTable("events") || !db->HasTable("articles"))
    return Status::Error(StatusCode::kInvalidArgument,
                         path + ": not a casus database (no events or articles table)");
  *out = std::move(db);
  return Status::Ok();
}

ReadOnlyDb::~ReadOnlyDb() = default;

ReadOnlyDb::Lease::~Lease() {
  if (!c_) return;
  {
    std::lock_guard<std::mutex> l(db_->mu_);
    db_->free_.push_back(c_);
  }
  db_->cv_.notify_one();
}

ReadOnlyDb::Lease ReadOnlyDb::Acquire() {
  std::unique_lock<std::mutex> l(mu_);
  cv_.wait(l, [this] { return !free_.empty(); });
  Conn* c = free_.back();
  free_.pop_back();
  return Lease(this, c);
}

bool ReadOnlyDb::HasTable(const std::string& name) {
  Lease l = Acquire();
  Query q(l.get(), "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
  q.Bind(name);
  return q.Next();
}

Query::Query(ReadOnlyDb::Conn* c, const std::string& sql) : c_(c) {
  c_->timed_out = false;
  c_->deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(long(c_->limit_seconds * 1000));
  if (sqlite3_prepare_v2(c_->h, sql.c_str(), int(sql.size()), &st_, nullptr) != SQLITE_OK)
    status_ =
        Status::Error(StatusCode::kIoError, std::string("database: ") + sqlite3_errmsg(c_->h));
  else if (st_ && !sqlite3_stmt_readonly(st_))
    status_ = Status::Error(StatusCode::kInternal, "refused: a statement that writes");
}

Query::~Query() {
  sqlite3_finalize(st_);
}

Query& Query::Bind(const std::string& v) {
  if (st_) sqlite3_bind_text(st_, next_param_++, v.data(), int(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Query& Query::Bind(long v) {
  if (st_) sqlite3_bind_int64(st_, next_param_++, v);
  return *this;
}
Query& Query::Bind(double v) {
  if (st_) sqlite3_bind_double(st_, next_param_++, v);
  return *this;
}

bool Query::Next() {
  if (!st_ || !status_.ok()) return false;
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE)
    status_ = Status::Error(StatusCode::kIoError,
                            c_->timed_out ? std::string("query timed out")
                                          : std::string("database: ") + sqlite3_errmsg(c_->h));
  return false;
}

std::string Query::Text(int col) const {
  const unsigned char* t = sqlite3_column_text(st_, col);
  return t ? std::string(reinterpret_cast<const char*>(t), size_t(sqlite3_column_bytes(st_, col)))
           : std::string();
}
long Query::Int(int col) const {
  return long(sqlite3_column_int64(st_, col));
}
double Query::Real(int col) const {
  return sqlite3_column_double(st_, col);
}
bool Query::IsNull(int col) const {
  return sqlite3_column_type(st_, col) == SQLITE_NULL;
}

}  // namespace casus::serve
