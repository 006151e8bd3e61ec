// Verb coverage beyond the patterns (see wordnet.h): resolution of
// wordnet.txt, frames.txt and the compiled wordnet.tsv at load, and the
// matching the coder does when a verb's own patterns found nothing better.
#include "events/wordnet.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "api/paths.h"
#include "events/policy.h"
#include "events/sentence_coder.h"
#include "util/strings.h"

namespace casus {

std::span<const WordNetPolicy::Backoff> WordNetPolicy::Find(int32_t verb, int32_t particle) const {
  auto key = [](const Backoff& b) { return std::pair(b.verb, b.particle); };
  auto lo = std::lower_bound(backoff.begin(), backoff.end(), std::pair(verb, particle),
                             [&](const Backoff& b, const auto& k) { return key(b) < k; });
  auto hi = lo;
  while (hi != backoff.end() && key(*hi) == std::pair(verb, particle)) ++hi;
  return {lo, hi};
}

bool WordNetPolicy::Frame::HasVerb(int32_t id) const {
  return verbs->Has(id) || std::binary_search(more_verbs.begin(), more_verbs.end(), id);
}
bool WordNetPolicy::Frame::HasNoun(int32_t id) const {
  return nouns->Has(id) || std::binary_search(more_nouns.begin(), more_nouns.end(), id);
}

namespace {

// As the verb patterns name their file: from the data folder down.
std::string Where(const RuleSection* s) {
  size_t at = s->file.rfind("rules/");
  return (at == std::string::npos ? s->file : "data/" + s->file.substr(at)) + ":" +
         std::to_string(s->line);
}

// The pattern-verb lemma id of a dictionary verb, as AddPatternLine makes it.
int32_t VerbId(Lexicon* lex, std::string_view w) {
  int32_t v = lex->VerbLemma(w);
  return v >= 0 ? v : lex->Intern(w);
}

struct Settings {
  double decay = 0.6, threshold = 0.3, levels = 2;
};

Status ReadSettings(const Rules& rules, Settings* st, int* window) {
  const ValueTable* v = nullptr;
  Status s = rules.RequireValues("wordnet-backoff", &v);
  if (!s.ok()) return s;
  const RuleSection* sec = rules.Find("wordnet-backoff");
  for (const ValueTable::Item& it : v->items()) {
    auto bad = [&](const char* why) {
      return Status::Error(sec->file + ":" + std::to_string(it.line) + ": '" + it.word + "' " +
                           why);
    };
    if (it.word == "decay" || it.word == "threshold") {
      if (!(it.value > 0 && it.value <= 1)) return bad("must be in (0, 1]");
      (it.word == "decay" ? st->decay : st->threshold) = it.value;
    } else if (it.word == "levels") {
      if (!(it.value >= 0 && it.value <= 3) || it.value != std::floor(it.value))
        return bad("must be a whole number from 0 to 3 (casus-wngen compiles 3)");
      st->levels = it.value;
    } else if (it.word == "window") {
      if (!(it.value >= 1 && it.value <= 8) || it.value != std::floor(it.value))
        return bad("must be a whole number from 1 to 8");
      *window = int(it.value);
    } else {
      return bad("is no setting (decay, threshold, levels, window)");
    }
  }
  return Status::Ok();
}

// wordnet.tsv next to the lexicon of the rules' data folder.
std::string CompiledPath(const Rules& rules) {
  const RuleSection* s = rules.Find("wordnet-backoff");
  namespace fs = std::filesystem;
  fs::path data = fs::path(s->file).parent_path().parent_path();
  return fs::path(LexiconFor(data.string())).parent_path() / "wordnet.tsv";
}

// Reads wordnet.tsv: back-off candidates and frame class expansions.
void ReadCompiled(const std::string& path, const Settings& st, const WordSet* never, Lexicon* lex,
                  WordNetPolicy* out,
                  std::unordered_map<std::string, std::vector<std::string>>* expansions) {
  std::ifstream in(path);
  if (!in) return;
  out->loaded = true;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f[0] == "b" && f.size() == 6) {
      // A line the tool did not write (a hand edit, a cut file) is skipped, never a crash.
      int level = -1, sr = 0, tr = 0;
      auto num = [](std::string_view v, int* out) {
        return std::from_chars(v.data(), v.data() + v.size(), *out).ec == std::errc();
      };
      if (!num(f[3], &level) || !num(f[4], &sr) || !num(f[5], &tr) || sr < 1 || tr < 1 || level < 0)
        continue;
      if (level > st.levels || never->Has(f[2])) continue;
      float conf = float(std::pow(st.decay, level) / (sr * tr));
      if (conf < st.threshold) continue;
      WordNetPolicy::Backoff b;
      size_t sp = f[1].find(' ');
      b.verb = VerbId(lex, f[1].substr(0, sp));
      if (sp != std::string_view::npos) b.particle = lex->Intern(f[1].substr(sp + 1));
      b.target = VerbId(lex, f[2]);
      b.conf = conf;
      out->backoff.push_back(b);
    } else if ((f[0] == "n" || f[0] == "v") && f.size() == 3) {
      (*expansions)[std::string(f[0]) + ":" + std::string(f[2])].emplace_back(f[1]);
    }
  }
  std::stable_sort(out->backoff.begin(), out->backoff.end(), [](const auto& a, const auto& b) {
    return std::tie(a.verb, a.particle) < std::tie(b.verb, b.particle) ||
           (std::tie(a.verb, a.particle) == std::tie(b.verb, b.particle) && a.conf > b.conf);
  });
}

