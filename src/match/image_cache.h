// The image cache: where a data folder or an imported dictionary set without
// an image of its own keeps the image compiled from it on first use, so that
// the next start maps it instead of reading and importing the text again.
//
//   CASUS_IMAGE_CACHE=DIR   use DIR (for data folders and imported sets)
//   CASUS_IMAGE_CACHE=off   (or 0) no cache at all
//   unset                   imported sets only: $XDG_CACHE_HOME/casus, else
//                           ~/.cache/casus (data folders stay opt-in, so that
//                           test runs over temporary data folders fill no cache)
//
// Entries are named by the hash of their sources ("%016x.img"); an imported
// set keeps the importer's report beside its image ("%016x.import", written
// first, so an image never lacks it). At most kImageCacheEntries images and
// kImageCacheBytes are kept (a Phoenix-size set makes a ~77 MB image):
// writing one removes the least recently used beyond that. Everything
// here is best effort: a cache folder that cannot be made or written is
// skipped silently and the text is read as without a cache.
//
// Thread safety: plain functions over the file system; concurrent writers
// of one entry each write a temporary file and rename it into place.
#pragma once
#include <cstdint>
#include <string>

namespace casus {

constexpr int kImageCacheEntries = 8;
constexpr uintmax_t kImageCacheBytes = uintmax_t(512) << 20;

// The cache folder for a data folder (`imported` false) or an imported set;
// "" when there is none.
std::string ImageCacheDir(bool imported);
// The entry's image path in `dir` for `hash`.
std::string ImageCachePath(const std::string& dir, uint64_t hash);
// Reads the report kept beside a cached image into *out; false when missing.
bool ReadCacheSidecar(const std::string& image_path, std::string* out);
// Writes the report beside an image path (before the image itself).
bool WriteCacheSidecar(const std::string& image_path, const std::string& bytes);
// Marks an entry used (its time is what the eviction goes by).
void TouchCacheEntry(const std::string& image_path);
// Removes the least recently used images (and reports) beyond kImageCacheEntries.
void TrimImageCache(const std::string& dir);

}  // namespace casus
