// Dictionary loading: CAMEO tables, actor phrases into a token trie, verb
// patterns indexed by verb lemma. Errors name file:line.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "events/policy.h"
#include "image/image.h"
#include "match/dictionaries.h"
#include "match/dictionary_builder.h"
#include "match/image_cache.h"
#include "match/text_rules.h"
#include "util/dates.h"
#include "util/strings.h"

#include <unicode/uloc.h>

#include "api/paths.h"
#include "import/import.h"

namespace casus {
namespace {

int QuadFor(std::string_view root) {
  int r = std::atoi(std::string(root).c_str());
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

// "3.0x", "nan" and "inf" are typos, not values: the scale runs from -10 to 10,
// and a NaN would be written as "goldstein":nan, which is not JSON.
bool ParseGoldstein(std::string_view v, double* out) {
  double x = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(x) || x < -10 || x > 10)
    return false;
  *out = x;
  return true;
}

bool IsPloverEvent(std::string_view e) {
  return !e.empty() && std::all_of(e.begin(), e.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
  });
}

// A header-first CODE<TAB>VALUE table: fn(code, value, line) per row; the
// codes with their lines go to `rows` when given. A table with no rows is an
// error ("an empty Goldstein table silently gives zeros").
template <typename Fn>
Status ReadCodeTable(const std::string& path, Fn&& fn,
                     std::vector<std::pair<std::string, uint32_t>>* rows = nullptr) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read");
  std::unordered_map<std::string, uint32_t> seen;
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    Status s = CheckDataLine(line, path, n);
    if (!s.ok()) return s;
    if (n == 1 || Trim(line).empty()) continue;  // header
    size_t tab = line.find('\t');
    if (tab == std::string::npos)
      return Status::Error(DataError(path, n, "expected CODE<TAB>VALUE"));
    std::string code(Trim(std::string_view(line).substr(0, tab)));
    std::string val(Trim(std::string_view(line).substr(tab + 1)));
    if (code.empty() || !std::all_of(code.begin(), code.end(), ::isdigit))
      return Status::Error(DataError(path, n, "bad CAMEO code '" + code + "'"));
    auto [it, fresh] = seen.emplace(code, n);
    if (!fresh)
      return Status::Error(DataError(
          path, n, "code " + code + " is listed already on line " + std::to_string(it->second)));
    s = fn(code, val, n);
    if (!s.ok()) return s;
    if (rows) rows->emplace_back(code, n);
  }
  // An empty file has no line 0 to name: its first line is where the header belongs.
  if (seen.empty())
    return Status::Error(
        DataError(path, std::max(n, 1u), "no rows after the header: the table is empty"));
  return Status::Ok();
}

}  // namespace

// CASUS_DATA, else the share/casus/data next to the executable (build or
// install tree). Nothing is compiled in: an installed casus must not depend
// on the source tree it was built from.
std::string Dictionaries::DefaultDataDir() {
  const char* e = std::getenv("CASUS_DATA");
  if (e && *e) return e;
  std::string found = FindDataDirNearExecutable();
  if (!found.empty()) return found;
  std::vector<std::string> tried = DataDirCandidates();
  return tried.empty() ? "share/casus/data" : tried.back();  // named in the load error
}

// CASUS_LEXICON, else the lexicon of the default data folder (LexiconFor).
std::string Dictionaries::DefaultLexicon() {
  return LexiconFor(DefaultDataDir());
}

const CameoCode* Dictionaries::Cameo(std::string_view code) const {
  auto it = cameo_.find(std::string(code));
  return it == cameo_.end() ? nullptr : &it->second;
}

Dictionaries::Dictionaries() = default;
Dictionaries::~Dictionaries() = default;

std::string_view Spellings::operator[](size_t k) const {
  const std::string_view joined = this->joined;
  size_t b = 0;
  for (; k > 0 && b != std::string_view::npos; --k) {
    b = joined.find('\x1f', b);
    if (b != std::string_view::npos) ++b;
  }
  if (b == std::string_view::npos || b > joined.size()) return {};
  size_t e = joined.find('\x1f', b);
  return joined.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
}

