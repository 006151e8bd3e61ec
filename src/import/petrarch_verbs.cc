// PETRARCH-2 verb dictionaries (CAMEO.2.0.txt):
//
//   &CURRENCY                  a synset: '+' lines follow; a label ending in
//   +DOLLAR                    '_' (or a phrase ending in '_') makes no plural
//   --- ACCELERATE [---] ---   a block header with the block's code
//   RUSH                       verbs of the block; {forms} are irregular forms
//   +ASK_FOR {...} [020]       (casus lemmatises; forms its lexicon lacks are
//   WIRE_+TAP {...}            added), [code] the verb's own code; words
//                              before a '+' are glued before the verb
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

// The verb of a multi-word form: the word marked '+' ("WIRE_+TAPPED":
// "tapped"), else the first ("+CORDONED_OFF": "cordoned").
std::string HeadWord(std::string_view form) {
  size_t plus = form.find('+');
  if (plus != std::string_view::npos) form.remove_prefix(plus + 1);
  return PhraseWords(form.substr(0, form.find('_')));
}

// "RUSH", "+ASK_FOR {+ASKED_FOR ...} [020]", "WIRE_+TAP {WIRE_+TAPPED ...}"
// -> the verb, the words glued before it, its own code and its listed forms.
bool ParseVerbLine(std::string_view t, VerbDef* v, std::vector<std::string>* forms) {
  if (!t.empty() && t[0] == '+') t.remove_prefix(1);
  size_t ob = t.find('[');
  if (ob != std::string_view::npos) {
    size_t cb = t.find(']', ob);
    if (cb == std::string_view::npos) return false;
    v->code = std::string(Trim(t.substr(ob + 1, cb - ob - 1)));
    t = t.substr(0, ob);
  }
  if (size_t oc = t.find('{'); oc != std::string_view::npos) {
    size_t cc = t.find('}', oc);
    for (std::string_view f : Words(t.substr(oc + 1, cc == t.npos ? t.npos : cc - oc - 1)))
      if (std::string h = HeadWord(f); !h.empty()) forms->push_back(h);
    t = t.substr(0, oc);
  }
  // "WIRE_+TAP": the words before the '+' come before the verb, glued to it.
  if (size_t plus = t.find('+'); plus != std::string_view::npos) {
    std::string before = PhraseWords(t.substr(0, plus));
    for (char& c : before)
      if (c == ' ') c = '_';
    if (before.empty()) return false;
    v->before = before + "_";
    t.remove_prefix(plus + 1);
  }
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
    std::vector<std::string> forms;
    if (!ParseVerbLine(Trim(StripDictComment(t)), &v, &forms)) {
      ++ctx.stats->entries;
      ++ctx.stats->dropped;
      ctx.stats->Warn(path, n, "cannot read this verb line: left out");
      continue;
    }
    // "{+CORDONED_OFF ...}": a listed form the lexicon lacks becomes the
    // verb's, as PETRARCH reads it ("have cordoned off the roads").
    for (const std::string& f : forms)
      if (ctx.dicts->AddVerbForm(f, v.words.substr(0, v.words.find(' '))))
        ++ctx.stats->notes["PETRARCH verb form unknown to casus's lexicon, made the verb's"];
    // "LEFT [032:033]" beside "LEAVE [012]": PETRARCH matches a verb by the
    // forms it makes of the word as listed, so a listed past form is a verb
    // of its own, not its lemma's; casus keys it as written ("=left").
    if (std::string head = v.words.substr(0, v.words.find(' '));
        ctx.dicts->lexicon().VerbLemma(head) >= 0 &&
        ctx.dicts->lexicon().VerbLemma(head) != ctx.dicts->lexicon().Find(head)) {
      v.words = "=" + v.words;
      ++ctx.stats->notes["PETRARCH verb listed in an inflected form, matched as written"];
    }
    verbs.push_back(v);
  }
  flush();
  return Status::Ok();
}

}  // namespace casus
