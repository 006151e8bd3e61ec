// Server: `casus serve` on HTTP (cpp-httplib). GET and HEAD only; /api/...
// goes to Api, everything else to StaticFiles. Made to be left running:
//   * the database is opened read-only (db.h), every query bound and timed;
//   * requests are bounded: the request line (kMaxTarget), headers
//     (httplib's 8 KiB), no body accepted (kMaxBody), read/write timeouts;
//   * results are bounded (api.h limits);
//   * paths outside the web folder are refused (web.h);
//   * bound to 127.0.0.1 unless told otherwise, and then a request whose
//     Host is not a loopback name is refused (a web page elsewhere cannot
//     reach it through DNS rebinding);
//   * responses say nosniff, deny framing and allow scripts from the page's
//     own origin only (no CDN: every file is served by the binary).
// Threads: Run blocks in the calling thread while `threads` workers serve
// requests; Stop may be called from any thread (a signal watcher).
#pragma once
#include <memory>
#include <string>

#include "casus/status.h"
#include "serve/api.h"
#include "serve/web.h"

namespace casus::serve {

constexpr size_t kMaxTarget = 4096;   // bytes of path + query
constexpr size_t kMaxBody = 1024;     // GET has no body; anything larger is refused
constexpr int kListenBacklog = 1024;  // connections waiting to be accepted

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;   // 0: any free port (Bind says which)
  int threads = 64;  // workers; each keeps one connection while it is alive
  int keep_alive_requests = 1000;
  int timeout_seconds = 5;  // read, write and keep-alive
};

class Server {
 public:
  Server(const Api* api, const StaticFiles* files, const ServerOptions& options);
  ~Server();
  // Binds the socket; `*port` is the port bound (the one asked for, or the
  // one picked when 0 was asked).
  Status Bind(int* port);
  // Serves until Stop.
  Status Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Whether `host` names the loopback interface (127.0.0.0/8, ::1, localhost).
bool IsLoopback(const std::string& host);

}  // namespace casus::serve