uint32_t Dictionaries::Step(uint32_t node, int32_t id) const {
  if (id < 0) return kNoNode;
  uint64_t key = (uint64_t(node) << 32) | uint32_t(id);
  if (b_) {  // still reading the text sources
    auto it = b_->edges.find(key);
    return it == b_->edges.end() ? kNoNode : it->second;
  }
  if (node == kRoot) return size_t(id) < root_child_.size() ? root_child_[id] : kNoNode;
  for (size_t i = EdgeHash(key) & edge_mask_;; i = (i + 1) & edge_mask_) {
    const EdgeSlot& e = edges_[i];
    if (e.child == kNoNode) return kNoNode;
    if (e.key == key) return e.child;
  }
}

const std::vector<uint32_t>* Dictionaries::PatternsFor(int32_t verb) const {
  auto it = by_verb_.find(verb);
  return it == by_verb_.end() ? nullptr : &it->second;
}

Status Dictionaries::LoadCameo(const std::string& dir) {
  std::vector<std::pair<std::string, uint32_t>> codes;  // codes.tsv order, with lines
  std::string codes_path = dir + "/codes.tsv";
  Status s = ReadCodeTable(
      codes_path,
      [&](const std::string& c, const std::string& v, uint32_t) {
        CameoCode& cc = cameo_[c];
        cc.code = c;
        cc.name = v;
        cc.quad_class = QuadFor(c.substr(0, 2));
        return Status::Ok();
      },
      &codes);
  if (!s.ok()) return s;
  std::string gold_path = dir + "/goldstein.tsv";
  std::unordered_set<std::string> valued;
  s = ReadCodeTable(gold_path, [&](const std::string& c, const std::string& v, uint32_t n) {
    auto it = cameo_.find(c);
    if (it == cameo_.end())
      return Status::Error(DataError(gold_path, n, "Goldstein value for unknown code " + c));
    if (!ParseGoldstein(v, &it->second.goldstein))
      return Status::Error(
          DataError(gold_path, n, "bad Goldstein value '" + v + "' (a number from -10 to 10)"));
    valued.insert(c);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  // "An empty Goldstein table silently gives zeros": every code needs its value.
  for (const auto& [c, n] : codes)
    if (!valued.count(c))
      return Status::Error(
          DataError(codes_path, n, "code " + c + " has no value in goldstein.tsv"));
  return LoadPlover(dir + "/plover.txt", codes_path, codes);
}

// PLOVER: "CODE: EVENT, mode, context # comment", or "CODE: none". A code
// without its own line inherits the nearest parent's; a code with no line at
// any level is an error, so that `plover: null` is always a decision written
// down ("01: none"), never a table that failed to load.
Status Dictionaries::LoadPlover(const std::string& path, const std::string& codes_path,
                                const std::vector<std::pair<std::string, uint32_t>>& codes) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read");
  std::unordered_map<std::string, uint32_t> listed;  // code -> its line
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    Status ok = CheckDataLine(line, path, n);
    if (!ok.ok()) return ok;
    std::string_view l = Trim(StripComment(line));
    if (l.empty()) continue;
    size_t colon = l.find(':');
    if (colon == std::string_view::npos)
      return Status::Error(
          DataError(path, n, "expected 'CODE: EVENT, mode, context' or 'CODE: none'"));
    std::string code(Trim(l.substr(0, colon)));
    auto it = cameo_.find(code);
    if (it == cameo_.end())
      return Status::Error(DataError(path, n, "code '" + code + "' is not in cameo/codes.tsv"));
    auto [seen, fresh] = listed.emplace(code, n);
    if (!fresh)
      return Status::Error(DataError(
          path, n, "code " + code + " is listed already on line " + std::to_string(seen->second)));
    std::string_view event = Trim(Split(l.substr(colon + 1), ',')[0]);
    if (event == "none") continue;
    if (!IsPloverEvent(event))
      return Status::Error(DataError(
          path, n,
          "bad PLOVER event '" + std::string(event) + "' (an upper-case name, or 'none')"));
    it->second.plover = std::string(event);
  }
  if (listed.empty())
    return Status::Error(DataError(path, std::max(n, 1u), "no PLOVER lines: the table is empty"));
  // Codes without their own PLOVER line inherit the nearest parent's.
  for (const auto& [code, line_no] : codes) {
    if (listed.count(code)) continue;
    size_t len = code.size() - 1;
    while (len >= 2 && !listed.count(code.substr(0, len))) --len;
    if (len < 2)
      return Status::Error(DataError(codes_path, line_no,
                                     "code " + code +
                                         " has no PLOVER mapping at any level (write 'CODE: none' "
                                         "in cameo/plover.txt if none is meant)"));
    cameo_[code].plover = cameo_[code.substr(0, len)].plover;
  }
  return Status::Ok();
}

