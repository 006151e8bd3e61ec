// Dictionary sets: a PETRARCH config (.ini), a TABARI .project or a casus
// manifest names the files that replace casus's own actors and verbs
// (`casus code --dict-set FILE`); --add-dict layers single files over
// whatever is loaded. The files go through the importers of this folder and
// then the same compiled form as casus's own dictionaries.
//
// A casus manifest:
//     # comment
//     petrarch-verbs   ../petrarch2/CAMEO.2.0.txt
//     casus-actors     my-actors.txt
// one `FORMAT PATH` a line, paths relative to the manifest.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "api/paths.h"
#include "events/policy.h"
#include "import/import.h"
#include "match/dictionaries.h"
#include "util/strings.h"

namespace casus {
namespace fs = std::filesystem;
using namespace import_detail;

namespace {

const char* const kFormats[] = {"petrarch-verbs",    "petrarch-actors", "petrarch-agents",
                                "petrarch-discards", "petrarch-issues", "tabari-verbs",
                                "tabari-actors",     "tabari-agents",   "tabari-options",
                                "casus-actors",      "casus-verbs"};

std::string Rel(const std::string& base, std::string_view p) {
  fs::path q{std::string(Trim(p))};
  return q.is_absolute() ? q.string()
                         : (fs::path(base).parent_path() / q).lexically_normal().string();
}

// PETRARCH_config.ini: the [Dictionaries] section.
void ReadIni(const std::vector<std::string>& lines, DictSet* out) {
  bool in = false;
  for (const std::string& l : lines) {
    std::string_view t = Trim(StripComment(l));
    if (t.empty()) continue;
    if (t[0] == '[') {
      in = t == "[Dictionaries]";
      continue;
    }
    if (!in) continue;
    size_t eq = t.find('=');
    if (eq == std::string_view::npos) continue;
    std::string key(Trim(t.substr(0, eq)));
    std::string_view val = t.substr(eq + 1);
    std::string fmt = key == "verbfile_name"      ? "petrarch-verbs"
                      : key == "actorfile_list"   ? "petrarch-actors"
                      : key == "agentfile_name"   ? "petrarch-agents"
                      : key == "discardfile_name" ? "petrarch-discards"
                      : key == "issuefile_name"   ? "petrarch-issues"
                                                  : "";
    if (fmt.empty()) {
      out->notes.push_back(out->path + ": [Dictionaries] " + key + " ignored");
      continue;
    }
    for (std::string_view f : Split(val, ','))
      if (!f.empty()) out->files.push_back({fmt, Rel(out->path, f)});
  }
}

// TABARI .project: "<actorsfile> NAME" lines.
void ReadProject(const std::vector<std::string>& lines, DictSet* out) {
  for (const std::string& l : lines) {
    std::string_view t = Trim(l);
    if (t.empty() || t[0] != '<') continue;
    size_t gt = t.find('>');
    std::string tag = AsciiLower(t.substr(1, gt - 1));
    std::string_view val = Trim(t.substr(gt + 1));
    std::string fmt = tag == "actorsfile"    ? "tabari-actors"
                      : tag == "verbsfile"   ? "tabari-verbs"
                      : tag == "agentsfile"  ? "tabari-agents"
                      : tag == "optionsfile" ? "tabari-options"
                                             : "";
    if (fmt.empty() || val.empty()) continue;
    out->files.push_back({fmt, Rel(out->path, Words(val)[0])});
  }
}

}  // namespace

std::string GuessFormat(const std::string& path) {
  std::string n = AsciiLower(fs::path(path).filename().string());
  if (EndsWith(n, ".verbs")) return "tabari-verbs";
  if (EndsWith(n, ".actors")) return "tabari-actors";
  if (EndsWith(n, ".agents")) return "tabari-agents";
  if (EndsWith(n, ".options")) return "tabari-options";
  if (n.find("discard") != std::string::npos) return "petrarch-discards";
  if (n.find("issue") != std::string::npos) return "petrarch-issues";
  if (n.find("agent") != std::string::npos) return "petrarch-agents";
  if (n.find("actor") != std::string::npos) return "petrarch-actors";
  if (n.find("verb") != std::string::npos || n.find("cameo") != std::string::npos)
    return "petrarch-verbs";
  return "";
}

Status ReadDictSet(const std::string& path, DictSet* out) {
  std::ifstream in(path);
  if (!in) return Status::Error(StatusCode::kNotFound, path + ": cannot read the dictionary set");
  out->path = path;
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    lines.push_back(l);
  }
  bool ini = false, project = false;
  for (const std::string& l : lines) {
    std::string_view t = Trim(l);
    ini |= t == "[Dictionaries]";
    project |=
        StartsWith(AsciiLower(t), "<verbsfile>") || StartsWith(AsciiLower(t), "<actorsfile>");
  }
  if (ini) {
    ReadIni(lines, out);
  } else if (project) {
    ReadProject(lines, out);
  } else {
    for (uint32_t i = 0; i < lines.size(); ++i) {
      std::string_view t = Trim(StripComment(lines[i]));
      if (t.empty()) continue;
      auto w = Words(t);
      bool known = false;
      for (const char* f : kFormats) known |= w[0] == f;
      if (w.size() != 2 || !known)
        return Status::Error(path + ":" + std::to_string(i + 1) +
                             ": expected 'FORMAT PATH' (FORMAT: petrarch-verbs, "
                             "petrarch-actors, ..., tabari-verbs, casus-actors, casus-verbs)");
      out->files.push_back({std::string(w[0]), Rel(path, w[1])});
    }
  }
  if (out->files.empty())
    return Status::Error(path +
                         ": names no dictionary file (a PETRARCH config needs a "
                         "[Dictionaries] section, a TABARI project <...file> lines)");
  return Status::Ok();
}

