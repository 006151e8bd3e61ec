// The compiled dictionary image: one versioned binary file holding the
// lexicon, the actor trie and the verb patterns exactly as the text loader
// builds them, so that a start-up maps it instead of parsing 5 MB of text.
//
// Layout: a header (magic "CASUSIMG", format version, the hash of the source
// files it was compiled from, the file size, the section count) and a table
// of sections, each an 8-byte aligned array of plain structs. Readers get
// spans that point into the read-only mapping: nothing is copied and nothing
// is allocated per entry.
//
// Ownership: an ImageReader owns its mapping (or, for an image compiled in
// memory, its buffer); everything handed out points into it, so it must
// outlive its users (Dictionaries holds it in a shared_ptr next to them).
// Thread safety: a reader is immutable after Open and may be shared; the
// mapping is read-only and shared with every process that maps the file.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "casus/status.h"

namespace casus {

// Bump when any section's struct or meaning changes: an image of another
// version is stale and the loader falls back to the text sources.
// 2: Lexicon::Slot::pos; 3: actor records carry place kinds; 4: tagger model; 5: actor entries
// used in place (ImageStr); 6: pattern records carry a reverse code (paired [A:B]); 7: the
// misspelled-name index (match/fuzzy_names.h)
constexpr uint32_t kImageVersion = 8;

// Section numbers (the table has kSectionCount entries; unused ones are empty).
enum ImageSection : uint32_t {
  kSecLexWordOffsets,  // uint32_t[words + 1] into kSecLexWords
  kSecLexWords,        // the words, concatenated
  kSecLexEntries,      // LexEntry[words]
  kSecLexSlots,        // Lexicon::Slot[power of two]: the open-addressing table
  kSecStrings,         // every string of the dictionaries, concatenated
  kSecActors,          // uint64_t count, ActorEntry[count], their strings (ImageStr)
  kSecNodeOffsets,     // uint32_t[nodes + 1] into kSecNodeEntries (trie node -> actors)
  kSecNodeEntries,     // uint32_t[]: actor indexes
  kSecEdges,           // EdgeSlot[power of two]: (node, word id) -> child node
  kSecRootChild,       // uint32_t[words]: the root's children, by word id
  kSecPatterns,        // PatternRecord[]
  kSecPatternItems,    // PatternItem[]
  kSecFiles,           // StrRef[2 * files]: evidence name, path
  kSecTagKeys,         // TagKey[]: the statistical tagger's words (src/text/tag_model.h)
  kSecTagFirstKey,     // uint32_t[lexicon words]: a word's first TagKey
  kSecTagEmissions,    // TagEmission[]
  kSecTagTransitions,  // int16_t[states * states]
  kSecFuzzyKeys,       // FuzzyNames::Key[]: name variants by hash (match/fuzzy_names.h)
  kSecFuzzyKnown,      // FuzzyNames::Known[]: known words and the name each misspells
  kSecFuzzyBuckets,    // uint32_t[2^k + 1]: where kSecFuzzyKeys of each top-bits hash start
  kSectionCount
};

// A string in kSecStrings.
struct StrRef {
  uint32_t off = 0, len = 0;
};

// A string stored in an image section beside the record that holds it, as an
// offset from this field itself: a table of such records is used in place
// wherever the image is mapped, with no fix-up and nothing copied at load.
// Not copyable, since a copy would point elsewhere; read it as a string_view.
class ImageStr {
 public:
  ImageStr() = default;
  ImageStr(const ImageStr&) = delete;
  ImageStr& operator=(const ImageStr&) = delete;
  std::string_view view() const { return {reinterpret_cast<const char*>(this) + rel_, len_}; }
  operator std::string_view() const { return view(); }
  bool empty() const { return len_ == 0; }
  size_t size() const { return len_; }
  char operator[](size_t i) const { return view()[i]; }
  friend bool operator==(const ImageStr& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const ImageStr& a, const ImageStr& b) { return a.view() == b.view(); }
  // Points this field at n bytes at s, which lie in the same section (the
  // compiler writes the section; see Dictionaries::Compile).
  void Point(const char* s, size_t n) {
    rel_ = int32_t(s - reinterpret_cast<const char*>(this));
    len_ = uint32_t(n);
  }
  // Whether the string lies inside [begin, end) (an image's section).
  bool Within(const char* begin, const char* end) const {
    const char* p = reinterpret_cast<const char*>(this) + rel_;
    return p >= begin && p <= end && len_ <= size_t(end - p);
  }