Status Dictionaries::AddPatternLine(std::string_view raw, uint32_t file, uint32_t lineno) {
  if (!b_) b_ = std::make_unique<Builder>();  // a caller feeding lines without Load
  std::string_view l = Trim(StripComment(raw));
  if (l.empty()) return Status::Ok();
  const std::string& fname = paths_[file];
  size_t sp = l.find_first_of(" \t");
  if (sp == std::string_view::npos)
    return Status::Error(DataError(fname, lineno, "expected 'CODE pattern; pattern'"));
  std::string code(l.substr(0, sp)), reverse;
  // "032:033 arrive": the second code is the event the target makes toward
  // the source (PETRARCH/TABARI paired codes [A:B]).
  if (size_t colon = code.find(':'); colon != std::string::npos) {
    reverse = code.substr(colon + 1);
    code.resize(colon);
    if (!Cameo(reverse))
      return Status::Error(DataError(fname, lineno, "unknown CAMEO code '" + reverse + "'"));
  }
  if (!Cameo(code))
    return Status::Error(DataError(fname, lineno, "unknown CAMEO code '" + code + "'"));
  for (std::string_view p : Split(l.substr(sp + 1), ';')) {
    if (p.empty()) continue;
    Builder::Pat pat;
    pat.code = code;
    pat.reverse = reverse;
    pat.text = std::string(p);
    pat.source = file;
    pat.line = lineno;
    // One element: a slot (+ target, $ source, * skip, % compound) or a word.
    auto item = [&](const std::string& w) {
      PatternItem it;
      if (w == "+") {
        it.kind = PatElem::kTarget;
      } else if (w == "$") {
        it.kind = PatElem::kSource;
      } else if (w == "*") {
        it.kind = PatElem::kSkip;
      } else if (w == "%") {
        it.kind = PatElem::kCompound;
      } else if (w == "^") {
        it.kind = PatElem::kSkipActor;
      } else if (w.size() > 1 && w.back() == '~') {
        // Its lemmas as for any word: only a TABARI coder reads the prefix.
        const std::string stem = w.substr(0, w.size() - 1);
        it.prefix = true;
        it.id = lex_.Intern(stem);
        it.vlem = lex_.VerbLemma(stem);
        it.nlem = lex_.NounLemma(stem);
        ++pat.literals;
      } else {
        it.id = lex_.Intern(w);
        it.vlem = lex_.VerbLemma(w);
        it.nlem = lex_.NounLemma(w);
        ++pat.literals;
      }
      return it;
    };
    // "new_economic_relations": '_' inside a token glues its parts (each
    // directly follows the one before); a token ending in '_' before '|'
    // glues the verb to it ("in_ | attend").
    auto parts = [](std::string w) {
      for (char& c : w) c = char(std::tolower(static_cast<unsigned char>(c)));
      std::vector<std::string> out;
      for (std::string_view piece : Split(w, '_')) out.emplace_back(piece);
      return out;
    };
    // "indicated would | act now": words before '|' come before the verb
    // (imported PETRARCH/TABARI patterns); they are stored after a kBefore.
    std::vector<PatternItem> before;
    bool verb_glued = false;
    if (size_t bar = p.find('|'); bar != std::string_view::npos) {
      std::istringstream bs{std::string(p.substr(0, bar))};
      std::string w;
      while (bs >> w) {
        std::vector<std::string> ps = parts(w);
        verb_glued = ps.size() > 1 && ps.back().empty();
        for (size_t i = 0; i < ps.size(); ++i) {
          if (ps[i].empty()) continue;
          before.push_back(item(ps[i]));
          before.back().glued = i > 0;
        }
      }
      if (before.empty())
        return Status::Error(DataError(fname, lineno, "nothing before '|' in '" + pat.text + "'"));
      p = p.substr(bar + 1);
    }
    std::istringstream ws{std::string(p)};
    std::string w;
    bool first = true;
    while (ws >> w) {
      std::vector<std::string> ps = parts(w);
      for (size_t i = 0; i < ps.size(); ++i) {
        if (ps[i].empty()) continue;
        if (first) {
          if (ps[i] == "+" || ps[i] == "$" || ps[i] == "*")
            return Status::Error(
                DataError(fname, lineno, "pattern '" + pat.text + "' must start with a verb"));
          // "=left": this form of the verb only, keyed as written
          // (FORMATS.md); otherwise every inflection of its lemma.
          int32_t v = ps[i][0] == '=' ? -1 : lex_.VerbLemma(ps[i]);
          pat.verb = v >= 0 ? v : lex_.Intern(ps[i][0] == '=' ? ps[i].substr(1) : ps[i]);
          first = false;
          continue;
        }
        pat.items.push_back(item(ps[i]));
        pat.items.back().glued = i > 0;
      }
    }
    if (first) continue;
    if (!before.empty()) {
      pat.items.push_back(PatternItem{PatElem::kBefore});
      pat.items.back().glued = verb_glued;
      pat.items.insert(pat.items.end(), before.begin(), before.end());
    }
    b_->patterns.push_back(std::move(pat));
  }
  return Status::Ok();
}

