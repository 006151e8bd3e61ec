// Store: the embedded SQLite database (tables articles, events, quantities,
// errors, canonical_events; README.md describes them). Every happening is
// upserted into canonical_events as its mention is written, in the same
// batch transaction (the rule, the counts and the schema: casus/trends.h). Each event row keeps its
// full JSON record in `record`; each article row keeps a content hash (id, date, title, text,
// source, url) so a rerun can skip what is already stored. Coding an article id again replaces what
// was stored for it. Tools that want raw SQL open the file with SQLite themselves.
//
// Batches: outside a run, Put and PutError write at once. Between Begin and
// Finish, records are kept in memory and written in batches of
// `batch_articles` articles or `batch_seconds`, whichever comes first, each
// batch one transaction: a kill loses at most the batch in flight, and the
// write lock is held only while a batch is written (not while coding), so
// several writers can share one database.
//
// Guarantees: a batch is stored whole or not at all. Every failure of the
// database (a read-only file, a lock held longer than `busy_timeout_seconds`,
// a full disk) is returned as StatusCode::kIoError naming the file; the batch
// that failed is dropped and counted in not_stored(). A lock held by another
// writer is waited for (SQLite's busy handler, then BEGIN/COMMIT retried with
// backoff) up to `busy_timeout_seconds`. A Store destroyed before Finish
// drops its pending batch: nothing half-written is left.
//
// Ownership and threads: the Store owns its connection. Not thread-safe:
// use one Store from one thread (BatchCoder calls its sink from one thread).
// As a RecordSink: OnArticle = Put, OnError = PutError, Finish = Finish.
#pragma once
#include <memory>
#include <string>

#include "casus/coder.h"
#include "casus/sink.h"
#include "casus/status.h"

namespace casus {

struct StoreOptions {
  int batch_articles = 256;          // at least 1
  double batch_seconds = 1.0;        // a batch older than this is written with the next record
  double busy_timeout_seconds = 30;  // how long to wait for another writer's lock
};

class Store : public RecordSink {
 public:
  // Opens (creating when missing) the database at `path` and its tables; a
  // database made by an older casus gains the columns it lacks.
  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* out);
  static Status Open(const std::string& path, std::unique_ptr<Store>* out) {
    return Open(path, StoreOptions(), out);
  }
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes an article (in a run: with its batch) and replaces whatever was
  // stored for its id.
  Status Put(const Article& a, const CodedArticle& coded);
  Status PutError(const ErrorRecord& e);
  // Starts a run: from here on records are written in batches.
  Status Begin();
  // Writes the pending batch now.
  Status Commit();
  // Writes the pending batch and ends the run.
  Status Finish() override;

  // True when `a` is stored with the same content (id, date, title, text,
  // source, url): --resume skips it. Stored means committed to the file.
  Status IsStored(const Article& a, bool* stored);

  // The content hash kept in articles.content_hash (16 hex digits).
  static std::string ContentHash(const Article& a);

  Status OnArticle(const Article& article, const CodedArticle& coded) override {
    return Put(article, coded);
  }
  Status OnError(const ErrorRecord& error) override { return PutError(error); }

  const std::string& path() const { return path_; }
  // Articles committed by this Store, and articles handed to it that were not
  // (their batch failed). Articles still pending are in neither.
  long stored() const { return stored_; }
  long not_stored() const { return not_stored_; }
  long pending() const;

 private:
  struct Db;  // the SQLite connection and the pending batch (internal)
  Store(std::unique_ptr<Db> db, std::string path);
  Status Exec(const char* sql);
  Status ExecRetrying(const char* sql);
  Status Failed(const char* what);
  Status Migrate();
  Status WriteBatch();
  Status PutRows(const Article& a, const CodedArticle& coded);
  Status PutErrorRow(const ErrorRecord& e);
  Status MigrateCanonical();
  Status JoinCanonical(const Event& e, const Article& a, std::string* id);
  Status RecountCanonical(const std::string& id);
  std::unique_ptr<Db> db_;
  std::string path_;
  bool in_run_ = false;
  long stored_ = 0, not_stored_ = 0;
};

}  // namespace casus
