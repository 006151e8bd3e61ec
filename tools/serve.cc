// `casus serve [--db FILE] [--port 8080] [--host 127.0.0.1]`: opens the
// database read-only, loads the web folder, prints the address on stdout
// and serves until SIGINT/SIGTERM, then stops cleanly (exit 0).
#include "serve.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <thread>

#include "serve/api.h"
#include "serve/server.h"
#include "serve/web.h"

void AddServe(CLI::App& app, ServeCommand* c) {
  c->app = app.add_subcommand("serve", "the dashboard: a local web page and JSON API over --db");
  c->app->add_option("--db", c->db, "database made by casus code --db (default casus.db)");
  c->app->add_option("--port", c->port, "port (default 8080; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  c->app->add_option("--host", c->host,
                     "address to listen on (default 127.0.0.1: this machine only)");
  c->app->add_option("--web", c->web, "web folder (default: share/casus/web next to casus)");
  c->app->add_option("--threads", c->threads, "connections served at once (default 64)")
      ->check(CLI::Range(1, 1024));
  c->app
      ->add_option("--query-seconds", c->query_seconds,
                   "time limit of one database query (default 5)")
      ->check(CLI::Range(0.1, 600.0));
}

int RunServe(const ServeCommand& c) {
  using namespace casus::serve;
  auto fail = [](const casus::Status& s) {
    std::cerr << "casus: " << s.message() << "\n";
    return 2;
  };
  DbOptions dbo;
  dbo.query_seconds = c.query_seconds;
  dbo.connections = std::min(c.threads, 8);
  std::unique_ptr<ReadOnlyDb> db;
  if (casus::Status s = ReadOnlyDb::Open(c.db, dbo, &db); !s.ok()) return fail(s);
  std::string web = c.web.empty() ? FindWebDir() : c.web;
  if (web.empty())
    return fail(casus::Status::Error(casus::StatusCode::kNotFound,
                                     "no web folder next to casus (share/casus/web); "
                                     "name one with --web"));
  StaticFiles files;
  if (casus::Status s = files.Load(web); !s.ok()) return fail(s);
  Api api(db.get());
  api.Warm();
  ServerOptions so;
  so.host = c.host;
  so.port = c.port;
  so.threads = c.threads;
  Server server(&api, &files, so);

  // SIGINT/SIGTERM are taken by a watcher thread (sigtimedwait), blocked
  // everywhere else: the workers inherit the mask, and Stop runs in an
  // ordinary thread rather than in a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);  // a client gone away is an error on its socket only

  int port = 0;
  if (casus::Status s = server.Bind(&port); !s.ok()) return fail(s);
  std::string shown = c.host.find(':') != std::string::npos ? "[" + c.host + "]" : c.host;
  std::printf("casus: serving %s (%s) on http://%s:%d/\n", c.db.c_str(), "read-only", shown.c_str(),
              port);
  std::fflush(stdout);
  if (!IsLoopback(c.host))
    std::cerr << "casus: warning: listening on " << c.host
              << ", reachable from other machines; the dashboard has no login\n";

  std::atomic<bool> done{false};
  std::atomic<int> got{0};
  std::thread watcher([&] {
    timespec tick{0, 100 * 1000 * 1000};
    while (!done) {
      int sig = sigtimedwait(&stop_signals, nullptr, &tick);
      if (sig > 0) got = sig;
      // Stop again on every tick after a signal: one that came before
      // Run started listening would otherwise be lost.
      if (got) server.Stop();
    }
  });
  casus::Status run = server.Run();
  done = true;
  watcher.join();
  if (got) {
    std::cerr << "casus: stopped by signal " << int(got) << "\n";
    return 0;
  }
  return run.ok() ? 0 : fail(run);
}