bool Dictionaries::AddVerbForm(std::string_view form, std::string_view lemma) {
  if (form.empty() || lemma.empty() || lex_.Knows(form)) return false;
  uint32_t tags = kTagVBD | kTagVBN;  // "actxd": a past form unless its ending says
  if (EndsWith(form, "ing"))
    tags = kTagVBG;
  else if (EndsWith(form, "s"))
    tags = kTagVBZ;
  else if (!EndsWith(form, "d") && !EndsWith(form, "n"))
    tags = kTagVB | kTagVBP;
  return lex_.AddVerbForm(lex_.Intern(form), lex_.Intern(lemma), tags);
}

Status Dictionaries::LoadFile(const std::string& path, bool verbs) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read");
  uint32_t file = AddDataFile(path);
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    Status s = CheckDataLine(line, path, n);
    if (!s.ok()) return s;
    size_t first = b_->patterns.size();
    s = verbs ? AddPatternLine(line, file, n) : AddActorLine(line, file, n);
    if (!s.ok()) return s;
    if (verbs) s = CheckOwnPatterns(first);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// "retaliate" listed under 170 in one file and 190 in another: the first
// silently won. In casus's own files a pattern has one code (imported sets,
// which repeat patterns by design, do not come through here).
Status Dictionaries::CheckOwnPatterns(size_t first) {
  for (size_t i = first; i < b_->patterns.size(); ++i) {
    const Builder::Pat& p = b_->patterns[i];
    std::string key;
    std::istringstream ws(p.text);
    for (std::string w; ws >> w;) key += (key.empty() ? "" : " ") + AsciiLower(w);
    auto [it, fresh] = b_->own_patterns.emplace(key, i);
    const Builder::Pat& q = b_->patterns[it->second];
    if (!fresh && q.code != p.code)
      return Status::Error(DataError(paths_[p.source], p.line,
                                     "pattern '" + key + "' has code " + q.code + " already (" +
                                         paths_[q.source] + ":" + std::to_string(q.line) + ")"));
  }
  return Status::Ok();
}

