// What an imported dictionary set leaves beside its cached image
// (match/image_cache.h): the hash that names the entry, and the import's
// report (ImportStats, ImportExtras) as text, so that a start from the cache
// prints the same report as one that imported the files.
//
// The report: one record a line, fields separated by tabs, with '\', tab and
// newline escaped as "\\", "\t", "\n":
//     casus-import 1
//     C entries loaded null_coded dropped
//     U kind n     (unmapped)        N kind n   (notes)
//     W warning                      D story phrase    I phrase code
#include <charconv>
#include <string>
#include <vector>

#include "image/image.h"
#include "import/import.h"

namespace casus {
namespace {

constexpr std::string_view kMagic = "casus-import 1";

void Field(std::string* o, std::string_view s) {
  o->push_back('\t');
  for (char c : s) {
    if (c == '\\')
      *o += "\\\\";
    else if (c == '\t')
      *o += "\\t";
    else if (c == '\n')
      *o += "\\n";
    else
      o->push_back(c);
  }
}

bool Unescape(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      out->push_back(s[i]);
      continue;
    }
    if (++i == s.size()) return false;
    char c = s[i];
    if (c == '\\')
      out->push_back('\\');
    else if (c == 't')
      out->push_back('\t');
    else if (c == 'n')
      out->push_back('\n');
    else
      return false;
  }
  return true;
}

// Split without trimming (strings.h's Split trims: a warning keeps its spaces).
std::vector<std::string_view> Exact(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (size_t b = 0;;) {
    size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) return out;
    b = e + 1;
  }
}

bool Number(std::string_view s, long* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

// The importers' own version: bump when an importer translates an entry
// differently, or a cached image would keep the old translation (the files,
// and so the hash, did not change). 2: pairs [A:B], [:B], [+++], nested
// synsets; 3: a block's verbs alone after its patterns; 4: TABARI actor stems;
// 5: contractions in pattern words split ("did n't"); 6: synset patterns last;
// 7: TABARI's '_' glue kept, its noun endings and '=' on actors; 8: TABARI
// verb forms and regular endings the lexicon lacks made verb forms; 9: a
// contraction's halves glued ("did_n't"); 10: TABARI .options reported as
// read or ignored per command (the report is cached with the image); 11:
// PETRARCH verbs listed in an inflected form keyed as written ("=left"),
// their listed forms the lexicon lacks made verb forms, "WIRE_+TAP" loaded;
// 12: TABARI's stems read in the words they begin, its pattern words marked as
// word beginnings ("word~"), "^" a skipped actor, its actor phrases written
// with spaces ("name~:") and with hyphens read as spaces, SET: CONVERT AGENT;
// 13: PETRARCH's actor phrases written with spaces marked "name~:" too.
constexpr uint64_t kImporterVersion = 13;

uint64_t HashImportSources(const std::vector<DictFile>& files, bool replace,
                           const std::vector<std::string>& notes) {
  uint64_t h = HashBytes(kImageVersion * 1000 + kImporterVersion,
                         replace ? "imports, replacing" : "imports, adding");
  for (const std::string& n : notes) h = HashBytes(h, n + '\n');  // the set's options, reported
  for (const DictFile& f : files) {
    // The path too: evidence records name the file as it was given.
    h = HashBytes(h, f.format + '\n' + f.path + '\n');
    if (!HashFile(f.path, &h).ok()) return 0;  // the import reports it; nothing to cache
  }
  return h ? h : 1;
}

std::string SaveImportState(const ImportStats& st, const ImportExtras& ex) {
  std::string o(kMagic);
  o += "\nC\t" + std::to_string(st.entries) + '\t' + std::to_string(st.loaded) + '\t' +
       std::to_string(st.null_coded) + '\t' + std::to_string(st.dropped) + '\n';
  for (const auto& [k, n] : st.unmapped) {
    o += 'U';
    Field(&o, k);
    o += '\t' + std::to_string(n) + '\n';
  }
  for (const auto& [k, n] : st.notes) {
    o += 'N';
    Field(&o, k);
    o += '\t' + std::to_string(n) + '\n';
  }
  for (const std::string& w : st.warnings) {
    o += 'W';
    Field(&o, w);
    o += '\n';
  }
  for (const auto& d : ex.discards) {
    o += d.story ? "D\t1" : "D\t0";
    Field(&o, d.phrase);
    o += '\n';
  }
  for (const auto& i : ex.issues) {
    o += 'I';
    Field(&o, i.phrase);
    Field(&o, i.code);
    o += '\n';
  }
  return o;
}

bool RestoreImportState(std::string_view text, ImportStats* st, ImportExtras* ex) {
  ImportStats s;
  ImportExtras e;
  std::vector<std::string_view> lines = Exact(text, '\n');
  if (lines.empty() || lines[0] != kMagic) return false;
  std::string a, b;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    std::vector<std::string_view> f = Exact(lines[i], '\t');
    std::string_view kind = f[0];
    if (kind == "C") {
      if (f.size() != 5 || !Number(f[1], &s.entries) || !Number(f[2], &s.loaded) ||
          !Number(f[3], &s.null_coded) || !Number(f[4], &s.dropped))
        return false;
    } else if (kind == "U" || kind == "N") {
      long n;
      if (f.size() != 3 || !Unescape(f[1], &a) || !Number(f[2], &n)) return false;
      (kind == "U" ? s.unmapped : s.notes)[a] = n;
    } else if (kind == "W") {
      if (f.size() != 2 || !Unescape(f[1], &a)) return false;
      s.warnings.push_back(a);
    } else if (kind == "D") {
      if (f.size() != 3 || (f[1] != "0" && f[1] != "1") || !Unescape(f[2], &a)) return false;
      e.discards.push_back({a, f[1] == "1"});
    } else if (kind == "I") {
      if (f.size() != 3 || !Unescape(f[1], &a) || !Unescape(f[2], &b)) return false;
      e.issues.push_back({a, b});
    } else {
      return false;
    }
  }
  *st = std::move(s);
  if (ex) *ex = std::move(e);
  return true;
}

}  // namespace casus
