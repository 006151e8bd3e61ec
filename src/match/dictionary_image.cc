// The dictionaries' tables as an image (src/image/image.h): compiled from the
// Builder after the text sources are read, attached from an image file or
// from that compiled buffer. Both ways give the same tables, pointing into
// the image: no per-entry allocation, nothing to free entry by entry.
#include <bit>
#include <cstring>

#include "image/image.h"
#include "match/dictionaries.h"
#include "match/dictionary_builder.h"

namespace casus {
namespace {

struct ActorRecord {
  StrRef code, country, role, cases, spelling, feature;
  uint8_t field = 0, place = 0, needs_country = 0, spare = 0;
  int32_t from = 0, to = 0;
  uint32_t source = 0, line = 0;
  uint32_t lat = 0, lon = 0;  // float bits
};

struct PatternRecord {
  StrRef code, text;
  int32_t verb = -1;
  uint32_t items_off = 0, items_n = 0;
  int32_t literals = 0;
  uint32_t source = 0, line = 0;
};

class Strings {
 public:
  StrRef Add(std::string_view s) {
    StrRef r{uint32_t(blob_.size()), uint32_t(s.size())};
    blob_ += s;
    return r;
  }
  const std::string& blob() const { return blob_; }

 private:
  std::string blob_;
};

}  // namespace

Status Dictionaries::Compile(uint64_t source_hash) {
  ImageWriter w(source_hash);
  lex_.Save(&w);
  Strings str;
  std::vector<ActorRecord> actors;
  actors.reserve(b_->actors.size());
  for (const ActorDraft& a : b_->actors) {
    ActorRecord r;
    r.code = str.Add(a.code);
    r.country = str.Add(a.country);
    r.role = str.Add(a.role);
    r.cases = str.Add(a.cases);
    r.spelling = str.Add(a.spelling);
    r.feature = str.Add(a.feature);
    r.field = uint8_t(a.field);
    r.place = uint8_t(a.place);
    r.needs_country = a.needs_country;
    r.from = a.from;
    r.to = a.to;
    r.source = a.source;
    r.line = a.line;
    r.lat = std::bit_cast<uint32_t>(a.lat);
    r.lon = std::bit_cast<uint32_t>(a.lon);
    actors.push_back(r);
  }
  w.Put(kSecActors, actors);
  std::vector<uint32_t> off{0}, entries;
  for (const auto& n : b_->nodes) {
    entries.insert(entries.end(), n.begin(), n.end());
    off.push_back(uint32_t(entries.size()));
  }
  w.Put(kSecNodeOffsets, off);
  w.Put(kSecNodeEntries, entries);
  size_t cap = 1;
  while (cap < b_->edges.size() * 2 + 16) cap <<= 1;
  std::vector<EdgeSlot> edges(cap);
  std::vector<uint32_t> root(lex_.size(), kNoNode);
  for (const auto& [key, child] : b_->edges) {
    size_t i = EdgeHash(key) & (cap - 1);
    while (edges[i].child != kNoNode) i = (i + 1) & (cap - 1);
    edges[i] = {key, child, 0};
    if ((key >> 32) == kRoot) root[uint32_t(key)] = child;
  }
  w.Put(kSecEdges, edges);
  w.Put(kSecRootChild, root);
  std::vector<PatternRecord> pats;
  std::vector<PatternItem> items;
  for (const Builder::Pat& p : b_->patterns) {
    PatternRecord r;
    r.code = str.Add(p.code);
    r.text = str.Add(p.text);
    r.verb = p.verb;
    r.items_off = uint32_t(items.size());
    r.items_n = uint32_t(p.items.size());
    items.insert(items.end(), p.items.begin(), p.items.end());
    r.literals = p.literals;
    r.source = p.source;
    r.line = p.line;
    pats.push_back(r);
  }
  w.Put(kSecPatterns, pats);
  w.Put(kSecPatternItems, items);
  std::vector<StrRef> files;
  for (size_t i = 0; i < files_.size(); ++i) {
    files.push_back(str.Add(files_[i]));
    files.push_back(str.Add(paths_[i]));
  }
  w.Put(kSecFiles, files);
  w.PutBytes(kSecStrings, str.blob());
  std::shared_ptr<const ImageReader> image;
  Status s = ImageReader::FromBytes(w.Bytes(), &image);
  if (!s.ok()) return s;
  b_.reset();
  return Attach(std::move(image));
}

Status Dictionaries::Attach(std::shared_ptr<const ImageReader> image) {
  const ImageReader& im = *image;
  Status s = lex_.Attach(im);
  if (!s.ok()) return s;
  std::string_view strings = im.Bytes(kSecStrings);
  auto ok = [&](StrRef r) { return r.off <= strings.size() && r.len <= strings.size() - r.off; };
  auto str = [&](StrRef r) { return std::string_view(strings.data() + r.off, r.len); };
  auto recs = im.Get<ActorRecord>(kSecActors);
  actors_.resize(recs.size());  // one allocation; the strings stay in the image
  for (size_t i = 0; i < recs.size(); ++i) {
    const ActorRecord& r = recs[i];
    if (!ok(r.code) || !ok(r.country) || !ok(r.role) || !ok(r.cases) || !ok(r.spelling) ||
        !ok(r.feature) || r.field > uint8_t(ActorField::kCity) ||
        r.place > uint8_t(PlaceKind::kCountry))
      return Status::Error("image: bad actor record");
    ActorEntry& e = actors_[i];
    e.code = str(r.code);
    e.country = str(r.country);
    e.role = str(r.role);
    e.field = ActorField(r.field);
    e.from = r.from;
    e.to = r.to;
    e.source = r.source;
    e.line = r.line;
    e.cases = str(r.cases);
    e.spelling = {str(r.spelling)};
    e.lat = std::bit_cast<float>(r.lat);
    e.lon = std::bit_cast<float>(r.lon);
    e.feature = str(r.feature);
    e.place = PlaceKind(r.place);
    e.needs_country = r.needs_country != 0;
  }
  node_off_ = im.Get<uint32_t>(kSecNodeOffsets);
  node_entries_ = im.Get<uint32_t>(kSecNodeEntries);
  edges_ = im.Get<EdgeSlot>(kSecEdges);
  root_child_ = im.Get<uint32_t>(kSecRootChild);
  if (node_off_.empty() || node_off_.back() != node_entries_.size() || edges_.empty() ||
      (edges_.size() & (edges_.size() - 1)))
    return Status::Error("image: bad actor trie");
  edge_mask_ = edges_.size() - 1;
  auto items = im.Get<PatternItem>(kSecPatternItems);
  auto pats = im.Get<PatternRecord>(kSecPatterns);
  patterns_.clear();
  patterns_.reserve(pats.size());
  for (const PatternRecord& r : pats) {
    if (!ok(r.code) || !ok(r.text) || r.items_off > items.size() ||
        r.items_n > items.size() - r.items_off)
      return Status::Error("image: bad pattern record");
    Pattern p;
    p.code = str(r.code);
    p.text = str(r.text);
    p.verb = r.verb;
    p.items = items.subspan(r.items_off, r.items_n);
    p.literals = r.literals;
    p.source = r.source;
    p.line = r.line;
    patterns_.push_back(p);
  }
  auto files = im.Get<StrRef>(kSecFiles);
  files_.clear();
  paths_.clear();
  for (size_t i = 0; i + 1 < files.size(); i += 2) {
    if (!ok(files[i]) || !ok(files[i + 1])) return Status::Error("image: bad file table");
    AddFile(std::string(im.Str(files[i])), std::string(im.Str(files[i + 1])));
  }
  image_ = std::move(image);
  return Status::Ok();
}

Status Dictionaries::WriteImage(const std::string& path) const {
  return image_ ? WriteImageBytes(path, image_->all()) : Status::Error("no tables to write");
}

}  // namespace casus