Status ImportFile(const DictFile& f, const ImportContext& ctx) {
  const std::string& p = f.path;
  const std::string& k = f.format;
  if (k == "petrarch-verbs") return ImportPetrarchVerbs(p, ctx);
  if (k == "petrarch-actors" || k == "tabari-actors")
    return ImportPetrarchActors(p, ctx, k == "tabari-actors");
  if (k == "petrarch-agents" || k == "tabari-agents")
    return ImportPetrarchAgents(p, ctx, k == "tabari-agents");
  if (k == "petrarch-discards") return ImportPetrarchDiscards(p, ctx);
  if (k == "petrarch-issues") return ImportPetrarchIssues(p, ctx);
  if (k == "tabari-verbs") return ImportTabariVerbs(p, ctx);
  if (k == "tabari-options") return ImportTabariOptions(p, ctx);
  if (k == "casus-actors" || k == "casus-verbs") {
    // Our own format: strict, like the data folder (a bad line stops loading).
    std::vector<std::string> lines;
    Status s = ReadLines(p, ctx.stats, &lines);
    if (!s.ok()) return s;
    uint32_t file = ctx.dicts->AddFile(p);
    for (uint32_t i = 0; i < lines.size(); ++i) {
      if (Trim(StripComment(lines[i])).empty()) continue;
      ++ctx.stats->entries;
      s = k == "casus-verbs" ? ctx.dicts->AddPatternLine(lines[i], file, i + 1)
                             : ctx.dicts->AddActorLine(lines[i], file, i + 1);
      if (!s.ok()) return s;
      ++ctx.stats->loaded;
    }
    return Status::Ok();
  }
  return Status::Error(p + ": unknown dictionary format '" + k + "'");
}

