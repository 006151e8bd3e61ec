// PETRARCH-2 and TABARI actor dictionaries:
//
//   PRIMARY_PHRASE_  [CODE]            a record; the code is the default
//   +SYNONYM_PHRASE                    more phrases of the same record
//   <TAB>[CODE <950601]                indented date restrictions (inclusive):
//   <TAB>[CODE >20140607]              before / after / between; YYYYMMDD or
//   <TAB>[CODE 19820101-950601]        YYMMDD; [CODE] alone is the default
//
// TABARI also writes restrictions inline after the primary phrase
// ("NAME [USAGOV 010120-050120] [IGOUNOKID >050501]"); both are read.
// Each phrase becomes casus actor lines `CODE FROM TO name: Phrase`: one per
// restriction, and the default code over the days no restriction covers
// (PETRARCH's "default if none of the date restrictions are satisfied").
// "---" is the null code: the phrase is known and codes no actor, which
// casus expresses by having no entry (counted as null_coded).
#include <algorithm>

#include "import/import.h"
#include "match/dictionaries.h"
#include "util/strings.h"

namespace casus {
namespace {
using namespace import_detail;

struct Restriction {
  std::vector<std::string> codes;  // empty: the null code
  int32_t from = 0, to = 99999999;
  bool dated = false;
  bool discard = false;  // TABARI's "###": do not code a sentence naming it
};

// "CODE", "CODE <date", "CODE >date", "CODE date-date", "CODE date" (one day).
bool ParseRestriction(std::string_view body, Restriction* r, std::string* why) {
  body = Trim(body);
  size_t sp = body.find_first_of(" \t<>");
  std::string code(Trim(body.substr(0, sp)));
  std::string_view rest = sp == std::string_view::npos ? "" : Trim(body.substr(sp));
  if (code.empty()) {
    *why = "empty code in [...]";
    return false;
  }
  r->discard = code == "###";
  if (code != "---" && code != "###") {  // null codes (TABARI's ### too)
    for (std::string_view c : Split(code, '/')) {
      std::string u(Trim(c));
      for (char& ch : u) ch = char(std::toupper(static_cast<unsigned char>(ch)));
      bool ok = u.size() >= 3 && std::all_of(u.begin(), u.end(), [](char ch) {
                  return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
                });
      if (!ok) {
        *why = "bad actor code '" + std::string(c) + "'";
        return false;
      }
      r->codes.push_back(u);
    }
  }
  if (rest.empty()) return true;
  r->dated = true;
  if (rest[0] == '<' || rest[0] == '>') {
    int32_t d = ParseDictDate(rest.substr(1));
    if (d < 0) {
      *why = "bad date '" + std::string(Trim(rest.substr(1))) + "' (YYYYMMDD or YYMMDD)";
      return false;
    }
    (rest[0] == '<' ? r->to : r->from) = d;
    return true;
  }
  size_t dash = rest.find('-');
  std::string_view a = rest.substr(0, dash);
  std::string_view b = dash == std::string_view::npos ? a : rest.substr(dash + 1);
  r->from = ParseDictDate(a);
  r->to = ParseDictDate(b);
  // "270101-730717": the two-digit rule (00-30 is 20YY) makes the start 2027;
  // a range cannot end before it starts, so its start is the 1900s.
  if (r->from > r->to && Trim(a).size() == 6 && r->from >= 20000000) r->from -= 1000000;
  if (r->from < 0 || r->to < 0) {
    *why = "bad date range '" + std::string(rest) + "' (YYYYMMDD or YYMMDD)";
    return false;
  }
  if (r->from > r->to) {
    *why = "date range '" + std::string(rest) + "' ends before it starts";
    return false;
  }
  return true;
}

struct Phrase {
  std::string words;
  uint32_t line = 0;
  bool stem = false;  // TABARI: one word not ending in '_', matched as a stem
  // TABARI: the last word also takes the regular noun endings ("LIBYA_"
  // matches "Libyas"; "'s" casus splits off itself), unless written with
  // '=' ("MOUSE=": the word as it is).
  bool endings = false;
  // TABARI: words written apart ("PRINCE DOL_AMROTH") may have others
  // between them in the text ("the Prince of Dol Amroth"): "name~:".
  bool gaps = false;
  std::string split;  // TABARI: the words with a hyphen read as a space, if any
};

// TABARI matches an actor word not ending in '_' as a stem ("ARNOR" matches
// "Arnorian", "ERIADOR" "Eriadori"); casus matches whole words, so a stem
// brings the endings of names of peoples and plurals with it.
constexpr std::string_view kStemEndings[] = {"s",  "i",   "is", "ian", "ians",
                                             "an", "ans", "n",  "ns",  "ese"};

struct Record {
  std::vector<Phrase> phrases;
  std::vector<Restriction> restrictions;
};

class ActorReader {
 public:
  ActorReader(const std::string& path, const ImportContext& ctx, uint32_t file, bool tabari)
      : path_(path), ctx_(ctx), file_(file), tabari_(tabari) {}

