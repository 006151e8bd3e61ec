// StaticFiles: the dashboard page (index.html, app.js, the CSS, and the
// browser libraries and map outlines copied from npm at build time), read
// into memory once at start from the web folder. Serving from memory means a
// request can only ever get one of the files that were under the folder
// when the server started: a path with "..", a backslash or a NUL byte is
// refused outright, and any other unknown path is simply not found; files
// whose real path (symlinks resolved) lies outside the folder are not
// loaded. Immutable after Load: thread-safe to read.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "casus/status.h"

namespace casus::serve {

struct StaticFile {
  std::string content_type;
  std::string body;
};

// Files larger than this, or more than this in all, are not served.
constexpr size_t kMaxStaticFile = 16u << 20;
constexpr size_t kMaxStaticTotal = 64u << 20;

class StaticFiles {
 public:
  // Reads every regular file under `root`; the folder must hold index.html.
  Status Load(const std::string& root);
  enum class Lookup { kFound, kNotFound, kRefused };
  // The file for a URL path ("/" is /index.html). kRefused for a path that
  // tries to leave the folder.
  Lookup Find(const std::string& url_path, const StaticFile** file) const;
  size_t size() const { return files_.size(); }

 private:
  std::map<std::string, StaticFile> files_;  // by "/relative/path"
};

// The web folder next to the executable, as the data folder is found
// (api/paths.h): <exe>/share/casus/web (build tree) or
// <exe>/../share/casus/web (install tree); "" when neither holds index.html.
std::string FindWebDir();

// The Content-Type for a file name, by its extension.
std::string ContentTypeFor(const std::string& name);

}  // namespace casus::serve
