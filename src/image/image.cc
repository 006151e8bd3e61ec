// The image file: header, section table, mapping, source hash (image.h).
#include "image/image.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace casus {
namespace {

constexpr char kMagic[8] = {'C', 'A', 'S', 'U', 'S', 'I', 'M', 'G'};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t sections;
  uint64_t source_hash;
  uint64_t size;  // of the whole file
};
struct SectionEntry {
  uint64_t off, size;
};
static_assert(sizeof(Header) == 32 && sizeof(SectionEntry) == 16);

constexpr uint64_t kMul = 0x9e3779b97f4a7c15ull;

inline uint64_t Mix(uint64_t h, uint64_t w) {
  h = (h ^ w) * kMul;
  return h ^ (h >> 29);
}

}  // namespace

uint64_t HashBytes(uint64_t h, std::string_view b) {
  h = Mix(h, b.size());
  size_t i = 0;
  for (; i + 8 <= b.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, b.data() + i, 8);
    h = Mix(h, w);
  }
  uint64_t tail = 0;
  if (i < b.size()) std::memcpy(&tail, b.data() + i, b.size() - i);
  return Mix(h, tail);
}

// Hashes a whole file through a read-only mapping (no copy, no zeroing).
Status HashFile(const std::string& path, uint64_t* h) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(StatusCode::kNotFound, path + ": cannot read");
  struct stat st {};
  if (fstat(fd, &st) != 0) {
    ::close(fd);
    return Status::Error(path + ": cannot read");
  }
  size_t n = size_t(st.st_size);
  void* p = n ? mmap(nullptr, n, PROT_READ, MAP_PRIVATE, fd, 0) : nullptr;
  ::close(fd);
  if (p == MAP_FAILED) return Status::Error(path + ": cannot read");
  *h = HashBytes(*h, std::string_view(static_cast<const char*>(p), n));
  if (p) munmap(p, n);
  return Status::Ok();
}

