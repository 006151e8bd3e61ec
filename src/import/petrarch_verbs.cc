// PETRARCH-2 verb dictionaries (CAMEO.2.0.txt):
//
//   &CURRENCY                  a synset: '+' lines follow; a label ending in
//   +DOLLAR                    '_' (or a phrase ending in '_') makes no plural
//   --- ACCELERATE [---] ---   a block header with the block's code
//   RUSH                       verbs of the block; {forms} are irregular forms
//   +ASK_FOR {...} [020]       (casus lemmatises), [code] the verb's own code
//   - * (TO BORDER)  [154]     patterns: '*' is the verb; (...) prepositional
//                              and {...} noun phrases; + target, $ source
//   ~ a (a b ATTACK) SAY = ... transformations (counted, not expressible)
#include "import/import.h"
#include "import/verb_patterns.h"
#include "match/dictionaries.h"
#include "util/strings.h"

namespace casus {
namespace {
using namespace import_detail;

std::string SynPlural(const std::string& w) {
  if (EndsWith(w, "ss")) return w + "es";
  if (!w.empty() && w.back() == 'y') return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

// "RUSH", "+ASK_FOR {+ASKED_FOR ...} [020]" -> the verb and its own code.
bool ParseVerbLine(std::string_view t, VerbDef* v) {
  if (!t.empty() && t[0] == '+') t.remove_prefix(1);
  size_t ob = t.find('[');
  if (ob != std::string_view::npos) {
    size_t cb = t.find(']', ob);
    if (cb == std::string_view::npos) return false;
    v->code = std::string(Trim(t.substr(ob + 1, cb - ob - 1)));
    t = t.substr(0, ob);
  }
  t = t.substr(0, t.find('{'));
  v->words = PhraseWords(t);
  return !v->words.empty() && v->words.find_first_of("{}[]+*") == std::string::npos;
}

}  // namespace

Status ImportPetrarchVerbs(const std::string& path, const ImportContext& ctx) {
  std::vector<std::string> lines;
  Status s = ReadLines(path, ctx.stats, &lines);
  if (!s.ok()) return s;
  uint32_t file = ctx.dicts->AddFile(path);
  Synsets syn;
  std::string cur_syn;  // the synset being read, or ""
  bool syn_plural = true;
  std::string block_code;
  std::vector<VerbDef> verbs;
  std::vector<PatternDef> pats;
  auto flush = [&] {
    if (!verbs.empty() || !pats.empty()) EmitBlock(verbs, block_code, pats, syn, path, file, ctx);
    verbs.clear();
    pats.clear();
  };
  for (uint32_t i = 0; i < lines.size(); ++i) {
    uint32_t n = i + 1;
    std::string_view raw = lines[i];
    std::string_view t = Trim(raw);
    if (!t.empty() && t[0] == kBadLine) {
      ++ctx.stats->entries;
      ++ctx.stats->dropped;
      continue;
    }
    if (StartsWith(t, "---")) {  // block header: --- NAME [code] ---
      flush();
      cur_syn.clear();
      size_t ob = t.find('['), cb = t.find(']');
      block_code = ob != std::string_view::npos && cb > ob
                       ? std::string(Trim(t.substr(ob + 1, cb - ob - 1)))
                       : "---";
      continue;
    }
    if (t.empty() || t[0] == '#' || t[0] == '<') {
      if (t.empty()) cur_syn.clear();
      continue;
    }
    if (t[0] == '&') {
      std::string label = AsciiLower(Trim(StripDictComment(t)));
      syn_plural = label.back() != '_';
      while (!label.empty() && label.back() == '_') label.pop_back();
      cur_syn = label;
      syn[cur_syn];
      continue;
    }
    if (t[0] == '+' && !cur_syn.empty()) {
      std::string_view body = Trim(StripDictComment(t.substr(1)));
      bool plural = syn_plural && !EndsWith(body, "_");
      std::string w = PhraseWords(body);
      if (w.empty()) continue;
      syn[cur_syn].push_back(w);
      // "+&TIETYPES" names another synset (expanded where used): no plural.
      if (plural && !EndsWith(w, "s") && w.find('&') == std::string::npos)
        syn[cur_syn].push_back(SynPlural(w));
      continue;
    }
    if (t[0] == '~') {
      ++ctx.stats->entries;
      ++ctx.stats->unmapped["transformation rule '~' (parse-tree rewrite)"];
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
      pats.push_back(p);
      continue;
    }
    // A verb line. A verb after patterns opens a new set of the same block.
    if (!pats.empty()) flush();
    VerbDef v;
    v.line = n;
    if (!ParseVerbLine(Trim(StripDictComment(t)), &v)) {
      ++ctx.stats->entries;
      ++ctx.stats->dropped;
      ctx.stats->Warn(path, n, "cannot read this verb line: left out");
      continue;
    }
    verbs.push_back(v);
  }
  flush();
  return Status::Ok();
}

}  // namespace casus
