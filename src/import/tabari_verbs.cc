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
#include <algorithm>
#include <set>

#include "import/import.h"
#include "import/verb_patterns.h"
#include "match/dictionaries.h"
#include "util/strings.h"

namespace casus {
using namespace import_detail;

namespace {

// The lexicon's words in alphabetical order, for the words a stem begins.
std::vector<int32_t> SortedWords(const Lexicon& lex) {
  std::vector<int32_t> ids;
  for (size_t i = 0; i < lex.size(); ++i)
    if (!lex.Word(int32_t(i)).empty()) ids.push_back(int32_t(i));
  std::sort(ids.begin(), ids.end(),
            [&](int32_t a, int32_t b) { return lex.Word(a) < lex.Word(b); });
  return ids;
}

// TABARI reads a verb not written with '_' or '=' as a stem of any word it
// begins ("RESUM [065]" is "its resumption of diplomatic ties", "SATISF"
// "deep satisfaction"): the words that are no verb of their own are
// written as the verb's too, for a TABARI coder to read as verbs
// (events/tabari.h TabariVerbWords).
void StemWords(const Lexicon& lex, const std::vector<int32_t>& sorted, const VerbDef& v,
               std::vector<VerbDef>* out) {
  const std::string& stem = v.words;
  auto it = std::lower_bound(sorted.begin(), sorted.end(), stem,
                             [&](int32_t id, const std::string& s) { return lex.Word(id) < s; });
  for (; it != sorted.end() && StartsWith(lex.Word(*it), stem); ++it) {
    const LexEntry& e = lex.Entry(*it);
    // A verb of its own ("broker" for BROKE) keeps its own patterns.
    if (lex.Word(*it).size() == stem.size() || e.verb_lemma >= 0 || (e.tags & kTagVerbAny) ||
        lex.VerbLemma(lex.Word(*it)) >= 0)
      continue;
    VerbDef w = v;
    w.words = std::string(lex.Word(*it));
    w.stem = false;
    w.stem_word = true;
    out->push_back(std::move(w));
  }
}

// A block's stem words (StemWords) and its patterns, emitted once the whole
// file is read.
struct StemBlock {
  std::vector<VerbDef> words;
  std::vector<PatternDef> patterns;
};

// The stem words that are no verb of the file (`verbs`: "broker" of BROKE
// is BROKER's), with their blocks' patterns; the block's entries were
// counted with its verbs, so these count nowhere.
void EmitStemWords(const std::vector<StemBlock>& blocks, const std::set<std::string>& verbs,
                   const Synsets& syn, const std::string& path, uint32_t file,
                   const ImportContext& ctx) {
  ImportStats uncounted;
  ImportContext quiet = ctx;
  quiet.stats = &uncounted;
  for (const StemBlock& b : blocks) {
    std::vector<VerbDef> words;
    for (const VerbDef& w : b.words)
      if (!verbs.count(w.words)) words.push_back(w);
    if (!words.empty()) EmitBlock(words, "", b.patterns, syn, path, file, quiet, /*tabari=*/true);
    ctx.stats->notes["TABARI verb stem read in the words it begins"] += !words.empty();
  }
}

// A verb line ("ABANDON  [345] ;comment") read into *v, its words before
// the code into *body; false (counted, warned) when it cannot be read.
bool ReadVerbLine(std::string_view t, uint32_t n, const std::string& path, const ImportContext& ctx,
                  VerbDef* v, std::string_view* body) {
  v->line = n;
  std::string_view b = Trim(StripDictComment(t));
  size_t ob = b.find('[');
  if (ob != std::string_view::npos) {
    size_t cb = b.find(']', ob);
    v->code = std::string(Trim(
        b.substr(ob + 1, cb == std::string_view::npos ? std::string_view::npos : cb - ob - 1)));
    b = b.substr(0, ob);
  }
  *body = Trim(b);
  v->words = PhraseWords(b);
  if (v->words.empty() || v->words.find_first_of("{}*+$%&") != std::string::npos) {
    ++ctx.stats->entries;
    ++ctx.stats->dropped;
    ctx.stats->Warn(path, n, "cannot read this verb line: left out");
    return false;
  }
  if (v->code == "###" || (v->code == "+++" && v->words.find(' ') == std::string::npos)) {
    // "FOOTBALL [###]": a sentence with this word is not coded; "BLAST
    // [+++]" marks it complex, which TABARI leaves uncoded too (a phrase
    // "PLANETARY CUP [+++]" is read as a noun, its suite says: ignored).
    if (ctx.extras) ctx.extras->discards.push_back({v->words, false});
    v->code = "---";
  }
  return true;
}

// "A verb is a stem unless it ends in '_'": RESTOR matches "restore",
// "restored". casus matches lemmas, so a stem is completed to the verb the
// lexicon knows. TABARI takes a verb's regular endings (-S -ES -ED -EN -ING
// -D) on any verb not written with '=': the ones casus's lexicon lacks
// ("departes") become the verb's forms.
void CompleteVerb(std::string_view body, const ImportContext& ctx, VerbDef* v) {
  const Lexicon& lex = ctx.dicts->lexicon();
  std::string first = v->words.substr(0, v->words.find(' '));
  if (!EndsWith(body, "_") && lex.VerbLemma(first) < 0) {
    for (const char* end : {"e", "y", "ate", "ise", "ize"}) {
      if (lex.VerbLemma(first + end) >= 0) {
        v->words = first + end + v->words.substr(first.size());
        v->stem = true;
        break;
      }
    }
  }
  if (v->words.find(' ') == std::string::npos && !EndsWith(body, "="))
    for (const char* end : {"s", "es", "ed", "en", "ing", "d"})
      if (ctx.dicts->AddVerbForm(v->words + end, v->words))
        ++ctx.stats->notes["TABARI verb with a regular ending unknown to casus's lexicon"];
}

}  // namespace

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
  std::vector<int32_t> sorted;      // the lexicon's words, sorted when a stem needs them
  std::vector<VerbDef> stem_verbs;  // the block's words its stems begin (StemWords)
  std::vector<StemBlock> stem_blocks;
  std::set<std::string> verb_words;  // every verb of the file, as casus reads it
  auto flush = [&] {
    if (!stem_verbs.empty()) stem_blocks.push_back({std::move(stem_verbs), pats});
    stem_verbs.clear();
    if (!verbs.empty()) EmitBlock(verbs, "", pats, syn, path, file, ctx, /*tabari=*/true);
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
        // "+KRONER_": the closing '_' keeps the word whole (not "kroneren").
        if (!w.empty() && EndsWith(Trim(StripDictComment(t.substr(1))), "_")) w += '_';
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
      std::string_view in =
          t.substr(1, t.find('}') == std::string_view::npos ? t.npos : t.find('}') - 1);
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
    std::string_view body;
    if (!ReadVerbLine(t, n, path, ctx, &v, &body)) continue;
    // TABARI reads "a verb [...] as a stem unless it ends in '_'" (or '=').
    std::vector<VerbDef> stem_words;
    if (v.words.find(' ') == std::string::npos && !EndsWith(body, "_") && !EndsWith(body, "=")) {
      if (sorted.empty()) sorted = SortedWords(ctx.dicts->lexicon());
      StemWords(ctx.dicts->lexicon(), sorted, v, &stem_words);
    }
    CompleteVerb(body, ctx, &v);
    verb_words.insert(v.words);
    verb_words.insert(PhraseWords(body));
    verbs.push_back(v);
    for (VerbDef& w : stem_words) stem_verbs.push_back(std::move(w));
  }
  flush();
  EmitStemWords(stem_blocks, verb_words, syn, path, file, ctx);
  return Status::Ok();
}

}  // namespace casus
