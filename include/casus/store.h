// Store: the embedded SQLite database (articles, events, quantities, errors).
// Coding an article id again replaces its events. One Store per thread.
#pragma once
#include <memory>
#include <string>

#include "casus/coder.h"
#include "casus/status.h"

struct sqlite3;

namespace casus {

class Store {
 public:
  static Status Open(const std::string& path, std::unique_ptr<Store>* out);
  ~Store();

  // Writes an article and replaces whatever was stored for its id.
  Status Put(const Article& a, const CodedArticle& coded);
  Status PutError(const ErrorRecord& e);
  Status Begin();
  Status Commit();

  sqlite3* handle() { return db_; }

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  sqlite3* db_;
};

}  // namespace casus
