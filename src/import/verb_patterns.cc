// PETRARCH-2 / TABARI pattern elements -> casus pattern lines.
#include "import/verb_patterns.h"

#include "match/dictionaries.h"
#include "util/strings.h"

namespace casus::import_detail {
namespace {

constexpr size_t kMaxExpansions = 1024;  // synset/disjunction products beyond this are counted

// One pattern element after the verb: a list of alternatives, each words.
using Alts = std::vector<std::string>;

// "didn't" -> "did_n't", "won't" -> "wo_n't": casus splits contractions as
// the Penn Treebank does (PETRARCH's own files write "DID N'T"), so a pattern
// word must too; the halves are glued, as they stand in the text. An edge
// hyphen is dropped ("anti-" -> "anti").
std::string SplitContractions(const std::string& phrase) {
  std::string out;
  size_t b = 0;
  while (b <= phrase.size()) {
    size_t e = phrase.find_first_of(" _", b);
    if (e == std::string::npos) e = phrase.size();
    std::string_view w(phrase.data() + b, e - b);
    // "ANTI- + *": a hyphen at a word's edge is split off the text's word
    // ("an anti- Gondor parade"), so the pattern's word is the rest.
    while (w.size() > 1 && w.back() == '-') w.remove_suffix(1);
    while (w.size() > 1 && w.front() == '-') w.remove_prefix(1);
    if (w.size() > 3 && EndsWith(w, "n't"))
      out += std::string(w.substr(0, w.size() - 3)) + "_n't";
    else
      out += w;
    if (e < phrase.size()) out += phrase[e];
    b = e + 1;
  }
  return out;
}

// A pattern word as the builder reads it. TABARI matches a word that '_'
// does not join to the next ("RECENT", "REAL~_PLEASANT", the last of
// "NEW_PROTOCOL") as the beginning of a text word ("recently", "really"),
// the others as the very word ("RESOLUTION_" is not "resolutions"): the
// first are written "word~" (PatternItem::prefix).
std::string Literal(std::string_view raw, bool partial) {
  std::string w = SplitContractions(GluedWords(raw));
  if (partial && w.find_first_of("'_ +$%^&*") == std::string::npos) w += '~';
  return w;
}

// "&tietypes memos" -> "military memos", "economic memos", ...: each synset
// named in a phrase (synsets may name synsets: "+&TIETYPES_MEMOS") replaced
// by each of its phrases, the phrase's glue ('_') kept. False: an undefined
// synset, a cycle or too many. `tabari`: its words are matched as TABARI's
// (Literal: "+SWISS_FRANC" is "swiss francs").
bool ExpandSynsets(const std::string& phrase, const Synsets& syn, int depth, bool tabari,
                   Alts* out) {
  std::vector<std::string> acc = {""};
  std::string glued = GluedWords(phrase);
  const bool closed = !phrase.empty() && phrase.back() == '_';  // "+KRONER_"
  size_t i = 0;
  while (i < glued.size()) {
    size_t j = glued.find_first_of(" _", i);
    if (j == std::string::npos) j = glued.size();
    std::string w = glued.substr(i, j - i);
    std::string sep = i == 0 ? "" : std::string(1, glued[i - 1]);
    i = j + 1;
    Alts alts;
    if (!w.empty() && w[0] == '&') {
      std::string name = "&" + AsciiLower(w.substr(1));
      auto it = syn.find(name);
      if (it == syn.end() || depth > 4) return false;
      for (const std::string& p : it->second)
        if (!ExpandSynsets(p, syn, depth + 1, tabari, &alts)) return false;
    } else {
      const bool open_end = j < glued.size() ? glued[j] != '_' : !closed;
      alts.push_back(Literal(w, tabari && open_end));
    }
    std::vector<std::string> next;
    for (const std::string& a : acc)
      for (const std::string& b : alts) next.push_back(a.empty() ? b : a + sep + b);
    if (next.size() > kMaxExpansions) return false;
    acc = std::move(next);
  }
  out->insert(out->end(), acc.begin(), acc.end());
  return true;
}

constexpr std::string_view kGlue = "\x1e";  // a glue token of Elements' own

// One element run (toks[b, e)) -> elements, or why it cannot be expressed.
// An element glued to the one before it (TABARI's '_': "SUGGESTED_+",
// "NEW_&TIETYPES_RELATIONS", "}_CONVENTIONS") has its alternatives written
// with a leading '_'.
bool Run(const std::vector<std::string_view>& toks, size_t b, size_t e, const Synsets& syn,
         bool tabari, std::vector<Alts>* out, std::string* why) {
  bool glue = false;
  auto push = [&](Alts alts) {
    if (glue)
      for (std::string& a : alts) a = "_" + a;
    glue = false;
    out->push_back(std::move(alts));
  };
  for (size_t i = b; i < e; ++i) {
    std::string_view t = toks[i];
    if (t == kGlue) {
      glue = true;
      continue;
    }
    if (t == "{") {
      Alts alts;
      std::string cur;
      for (++i; i < e && toks[i] != "}"; ++i) {
        if (toks[i] == "|") {
          alts.push_back(cur);
          cur.clear();
        } else if (toks[i] != kGlue) {
          // "{ GENEVA_ | INTERNATIONAL }": '_' keeps GENEVA whole (Literal).
          const bool open_end = toks[i].back() != '_' && !(i + 1 < e && toks[i + 1] == kGlue);
          cur += (cur.empty() ? "" : " ") + Literal(toks[i], tabari && open_end);
        }
      }
      alts.push_back(cur);
      push(alts);
      continue;
    }
    // "SUGGESTED_+": the parts of a token, each glued to the one before.
    std::vector<std::string_view> parts;
    for (std::string_view piece : Split(t, '_'))
      if (!piece.empty() && piece != "~") parts.push_back(piece);
    if (parts.size() > 1 && t.find('&') == std::string_view::npos) {
      const bool open_end = t.back() != '_' && !(i + 1 < e && toks[i + 1] == kGlue);
      for (size_t k = 0; k < parts.size(); ++k) {
        std::string_view q = parts[k];
        const bool tilde = !q.empty() && q.back() == '~';
        if (tilde) q.remove_suffix(1);
        glue = glue || k > 0;
        // "%": a compound whose members act on each other ("- % * DIPLOMATIC").
        if (q == "+" || q == "$" || q == "%") {
          push({std::string(q)});
        } else if (q.find_first_of("&+$%^|{}=") != std::string_view::npos) {
          *why = "element casus cannot express";
          return false;
        } else {
          push({Literal(q, tabari && (tilde || (k + 1 == parts.size() && open_end)))});
        }
      }
      continue;
    }
    if (t == "+" || t == "$" || t == "%") {
      push({std::string(t)});
      continue;
    }
    // "^": one actor passed over ("$ ^ FOR *"), casus's kSkipActor.
    if (t == "^") {
      out->push_back({"^"});
      glue = false;
      continue;
    }
    // "&WEAPON", "MEMOS_ON_&TIETYPES": synsets, alone or inside a phrase.
    if (t.find('&') != std::string_view::npos &&
        t.find_first_of("+$%^|{}=") == std::string_view::npos) {
      Alts alts;
      if (!ExpandSynsets(std::string(t), syn, 0, tabari, &alts)) {
        *why = "undefined synset";
        return false;
      }
      push(alts);
      continue;
    }
    if (t.find_first_of("&+$%^|{}=") != std::string_view::npos) {
      *why = "element casus cannot express";
      return false;
    }
    const bool tilde = t.size() > 1 && t.back() == '~';
    if (tilde) t.remove_suffix(1);
    const bool open_end = t.back() != '_' && !(i + 1 < e && toks[i + 1] == kGlue);
    push({Literal(t, tabari && (tilde || open_end))});
  }
  // "IN_*": the last word before the verb is glued to it.
  if (glue) out->push_back({"_"});
  return true;
}

// The elements before and after the verb, or why the pattern cannot be
// expressed.
bool Elements(const std::string& body, const Synsets& syn, bool tabari, std::vector<Alts>* before,
              std::vector<Alts>* out, std::string* why) {
  std::string b;
  // Parse-tree groupings ((...) prepositional, {...} noun phrases) only
  // bracket words that must appear in order: casus keeps the words. A TABARI
  // disjunction { A | B } is kept as alternatives.
  bool disj = body.find('|') != std::string::npos;
  for (char c : body) {
    if (c == '(' || c == ')' || (!disj && (c == '{' || c == '}')))
      b += ' ';
    else
      b += c;
  }
  // TABARI glues braces and the verb to words with '_' ("{ A | B }_TALKS",
  // "IN_*", "*_HOPE"): a glue token of their own.
  std::string g;
  for (size_t i = 0; i < b.size(); ++i) {
    char c = b[i], next = i + 1 < b.size() ? b[i + 1] : ' ';
    char prev = i > 0 ? b[i - 1] : ' ';
    if (c == '_' && (prev == '}' || prev == '*' || next == '{' || next == '*'))
      g += " " + std::string(kGlue) + " ";
    else
      g += c;
  }
  std::vector<std::string_view> toks = Words(g);
  size_t star = toks.size();
  for (size_t i = 0; i < toks.size(); ++i)
    if (toks[i] == "*" || toks[i] == "**") {
      star = i;
      break;
    }
  if (star == toks.size()) {
    *why = "no verb position '*'";
    return false;
  }
  // "- INDICATED WOULD * NOW": words before the verb.
  if (!Run(toks, 0, star, syn, tabari, before, why)) return false;
  return Run(toks, star + 1, toks.size(), syn, tabari, out, why);
}

// A code casus's CAMEO table lacks (CAMEO 2.0 additions such as 1213, typos
// such as "080!") is loaded as its nearest parent, with a warning: the
// pattern is good, only its code is finer than our table.
std::string NearestCode(const Dictionaries& d, const std::string& code) {
  if (d.Cameo(code)) return code;
  std::string digits;
  for (char c : code)
    if (c >= '0' && c <= '9') digits += c;
  for (std::string c = digits; c.size() >= 2; c.pop_back()) {
    if (d.Cameo(c)) return c;
    if (c.size() == 2 && d.Cameo(c + "0")) return c + "0";
  }
  return "";
}

}  // namespace

bool SplitPatternLine(std::string_view line, PatternDef* out) {
  std::string_view s = Trim(line);
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  s = StripDictComment(s);  // bracket-aware: "[###]" is a code
  size_t cb = s.rfind(']');
  size_t ob = cb == std::string_view::npos ? cb : s.rfind('[', cb);
  if (ob == std::string_view::npos) return false;
  out->code = std::string(Trim(s.substr(ob + 1, cb - ob - 1)));
  out->body = std::string(Trim(s.substr(0, ob)));
  return true;
}

namespace {

// Expands a run of alternatives (synsets, disjunctions) into the word
// strings it stands for; false beyond kMaxExpansions. Skips between
// elements after the verb: PETRARCH and TABARI match words of the verb
// phrase in order, not adjacent ("rush police to the border"); before the
// verb casus's matcher passes the verb phrase's little words itself
// ("indicated it would act").
bool Expand(const std::vector<Alts>& run, bool after, std::vector<std::string>* out) {
  std::vector<std::string> tails = {""};
  for (const Alts& a : run) {
    std::vector<std::string> next;
    for (const std::string& t : tails)
      for (const std::string& w : a) {
        // "_x": glued to what comes before (the verb, for the first after it).
        std::string sep = !w.empty() && w[0] == '_' ? ""
                          : (!after || w == "*" || w == "+" || w == "$" || w == "%" || w == "^")
                              ? " "
                              : " * ";
        next.push_back(t + sep + w);
      }
    if (next.size() > kMaxExpansions) return false;
    tails = std::move(next);
  }
  *out = std::move(tails);
  return true;
}

// "- * LETTER [:040]" ("received a letter from X"): the event the other
// party makes toward the subject: the target slot becomes the source slot
// (and the source slot the target); without a slot, the first actor after
// the pattern's words is the source.
void SwapSlots(std::vector<Alts>* pre, std::vector<Alts>* elems) {
  bool slot = false;
  for (auto* run : {pre, elems})
    for (Alts& a : *run)
      for (std::string& w : a)
        if (w == "+" || w == "$") {
          w = w == "+" ? "$" : "+";
          slot = true;
        }
  if (!slot) elems->insert(elems->end(), {Alts{"*"}, Alts{"$"}});
}

// The words before the verb of a pattern line, '|' included ("" when none):
// a pattern's own (`head`) and then the verb's glued prefix ("will not
// wire_ | tap" for "- WILL NOT * [081]" under "WIRE_+TAP").
std::string Before(std::string_view head, const VerbDef& v) {
  std::string b(head);
  if (!v.before.empty()) b += (b.empty() ? "" : " ") + v.before;
  return b.empty() ? b : b + " | ";
}

// One block's patterns and verbs added to the dictionaries, with the
// import's counts and warnings (one warning per dictionary line, however
// many expansions fail).
class BlockEmitter {
 public:
  BlockEmitter(const std::string& path, uint32_t file, const ImportContext& ctx, bool tabari)
      : path_(path), file_(file), ctx_(ctx), st_(*ctx.stats), tabari_(tabari) {}
  void Pattern(const PatternDef& p, const std::vector<VerbDef>& verbs, const Synsets& synsets);
  void Verb(const VerbDef& v, const std::string& block_code);