void Dictionaries::SortPatterns() {
  // Phoenix-size sets have ~100,000 patterns: a code looked up once per run
  // of equal codes, and one counting sort by specificity for all verbs
  // instead of a stable sort per verb (both were most of a warm start).
  std::string_view last;
  const CameoCode* code = nullptr;
  for (Pattern& p : patterns_) {  // the table no longer changes
    if (!code || p.code != last) code = Cameo(p.code);
    last = p.code;
    p.cameo = code;
    if (!p.reverse.empty()) p.reverse_cameo = Cameo(p.reverse);
  }
  // Each verb's patterns, most literal words first, in load order among equals.
  int most = 0;
  for (const Pattern& p : patterns_) most = std::max(most, p.literals);
  std::vector<std::vector<uint32_t>> by_literals(size_t(most) + 1);
  for (uint32_t i = 0; i < patterns_.size(); ++i)
    by_literals[size_t(std::max(0, patterns_[i].literals))].push_back(i);
  by_verb_.clear();
  for (size_t l = by_literals.size(); l-- > 0;)
    for (uint32_t i : by_literals[l]) by_verb_[patterns_[i].verb].push_back(i);
}

std::string Dictionaries::ImagePathFor(const std::string& lexicon_path) {
  return lexicon_path.substr(0, lexicon_path.find_last_of('/') + 1) + "dictionaries.img";
}

// Role codes, the rules of data/rules/, the event and enrichment policies:
// read from the text on both ways of loading (they are small).
// Imported PETRARCH/TABARI verb sets are coded as their authors wrote them:
// casus's recodings of future and modal clauses (intent, threat, rejection,
// demand), of armed forces' travel, and its skipping of an attack's origin
// ("from Gaza") are for its own dictionaries. Applied after LoadPolicy, from the
// text sources or an image alike.
// The imported coders' conventions (Imports): their own codes for future
// acts, TABARI's target rule, and the set's own options.
static void ImportedConventions(const Dictionaries::Imports& im,
                                std::shared_ptr<const EventPolicy>* events) {
  if (!im.codes_as_written && !im.target_after_verb && !im.source_first_actor && !im.petrarch &&
      !im.policy)
    return;
  auto p = std::make_shared<EventPolicy>(**events);
  if (im.codes_as_written) {
    p->intent_by_root.clear();
    p->threat_by_code.clear();
    p->rejection_by_code.clear();
    p->demand_by_code.clear();
    p->force_by_code.clear();       // "troops entered Gambia": 042 stays 042
    p->origin_skipped = CodeSet();  // their patterns name the target slot
    p->generic_intent = CodeSet();  // "AGREE TO" stays their code, and so the
    p->attempt_verbs = nullptr;     // act it governs stays theirs to code
  }
  p->target_after_verb = im.target_after_verb;
  p->source_first_actor = im.source_first_actor;
  p->passive_needs_agent = im.source_first_actor;
  p->petrarch.on = im.petrarch;
  if (im.policy) im.policy(p.get());
  *events = std::move(p);
}

Status Dictionaries::LoadPolicy(const std::string& data_dir) {
  Status s = LoadRoles(data_dir + "/cameo/roles.tsv");
  if (!s.ok()) return s;
  if (b_) {
    for (const ActorDraft& e : b_->actors)
      if (!e.role.empty()) roles_.insert(e.role);
  } else {
    for (const ActorEntry& e : actors_)
      if (!e.role.empty()) roles_.emplace(e.role);
  }
  s = rules_.Load(data_dir + "/rules", &lex_, cameo_, roles_);
  if (!s.ok()) return s;
  auto events = std::make_shared<EventPolicy>();
  s = ResolveEventPolicy(rules_, cameo_, &lex_, events.get());
  if (!s.ok()) return s;
  events_ = std::move(events);
  return enrich_.Resolve(rules_, lex_);
}

