// Data folder resolution relative to the executable (see api/paths.h).
#include "api/paths.h"

#include <cstdlib>
#include <filesystem>

namespace casus {

namespace fs = std::filesystem;

std::string ExecutableDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) return "";
  return exe.parent_path().string();
}

std::vector<std::string> DataDirCandidates() {
  std::string dir = ExecutableDir();
  if (dir.empty()) return {};
  fs::path d(dir);
  return {(d / "share/casus/data").string(),
          (d.parent_path() / "share/casus/data").lexically_normal().string()};
}

std::string FindDataDirNearExecutable() {
  for (const std::string& c : DataDirCandidates()) {
    std::error_code ec;
    if (fs::is_directory(fs::path(c) / "cameo", ec)) return c;
  }
  return "";
}

std::string LexiconFor(const std::string& data_dir) {
  const char* env = std::getenv("CASUS_LEXICON");
  if (env && *env) return env;
  std::error_code ec;
  std::string own = data_dir + "/lexicon.tsv";
  if (fs::is_regular_file(own, ec)) return own;
  std::string found = FindDataDirNearExecutable();
  return found.empty() ? own : found + "/lexicon.tsv";
}

}  // namespace casus
