// Static files served from memory (serve/web.h).
#include "serve/web.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/paths.h"
#include "util/strings.h"

namespace casus::serve {

namespace fs = std::filesystem;

std::string ContentTypeFor(const std::string& name) {
  struct Ext {
    const char* ext;
    const char* type;
  };
  static const Ext kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
  };
  for (const Ext& e : kTypes)
    if (EndsWith(name, e.ext)) return e.type;
  return "application/octet-stream";
}

Status StaticFiles::Load(const std::string& root) {
  std::error_code ec;
  fs::path base = fs::canonical(root, ec);
  if (ec || !fs::is_regular_file(base / "index.html", ec))
    return Status::Error(StatusCode::kNotFound, root + ": no web folder (index.html missing)");
  size_t total = 0;
  for (auto it = fs::recursive_directory_iterator(base, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    fs::path real = fs::canonical(it->path(), ec);
    if (ec) return Status::Error(StatusCode::kIoError, it->path().string() + ": " + ec.message());
    if (!fs::is_regular_file(real, ec)) continue;
    // A link out of the folder is not served.
    fs::path rel = real.lexically_relative(base);
    if (rel.empty() || *rel.begin() == "..") continue;
    size_t size = fs::file_size(real, ec);
    if (ec || size > kMaxStaticFile || total + size > kMaxStaticTotal)
      return Status::Error(StatusCode::kIoError,
                           it->path().string() + ": too large for the web folder");
    std::ifstream in(real, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    if (!in && !in.eof())
      return Status::Error(StatusCode::kIoError, it->path().string() + ": cannot read");
    total += size;
    std::string key = "/" + it->path().lexically_relative(base).generic_string();
    files_[key] = StaticFile{ContentTypeFor(key), body.str()};
  }
  if (ec) return Status::Error(StatusCode::kIoError, root + ": " + ec.message());
  return Status::Ok();
}

StaticFiles::Lookup StaticFiles::Find(const std::string& url_path, const StaticFile** file) const {
  if (url_path.empty() || url_path[0] != '/' || url_path.find('\0') != std::string::npos ||
      url_path.find('\\') != std::string::npos)
    return Lookup::kRefused;
  for (std::string_view seg : Split(url_path, '/'))
    if (seg == "..") return Lookup::kRefused;
  auto it = files_.find(url_path == "/" ? "/index.html" : url_path);
  if (it == files_.end()) return Lookup::kNotFound;
  *file = &it->second;
  return Lookup::kFound;
}

std::string FindWebDir() {
  std::string dir = ExecutableDir();
  if (dir.empty()) return "";
  fs::path d(dir);
  for (const fs::path& c : {d / "share/casus/web", d.parent_path() / "share/casus/web"}) {
    std::error_code ec;
    if (fs::is_regular_file(c / "index.html", ec)) return c.lexically_normal().string();
  }
  return "";
}

}  // namespace casus::serve
