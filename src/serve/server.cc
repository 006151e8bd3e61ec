// HTTP wiring of the dashboard (serve/server.h).
#include "serve/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include "util/strings.h"

namespace casus::serve {

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || StartsWith(host, "127.");
}

namespace {

// The name in a Host header without its port: "127.0.0.1:8080" -> "127.0.0.1",
// "[::1]:80" -> "[::1]".
std::string HostName(const std::string& h) {
  if (!h.empty() && h[0] == '[') return h.substr(0, h.find(']') + 1);
  return h.substr(0, h.find(':'));
}

void SetError(httplib::Response& res, const Response& r) {
  res.status = r.status;
  res.set_content(r.body, r.content_type.c_str());
}

}  // namespace

struct Server::Impl {
  const Api* api;
  const StaticFiles* files;
  ServerOptions opt;
  httplib::Server http;
  bool loopback_only = false;
  int listen_fd = -1;  // the listening socket, seen in set_socket_options

  // Checks every request before routing: method, size of the request line,
  // Host. A refused request is answered here.
  httplib::Server::HandlerResponse Check(const httplib::Request& req, httplib::Response& res) {
    using H = httplib::Server::HandlerResponse;
    if (req.method != "GET" && req.method != "HEAD") {
      res.set_header("Allow", "GET, HEAD");
      SetError(res, ErrorResponse(405, "read-only: GET and HEAD only"));
      return H::Handled;
    }
    if (req.target.size() > kMaxTarget) {
      SetError(res, ErrorResponse(414, "request line too long"));
      return H::Handled;
    }
    if (loopback_only && !IsLoopback(HostName(req.get_header_value("Host")))) {
      SetError(res, ErrorResponse(403, "the dashboard answers only on the loopback interface"));
      return H::Handled;
    }
    return H::Unhandled;
  }

  void Serve(const httplib::Request& req, httplib::Response& res) {
    if (req.path == "/api" || StartsWith(req.path, "/api/")) {
      Params params(req.params.begin(), req.params.end());
      Response r = api->Handle(req.path, params);
      res.status = r.status;
      res.set_header("Cache-Control", "no-store");
      res.set_content(r.body, r.content_type.c_str());
      return;
    }
    const StaticFile* f = nullptr;
    switch (files->Find(req.path, &f)) {
      case StaticFiles::Lookup::kFound:
        res.set_header("Cache-Control", "no-cache");
        res.set_content(f->body, f->content_type.c_str());
        return;
      case StaticFiles::Lookup::kRefused:
        SetError(res, ErrorResponse(400, "path outside the web folder"));
        return;
      case StaticFiles::Lookup::kNotFound:
        SetError(res, ErrorResponse(404, "not found"));
        return;
    }
  }
};

Server::Server(const Api* api, const StaticFiles* files, const ServerOptions& options)
    : impl_(std::make_unique<Impl>()) {
  impl_->api = api;
  impl_->files = files;
  impl_->opt = options;
  impl_->loopback_only = IsLoopback(options.host);
  httplib::Server& h = impl_->http;
  int threads = std::max(1, options.threads);
  h.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
  h.set_payload_max_length(kMaxBody);
  h.set_read_timeout(options.timeout_seconds);
  h.set_write_timeout(options.timeout_seconds);
  h.set_keep_alive_timeout(options.timeout_seconds);
  h.set_keep_alive_max_count(size_t(std::max(1, options.keep_alive_requests)));
  h.set_tcp_nodelay(true);
  // httplib's own options add SO_REUSEPORT, which would let a second server
  // share the port silently: only SO_REUSEADDR here, and the socket is kept
  // to deepen its backlog after binding (Bind).
  h.set_socket_options([impl = impl_.get()](int fd) {
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    impl->listen_fd = fd;
  });
  h.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "frame-ancestors 'none'"},
  });
  Impl* impl = impl_.get();
  h.set_pre_routing_handler([impl](const httplib::Request& req, httplib::Response& res) {
    return impl->Check(req, res);
  });
  h.Get(".*",
        [impl](const httplib::Request& req, httplib::Response& res) { impl->Serve(req, res); });
  // A handler that throws (out of memory) answers 500 instead of ending the server.
  h.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SetError(res, ErrorResponse(500, "internal error"));
  });
}

Server::~Server() = default;

Status Server::Bind(int* port) {
  httplib::Server& h = impl_->http;
  const std::string& host = impl_->opt.host;
  int p = impl_->opt.port;
  bool ok = p == 0 ? (p = h.bind_to_any_port(host)) > 0 : h.bind_to_port(host, p);
  if (!ok)
    return Status::Error(StatusCode::kIoError, "cannot listen on " + host + ":" +
                                                   std::to_string(impl_->opt.port) +
                                                   " (in use, or not an address of this machine)");
  // The library listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG,
  // fixed when Debian built it): a burst of new connections beyond that has
  // its SYNs dropped and retried a second later. Listening again on the
  // bound socket sets a deeper backlog (Linux).
  if (impl_->listen_fd >= 0) ::listen(impl_->listen_fd, kListenBacklog);
  *port = p;
  return Status::Ok();
}

Status Server::Run() {
  if (!impl_->http.listen_after_bind())
    return Status::Error(StatusCode::kIoError, "the server stopped listening");
  return Status::Ok();
}

void Server::Stop() {
  impl_->http.stop();
}

}  // namespace casus::serve
