// Internal pieces of canonical matching shared by the in-memory index
// (canonical.cc), the store's write-time upsert (output/store.cc) and the
// rebuild pass (db.cc): one rule, one place. Pure functions, thread-safe
// except where a sqlite3* connection is passed (then: that connection's
// thread).
#pragma once
#include <sqlite3.h>

#include <string>
#include <vector>

#include "casus/trends.h"

namespace casus {

// The candidate `m` joins among canonical events of its key, given in
// creation order (the rule in casus/trends.h): its index, or -1 for none.
int PickCanonical(const std::vector<const CanonicalEvent*>& candidates, const Event& m);

// The n-th alternative id when `id` is taken (n >= 1): a hash of id and n.
std::string AlternativeId(const std::string& id, int n);

// The canonical_events table and the columns events gains (casus/trends.h
// SCHEMA); statements safe to run again.
extern const char* kCanonicalSchema;

// RebuildCanonical on an open connection, inside the caller's transaction.
// Returns an SQLite error message, empty on success.
std::string RebuildCanonicalOn(sqlite3* db);

}  // namespace casus
