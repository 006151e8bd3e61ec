// TABARI .options commands (TABARI manual, ch. 8): the one reading of them,
// used for a set's .options file (the coder's policy, the import report) and
// for the "OPTION:" lines of TABARI's validation records (`casus validate`).
//
// A command is "NAME: arguments"; as TABARI does, the name is told by its
// first four letters, and both are read in any case.
// What casus implements goes into TabariOptions (events/policy.h); every
// other command is reported as ignored, with why.
#include <cctype>

#include "events/policy.h"
#include "import/import.h"
#include "util/strings.h"

namespace casus {
using namespace import_detail;

namespace {

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = char(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

// The code in brackets after `key` ("SOURCE [DEFSRC]"), trimmed; "" when
// absent or empty. *rest is the text after its ']'.
std::string BracketCode(std::string_view args, std::string_view key, std::string_view* rest) {
  size_t k = args.find(key);
  if (k == std::string_view::npos) return "";
  size_t ob = args.find('[', k), cb = args.find(']', ob == std::string_view::npos ? k : ob);
  if (ob == std::string_view::npos || cb == std::string_view::npos) return "";
  *rest = args.substr(cb + 1);
  return std::string(Trim(args.substr(ob + 1, cb - ob - 1)));
}

// The words of `s` outside brackets: "SOURCE [PRIORITY] PRIOR" has PRIOR once.
bool HasWordOutside(std::string_view s, std::string_view word) {
  int depth = 0;
  std::string outside;
  for (char c : s) {
    depth += c == '[' ? 1 : c == ']' ? -1 : 0;
    outside += depth > 0 || c == ']' ? ' ' : c;
  }
  for (std::string_view w : Words(outside))
    if (w == word) return true;
  return false;
}

// "DEFAULT: OFF" resets everything first; otherwise a command only adds
// ("DEFAULT : OFF is needed first to reset this", says TABARI's suite).
void ReadDefault(std::string_view args, TabariOptions* o) {
  if (HasWordOutside(args, "OFF")) {
    o->default_source.clear();
    o->default_target.clear();
    o->source_prior = o->target_after = false;
  }
  std::string_view after_src, after_tgt;
  std::string src = BracketCode(args, "SOURCE", &after_src);
  std::string tgt = BracketCode(args, "TARGET", &after_tgt);
  if (!src.empty()) {
    o->default_source = src;
    o->source_prior |= HasWordOutside(args, "PRIOR");
  }
  if (!tgt.empty()) {
    o->default_target = tgt;
    o->target_after |= HasWordOutside(args, "AFTER");
  }
}

// The first number after `key` ("VERBS[5]": 5); 0 when absent.
int NumberAfter(std::string_view args, std::string_view key) {
  size_t k = args.find(key);
  if (k == std::string_view::npos) return 0;
  size_t i = k + key.size();
  while (i < args.size() && !std::isdigit(static_cast<unsigned char>(args[i]))) ++i;
  int n = 0;
  for (; i < args.size() && std::isdigit(static_cast<unsigned char>(args[i])) && n < 10000; ++i)
    n = n * 10 + (args[i] - '0');
  return n;
}

// COMPLEX: each command sets every condition afresh (absent: unchecked).
// What casus counts: verbs, conjunctions, an actor before the first verb;
// *what names the conditions it leaves unread.
void ReadComplex(std::string_view args, TabariOptions* o, std::string* what) {
  std::string padded = " " + std::string(args);  // " VERBS": not NOVERBS
  o->complex_verbs = NumberAfter(padded, " VERBS");
  o->complex_conj = NumberAfter(padded, "CONJ");
  o->complex_no_actor_prior = padded.find("ACTPRIOR") != std::string::npos;
  *what = "COMPLEX (verbs, conjunctions, no actor before the verb";
  std::string unread;
  for (const char* c : {"ACTORS", "PRONOUNS", "COMMA", "LATEVERB", "ACTAFTER", "NOVERB", "NOSOURCE",
                        "NOTARGET", "NOEVENT"})
    if (padded.find(c) != std::string::npos) unread += std::string(unread.empty() ? "" : " ") + c;
  *what += unread.empty() ? ")" : "; not read: " + unread + ")";
}

// COMMA: OFF, or the bounds it names ("MIN = 4 MAX = 6 EMIN = 3"); the
// others stay as they are.
void ReadComma(std::string_view args, TabariOptions* o) {
  if (HasWordOutside(args, "OFF")) {
    o->comma_min = o->comma_bmin = o->comma_emin = TabariOptions::kNever;
    o->comma_max = o->comma_bmax = o->comma_emax = 0;
    return;
  }
  std::string padded = " " + std::string(args);  // " MIN": not BMIN or EMIN
  const std::pair<const char*, int*> bounds[] = {
      {" MIN", &o->comma_min},  {" MAX", &o->comma_max},  {"BMIN", &o->comma_bmin},
      {"BMAX", &o->comma_bmax}, {"EMIN", &o->comma_emin}, {"EMAX", &o->comma_emax}};
  for (auto [key, value] : bounds)
    if (padded.find(key) != std::string::npos) *value = NumberAfter(padded, key);
}

// SET: ...; *what names it, or says why casus does not implement it (false).
bool ReadSet(std::string_view args, TabariOptions* o, std::string* what) {
  if (args.find("CODE") != std::string_view::npos) {
    *what = "SET: CODE BY";
    // "SET: CODE BY SENTENCE" / "CODE BY CLAUSE" / "CODE ALL".
    o->code_by = args.find("SEN") != std::string_view::npos   ? TabariOptions::CodeBy::kSentence
                 : args.find("ALL") != std::string_view::npos ? TabariOptions::CodeBy::kAll
                                                              : TabariOptions::CodeBy::kClause;
    return true;
  }
  if (args.find("MINIM") != std::string_view::npos) {  // "SET: MINIMUM WORDS = 8"
    size_t eq = args.find('=');
    std::string n;
    for (size_t i = eq == std::string_view::npos ? args.size() : eq + 1; i < args.size(); ++i) {
      if (std::isdigit(static_cast<unsigned char>(args[i])))
        n += args[i];
      else if (!n.empty())
        break;
    }
    if (n.empty() || n.size() > 4) {
      *what = "set minimum words: ignored (no number after '=')";
      return false;
    }
    o->min_words = std::stoi(n);
    *what = "SET: MINIMUM WORDS";
    return true;
  }
  if (args.find("TIME") != std::string_view::npos)
    *what = "set time shift: ignored (casus dates events from their text itself)";
  else if (args.find("YYYY") != std::string_view::npos)
    *what = "set yyyy: ignored (casus reads six- and eight-digit dates alike)";
  else if (args.find("CONV") != std::string_view::npos) {
    // "SET: CONVERT AGENT = TRUE": an agent with no actor beside it is an
    // actor of its own ("restore ties with the Muslims": ~MOS).
    o->convert_agents = args.find("TRUE") != std::string_view::npos;
    *what = "SET: CONVERT AGENT";
    return true;
  } else
    *what = "set: ignored (interface and output layout, not coding)";
  return false;
}

}  // namespace

bool ApplyTabariOption(std::string_view command, TabariOptions* o, std::string* what) {
  size_t colon = command.find(':');
  std::string name = Upper(Trim(command.substr(0, colon)));
  std::string args = colon == std::string_view::npos ? "" : Upper(command.substr(colon + 1));
  std::string key = name.substr(0, 4);
  if (key == "DEFA") {
    ReadDefault(args, o);
    *what = "DEFAULT (default source and target)";
    return true;
  }
  if (key == "SET") return ReadSet(args, o, what);
  if (key == "COMP") {
    ReadComplex(args, o, what);
    return true;
  }
  if (key == "COMM") {
    ReadComma(args, o);
    *what = "COMMA (comma-delimited clauses not read)";
    return true;
  }
  if (key == "FORW") {
    // "FORWARD: ^^*****NNN*SSS OFF" (or a layout without S): forwarding off.
    auto w = Words(args);
    o->forward =
        w.empty() || HasWordOutside(args, "OFF") || w[0].find('S') == std::string_view::npos
            ? ""
            : std::string(w[0]);
    *what = "FORWARD (a story's records read as one article, by casus validate)";
    return true;
  }
  if (key == "OUTP" || key == "LABE" || key == "NONE")
    *what = AsciiLower(name) + ": ignored (interface and output layout, not coding)";
  else
    *what = AsciiLower(name) + ": ignored (not a coding option casus knows)";
  return false;
}

Status ReadTabariOptions(const std::string& path, TabariOptions* o, ImportStats* stats) {
  ImportStats local;
  std::vector<std::string> lines;
  Status s = ReadLines(path, stats ? stats : &local, &lines);
  if (!s.ok()) return s;
  o->on = true;
  for (const std::string& line : lines) {
    std::string_view t = Trim(line);
    if (!t.empty() && t[0] == '~') break;  // TABARI reads no further
    if (t.empty() || t[0] == '/' || t[0] == '#' || t[0] == kBadLine) continue;
    if (AsciiLower(t.substr(0, 5)) == "label") continue;  // names of codes: casus has CAMEO's
    std::string what;
    bool applied = ApplyTabariOption(t, o, &what);
    if (stats) ++(applied ? stats->notes : stats->unmapped)["option " + what];
  }
  return Status::Ok();
}

Status ImportTabariOptions(const std::string& path, const ImportContext& ctx) {
  // The options themselves reach the coder through LoadImported (dict_set.cc),
  // which reads them before the dictionaries load; here only the report.
  TabariOptions unused;
  return ReadTabariOptions(path, &unused, ctx.stats);
}

}  // namespace casus
