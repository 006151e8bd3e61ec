// The image cache (image_cache.h).
#include "match/image_cache.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "image/image.h"

namespace casus {

std::string ImageCacheDir(bool imported) {
  if (const char* env = std::getenv("CASUS_IMAGE_CACHE")) {
    std::string v = env;
    if (v == "off" || v == "0") return "";
    if (!v.empty()) return v;
  }
  if (!imported) return "";
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && xdg[0] == '/') return std::string(xdg) + "/casus";
  const char* home = std::getenv("HOME");
  if (home && home[0] == '/') return std::string(home) + "/.cache/casus";
  return "";
}

std::string ImageCachePath(const std::string& dir, uint64_t hash) {
  char name[32];
  std::snprintf(name, sizeof name, "/%016llx.img", static_cast<unsigned long long>(hash));
  return dir + name;
}

namespace {
std::string SidecarPath(const std::string& image_path) {
  return image_path.substr(0, image_path.size() - 4) + ".import";
}
}  // namespace

bool ReadCacheSidecar(const std::string& image_path, std::string* out) {
  std::ifstream in(SidecarPath(image_path), std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

bool WriteCacheSidecar(const std::string& image_path, const std::string& bytes) {
  return WriteImageBytes(SidecarPath(image_path), bytes).ok();
}

void TouchCacheEntry(const std::string& image_path) {
  std::error_code ec;
  std::filesystem::last_write_time(image_path, std::filesystem::file_time_type::clock::now(), ec);
}

void TrimImageCache(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  struct Entry {
    fs::file_time_type used;
    uintmax_t bytes;
    fs::path path;
  };
  std::vector<Entry> images;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".img") continue;
    std::error_code tec, sec;
    fs::file_time_type t = e.last_write_time(tec);
    uintmax_t n = e.file_size(sec);
    if (!tec && !sec) images.push_back({t, n, e.path()});
  }
  std::sort(images.begin(), images.end(),
            [](const Entry& a, const Entry& b) { return a.used > b.used; });
  // The newest always stays; older ones while within both limits.
  uintmax_t total = 0;
  for (size_t i = 0; i < images.size(); ++i) {
    total += images[i].bytes;
    if (i == 0 || (i < size_t(kImageCacheEntries) && total <= kImageCacheBytes)) continue;
    fs::remove(images[i].path, ec);
    fs::remove(SidecarPath(images[i].path.string()), ec);
  }
}

}  // namespace casus