 private:
  std::string MapCode(const std::string& written, uint32_t line);
  bool Add(const std::string& written, const std::string& pat, uint32_t line);
  const std::string& path_;
  const uint32_t file_;
  const ImportContext& ctx_;
  ImportStats& st_;
  uint32_t warned_ = 0, recoded_ = 0;
  const bool tabari_;  // TABARI's pattern words (Literal)
};

// One code as casus loads it: itself, a suite's own, or its nearest parent.
std::string BlockEmitter::MapCode(const std::string& written, uint32_t line) {
  std::string code = NearestCode(*ctx_.dicts, written);
  if (ctx_.suite_codes && code != written && !written.empty() &&
      written.find_first_of(" ;#") == std::string::npos) {
    ctx_.dicts->AddSuiteCode(written);
    code = written;
  }
  if (code.empty()) code = written;  // the builder says why it is unknown
  if (code != written && recoded_ != line) {
    st_.Warn(path_, line,
             "CAMEO code '" + written + "' is not in casus's table: loaded as " + code);
    recoded_ = line;
  }
  return code;
}

// `written` is "A" or a pair "A:B" (B: the event target -> source).
bool BlockEmitter::Add(const std::string& written, const std::string& pat, uint32_t line) {
  size_t colon = written.find(':');
  std::string code = MapCode(written.substr(0, colon), line);
  if (colon != std::string::npos) code += ":" + MapCode(written.substr(colon + 1), line);
  Status s = ctx_.dicts->AddPatternLine(code + " " + pat, file_, line);
  if (s.ok()) return true;
  // The builder's message starts with "path:line: " already.
  std::string m = s.message();
  std::string pre = path_ + ":" + std::to_string(line) + ": ";
  if (StartsWith(m, pre)) m = m.substr(pre.size());
  if (warned_ != line) st_.Warn(path_, line, m + " in '" + code + " " + pat + "'");
  warned_ = line;
  return false;
}

void BlockEmitter::Pattern(const PatternDef& p, const std::vector<VerbDef>& verbs,
                           const Synsets& synsets) {
  ++st_.entries;
  std::string code = p.code;
  bool reversed = !code.empty() && code[0] == ':';
  if (reversed) {
    ++st_.notes["reversed code [:B]: read with the source slot $"];
    code = code.substr(1);
  } else if (size_t colon = code.find(':'); colon != std::string::npos) {
    ++st_.notes["paired code [A:B]: B is the event target -> source"];
    if (code.substr(0, colon) == "---") {
      ++st_.unmapped["pair with a null first code [---:B] (only B's direction has an event)"];
      return;
    }
  }
  if (code == "---") {
    ++st_.unmapped["null-code pattern [---] (casus has no pattern that blocks an event)"];
    return;
  }
  // "- * FXLL DIPLOMATIC [+++]": TABARI's mark of a sentence too complex to
  // code, which PETRARCH-2 does not implement ("currently not implemented",
  // its unit tests): not a code; the verb's other patterns apply.
  if (code == "+++") {
    ++st_.unmapped["complex-sentence pattern [+++] (not a code)"];
    return;
  }
  std::vector<Alts> pre, elems;
  std::string why;
  if (!Elements(p.body, synsets, tabari_, &pre, &elems, &why)) {
    ++st_.unmapped["pattern: " + why];
    return;
  }
  if (reversed) SwapSlots(&pre, &elems);
  std::vector<std::string> heads, tails;
  if (!Expand(pre, false, &heads) || !Expand(elems, true, &tails) ||
      heads.size() * tails.size() > kMaxExpansions) {
    ++st_.unmapped["pattern: more than 1024 synset/disjunction expansions"];
    return;
  }
  int ok = 0, tried = 0;
  for (const VerbDef& v : verbs)
    for (const std::string& h : heads)
      for (const std::string& t : tails) {
        ++tried;
        ok += Add(code, Before(Trim(h), v) + v.words + t, p.line);
      }
  if (ok)
    ++st_.loaded;
  else if (tried)
    ++st_.dropped;
  else
    ++st_.unmapped["pattern of a block without verbs"];
}

void BlockEmitter::Verb(const VerbDef& v, const std::string& block_code) {
  if (v.stem_word) {
    std::string code = v.code.empty() ? block_code : v.code;
    if (!code.empty() && code != "---" && code != "+++")
      Add(code[0] == ':' ? code.substr(1) : code, v.words + (code[0] == ':' ? " $" : ""), v.line);
    return;
  }
  ++st_.entries;
  if (v.stem) ++st_.notes["TABARI verb stem completed to a verb casus knows"];
  std::string code = v.code.empty() ? block_code : v.code;
  // "+++" (TABARI's complex-sentence mark) is no code either.
  if (code.empty() || code == "---" || code == "+++") {
    ++st_.loaded;  // a verb only for its patterns: nothing to add by itself
    return;
  }
  // "RECEIVE [:040]": only the event the object makes toward the subject,
  // which casus writes with the source slot: "receive $".
  bool reversed = code[0] == ':';
  if (reversed) ++st_.notes["reversed code [:B]: read with the source slot $"];
  if (Add(reversed ? code.substr(1) : code, Before("", v) + v.words + (reversed ? " $" : ""),
          v.line))
    ++st_.loaded;
  else
    ++st_.dropped;
}

}  // namespace

void EmitBlock(const std::vector<VerbDef>& verbs, const std::string& block_code,
               const std::vector<PatternDef>& patterns, const Synsets& synsets,
               const std::string& path, uint32_t file, const ImportContext& ctx, bool tabari) {
  BlockEmitter em(path, file, ctx, tabari);
  // A literal word beats a synset at equal specificity ("- * DOLLAR [071]"
  // over "- * &CURRENCY [903]" for "a million dollars", TABARI's suite):
  // casus tries equals in load order, so synset patterns load last.
  for (int syn_pass = 0; syn_pass < 2; ++syn_pass)
    for (const PatternDef& p : patterns)
      if ((p.body.find('&') != std::string::npos) == (syn_pass == 1)) em.Pattern(p, verbs, synsets);
  // The verbs alone after the patterns: casus tries a verb's patterns most
  // literal words first, in load order among equals, so a pattern without
  // words ("- % * [030:030]", "- * + [...]") is tried before the bare
  // verb, as PETRARCH and TABARI try patterns before the verb's own code.
  for (const VerbDef& v : verbs) em.Verb(v, block_code);
}

}  // namespace casus::import_detail
