// Temporary files for tests: one folder per tag, test binary and process
// ($TMPDIR/casus-<tag>-<pid>), made on first use. ctest runs most test
// binaries as one process and the rest one TEST a process (tests/CMakeLists.txt),
// so a full run makes about a hundred of these (the image tests' hold 90 MB
// each): they are removed when the process ends with every test passed, and
// left for inspection after a failure.
//
// Thread safety: TestDir is for a test's main thread (gtest's).
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

namespace casus::testing {

// The folders made by TestDir, removed at exit unless a test failed.
class ScratchFolders {
 public:
  static ScratchFolders& Get() {
    static ScratchFolders folders;
    return folders;
  }
  void Add(const std::filesystem::path& p) {
    for (const auto& d : dirs_)
      if (d == p) return;
    dirs_.push_back(p);
  }
  ~ScratchFolders() {
    if (!::testing::UnitTest::GetInstance()->Passed()) return;
    for (const auto& d : dirs_) {
      std::error_code ec;  // best effort: a folder already gone is fine
      std::filesystem::remove_all(d, ec);
    }
  }

 private:
  // gtest's UnitTest is a function-local static too: made first, it is
  // destroyed after this object, so the destructor above may still ask it.
  ScratchFolders() { (void)::testing::UnitTest::GetInstance(); }
  std::vector<std::filesystem::path> dirs_;
};

// $TMPDIR/casus-<tag>-<pid>, created once.
inline std::filesystem::path TestDir(const std::string& tag) {
  std::filesystem::path p =
      std::filesystem::temp_directory_path() / ("casus-" + tag + "-" + std::to_string(::getpid()));
  std::filesystem::create_directories(p);
  ScratchFolders::Get().Add(p);
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
