// PETRARCH-2 and TABARI agent dictionaries:
//
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution set
//   CONGRESS!PERSON! [~LEG]                       every member replaces the marker
//   PRESIDENT [~GOVPRS]                           '~CODE': appended to the actor's code
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] irregular plural; {} = none
//   HUMAN_RIGHTS_BODY [NGO~]                      'CODE~': put before it
//
// An agent is casus's role noun (`ROLE role: phrase; plural`, FORMATS.md
// "Roles"): "Iraqi president" composes IRQ + GOVPRS as PETRARCH does. Regular
// plurals are made as PETRARCH makes them (+S, Y -> IES, SS -> ES). casus
// composes a role after the country only, so a 'CODE~' agent is counted under
// unmapped "prefix agent composed as suffix" and loaded as a role all the same.
#include <map>

#include "import/import.h"
#include "match/dictionaries.h"
#include "util/strings.h"

namespace casus {
namespace {
using namespace import_detail;

std::string Plural(const std::string& w) {
  if (EndsWith(w, "ss")) return w + "es";
  if (w.size() > 1 && w.back() == 'y' &&
      !In(std::string_view(&w[w.size() - 2], 1), {"a", "e", "o", "u"}))
    return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

}  // namespace

Status ImportPetrarchAgents(const std::string& path, const ImportContext& ctx, bool tabari) {
  std::vector<std::string> lines;
  Status s = ReadLines(path, ctx.stats, &lines);
  if (!s.ok()) return s;
  uint32_t file = ctx.dicts->AddFile(path);
  std::map<std::string, std::vector<std::string>> marks;  // "!person!" -> words
  for (uint32_t i = 0; i < lines.size(); ++i) {
    uint32_t n = i + 1;
    std::string_view t = Trim(StripDictComment(lines[i]));
    if (t.empty() || t[0] == '<') continue;
    if (t[0] == kBadLine) {
      ++ctx.stats->entries;
      ++ctx.stats->dropped;
      continue;
    }
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      size_t eq = t.find('=');
      std::string mark = AsciiLower(Trim(t.substr(0, eq)));
      for (std::string_view m : Split(t.substr(eq + 1), ','))
        if (!Trim(m).empty()) marks[mark].push_back(PhraseWords(m));
      continue;
    }
    ++ctx.stats->entries;
    size_t ob = t.find('['), cb = t.find(']');
    if (ob != std::string_view::npos && cb == std::string_view::npos && t.back() == '}') {
      // "[~ENV}": the closing bracket mistyped; the entry is plain otherwise.
      cb = t.size() - 1;
      ctx.stats->Warn(path, n, "'[' closed by '}': read as ']'");
    }
    if (ob == std::string_view::npos || cb == std::string_view::npos || cb < ob) {
      ctx.stats->Warn(path, n, "expected 'PHRASE [~CODE]': entry left out");
      ++ctx.stats->dropped;
      continue;
    }
    std::string code(Trim(t.substr(ob + 1, cb - ob - 1)));
    bool prefix = !code.empty() && code.back() == '~';
    if (code.empty() || (code[0] != '~' && !prefix)) {
      ctx.stats->Warn(path, n, "agent code '" + code + "' has no '~': entry left out");
      ++ctx.stats->dropped;
      continue;
    }
    code = prefix ? code.substr(0, code.size() - 1) : code.substr(1);
    for (char& c : code) c = char(std::toupper(static_cast<unsigned char>(c)));
    if (prefix) ++ctx.stats->unmapped["prefix agent (CODE~) composed as a suffix"];
    std::string_view head = t.substr(0, ob);
    std::vector<std::string> plurals;
    bool no_plural = false;
    if (size_t ocb = head.find('{'); ocb != std::string_view::npos) {
      size_t ccb = head.find('}', ocb);
      std::string_view inner = head.substr(
          ocb + 1, ccb == std::string_view::npos ? std::string_view::npos : ccb - ocb - 1);
      no_plural = true;  // given forms replace the regular plural; {} means none
      for (std::string_view p : Words(inner)) plurals.push_back(PhraseWords(p));
      head = head.substr(0, ocb);
    }
    std::string words = PhraseWords(head);
    // Substitution markers: one phrase per member, no plural made.
    std::vector<std::string> phrases;
    size_t bang = words.find('!');
    if (bang != std::string::npos) {
      size_t end = words.find('!', bang + 1);
      std::string mark = end == std::string::npos ? "" : words.substr(bang, end - bang + 1);
      auto it = marks.find(mark);
      if (it == marks.end()) {
        ctx.stats->Warn(path, n, "undefined substitution marker '" + mark + "': entry left out");
        ++ctx.stats->dropped;
        continue;
      }
      for (const std::string& m : it->second)
        phrases.push_back(words.substr(0, bang) + m + words.substr(end + 1));
      no_plural = true;
    } else {
      phrases.push_back(words);
    }
    if (!no_plural) {
      // The plural inflects the last word ("foreign minister" -> "foreign ministers").
      plurals.push_back(Plural(words));
    }
    std::string line = code + " role: ";
    for (const auto& p : phrases) line += p + "; ";
    for (const auto& p : plurals) line += p + "; ";
    // TABARI reads a hyphen as a space: "government-owned newspaper" is
    // also "government owned newspaper" for a TABARI coder.
    if (tabari)
      for (const auto* list : {&phrases, &plurals})
        for (const auto& p : *list)
          if (std::string split = PhraseWords(TabariHyphens(p)); split != p) line += split + "; ";
    Status st = ctx.dicts->AddActorLine(line, file, n);
    if (!st.ok()) {
      ctx.stats->Warn(path, n, "casus cannot load '" + line + "': " + st.message());
      ++ctx.stats->dropped;
      continue;
    }
    ++ctx.stats->loaded;
  }
  return Status::Ok();
}

}  // namespace casus