// The lexicon ids a class gains from WordNet: the expansions of its seeds
// (one-word items only; a phrase stays as written in the words section).
std::vector<int32_t> Expanded(const WordSet& seeds, char kind, const WordSet& never, Lexicon* lex,
                              const std::unordered_map<std::string, std::vector<std::string>>& ex) {
  std::vector<int32_t> ids;
  for (const std::string& seed : seeds.items()) {
    std::string s = seed;
    std::replace(s.begin(), s.end(), '_', ' ');
    auto it = ex.find(std::string(1, kind) + ":" + s);
    if (it == ex.end()) continue;
    for (const std::string& w : it->second)
      if (w.find(' ') == std::string::npos && !never.Has(w))
        ids.push_back(kind == 'v' ? VerbId(lex, w) : lex->Intern(w));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Pattern Synthetic(const CameoCode* cc, const std::string& text) {
  Pattern p;
  p.code = cc->code;
  p.cameo = cc;
  p.text = text;
  return p;
}

}  // namespace

Status ResolveWordNet(const Rules& rules, const std::unordered_map<std::string, CameoCode>& cameo,
                      const EventPolicy& events, Lexicon* lex, WordNetPolicy* out) {
  out->probe = VerbId(lex, "say");  // a verb every casus verb dictionary has (OwnVerbs)
  Settings st;
  Status s = ReadSettings(rules, &st, &out->object_window);
  if (!s.ok()) return s;
  const WordSet* never = nullptr;
  s = rules.RequireWords("wordnet-never-targets", &never);
  if (s.ok()) s = rules.RequireWords("wordnet-particles", &out->particles);
  if (s.ok()) s = rules.RequireWords("support-verbs", &out->support_verbs);
  if (s.ok()) s = rules.RequireWords("frame-partitive-nouns", &out->partitives);
  const WordSet* classes = nullptr;
  const WordSet* never_grown = nullptr;
  if (s.ok()) s = rules.RequireWords("frame-classes", &classes);
  if (s.ok()) s = rules.RequireWords("frame-never-words", &never_grown);
  if (!s.ok()) return s;
  std::unordered_map<std::string, std::vector<std::string>> expansions;
  const std::vector<std::string>* excluded = nullptr;
  s = rules.RequireCodes("wordnet-excluded-codes", &excluded);
  if (!s.ok()) return s;
  out->excluded = *excluded;
  ReadCompiled(CompiledPath(rules), st, never, lex, out, &expansions);
  for (const std::string& name : classes->items()) {
    WordNetPolicy::Frame& fr = out->frames.emplace_back();
    fr.name = name;
    const CameoCode* cc = nullptr;
    s = rules.RequireWords("frame-" + name + "-verbs", &fr.verbs);
    if (s.ok()) s = rules.RequireWords("frame-" + name + "-nouns", &fr.nouns);
    if (s.ok()) s = rules.RequireCode("frame-" + name + "-code", cameo, &cc);
    if (!s.ok()) return s;
    fr.where = Where(rules.Find("frame-" + name + "-code"));
    fr.more_verbs = Expanded(*fr.verbs, 'v', *never_grown, lex, expansions);
    fr.more_nouns = Expanded(*fr.nouns, 'n', *never_grown, lex, expansions);
    fr.text = "frame: " + name;
    fr.pat = Synthetic(cc, fr.text);
  }
  for (const EventPolicy::NominalClass& nc : events.nominal) {
    WordNetPolicy::Support& sp = out->supports.emplace_back();
    sp.nouns = nc.nouns;
    sp.where = nc.where;
    sp.text = "support verb + " + nc.nouns->items()[0];
    sp.pat = Synthetic(nc.code, sp.text);
  }
  return Status::Ok();
}

// --- matching (SentenceCoder methods: patterns.cc calls them) ---

// The head of the object after token `from`: the last noun (or adjective:
// "a final offensive on" is tagged so) of the run of determiners,
// modifiers and names within the window ("its naval presence", "aid
// shipments"); -1 when the run holds none.
static int ObjectNoun(const SentenceCoder& sc, int from, int window, int n,
                      const WordSet& partitives) {
  int head = -1;
  for (int q = from; q < n && q < from + window; ++q) {
    Pos p = sc.PosAt(q);
    if (p == Pos::kNoun || p == Pos::kAdj) {
      head = q;
      continue;
    }
    // "a new package of sanctions": the noun after "of" is the object's.
    if (head >= 0 && sc.W(q) == "of" && partitives.Has(sc.Id(head))) {
      window = q + 1 - from + 4;
      head = -1;
      continue;
    }
    if (p == Pos::kDet || p == Pos::kPossPron || p == Pos::kNum || p == Pos::kPropn ||
        p == Pos::kPoss || (p == Pos::kAdv && q == from))
      continue;
    break;
  }
  return head;
}

// Whether casus's own verb dictionaries are loaded: an imported dictionary
// set (src/import/, --dict-set) replaces them, and the WordNet table and the
// frames, made for casus's patterns, then stay out of its way. Asked only
// when a frame or back-off is about to apply.
static bool OwnVerbs(const Dictionaries& d, int32_t probe) {
  const std::vector<uint32_t>* p = d.PatternsFor(probe);
  return p && d.file(d.pattern(p->front()).source).rfind("data/verbs/", 0) == 0;
}

// After the verb: its particle ("beefed up", "carried out"), or -1.
int32_t SentenceCoder::Particle(int v) const {
  return v + 1 < n_ && p_.wordnet->particles->Has(Id(v + 1)) ? Id(v + 1) : -1;
}

bool SentenceCoder::Frames(int gi, Found* f) const {
  const WordNetPolicy& wn = *p_.wordnet;
  const VerbGroup& g = groups_[gi];
  int v = g.verb;
  int32_t lem = LemmaId(v);
  if (lem < 0 || g.passive) return false;
  int from = Particle(v) >= 0 ? v + 2 : v + 1;
  int q = ObjectNoun(*this, from, wn.object_window, n_, *wn.partitives);
  if (q < 0) return false;
  int32_t noun = s_.toks[q].nlem >= 0 ? s_.toks[q].nlem : Id(q);
  const Pattern* hit = nullptr;
  const std::string* where = nullptr;
  for (const WordNetPolicy::Frame& fr : wn.frames)
    if (fr.HasVerb(lem) && (fr.HasNoun(noun) || fr.HasNoun(Id(q)))) {
      hit = &fr.pat;
      where = &fr.where;
      break;
    }
  // "launched an offensive", "held a summit": the noun's own code.
  if (!hit && wn.support_verbs->Has(lem))
    for (const WordNetPolicy::Support& sp : wn.supports)
      if (sp.nouns->Has(Id(q)) || sp.nouns->Has(noun)) {
        hit = &sp.pat;
        where = &sp.where;
      }
  if (!hit || !OwnVerbs(d_, wn.probe)) return false;
  f->pat = hit;
  f->end = q + 1;
  f->slot_t = f->slot_s = -1;
  // "launched air strikes on the enclave", "a mediation between X and Y":
  // the party acted upon follows the noun.
  f->object_settled = false;
  if (q + 1 < n_ &&
      (p_.nominal_target_preps->Has(Id(q + 1)) || p_.nominal_reciprocal->Has(Id(q + 1)))) {
    f->object_settled = true;  // whatever the preposition names, no actor further on
    for (int j = q + 2; j < n_ && j < q + 5; ++j) {
      if (s_.mention_at[j] >= 0) {
        const Mention& m = s_.mentions[s_.mention_at[j]];
        if (m.place) break;
        f->slot_t = m.group;
        break;
      }
      if (PosAt(j) != Pos::kDet && PosAt(j) != Pos::kAdj && PosAt(j) != Pos::kNum) break;
    }
    // "recaptured the town of Mahaday from al-Shabaab": "of" names the
    // thing; with no party in it the search goes on.
    if (f->slot_t < 0 && W(q + 1) == "of") f->object_settled = false;
  }
  f->literal.assign(1, q);
  f->copula = false;
  f->backoff = 0;
  f->where = where;
  return true;
}

bool SentenceCoder::BackOff(int gi, bool has_patterns, Found* f) const {
  const WordNetPolicy& wn = *p_.wordnet;
  const VerbGroup& g = groups_[gi];
  int v = g.verb;
  int32_t lem = LemmaId(v);
  // "U.S. interests": a word that is also a noun in the form written is
  // more likely a noun the tagger misread than an unknown act.
  const Token& t = s_.toks[v];
  if (lem < 0 ||
      (t.tags & (kTagNN | kTagNNS) && (t.vform == VForm::kPres3 || t.vform == VForm::kPres)))
    return false;
  int32_t particle = Particle(v);
  // The verb + particle first ("shored up"), then the verb alone, which
  // only a verb with no pattern of its own borrows.
  for (int k = 0; k < 2; ++k) {
    if ((k == 0 && particle < 0) || (k == 1 && has_patterns)) continue;
    for (const WordNetPolicy::Backoff& b : wn.Find(lem, k == 0 ? particle : -1)) {
      const std::vector<uint32_t>* pats = d_.PatternsFor(b.target);
      for (size_t i = 0; pats && i < pats->size(); ++i) {
        const Pattern& p = d_.pattern((*pats)[i]);
        bool plain =
            p.literals == 0 &&
            (p.items.empty() || (p.items.size() == 1 && p.items[0].kind == PatElem::kTarget));
        if (!plain || wn.Excluded(p.code) || !OwnVerbs(d_, wn.probe)) continue;
        if (!TryPattern(p, k == 0 ? v + 2 : v + 1, false, f)) continue;
        f->backoff = b.conf;
        f->where = nullptr;
        f->object_settled = false;
        return true;
      }
    }
  }
  return false;
}

}  // namespace casus