 private:
  int32_t rel_ = 0;
  uint32_t len_ = 0;
};

// 64-bit hash of bytes, eight at a time (the source check reads ~5 MB at
// every start-up, so a byte-at-a-time FNV would cost more than the rest of it).
uint64_t HashBytes(uint64_t h, std::string_view bytes);
// HashBytes over a file's content (read through a mapping).
Status HashFile(const std::string& path, uint64_t* h);

// The hash of the sources an image is compiled from: every regular file
// under `data_dir` (following links, by relative path, content included)
// except images and the staged lexicon.tsv/cities.tsv, then the lexicon and
// gazetteer files' contents. Content, not sizes and mtimes: an installed or
// copied data folder has new mtimes but the same content, and an edit that
// keeps the size and the second must still be seen.
//
// Reading ~10 MB at every start cost about a sixth of a one-sentence run, so
// with a `memo` path (the image's, + ".sources") the content hash is kept
// beside the stats it was taken under (device, inode, size, modification and
// change time of every source, by name) and reused while they are unchanged.
// The memo is written only when every source is over two seconds old, so an
// edit within the same clock tick cannot hide behind equal stats; a memo
// that cannot be written (a read-only folder) just means hashing the content.
Status HashSources(const std::string& data_dir, const std::string& lexicon,
                   const std::string& gazetteer, uint64_t* out, const std::string& memo = "");

// Collects sections and writes the file (to a temporary name, then renamed,
// so a reader never sees half an image).
class ImageWriter {
 public:
  explicit ImageWriter(uint64_t source_hash) : hash_(source_hash), sections_(kSectionCount) {}
  template <typename T>
  void Put(ImageSection s, std::span<const T> items) {
    static_assert(std::has_unique_object_representations_v<T>,
                  "image structs must have no padding (write it out explicitly)");
    sections_[s].assign(reinterpret_cast<const char*>(items.data()),
                        reinterpret_cast<const char*>(items.data() + items.size()));
  }
  template <typename T>
  void Put(ImageSection s, const std::vector<T>& v) {
    Put(s, std::span<const T>(v));
  }
  void PutBytes(ImageSection s, std::string_view bytes) { sections_[s].assign(bytes); }
  // The whole image, as written to a file.
  std::string Bytes() const;
  Status Write(const std::string& path) const;

 private:
  uint64_t hash_;
  std::vector<std::string> sections_;
};

// Writes an image's bytes to `path` (a temporary name, then renamed).
Status WriteImageBytes(const std::string& path, std::string_view bytes);

class ImageReader {
 public:
  ~ImageReader();
  ImageReader(const ImageReader&) = delete;
  ImageReader& operator=(const ImageReader&) = delete;

  // Maps `path` read-only. kNotFound when there is no file; an error when it
  // is not an image of this version, is truncated, or was compiled from other
  // sources than `source_hash` (a stale image).
  static Status Open(const std::string& path, uint64_t source_hash,
                     std::shared_ptr<const ImageReader>* out);
  // An image held in memory (compiled by the text loader itself).
  static Status FromBytes(std::string bytes, std::shared_ptr<const ImageReader>* out);

  template <typename T>
  std::span<const T> Get(ImageSection s) const {
    std::string_view b = Bytes(s);
    return {reinterpret_cast<const T*>(b.data()), b.size() / sizeof(T)};
  }
  std::string_view Bytes(ImageSection s) const;
  std::string_view Str(StrRef r) const { return Bytes(kSecStrings).substr(r.off, r.len); }
  uint64_t source_hash() const { return hash_; }
  std::string_view all() const { return {base_, size_}; }

 private:
  ImageReader() = default;
  Status Check(const std::string& name, uint64_t expect_hash, bool check_hash);
  const char* base_ = nullptr;
  size_t size_ = 0;
  bool mapped_ = false;
  std::string owned_;
  uint64_t hash_ = 0;
  std::vector<std::string_view> sections_;
};

}  // namespace casus
