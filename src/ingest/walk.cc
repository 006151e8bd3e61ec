// Folders as input: every regular file under them, recursively, in sorted
// order, so that two runs over the same folder code the same records in the
// same order ("a folder argument walks it recursively (sorted, so runs are
// reproducible)").
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "ingest/formats.h"

namespace casus::ingest {

bool ListFolder(const std::string& dir, const std::string& glob, std::vector<std::string>* files,
                std::string* why) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    *why = "cannot read folder: " + ec.message();
    return false;
  }
  bool by_path = glob.find('/') != std::string::npos;
  for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      *why = "cannot read folder: " + ec.message();
      return false;
    }
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {  // .git, .DS_Store, editor swap files
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    if (!glob.empty() &&
        fnmatch(glob.c_str(), (by_path ? rel : name).c_str(), by_path ? FNM_PATHNAME : 0) != 0)
      continue;
    files->push_back(it->path().string());
  }
  std::sort(files->begin(), files->end());
  return true;
}

}  // namespace casus::ingest