  // All [...] groups of `s`; false (warned) when one is malformed.
  bool Brackets(std::string_view s, uint32_t n) {
    size_t i = 0;
    while ((i = s.find('[', i)) != std::string_view::npos) {
      size_t j = s.find(']', i);
      if (j == std::string_view::npos) {
        ctx_.stats->Warn(path_, n, "'[' without ']'");
        return false;
      }
      Restriction r;
      std::string why;
      if (!ParseRestriction(s.substr(i + 1, j - i - 1), &r, &why)) {
        ctx_.stats->Warn(path_, n, why + ": restriction left out");
      } else {
        rec_.restrictions.push_back(r);
      }
      i = j + 1;
    }
    return true;
  }

  void Line(std::string_view raw, uint32_t n) {
    std::string_view s = StripDictComment(raw);
    if (Trim(s).empty()) return;
    bool indented = s[0] == ' ' || s[0] == '\t';
    std::string_view t = Trim(s);
    if (t[0] == kBadLine) {
      // A spoilt primary line still ends the record before it: its
      // synonyms and restrictions must not reach the previous name.
      if (t.size() > 1 && t[1] == 'P') {
        Flush();
        started_ = true;
      }
      if (t.size() > 1 && t[1] != 'R') {
        ++ctx_.stats->entries;
        ++ctx_.stats->dropped;
      }
      return;
    }
    if (indented && t[0] == '[') {
      if (!started_) {
        ctx_.stats->Warn(path_, n, "date restriction before any phrase");
        return;
      }
      Brackets(t, n);
      return;
    }
    // An indented phrase (a stray tab before a name) is still a phrase.
    bool synonym = t[0] == '+';
    if (synonym) t.remove_prefix(1);
    if (!synonym) Flush();
    started_ = true;
    ++ctx_.stats->entries;
    size_t br = t.find('[');
    std::string_view before = Trim(t.substr(0, br));
    const bool exact = tabari_ && EndsWith(before, "=");
    if (exact) before.remove_suffix(1);
    std::string words = PhraseWords(before);
    // TABARI reads a hyphen as a space: "BARAD-DUR" is also "Barad dur".
    std::string split = tabari_ ? PhraseWords(TabariHyphens(before)) : "";
    if (split == words) split.clear();
    if (words.empty() || words.find_first_of("[]{}") != std::string::npos) {
      ctx_.stats->Warn(path_, n, "no phrase before the code: entry left out");
      ++ctx_.stats->dropped;
      return;
    }
    if (br != std::string_view::npos && !Brackets(t.substr(br), n)) {
      ++ctx_.stats->dropped;
      return;
    }
    bool stem = tabari_ && !exact && !EndsWith(before, "_") &&
                words.find(' ') == std::string::npos && words.size() >= 4;
    // Both coders read a phrase written with spaces as words that others may
    // stand between; casus reads it so for TABARI sets and the PETRARCH
    // program (Sentence::petrarch_actors).
    const bool gaps = Trim(before).find_first_of(" \t") != std::string_view::npos;
    rec_.phrases.push_back({words, n, stem, tabari_ && !exact && !stem, gaps, split});
  }

