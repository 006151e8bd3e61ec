// Data folder resolution relative to the executable, or to the shared object
// casus is linked into (see api/paths.h).
#include "api/paths.h"

#include <dlfcn.h>
#include <link.h>

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

std::string ImageDir() {
  // Any function of this library names the file it was loaded from: the
  // executable when casus_core is linked into one, the extension module's
  // .so when a Python interpreter loaded it.
  // The main program's link map has an empty name.
  Dl_info info{};
  link_map* map = nullptr;
  if (dladdr1(reinterpret_cast<void*>(&ImageDir), &info, reinterpret_cast<void**>(&map),
              RTLD_DL_LINKMAP) == 0 ||
      !map || !map->l_name || !*map->l_name)
    return ExecutableDir();
  std::error_code ec;
  fs::path image = fs::canonical(map->l_name, ec);
  if (ec || image.empty()) return "";
  return image.parent_path().string();
}

std::vector<std::string> DataDirCandidates() {
  std::vector<std::string> out;
  std::string exe = ExecutableDir();
  std::string image = ImageDir();
  if (!image.empty() && image != exe) {
    // <build>/python/casus/ and <prefix>/lib/python3.X/dist-packages/casus/:
    // the share/casus/data of the nearest folder above that has one.
    fs::path d(image);
    for (int up = 0; up <= kImageLevels && !d.empty(); ++up, d = d.parent_path()) {
      out.push_back((d / "share/casus/data").string());
      if (d == d.root_path()) break;
    }
  }
  if (!exe.empty()) {
    fs::path d(exe);
    out.push_back((d / "share/casus/data").string());
    out.push_back((d.parent_path() / "share/casus/data").lexically_normal().string());
  }
  return out;
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
