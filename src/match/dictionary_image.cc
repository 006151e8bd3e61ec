// The dictionaries' tables as an image (src/image/image.h): compiled from the
// Builder after the text sources are read, attached from an image file or
// from that compiled buffer. Both ways give the same tables, pointing into
// the image: no per-entry allocation, nothing to free entry by entry.
#include <algorithm>
#include <cstring>
#include <new>
#include <unordered_map>

#include "image/image.h"
#include "match/dictionaries.h"
#include "match/dictionary_builder.h"

namespace casus {
namespace {

struct PatternRecord {
  StrRef code, text, reverse;
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

// kSecActors: the entry count, the entries, then their strings (each stored
// once), every ImageStr pointing into this section. The section is copied
// into the image whole, so the self-relative offsets stay right.
void Dictionaries::PutActors(ImageWriter* w) const {
  const size_t n = b_->actors.size();
  std::string blob;
  std::unordered_map<std::string, uint32_t> at;
  auto add = [&](const std::string& v) {
    auto [it, fresh] = at.emplace(v, uint32_t(blob.size()));
    if (fresh) blob += v;
    return it->second;
  };
  struct Refs {
    uint32_t code, country, role, cases, spelling, feature;
  };
  std::vector<Refs> refs;
  refs.reserve(n);
  for (const ActorDraft& a : b_->actors)
    refs.push_back(
        {add(a.code), add(a.country), add(a.role), add(a.cases), add(a.spelling), add(a.feature)});
  const size_t strings = 8 + n * sizeof(ActorEntry);
  std::string sec(strings + blob.size(), '\0');
  const uint64_t count = n;
  std::memcpy(sec.data(), &count, 8);
  std::memcpy(sec.data() + strings, blob.data(), blob.size());
  const char* base = sec.data() + strings;
  for (size_t i = 0; i < n; ++i) {
    const ActorDraft& a = b_->actors[i];
    const Refs& r = refs[i];
    auto* e = new (sec.data() + 8 + i * sizeof(ActorEntry)) ActorEntry();
    e->code.Point(base + r.code, a.code.size());
    e->country.Point(base + r.country, a.country.size());
    e->role.Point(base + r.role, a.role.size());
    e->cases.Point(base + r.cases, a.cases.size());
    e->spelling.joined.Point(base + r.spelling, a.spelling.size());
    e->feature.Point(base + r.feature, a.feature.size());
    e->field = a.field;
    e->place = a.place;
    e->needs_country = a.needs_country;
    e->gaps = a.gaps;
    e->from = a.from;
    e->to = a.to;
    e->source = a.source;
    e->line = a.line;
    e->lat = a.lat;
    e->lon = a.lon;
  }
  w->PutBytes(kSecActors, sec);
}

// kSecFuzzyKeys, kSecFuzzyKnown: the one-word names a misspelling may mean
// (fuzzy_names.h), by the policy of data/rules (part of the image's hash).
Status Dictionaries::PutFuzzyNames(ImageWriter* w) const {
  FuzzyPolicy p;
  Status s = p.Resolve(rules_);
  if (!s.ok()) return s;
  std::vector<bool> correctable;
  s = CorrectableWords(b_->lexicon_path, lex_, &correctable);
  if (!s.ok()) return s;
  struct Found {
    uint32_t node;
    int32_t word;
    std::string sig;  // the eligible entries' codes and fields
  };
  std::vector<Found> found;
  for (const auto& [key, child] : b_->edges) {
    if ((key >> 32) != kRoot || b_->nodes[child].empty()) continue;
    const int32_t word = int32_t(uint32_t(key));
    // A word that names an actor itself ("Asean" for "ASEAN") is no misspelling.
    if (size_t(word) < correctable.size()) correctable[word] = false;
    std::string sig;
    int cities = 0;
    bool first_city = false;
    for (uint32_t ei : b_->nodes[child]) {
      const ActorDraft& a = b_->actors[ei];
      if (!FuzzyEligible(a.cases.empty() ? 0 : a.cases[0], a.needs_country,
                         a.field == ActorField::kRole))
        continue;
      if (sig.empty()) first_city = a.field == ActorField::kCity;
      cities += a.field == ActorField::kCity;
      sig += a.code + char('0' + int(a.field)) + ' ';
    }
    // A place several countries have: which one is meant needs the name as
    // written (PickPlace reads the article's countries for it).
    if (sig.empty() || (first_city && cities > 1)) continue;
    found.push_back({child, word, std::move(sig)});
  }
  // The edge map's order is no order: the image must not depend on it.
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.node < b.node; });
  std::vector<FuzzyNames::Name> names;
  std::unordered_map<std::string, uint32_t> sigs;
  for (const Found& f : found)
    names.push_back({f.word, f.node, sigs.emplace(f.sig, uint32_t(sigs.size())).first->second});
  FuzzyNames::Build(lex_, names, p, correctable, w);
  return Status::Ok();
}

Status Dictionaries::Compile(uint64_t source_hash) {
  ImageWriter w(source_hash);
  lex_.Save(&w);
  Strings str;
  PutActors(&w);
  Status fs = PutFuzzyNames(&w);
  if (!fs.ok()) return fs;
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
    r.reverse = str.Add(p.reverse);
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
  // The entries are used in place; checked once here (a scan of the table,
  // no copy) so that no string can point outside its section.
  std::string_view sec = im.Bytes(kSecActors);
  uint64_t n = 0;
  if (sec.size() >= 8) std::memcpy(&n, sec.data(), 8);
  if (sec.size() < 8 || n > (sec.size() - 8) / sizeof(ActorEntry))
    return Status::Error("image: bad actor table");
  actors_ = {reinterpret_cast<const ActorEntry*>(sec.data() + 8), size_t(n)};
  const char* end = sec.data() + sec.size();
  for (const ActorEntry& e : actors_) {
    const char* b = sec.data();
    if (!e.code.Within(b, end) || !e.country.Within(b, end) || !e.role.Within(b, end) ||
        !e.cases.Within(b, end) || !e.spelling.joined.Within(b, end) || !e.feature.Within(b, end) ||
        uint8_t(e.field) > uint8_t(ActorField::kCity) ||
        uint8_t(e.place) > uint8_t(PlaceKind::kCountry))
      return Status::Error("image: bad actor record");
  }
  node_off_ = im.Get<uint32_t>(kSecNodeOffsets);
  node_entries_ = im.Get<uint32_t>(kSecNodeEntries);
  edges_ = im.Get<EdgeSlot>(kSecEdges);
  root_child_ = im.Get<uint32_t>(kSecRootChild);
  if (node_off_.empty() || node_off_.back() != node_entries_.size() || edges_.empty() ||
      (edges_.size() & (edges_.size() - 1)))
    return Status::Error("image: bad actor trie");
  edge_mask_ = edges_.size() - 1;
  s = fuzzy_.Attach(im, node_off_.size() - 1);
  if (!s.ok()) return s;
  auto items = im.Get<PatternItem>(kSecPatternItems);
  auto pats = im.Get<PatternRecord>(kSecPatterns);
  patterns_.clear();
  patterns_.reserve(pats.size());
  for (const PatternRecord& r : pats) {
    if (!ok(r.code) || !ok(r.text) || !ok(r.reverse) || r.items_off > items.size() ||
        r.items_n > items.size() - r.items_off)
      return Status::Error("image: bad pattern record");
    Pattern p;
    p.code = str(r.code);
    p.text = str(r.text);
    p.reverse = str(r.reverse);
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
