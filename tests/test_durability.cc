// `casus code --db` under hostile conditions, run as users run it: killed
// with SIGKILL and resumed, three writers on one database, a database that
// refuses writes, a lock held by someone else, a full disk (a file-size
// limit) and a reader of stdout that goes away. Nothing may be lost
// silently: either everything is stored, or the exit status is non-zero and
// the message says how many articles were stored and how many were not.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>
#include <vector>

#include "files.h"

namespace {

namespace fs = std::filesystem;

fs::path Dir() {
  static const fs::path d = casus::testing::TestDir("durability");
  return d;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `n` small articles: the bench wire corpus, repeated under new ids.
std::string Corpus(const std::string& name, const std::string& prefix, int n) {
  std::ifstream in(std::string(CASUS_SOURCE_DIR) + "/bench/corpus/wire.jsonl");
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);)
    if (!l.empty()) lines.push_back(l);
  EXPECT_FALSE(lines.empty());
  fs::path p = Dir() / name;
  std::ofstream out(p, std::ios::binary);
  const std::string key = "\"id\": \"";
  for (int i = 0; i < n && !lines.empty(); ++i) {
    std::string l = lines[size_t(i) % lines.size()];
    size_t at = l.find(key);
    EXPECT_NE(at, std::string::npos);
    size_t end = l.find('"', at + key.size());
    l.replace(at + key.size(), end - at - key.size(), prefix + std::to_string(i));
    out << l << "\n";
  }
  return p.string();
}

// Starts `args` (shell words) under /bin/sh; `exec` keeps the pid casus's.
pid_t Spawn(const std::string& args, const std::string& name, const std::string& pre = "") {
  std::string cmd = pre + "exec " + CASUS_BINARY + " " + args + " >/dev/null 2>" +
                    (Dir() / (name + ".err")).string();
  pid_t p = fork();
  if (p == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), nullptr);
    _exit(127);
  }
  return p;
}

int Wait(pid_t p) {
  int st = 0;
  waitpid(p, &st, 0);
  return st;
}

int ExitCode(int st) {
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

std::string Err(const std::string& name) {
  return Slurp(Dir() / (name + ".err"));
}

// Rows of `sql` as tab-joined strings; the file is opened read-only (a
// missing file or table reads as no rows).
std::vector<std::string> Rows(const std::string& db, const std::string& sql) {
  std::vector<std::string> rows;
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    return rows;
  }
  sqlite3_busy_timeout(h, 2000);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string r;
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const unsigned char* t = sqlite3_column_text(st, c);
        r += (c ? "\t" : "") + std::string(t ? reinterpret_cast<const char*>(t) : "NULL");
      }
      rows.push_back(r);
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return rows;
}

long Count(const std::string& db, const std::string& sql) {
  std::vector<std::string> r = Rows(db, sql);
  return r.empty() ? 0 : std::stol(r[0]);
}