Status LoadImported(const LoadOptions& options, std::shared_ptr<const Dictionaries>* out,
                    ImportStats* stats, ImportExtras* extras, bool suite_codes) {
  std::string data = options.data_dir.empty() ? Dictionaries::DefaultDataDir() : options.data_dir;
  std::string lexicon = options.lexicon.empty() ? LexiconFor(data) : options.lexicon;
  std::vector<DictFile> files;
  std::vector<std::string> notes;
  if (!options.dict_set.empty()) {
    DictSet set;
    Status s = ReadDictSet(options.dict_set, &set);
    if (!s.ok()) return s;
    files = set.files;
    notes = set.notes;
  }
  for (const std::string& a : options.add_dicts) {
    std::string fmt = GuessFormat(a);
    std::string path = a;
    // "FORMAT=PATH" names the format when the file name does not tell it.
    if (size_t eq = a.find('='); eq != std::string::npos && eq < a.find('/')) {
      fmt = a.substr(0, eq);
      path = a.substr(eq + 1);
    }
    if (fmt.empty())
      return Status::Error(a +
                           ": cannot tell the dictionary format from the name; write "
                           "FORMAT=PATH (petrarch-verbs=..., tabari-actors=..., ...)");
    files.push_back({fmt, path});
  }
  Dictionaries::Imports imports;
  imports.replace = !options.dict_set.empty();
  for (const DictFile& f : files) {
    imports.codes_as_written |= f.format == "petrarch-verbs" || f.format == "tabari-verbs";
    imports.target_after_verb |= f.format == "tabari-verbs" || f.format == "petrarch-verbs";
    imports.source_first_actor |= f.format == "tabari-verbs" || f.format == "petrarch-verbs";
    imports.petrarch |= f.format == "petrarch-verbs";
  }
  // A TABARI .options file: its coding options become the coder's policy.
  // Read here, not in `add`, which a cached image skips.
  TabariOptions tabari;
  for (const DictFile& f : files)
    if (f.format == "tabari-options") {
      Status s = ReadTabariOptions(f.path, &tabari, nullptr);
      if (!s.ok()) return s;
    }
  if (tabari.on) imports.policy = [tabari](EventPolicy* p) { p->tabari = tabari; };
  imports.add = [&](Dictionaries* d) {
    ImportContext ctx{d, stats, extras, suite_codes};
    for (const DictFile& f : files) {
      Status s = ImportFile(f, ctx);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  };
  for (const std::string& n : notes) stats->warnings.push_back(n);
  // Cached by default (match/image_cache.h), except for validation suites,
  // whose invented codes change the code table, which the image lacks.
  if (!suite_codes) {
    imports.hash = HashImportSources(files, imports.replace, notes);
    imports.save = [&] { return SaveImportState(*stats, *extras); };
    imports.restore = [&](std::string_view t) { return RestoreImportState(t, stats, extras); };
  }
  return Dictionaries::Load(data, lexicon, out, &imports);
}

Status LoadDictionariesImported(const LoadOptions& options,
                                std::shared_ptr<const Dictionaries>* out) {
  ImportStats stats;
  ImportExtras extras;
  Status s = LoadImported(options, out, &stats, &extras);
  std::vector<std::string> report = ImportReport(stats);
  if (options.import_report)
    *options.import_report = std::move(report);
  else
    for (const std::string& l : report) std::cerr << l << "\n";
  return s;
}

std::vector<std::string> ImportReport(const ImportStats& st) {
  std::vector<std::string> out;
  for (const std::string& w : st.warnings) out.push_back("warning: " + w);
  out.push_back("imported: " + std::to_string(st.entries) + " entries, " +
                std::to_string(st.loaded) + " loaded, " + std::to_string(st.null_coded) +
                " null-coded, " + std::to_string(st.dropped) +
                " left out (bad lines: " + std::to_string(st.warnings.size()) + " warnings)");
  for (const auto& [kind, n] : st.unmapped)
    out.push_back("not expressible in casus: " + std::to_string(n) + " x " + kind);
  for (const auto& [kind, n] : st.notes) out.push_back("read: " + std::to_string(n) + " x " + kind);
  return out;
}

}  // namespace casus
