// fuzz_dictionary: every loader of the data folder on one file's text. The
// first byte picks the loader (the lexicon, text rules, cameo codes,
// Goldstein, PLOVER, role codes, actors, verb patterns, rules, the
// gazetteer); the rest is the file, written to a private temporary folder
// and read by the loader itself, beside small valid companion files where
// the loader needs them (the CAMEO table for verbs and rules; the other two
// cameo/ tables for one of them). Each input gets fresh Dictionaries, so a
// run costs one small file, not a whole data folder.
//
// Invariant: the load succeeds, or fails with a message that starts with
// the path of a file it read and a colon ("path:line: why", or "path: why"
// for a whole-file fault such as a lexicon that is too small); a line
// number named in the fuzzed file lies within it (1..its number of lines).
// Never a crash, a hang or a leak.
//
// CheckDictionary returns nullptr or the violated condition; shared by
// fuzz_dictionary.cc and tests/test_fuzz_replay.cc. The temporary folder is
// made once per process (std::filesystem::temp_directory_path()).
#pragma once
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fuzz_common.h"
#include "match/dictionaries.h"
#include "match/rules.h"
#include "match/text_rules.h"
#include "text/text.h"

namespace casus::fuzz {

namespace dictionary_detail {

namespace fs = std::filesystem;

constexpr std::string_view kCodes =
    "CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tMAKE PUBLIC STATEMENT\n010\tMake statement\n"
    "04\tCONSULT\n042\tMake a visit\n19\tFIGHT\n190\tUse force\n193\tFight with small arms\n";
constexpr std::string_view kGoldstein =
    "CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0.0\n010\t0.0\n04\t1.0\n042\t1.9\n19\t-10.0\n"
    "190\t-10.0\n193\t-10.0\n";
constexpr std::string_view kPlover = "01: none\n04: CONSULT\n19: FIGHT, , military\n";

inline void Put(const fs::path& p, std::string_view text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(text.data(), std::streamsize(text.size()));
}

// The folder: cameo/ (valid tables), fuzz-cameo/, rules/, text/, one/.
// Removed when the process ends.
struct TempDir {
  fs::path path;
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};
inline const fs::path& Base() {
  static const TempDir base{[] {
    fs::path b = fs::temp_directory_path() / ("casus-fuzz-dict-" + std::to_string(getpid()));
    for (const char* d : {"cameo", "fuzz-cameo", "rules", "text", "one"})
      fs::create_directories(b / d);
    Put(b / "cameo/codes.tsv", kCodes);
    Put(b / "cameo/goldstein.tsv", kGoldstein);
    Put(b / "cameo/plover.txt", kPlover);
    return b;
  }()};
  return base.path;
}

inline const std::unordered_map<std::string, CameoCode>& Codes() {
  static const std::unordered_map<std::string, CameoCode> codes = [] {
    std::unordered_map<std::string, CameoCode> m;
    for (const char* c : {"01", "010", "04", "042", "19", "190", "193"}) m[c].code = c;
    return m;
  }();
  return codes;
}

// The number of lines std::getline reads from `text`.
inline size_t Lines(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += c == '\n';
  return n + (!text.empty() && text.back() != '\n');
}

// `msg` starts with one of `paths` and a colon; a line named in `fuzzed`
// is within 1..lines.
inline const char* CheckMessage(const std::string& msg, const std::vector<std::string>& paths,
                                const std::string& fuzzed, size_t lines) {
  for (const std::string& p : paths) {
    if (msg.size() <= p.size() || msg.compare(0, p.size(), p) != 0 || msg[p.size()] != ':')
      continue;
    size_t i = p.size() + 1, line = 0, digits = 0;
    while (i < msg.size() && msg[i] >= '0' && msg[i] <= '9' && digits < 12)
      line = line * 10 + size_t(msg[i++] - '0'), ++digits;
    if (digits == 0) return msg[i] == ' ' ? nullptr : "a message is 'path: why' or 'path:line:'";
    if (i >= msg.size() || msg[i] != ':') return "a line number is followed by ':'";
    if (p == fuzzed && (line < 1 || line > std::max<size_t>(lines, 1)))
      return "the line named lies within the fuzzed file";
    return nullptr;
  }
  return "a failed load names the file it read (path: or path:line:)";
}

}  // namespace dictionary_detail

enum class Loader : uint8_t {
  kLexicon,
  kTextRules,
  kCodes,
  kGoldstein,
  kPlover,
  kRoles,
  kActors,
  kVerbs,
  kRules,
  kGazetteer,
  kCount
};

inline const char* CheckDictionary(std::string_view bytes) {
  using namespace dictionary_detail;
  if (bytes.empty()) return nullptr;
  const Loader kind = Loader(uint8_t(bytes[0]) % uint8_t(Loader::kCount));
  const std::string_view text = bytes.substr(1);
  const fs::path& b = Base();
  const std::string cameo = (b / "cameo").string(), fcameo = (b / "fuzz-cameo").string();
  std::string file;
  std::vector<std::string> paths;
  Status st = Status::Ok();
  Lexicon lex;
  auto write = [&](const fs::path& p) {
    file = p.string();
    Put(p, text);
    paths.push_back(file);
  };
  switch (kind) {
    case Loader::kLexicon:
      write(b / "one/lexicon.tsv");
      st = lex.Load(file);
      break;
    case Loader::kTextRules:
      write(b / "text/text.txt");
      st = LoadTextRules((b / "text").string(), &lex);
      if (!st.ok() && st.message().rfind((b / "text").string() + ": no section [", 0) == 0)
        return nullptr;  // a folder-wide fault: names the folder
      break;
    case Loader::kCodes:
    case Loader::kGoldstein:
    case Loader::kPlover: {
      const char* names[] = {"codes.tsv", "goldstein.tsv", "plover.txt"};
      std::string_view valid[] = {kCodes, kGoldstein, kPlover};
      int k = int(kind) - int(Loader::kCodes);
      for (int i = 0; i < 3; ++i) {
        if (i == k) continue;
        Put(b / "fuzz-cameo" / names[i], valid[i]);
        paths.push_back((b / "fuzz-cameo" / names[i]).string());
      }
      write(b / "fuzz-cameo" / names[k]);
      Dictionaries d;
      st = d.LoadOne(Dictionaries::DataFile::kCameo, fcameo);
      break;
    }
    case Loader::kRoles:
    case Loader::kActors:
    case Loader::kGazetteer: {
      write(b / "one/data.txt");
      Dictionaries d;
      st = d.LoadOne(kind == Loader::kRoles    ? Dictionaries::DataFile::kRoles
                     : kind == Loader::kActors ? Dictionaries::DataFile::kActors
                                               : Dictionaries::DataFile::kGazetteer,
                     file);
      break;
    }
    case Loader::kVerbs: {
      Dictionaries d;
      st = d.LoadOne(Dictionaries::DataFile::kCameo, cameo);
      if (!st.ok()) return "the companion CAMEO tables load";
      write(b / "one/verbs.txt");
      st = d.LoadOne(Dictionaries::DataFile::kVerbs, file);
      break;
    }
    case Loader::kRules:
    default: {
      write(b / "rules/rules.txt");
      static const std::unordered_set<std::string> roles = {"GOV", "MIL", "REB", "OPP"};
      Rules r;
      st = r.Load((b / "rules").string(), &lex, Codes(), roles);
      break;
    }
  }
  if (st.ok()) return nullptr;
  return CheckMessage(st.message(), paths, file, Lines(text));
}

}  // namespace casus::fuzz