void Exec(const std::string& db, const char* sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(h, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(h);
}

// "N articles stored, M read but not stored" from a failed run's message.
bool StoredCounts(const std::string& err, long* stored, long* not_stored) {
  std::smatch m;
  if (!std::regex_search(err, m, std::regex("(\\d+) articles stored, (\\d+) read but not stored")))
    return false;
  *stored = std::stol(m[1]);
  *not_stored = std::stol(m[2]);
  return true;
}

std::string Fresh(const std::string& name) {
  std::string db = (Dir() / name).string();
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(db + ext);
  return db;
}

// SIGKILL at several points, then --resume: the database ends up as a clean
// run's (same event ids, same records, nothing lost or duplicated), and each
// killed run had already committed what it coded before the kill.
TEST(Durability, KilledRunsResumeToTheCleanResult) {
  std::string in = Corpus("kill.jsonl", "k", 5000);
  std::string clean = Fresh("clean.db"), db = Fresh("killed.db");
  ASSERT_EQ(ExitCode(Wait(Spawn("code --threads 2 --db " + clean + " " + in, "clean"))), 0)
      << Err("clean");
  const std::string art = "SELECT COUNT(*) FROM articles";
  ASSERT_EQ(Count(clean, art), 5000);
  long before = 0;
  for (long at : {600L, 2000L, 3500L}) {
    pid_t p = Spawn("code --threads 2 --resume --db " + db + " " + in, "kill");
    bool killed = false;
    for (int i = 0; i < 3000 && !killed; ++i) {  // at most ~30 s
      if (Count(db, art) >= at) {
        kill(p, SIGKILL);
        killed = true;
      } else if (waitpid(p, nullptr, WNOHANG) == p) {
        break;  // ended before committing `at` articles: one transaction
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_TRUE(killed) << "no batch committed before the run ended (" << Count(db, art)
                        << " articles stored); " << Err("kill");
    Wait(p);
    long now = Count(db, art);
    EXPECT_GT(now, before) << "the resumed run stored nothing new";
    before = now;
  }
  ASSERT_EQ(ExitCode(Wait(Spawn("code --threads 2 --resume --db " + db + " " + in, "last"))), 0)
      << Err("last");
  EXPECT_NE(Err("last").find("already stored (skipped)"), std::string::npos) << Err("last");
  EXPECT_EQ(Rows(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  const std::string events = "SELECT article_id, event_id, record FROM events ORDER BY event_id";
  const std::string arts =
      "SELECT article_id, content_hash, sentences, events FROM articles ORDER BY article_id";
  std::vector<std::string> want = Rows(clean, events), got = Rows(db, events);
  EXPECT_GT(want.size(), 1000u);
  EXPECT_EQ(got.size(), want.size());
  EXPECT_TRUE(got == want) << "the resumed database differs from a clean run's";
  EXPECT_TRUE(Rows(db, arts) == Rows(clean, arts));
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM quantities"),
            Count(clean, "SELECT COUNT(*) FROM quantities"));
}

// Three processes coding different files into one database at once: each
// waits for the others' locks and every article of all three is stored.
TEST(Durability, ThreeWritersLoseNothing) {
  std::string db = Fresh("three.db");
  std::vector<pid_t> ps;
  for (int w = 0; w < 3; ++w) {
    std::string p = "w" + std::to_string(w) + "-";
    ps.push_back(Spawn("code --threads 1 --db " + db + " " +
                           Corpus("writer" + std::to_string(w) + ".jsonl", p, 1500),
                       "writer" + std::to_string(w)));
  }
  for (int w = 0; w < 3; ++w)
    EXPECT_EQ(ExitCode(Wait(ps[size_t(w)])), 0) << Err("writer" + std::to_string(w));
  for (int w = 0; w < 3; ++w)
    EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM articles WHERE article_id LIKE 'w" +
                            std::to_string(w) + "-%'"),
              1500);
  EXPECT_EQ(Count(db, "SELECT COUNT(DISTINCT article_id) FROM events"),
            Count(db, "SELECT COUNT(*) FROM articles WHERE events > 0"));
  // The writers took turns batch by batch (none held the lock for its whole
  // run, which is what made waiting writers time out).
  int turns = 0;
  std::string last;
  for (const std::string& id : Rows(db, "SELECT article_id FROM articles ORDER BY rowid")) {
    std::string w = id.substr(0, 3);
    turns += w != last;
    last = w;
  }
  EXPECT_GT(turns, 3) << "the writers did not interleave";
}

// A database that starts refusing writes half way through the run (as a
// read-only file would): exit 3, and the message's counts match the file.
TEST(Durability, RefusedWritesReportWhatWasStored) {
  std::string in = Corpus("refuse.jsonl", "r", 3000);
  std::string db = Fresh("refuse.db");
  ASSERT_EQ(ExitCode(Wait(Spawn("code --db " + db + " " + Corpus("one.jsonl", "x", 1), "seed"))),
            0);
  Exec(db.c_str(),
       "CREATE TRIGGER ro BEFORE INSERT ON articles WHEN (SELECT COUNT(*) FROM articles) > 1000 "
       "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END");
  int st = Wait(Spawn("code --threads 1 --db " + db + " " + in, "refuse"));
  std::string err = Err("refuse");
  EXPECT_EQ(ExitCode(st), 3) << err;
  EXPECT_NE(err.find("readonly"), std::string::npos) << err;
  long stored = -1, not_stored = -1;
  ASSERT_TRUE(StoredCounts(err, &stored, &not_stored)) << err;
  EXPECT_EQ(stored + 1, Count(db, "SELECT COUNT(*) FROM articles"));  // + the seed
  EXPECT_GT(stored, 0);
  EXPECT_GT(not_stored, 0);
  EXPECT_EQ(Rows(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
}

// A truly read-only file (chattr +i; root ignores file modes): refused at
// once with a message naming the file, nothing coded into the void.
TEST(Durability, ImmutableDatabaseIsRefused) {
  std::string db = Fresh("immutable.db");
  ASSERT_EQ(ExitCode(Wait(Spawn("code --db " + db + " " + Corpus("one2.jsonl", "y", 1), "seed2"))),
            0);
  if (std::system(("chattr +i " + db + " 2>/dev/null").c_str()) != 0)
    GTEST_SKIP() << "chattr +i is not available here";
  int st = Wait(Spawn("code --db " + db + " " + Corpus("two.jsonl", "z", 20), "immutable"));
  EXPECT_EQ(std::system(("chattr -i " + db).c_str()), 0);
  std::string err = Err("immutable");
  EXPECT_NE(ExitCode(st), 0) << err;
  EXPECT_NE(err.find(db), std::string::npos) << err;
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM articles"), 1);
}

// Another connection holds the write lock: a short hold is waited for and
// nothing is lost; a hold longer than --db-timeout is an error with counts.
TEST(Durability, LockedDatabaseWaitsThenFailsWithCounts) {
  std::string db = Fresh("locked.db");
  std::string in = Corpus("locked.jsonl", "l", 300);
  ASSERT_EQ(ExitCode(Wait(Spawn("code --db " + db + " " + Corpus("one3.jsonl", "s", 1), "s3"))), 0);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  pid_t p = Spawn("code --db-timeout 20 --db " + db + " " + in, "wait");
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  ASSERT_EQ(sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_EQ(ExitCode(Wait(p)), 0) << Err("wait");
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM articles"), 301);

  ASSERT_EQ(sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  int st = Wait(Spawn("code --db-timeout 1 --db " + db + " " + Corpus("l2.jsonl", "m", 300), "lk"));
  sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(h);
  std::string err = Err("lk");
  EXPECT_EQ(ExitCode(st), 3) << err;
  EXPECT_NE(err.find("locked"), std::string::npos) << err;
  long stored = -1, not_stored = -1;
  ASSERT_TRUE(StoredCounts(err, &stored, &not_stored)) << err;
  EXPECT_EQ(stored, 0);
  EXPECT_GT(not_stored, 0);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM articles"), 301);
}

// A full disk (a file-size limit; casus ignores SIGXFSZ so the write fails
// with EFBIG): exit 3 with counts, and the database is consistent and holds
// exactly the batches the message says were stored.
TEST(Durability, FullDiskReportsCountsAndStaysConsistent) {
  std::string db = Fresh("full.db");
  std::string in = Corpus("full.jsonl", "f", 3000);
  int st = Wait(Spawn("code --threads 1 --db " + db + " " + in, "full", "ulimit -f 3000; "));
  std::string err = Err("full");
  EXPECT_EQ(ExitCode(st), 3) << "status " << st << ": " << err;
  long stored = -1, not_stored = -1;
  ASSERT_TRUE(StoredCounts(err, &stored, &not_stored)) << err;
  EXPECT_GT(stored, 0);
  EXPECT_GT(not_stored, 0);
  EXPECT_EQ(Rows(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM articles"), stored);
}

// `casus code --db x.db big.jsonl | head -c 100`: the run ends quietly as
// SIGPIPE would end it, after committing what was coded.
TEST(Durability, ClosedStdoutCommitsWhatWasCoded) {
  std::string db = Fresh("pipe.db");
  std::string in = Corpus("pipe.jsonl", "p", 3000);
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  std::string errf = (Dir() / "pipe.err").string();
  pid_t p = fork();
  if (p == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    std::signal(SIGPIPE, SIG_DFL);
    execl(CASUS_BINARY, "casus", "code", "--db", db.c_str(), in.c_str(), nullptr);
    _exit(127);
  }
  close(fds[1]);
  char buf[100];
  ASSERT_GT(read(fds[0], buf, sizeof buf), 0);
  close(fds[0]);
  int st = Wait(p);
  EXPECT_TRUE(WIFSIGNALED(st) && WTERMSIG(st) == SIGPIPE) << "status " << st;
  long n = Count(db, "SELECT COUNT(*) FROM articles");
  EXPECT_GT(n, 0) << "what was coded before the reader left was not committed";
  EXPECT_LT(n, 3000) << "the run went on after its reader left";
  EXPECT_EQ(Rows(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
}

// SIGTERM (or Ctrl-C) in the middle of a load: everything read is coded and
// committed, the message says so, and the process ends by the signal.
TEST(Durability, TerminatedRunCommitsWhatItRead) {
  std::string db = Fresh("term.db");
  pid_t p = Spawn("code --threads 2 --db " + db + " " + Corpus("term.jsonl", "t", 5000), "term");
  bool sent = false;
  for (int i = 0; i < 3000 && !sent; ++i) {
    if (Count(db, "SELECT COUNT(*) FROM articles") >= 300) {
      kill(p, SIGTERM);
      sent = true;
    } else if (waitpid(p, nullptr, WNOHANG) == p) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(sent) << Err("term");
  int st = Wait(p);
  std::string err = Err("term");
  EXPECT_TRUE(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM) << "status " << st << ": " << err;
  long stored = -1, not_stored = -1;
  ASSERT_TRUE(StoredCounts(err, &stored, &not_stored)) << err;
  EXPECT_EQ(not_stored, 0) << err;
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM articles"), stored);
  EXPECT_LT(stored, 5000);
}

// A database written by the previous schema (no content_hash) gains the
// column, and --resume codes its articles once more, then skips them.
TEST(Durability, OldSchemaGainsTheHashColumn) {
  std::string db = Fresh("old.db");
  Exec(db,
       "CREATE TABLE articles(article_id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT, "
       "url TEXT, input TEXT, line INTEGER, sentences INTEGER, events INTEGER, text TEXT);"
       "INSERT INTO articles(article_id) VALUES('o0')");
  std::string in = Corpus("old.jsonl", "o", 10);
  ASSERT_EQ(ExitCode(Wait(Spawn("code --resume --db " + db + " " + in, "old1"))), 0) << Err("old1");
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM articles WHERE content_hash IS NOT NULL"), 10);
  ASSERT_EQ(ExitCode(Wait(Spawn("code --resume --db " + db + " " + in, "old2"))), 0) << Err("old2");
  EXPECT_NE(Err("old2").find("10 already stored (skipped)"), std::string::npos) << Err("old2");
}

}  // namespace