  // The record's restrictions as casus lines for each phrase.
  void Flush() {
    if (rec_.phrases.empty()) {
      rec_ = {};
      return;
    }
    std::vector<Restriction> dated, dflt;
    for (const Restriction& r : rec_.restrictions) (r.dated ? dated : dflt).push_back(r);
    // The default applies on the days no dated restriction covers.
    std::vector<std::pair<int32_t, int32_t>> gaps;
    if (!dflt.empty()) {
      std::vector<std::pair<int32_t, int32_t>> cov;
      for (const Restriction& r : dated) cov.push_back({r.from, r.to});
      std::sort(cov.begin(), cov.end());
      int32_t start = 0;
      bool open = true;
      for (auto [a, b] : cov) {
        if (open && a > start) gaps.push_back({start, DayBefore(a)});
        if (b >= 99999999) {
          open = false;
          break;
        }
        start = std::max(start, DayAfter(b));
      }
      if (open) gaps.push_back({start, 99999999});
    }
    for (const Phrase& ph : rec_.phrases) {
      const std::string& words = ph.words;
      const uint32_t line = ph.line;
      std::string name = NameCase(words);
      if (!ph.split.empty()) name += "; " + NameCase(ph.split);
      if (ph.stem)
        for (std::string_view end : kStemEndings) name += "; " + NameCase(words + std::string(end));
      if (ph.endings && words.back() != 's')
        for (std::string_view end : {"s", "es"}) name += "; " + NameCase(words + std::string(end));
      int added = 0;
      bool null_only = true;
      auto add = [&](const std::string& code, int32_t from, int32_t to) {
        null_only = false;
        std::string l = code;
        if (from != 0 || to != 99999999)
          l += " " + (from == 0 ? std::string("..") : YmdText(from)) + " " +
               (to == 99999999 ? std::string("..") : YmdText(to));
        l += ph.gaps ? " name~: " : " name: ";
        l += name;
        Status s = ctx_.dicts->AddActorLine(l, file_, line);
        if (!s.ok())
          ctx_.stats->Warn(path_, line, "casus cannot load '" + l + "': " + s.message());
        else
          ++added;
      };
      for (const Restriction& r : dated)
        for (const std::string& c : r.codes) add(c, r.from, r.to);
      for (const Restriction& r : dflt)
        for (const std::string& c : r.codes)
          for (auto [a, b] : gaps) add(c, a, b);
      // "ONODOHER [ONO <911226] [###]": after 1991-12-26 a sentence naming it
      // is not coded.
      if (ctx_.extras)
        for (const Restriction& r : rec_.restrictions)
          if (r.discard)
            for (auto [a, b] :
                 r.dated ? std::vector<std::pair<int32_t, int32_t>>{{r.from, r.to}} : gaps)
              ctx_.extras->discards.push_back({words, false, a, b});
      if (added)
        ++ctx_.stats->loaded;
      else if (null_only)
        ++ctx_.stats->null_coded;  // "---", or a phrase with no code at all
      else
        ++ctx_.stats->dropped;
    }
    rec_ = {};
  }

 private:
  const std::string& path_;
  const ImportContext& ctx_;
  uint32_t file_;
  bool tabari_;
  Record rec_;
  bool started_ = false;  // a record is open (its primary line may have been spoilt)
};

}  // namespace

Status ImportPetrarchActors(const std::string& path, const ImportContext& ctx, bool tabari) {
  std::vector<std::string> lines;
  Status s = ReadLines(path, ctx.stats, &lines);
  if (!s.ok()) return s;
  uint32_t file = ctx.dicts->AddFile(path);
  ActorReader r(path, ctx, file, tabari);
  for (uint32_t i = 0; i < lines.size(); ++i) {
    std::string_view t = Trim(lines[i]);
    if (t.empty() || t[0] == '<') continue;  // XML-style headers and comments
    if (t[0] == '#' || t[0] == ';') continue;
    r.Line(lines[i], i + 1);
  }
  r.Flush();
  return Status::Ok();
}

}  // namespace casus
