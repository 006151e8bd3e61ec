// PETRARCH-2 discard lists and issue dictionaries (TABARI .options: tabari_options.cc).
//
// Discards: one phrase a line; a sentence containing it is not coded, and a
// '+' before it discards the whole story. Issues: `phrase [CODE]` inside
// <ISSUE CATEGORY=...> blocks ("n:" / "+" word-class prefixes are dropped).
// Both are kept in ImportExtras (the coder itself has no slot for them).
#include "import/import.h"
#include "util/strings.h"

namespace casus {
using namespace import_detail;

Status ImportPetrarchDiscards(const std::string& path, const ImportContext& ctx) {
  std::vector<std::string> lines;
  Status s = ReadLines(path, ctx.stats, &lines);
  if (!s.ok()) return s;
  for (uint32_t i = 0; i < lines.size(); ++i) {
    std::string_view t = Trim(StripDictComment(lines[i]));
    if (t.empty() || t[0] == '<') continue;
    ++ctx.stats->entries;
    if (t[0] == kBadLine) {
      ++ctx.stats->dropped;
      continue;
    }
    ImportExtras::Discard d;
    d.story = t[0] == '+';
    if (d.story) t.remove_prefix(1);
    d.phrase = PhraseWords(t);
    if (d.phrase.empty()) {
      ctx.stats->Warn(path, i + 1, "empty discard phrase");
      ++ctx.stats->dropped;
      continue;
    }
    ctx.extras->discards.push_back(d);
    ++ctx.stats->loaded;
  }
  return Status::Ok();
}

Status ImportPetrarchIssues(const std::string& path, const ImportContext& ctx) {
  std::vector<std::string> lines;
  Status s = ReadLines(path, ctx.stats, &lines);
  if (!s.ok()) return s;
  std::string category;  // <ISSUE CATEGORY="...">: the code of lines without one
  for (uint32_t i = 0; i < lines.size(); ++i) {
    std::string_view t = Trim(StripDictComment(lines[i]));
    if (t.empty()) continue;
    if (t[0] == '<') {
      size_t c = t.find("CATEGORY=\"");
      category = c == std::string_view::npos
                     ? ""
                     : std::string(t.substr(c + 10, t.find('"', c + 10) - c - 10));
      continue;
    }
    ++ctx.stats->entries;
    if (t[0] == kBadLine) {
      ++ctx.stats->dropped;
      continue;
    }
    if (t[0] == '~') {
      // "~olive oil": a phrase that does not count for the issue above it.
      ctx.extras->issues.push_back({PhraseWords(t.substr(1)), "~"});
      ++ctx.stats->loaded;
      continue;
    }
    size_t ob = t.rfind('['), cb = t.rfind(']');
    if (ob == std::string_view::npos || cb == std::string_view::npos || cb < ob) {
      if (category.empty()) {
        ctx.stats->Warn(path, i + 1, "expected 'phrase [CODE]' (no <ISSUE CATEGORY>): left out");
        ++ctx.stats->dropped;
        continue;
      }
      ob = t.size();
    }
    std::string phrase;
    for (std::string_view w : Words(t.substr(0, ob))) {
      if (size_t c = w.find(':'); c != std::string_view::npos) w = w.substr(c + 1);
      std::string x(w);
      for (char& ch : x)
        if (ch == '+') ch = ' ';
      phrase += (phrase.empty() ? "" : " ") + PhraseWords(x);
    }
    std::string code = ob == t.size() ? category : std::string(Trim(t.substr(ob + 1, cb - ob - 1)));
    ctx.extras->issues.push_back({phrase, code});
    ++ctx.stats->loaded;
  }
  return Status::Ok();
}

}  // namespace casus
