// Store: the embedded SQLite database (tables articles, events, quantities,
// errors; README.md describes them). Each event row keeps its full JSON
// record in `record`. Coding an article id again replaces what was stored
// for it. Tools that want raw SQL open the file with SQLite themselves.
//
// Guarantees: Put stores an article whole or not at all (a savepoint around
// it); every failure of the database (a read-only file, a lock held too long,
// a full disk) is returned as StatusCode::kIoError naming the file. Between
// Begin and Commit the writes are one transaction; a Store destroyed with a
// transaction still open rolls it back, so a failed run leaves the database
// as it was.
//
// Ownership and threads: the Store owns its connection. Not thread-safe:
// use one Store from one thread (BatchCoder calls its sink from one thread).
// As a RecordSink: OnArticle = Put, OnError = PutError, Finish = Commit (when
// Begin opened a transaction).
#pragma once
#include <memory>
#include <string>

#include "casus/coder.h"
#include "casus/sink.h"
#include "casus/status.h"

namespace casus {

class Store : public RecordSink {
 public:
  // Opens (creating when missing) the database at `path` and its tables.
  static Status Open(const std::string& path, std::unique_ptr<Store>* out);
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes an article and replaces whatever was stored for its id.
  Status Put(const Article& a, const CodedArticle& coded);
  Status PutError(const ErrorRecord& e);
  Status Begin();
  Status Commit();

  Status OnArticle(const Article& article, const CodedArticle& coded) override {
    return Put(article, coded);
  }
  Status OnError(const ErrorRecord& error) override { return PutError(error); }
  Status Finish() override;

  const std::string& path() const { return path_; }

 private:
  struct Db;  // the SQLite connection (internal)
  Store(std::unique_ptr<Db> db, std::string path);
  Status Exec(const char* sql);
  Status Failed(const char* what);
  Status PutRows(const Article& a, const CodedArticle& coded);
  std::unique_ptr<Db> db_;
  std::string path_;
};

}  // namespace casus