Status Dictionaries::LoadText(const std::string& data_dir, const std::string& lexicon_path,
                              const std::string& gazetteer, uint64_t source_hash,
                              const Imports* imports) {
  b_ = std::make_unique<Builder>();
  b_->lexicon_path = lexicon_path;
  Status s = lex_.Load(lexicon_path);
  if (!s.ok()) return s;
  s = LoadTextRules(data_dir + "/text", &lex_);  // before any phrase is tokenized
  if (!s.ok()) return s;
  s = LoadCameo(data_dir + "/cameo");
  if (!s.ok()) return s;
  namespace fs = std::filesystem;
  for (const char* sub : {"actors", "verbs"}) {
    if (imports && imports->replace) break;  // a dictionary set replaces them
    fs::path dir = fs::path(data_dir) / sub;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
      return Status::Error(dir.string() + ": dictionary folder missing");
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::Error(dir.string() + ": no .txt dictionaries");
    for (const auto& f : files) {
      s = LoadFile(f, std::string(sub) == "verbs");
      if (!s.ok()) return s;
    }
  }
  if (imports && imports->add) {  // imported dictionaries (src/import/)
    s = imports->add(this);
    if (!s.ok()) return s;
  }
  s = LoadPolicy(data_dir);
  if (!s.ok()) return s;
  // Regions first: a name of data/places wins over a city of that name.
  s = LoadRegions(data_dir + "/places/regions.txt");
  if (!s.ok()) return s;
  if (imports) ImportedConventions(*imports, &events_);
  s = LoadGazetteer(gazetteer);
  if (!s.ok()) return s;
  lex_.Freeze();
  return Compile(source_hash);  // the same tables an image file would give
}

Status Dictionaries::Load(const std::string& data_dir, const std::string& lexicon_path,
                          std::shared_ptr<const Dictionaries>* out, const Imports* imports) {
  auto d = std::make_shared<Dictionaries>();
  d->data_dir_ = data_dir;
  // The gazetteer sits next to the compiled lexicon.
  std::string gaz = lexicon_path.substr(0, lexicon_path.find_last_of('/') + 1) + "cities.tsv";
  uint64_t hash = 0;
  // The memo of the source hash lives beside the image, for the folder the
  // image was staged with (another data folder never matches that image).
  namespace fs = std::filesystem;
  const std::string img = ImagePathFor(lexicon_path);
  std::error_code ec;
  const bool own = fs::equivalent(fs::path(img).parent_path(), data_dir, ec) && !ec;
  bool hashed = HashSources(data_dir, lexicon_path, gaz, &hash, own ? img + ".sources" : "").ok();
  const char* no_image = std::getenv("CASUS_NO_IMAGE");
  std::shared_ptr<const ImageReader> image;
  Status s;
  const bool images = hashed && !(no_image && *no_image && std::string(no_image) != "0");
  // An edited data folder or an imported set: its image compiled on first
  // use into the cache (image_cache.h), named by the hash of its sources
  // (for imports, the data folder's and theirs).
  const bool cacheable =
      images && (!imports || (imports->hash && imports->save && imports->restore));
  uint64_t key = hash;
  if (imports)
    key = HashBytes(hash, std::string_view(reinterpret_cast<const char*>(&imports->hash), 8));
  std::string cache_dir = cacheable ? ImageCacheDir(imports != nullptr) : "";
  std::string cached = cache_dir.empty() ? "" : ImageCachePath(cache_dir, key);
  bool use_image =
      images && !imports && ImageReader::Open(ImagePathFor(lexicon_path), hash, &image).ok();
  if (!use_image && !cached.empty() && ImageReader::Open(cached, key, &image).ok()) {
    std::string report;
    use_image = !imports || (ReadCacheSidecar(cached, &report) && imports->restore(report));
    if (use_image) TouchCacheEntry(cached);
  }
  if (use_image) {
    s = d->Attach(std::move(image));
    if (!s.ok()) return s;
    d->from_file_ = true;
    s = LoadTextRules(data_dir + "/text", &d->lex_);  // marks already set: no copy
    if (!s.ok()) return s;
    s = d->LoadCameo(data_dir + "/cameo");
    if (!s.ok()) return s;
    s = d->LoadPolicy(data_dir);
    if (!s.ok()) return s;
    if (imports) ImportedConventions(*imports, &d->events_);
    d->lex_.Freeze();  // a no-op unless the policy interned a word the image lacks
  } else {
    s = d->LoadText(data_dir, lexicon_path, gaz, key, imports);
    if (!s.ok()) return s;
    if (!cached.empty()) {  // best effort: without it the next start reads the text
      std::error_code ec;
      std::filesystem::create_directories(cache_dir, ec);
      if (!imports || WriteCacheSidecar(cached, imports->save())) {
        if (d->WriteImage(cached).ok()) TrimImageCache(cache_dir);
      }
    }
  }
  s = d->actor_rules_.Resolve(d->rules_);
  if (!s.ok()) return s;
  // A dictionary set that replaces casus's own (src/import/) is matched as
  // TABARI and PETRARCH matched it, phrase by exact phrase: no misspelled
  // names (their validation suites' invented names are a letter apart).
  if (imports && imports->replace) d->actor_rules_.fuzzy.max_distance = 0;
  if (imports && imports->replace) d->actor_rules_.fuzzy.long_max_distance = 0;
  d->SortPatterns();
  d->be_ = d->lex_.Find("be");
  *out = std::move(d);
  return Status::Ok();
}