namespace {

struct Source {
  std::string rel, path;  // rel is hashed as the name ("" for the lexicon, gazetteer)
};

// The files HashSources reads, in the order it reads them.
Status ListSources(const std::string& data_dir, const std::string& lexicon,
                   const std::string& gazetteer, std::vector<Source>* out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> rel;
  auto opts = fs::directory_options::follow_directory_symlink;
  for (fs::recursive_directory_iterator it(data_dir, opts, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    // Lexically: the staged folder links to data/, and resolving the links
    // would make the names depend on where the folder's sources live.
    std::string r = it->path().lexically_relative(data_dir).generic_string();
    // The staged lexicon and gazetteer are hashed below by content alone
    // (wherever they are), and an image never hashes itself (nor its memo).
    if (r == "lexicon.tsv" || r == "cities.tsv" || it->path().extension() == ".img" ||
        it->path().extension() == ".sources")
      continue;
    rel.push_back(r);
  }
  if (ec) return Status::Error(data_dir + ": " + ec.message());
  std::sort(rel.begin(), rel.end());
  for (const std::string& r : rel) out->push_back({r, data_dir + "/" + r});
  out->push_back({"", lexicon});
  out->push_back({"", gazetteer});
  return Status::Ok();
}

int64_t Nanos(const struct timespec& t) { return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec; }

// What stat says of every source (device, inode, size, modification and
// change times), by name; *newest is the latest of those times.
bool StatHash(const std::vector<Source>& files, uint64_t* out, int64_t* newest) {
  uint64_t h = HashBytes(kImageVersion, "casus source stats");
  *newest = 0;
  for (const Source& f : files) {
    struct stat st {};
    if (::stat(f.path.c_str(), &st) != 0) return false;
    const int64_t v[] = {int64_t(st.st_dev), int64_t(st.st_ino), int64_t(st.st_size),
                         Nanos(st.st_mtim), Nanos(st.st_ctim)};
    h = HashBytes(h, f.rel + '\n' + f.path);
    h = HashBytes(h, std::string_view(reinterpret_cast<const char*>(v), sizeof v));
    *newest = std::max({*newest, Nanos(st.st_mtim), Nanos(st.st_ctim)});
  }
  *out = h;
  return true;
}

constexpr char kMemoTag[] = "casus-sources";

bool ReadMemo(const std::string& path, uint64_t stats, uint64_t* content) {
  std::ifstream in(path);
  std::string tag;
  uint64_t st = 0, h = 0;
  if (!(in >> tag >> std::hex >> st >> h) || tag != kMemoTag || st != stats) return false;
  *content = h;
  return true;
}

void WriteMemo(const std::string& path, uint64_t stats, uint64_t content) {
  // Named *.sources too: a concurrent ListSources skips it.
  std::string tmp = path + "." + std::to_string(getpid()) + ".sources";
  {
    std::ofstream o(tmp, std::ios::trunc);
    o << kMemoTag << ' ' << std::hex << stats << ' ' << content << '\n';
    if (!o.flush()) {
      std::remove(tmp.c_str());
      return;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) std::remove(tmp.c_str());
}

}  // namespace

Status HashSources(const std::string& data_dir, const std::string& lexicon,
                   const std::string& gazetteer, uint64_t* out, const std::string& memo) {
  std::vector<Source> files;
  Status s = ListSources(data_dir, lexicon, gazetteer, &files);
  if (!s.ok()) return s;
  uint64_t stats = 0;
  int64_t newest = 0;
  const bool statted = !memo.empty() && StatHash(files, &stats, &newest);
  if (statted && ReadMemo(memo, stats, out)) return Status::Ok();
  uint64_t h = HashBytes(kImageVersion, "casus sources");
  for (const Source& f : files) {
    if (!f.rel.empty()) h = HashBytes(h, f.rel);
    s = HashFile(f.path, &h);
    if (!s.ok()) return s;
  }
  *out = h;
  // Only when every source is older than two seconds: an edit in the same
  // clock tick as this hash (a file system with coarse times) would keep the
  // stats, but an edit from now on gets a later change time.
  struct timespec now {};
  clock_gettime(CLOCK_REALTIME, &now);
  if (statted && newest < Nanos(now) - 2000000000) WriteMemo(memo, stats, h);
  return Status::Ok();
}

std::string ImageWriter::Bytes() const {
  std::string out(sizeof(Header) + kSectionCount * sizeof(SectionEntry), '\0');
  std::vector<SectionEntry> table(kSectionCount);
  for (uint32_t s = 0; s < kSectionCount; ++s) {
    out.resize((out.size() + 7) & ~size_t(7), '\0');  // every section 8-byte aligned
    table[s] = {out.size(), sections_[s].size()};
    out += sections_[s];
  }
  Header h{};
  std::memcpy(h.magic, kMagic, 8);
  h.version = kImageVersion;
  h.sections = kSectionCount;
  h.source_hash = hash_;
  h.size = out.size();
  std::memcpy(out.data(), &h, sizeof h);
  std::memcpy(out.data() + sizeof h, table.data(), table.size() * sizeof(SectionEntry));
  return out;
}

Status ImageWriter::Write(const std::string& path) const {
  return WriteImageBytes(path, Bytes());
}

Status WriteImageBytes(const std::string& path, std::string_view b) {
  std::string tmp = path + ".tmp" + std::to_string(getpid());
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    o.write(b.data(), std::streamsize(b.size()));
    if (!o.flush()) {
      std::remove(tmp.c_str());
      return Status::Error(StatusCode::kIoError, tmp + ": cannot write the image");
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::Error(StatusCode::kIoError, path + ": cannot write the image");
  }
  return Status::Ok();
}

ImageReader::~ImageReader() {
  if (mapped_) munmap(const_cast<char*>(base_), size_);
}

Status ImageReader::Open(const std::string& path, uint64_t source_hash,
                         std::shared_ptr<const ImageReader>* out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(StatusCode::kNotFound, path + ": no image");
  struct stat st {};
  if (fstat(fd, &st) != 0 || size_t(st.st_size) < sizeof(Header)) {
    ::close(fd);
    return Status::Error(path + ": not a casus image (too short)");
  }
  void* p = mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return Status::Error(path + ": cannot map the image");
  std::shared_ptr<ImageReader> r(new ImageReader());
  r->base_ = static_cast<const char*>(p);
  r->size_ = size_t(st.st_size);
  r->mapped_ = true;
  Status s = r->Check(path, source_hash, true);
  if (!s.ok()) return s;
  *out = std::move(r);
  return Status::Ok();
}

Status ImageReader::FromBytes(std::string bytes, std::shared_ptr<const ImageReader>* out) {
  std::shared_ptr<ImageReader> r(new ImageReader());
  r->owned_ = std::move(bytes);
  r->base_ = r->owned_.data();
  r->size_ = r->owned_.size();
  Status s = r->Check("(image in memory)", 0, false);
  if (!s.ok()) return s;
  *out = std::move(r);
  return Status::Ok();
}

Status ImageReader::Check(const std::string& name, uint64_t expect_hash, bool check_hash) {
  Header h;
  std::memcpy(&h, base_, sizeof h);
  if (std::memcmp(h.magic, kMagic, 8) != 0) return Status::Error(name + ": not a casus image");
  if (h.version != kImageVersion || h.sections != kSectionCount)
    return Status::Error(name + ": image format " + std::to_string(h.version) + ", expected " +
                         std::to_string(kImageVersion));
  if (h.size != size_) return Status::Error(name + ": truncated image");
  if (check_hash && h.source_hash != expect_hash)
    return Status::Error(name + ": stale image (compiled from other sources)");
  hash_ = h.source_hash;
  if (sizeof h + kSectionCount * sizeof(SectionEntry) > size_)
    return Status::Error(name + ": truncated image");
  sections_.resize(kSectionCount);
  for (uint32_t s = 0; s < kSectionCount; ++s) {
    SectionEntry e;
    std::memcpy(&e, base_ + sizeof h + s * sizeof e, sizeof e);
    if (e.off % 8 || e.off > size_ || e.size > size_ - e.off)
      return Status::Error(name + ": bad section table");
    sections_[s] = std::string_view(base_ + e.off, e.size);
  }
  return Status::Ok();
}

std::string_view ImageReader::Bytes(ImageSection s) const {
  return sections_[s];
}

}  // namespace casus
