// TABARI .verbs dictionaries:
//
//   <SYNSETS> &NAME / +phrase ... </SYNSETS>   synsets (as PETRARCH's)
//   <TIME> PHRASE [-7] ... </TIME>             time-shift phrases
//   ABANDON  [---] ;comment                    a verb (a stem unless it ends in
//   { ACTING_ ACTXD_ }                         '_'), its forms, its code
//   - * OUTPOST IN_ +  [0874] ;comment         patterns: '*' is the verb,
//   - * { GENEVA_ | INTERNATIONAL }_TALKS [x]  '{ A | B }' alternatives,
//                                              '%' compound, '^' skip
//
// Each verb line opens a block holding the patterns below it. Time shifts
// and attribution change an event's date or source, which casus takes from
// its own date and speech stages: they are counted, not loaded. Codes in
// [...] must be in casus's CAMEO table; others (the validation suite's
// invented codes, [###] "do not code") are warned about per line.
#include "import/import.h"
#include "import/verb_patterns.h"
#include "match/dictionaries.h"
#include "util/strings.h"

namespace casus {
using namespace import_detail;

Status ImportTabariVerbs(const std::string& path, const ImportContext& ctx) {
  std::vector<std::string> lines;
  Status s = ReadLines(path, ctx.stats, &lines);
  if (!s.ok()) return s;
  uint32_t file = ctx.dicts->AddFile(path);
  Synsets syn;
  std::string section;  // "synsets", "time", other <...> or ""
  std::string cur_syn;
  std::vector<VerbDef> verbs;
  std::vector<PatternDef> pats;
  auto flush = [&] {
    if (!verbs.empty()) EmitBlock(verbs, "", pats, syn, path, file, ctx);
    verbs.clear();
    pats.clear();
  };
  for (uint32_t i = 0; i < lines.size(); ++i) {
    uint32_t n = i + 1;
    std::string_view t = Trim(lines[i]);
    if (!t.empty() && t[0] == kBadLine) {
      ++ctx.stats->entries;
      ++ctx.stats->dropped;
      continue;
    }
    if (t.empty() || t[0] == ';' || t[0] == '#' || StartsWith(t, "<!--")) continue;
    if (t[0] == '<') {
      std::string tag = AsciiLower(t.substr(1, t.find('>') - 1));
      if (tag.empty()) continue;
      if (tag == "synsets" || tag == "time") {
        flush();
        section = tag;
      } else if (tag[0] == '/') {
        section.clear();
      } else {
        ++ctx.stats->unmapped["section <" + tag + ">"];
      }
      continue;
    }
    if (section == "synsets") {
      if (t[0] == '&') {
        cur_syn = AsciiLower(Trim(StripDictComment(t)));
        while (!cur_syn.empty() && cur_syn.back() == '_') cur_syn.pop_back();
        syn[cur_syn];
      } else if (t[0] == '+' && !cur_syn.empty()) {
        // "+MEMOS_ON_&TIETYPES" names another synset: expanded where used.
        std::string w = GluedWords(StripDictComment(t.substr(1)));
        if (!w.empty()) syn[cur_syn].push_back(w);
      }
      continue;
    }
    if (section == "time") {
      ++ctx.stats->entries;
      // "KAN_WA_MA_KAN [###]", "WHEN_PEACE_COMES [+++]": a sentence with the
      // phrase is not coded (do-not-code; complex, left uncoded).
      PatternDef d;
      if (t[0] != '-' && SplitPatternLine(t, &d) && (d.code == "###" || d.code == "+++")) {
        if (ctx.extras) ctx.extras->discards.push_back({PhraseWords(d.body), false});
        ++ctx.stats->loaded;
        continue;
      }
      ++ctx.stats->unmapped["time-shift phrase (casus dates events itself)"];
      continue;
    }
    // "{ ACTING_ ACTXD_ }": the verb's own forms. casus lemmatises the ones
    // English has; a form the lexicon lacks becomes the verb's (the suite's
    // "Estonia has actxd from Libya").
    if (t[0] == '{') {
      if (verbs.empty()) continue;
      const std::string& v = verbs.back().words;
      std::string_view in = t.substr(1, t.find('}') == std::string_view::npos ? t.npos
                                                                              : t.find('}') - 1);
      for (std::string_view f : Words(in))
        if (ctx.dicts->AddVerbForm(GluedWords(f), v.substr(0, v.find(' '))))
          ++ctx.stats->notes["TABARI verb form unknown to casus's lexicon, made the verb's"];
      continue;
    }
    if (t[0] == '-') {
      PatternDef p;
      p.line = n;
      if (!SplitPatternLine(t, &p)) {
        ++ctx.stats->entries;
        ++ctx.stats->dropped;
        ctx.stats->Warn(path, n, "pattern without a [code]: left out");
        continue;
      }
      if (p.code == "###") {
        ++ctx.stats->entries;
        ++ctx.stats->unmapped["do-not-code pattern [###]"];
        continue;
      }
      pats.push_back(p);
      continue;
    }
    flush();
    VerbDef v;
    v.line = n;
    std::string_view body = Trim(StripDictComment(t));
    size_t ob = body.find('[');
    if (ob != std::string_view::npos) {
      size_t cb = body.find(']', ob);
      v.code = std::string(Trim(body.substr(
          ob + 1, cb == std::string_view::npos ? std::string_view::npos : cb - ob - 1)));
      body = body.substr(0, ob);
    }
    v.words = PhraseWords(body);
    if (v.words.empty() || v.words.find_first_of("{}*+$%&") != std::string::npos) {
      ++ctx.stats->entries;
      ++ctx.stats->dropped;
      ctx.stats->Warn(path, n, "cannot read this verb line: left out");
      continue;
    }
    if (v.code == "###" || (v.code == "+++" && v.words.find(' ') == std::string::npos)) {
      // "FOOTBALL [###]": a sentence with this word is not coded; "BLAST
      // [+++]" marks it complex, which TABARI leaves uncoded too (a phrase
      // "PLANETARY CUP [+++]" is read as a noun, its suite says: ignored).
      if (ctx.extras) ctx.extras->discards.push_back({v.words, false});
      v.code = "---";
    }
    // "A verb is a stem unless it ends in '_'": RESTOR matches "restore",
    // "restored". casus matches lemmas, so a stem is completed to the verb
    // the lexicon knows.
    std::string first = v.words.substr(0, v.words.find(' '));
    if (!EndsWith(Trim(body), "_") && ctx.dicts->lexicon().VerbLemma(first) < 0) {
      for (const char* end : {"e", "y", "ate", "ise", "ize"}) {
        if (ctx.dicts->lexicon().VerbLemma(first + end) >= 0) {
          v.words = first + end + v.words.substr(first.size());
          v.stem = true;
          break;
        }
      }
    }
    // TABARI takes a verb's regular endings (-S -ES -ED -EN -ING -D) on any
    // verb not written with '=': the ones casus's lexicon lacks ("departes")
    // become the verb's forms.
    if (v.words.find(' ') == std::string::npos && !EndsWith(Trim(body), "="))
      for (const char* end : {"s", "es", "ed", "en", "ing", "d"})
        if (ctx.dicts->AddVerbForm(v.words + end, v.words))
          ++ctx.stats->notes["TABARI verb with a regular ending unknown to casus's lexicon"];
    verbs.push_back(v);
  }
  flush();
  return Status::Ok();
}

}  // namespace casus
