// Temporary files for tests: one folder per test binary and process, made
// on first use and left for inspection after a failure.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace casus::testing {

// $TMPDIR/casus-<tag>-<pid>, created once.
inline std::filesystem::path TestDir(const std::string& tag) {
  std::filesystem::path p =
      std::filesystem::temp_directory_path() / ("casus-" + tag + "-" + std::to_string(::getpid()));
  std::filesystem::create_directories(p);
  return p;
}

// Writes `content` (bytes as given) to dir/name; returns the path.
inline std::string WriteFile(const std::filesystem::path& dir, const std::string& name,
                             const std::string& content) {
  std::filesystem::path p = dir / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

}  // namespace casus::testing