Status Dictionaries::LoadOne(DataFile kind, const std::string& path) {
  if (!b_) b_ = std::make_unique<Builder>();  // the tables being built, as Load makes them
  switch (kind) {
    case DataFile::kCameo:
      return LoadCameo(path);
    case DataFile::kActors:
      return LoadFile(path, false);
    case DataFile::kVerbs:
      return LoadFile(path, true);
    case DataFile::kRoles:
      return LoadRoles(path);
    case DataFile::kGazetteer:
      return LoadGazetteer(path);
  }
  return Status::Error(path + ": unknown kind of data file");
}

Status Dictionaries::LoadRoles(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(StatusCode::kNotFound, path + ": cannot read");
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    Status ok = CheckDataLine(line, path, ++n);
    if (!ok.ok()) return ok;
    if (n == 1 || Trim(line).empty()) continue;  // header
    std::string_view code = Trim(std::string_view(line).substr(0, line.find('\t')));
    if (code.size() != 3 || !IsUpperCode(code))
      return Status::Error(DataError(path, n, "bad role code '" + std::string(code) + "'"));
    roles_.insert(std::string(code));
  }
  return Status::Ok();
}

Status LoadDictionaries(const LoadOptions& options, std::shared_ptr<const Dictionaries>* out) {
  namespace fs = std::filesystem;
  std::string data = options.data_dir.empty() ? Dictionaries::DefaultDataDir() : options.data_dir;
  std::error_code ec;
  const char* env = std::getenv("CASUS_DATA");
  if (options.data_dir.empty() && !(env && *env) && !fs::is_directory(data, ec)) {
    std::string tried;
    for (const std::string& c : DataDirCandidates()) tried += (tried.empty() ? "" : ", ") + c;
    return Status::Error(StatusCode::kNotFound,
                         "casus: no data folder found (looked in " + tried +
                             "); name one with --data, CASUS_DATA or LoadOptions::data_dir");
  }
  if (!options.dict_set.empty() || !options.add_dicts.empty())
    return LoadDictionariesImported(options, out);  // src/import/dict_set.cc
  // A data folder with its own lexicon.tsv (an install tree's) uses it.
  std::string lexicon = options.lexicon.empty() ? LexiconFor(data) : options.lexicon;
  return Dictionaries::Load(data, lexicon, out);
}

const CameoCode* FindCameo(const Dictionaries& d, std::string_view code) {
  return d.Cameo(code);
}

}  // namespace casus
