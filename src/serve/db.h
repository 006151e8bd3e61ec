// ReadOnlyDb: the dashboard's view of a casus database (casus/store.h). Every
// connection is opened SQLITE_OPEN_READONLY with PRAGMA query_only, so the
// server cannot change the file whatever it is asked; `casus code --db` may
// keep writing to it meanwhile (WAL: readers do not block the writer).
//
// Queries take their values only as bound parameters (Query::Bind): SQL text
// is always a constant or built from constant fragments. Each query runs
// under a time limit (a progress handler) and returns at most `max_rows`
// rows, so one request cannot hold a connection for long.
//
// Threads: a ReadOnlyDb is a pool of connections, one per concurrent
// request; Acquire/release are thread-safe, and a Lease is used by one
// thread at a time.
#pragma once
#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "casus/status.h"

namespace casus::serve {

struct DbOptions {
  int connections = 8;              // the pool's size (requests served at once)
  double query_seconds = 5;         // a query running longer is stopped
  double busy_timeout_seconds = 5;  // waiting for a writer's checkpoint
};

class ReadOnlyDb {
 public:
  // Opens `path`, which must exist and hold an events table.
  static Status Open(const std::string& path, const DbOptions& options,
                     std::unique_ptr<ReadOnlyDb>* out);
  ~ReadOnlyDb();
  ReadOnlyDb(const ReadOnlyDb&) = delete;
  ReadOnlyDb& operator=(const ReadOnlyDb&) = delete;

  struct Conn;
  // A connection borrowed from the pool until the Lease is destroyed.
  class Lease {
   public:
    Lease(ReadOnlyDb* db, Conn* c) : db_(db), c_(c) {}
    Lease(Lease&& o) noexcept : db_(o.db_), c_(o.c_) { o.c_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Conn* get() const { return c_; }

   private:
    ReadOnlyDb* db_;
    Conn* c_;
  };
  // Waits for a free connection.
  Lease Acquire();
  const std::string& path() const { return path_; }
  const DbOptions& options() const { return opt_; }
  // True when the database has the table (a database from an older casus
  // may lack one that a newer one adds).
  bool HasTable(const std::string& name);

 private:
  ReadOnlyDb() = default;
  std::string path_;
  DbOptions opt_;
  std::vector<std::unique_ptr<Conn>> all_;
  std::vector<Conn*> free_;
  std::mutex mu_;
  std::condition_variable cv_;
};

// One query on a leased connection: prepare, bind, step through rows.
class Query {
 public:
  Query(ReadOnlyDb::Conn* c, const std::string& sql);
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  Query& Bind(const std::string& v);
  Query& Bind(long v);
  Query& Bind(double v);
  // The next row; false at the end or on failure (then status() says why).
  bool Next();
  std::string Text(int col) const;  // "" for NULL
  long Int(int col) const;
  double Real(int col) const;
  bool IsNull(int col) const;
  // kIoError naming the failure; "query timed out" when the limit stopped it.
  Status status() const { return status_; }

 private:
  ReadOnlyDb::Conn* c_;
  sqlite3_stmt* st_ = nullptr;
  int next_param_ = 1;
  Status status_;
};

}  // namespace casus::serve
