// Build-time tool: compiles what the event coder borrows from WordNet
// (Debian wordnet-base; read here, never copied into the repository) into
// one TSV next to the lexicon, which casus reads when its policy loads
// (src/events/wordnet.h):
//
//   b <TAB> verb <TAB> pattern-verb <TAB> level <TAB> verb-sense <TAB> pattern-verb-sense
//     WordNet back-off ("bolstered its naval presence"): `verb` (a lemma, or
//     "verb particle") has no pattern in data/verbs; `pattern-verb` has a
//     plain frame there ("attack", "attack +") and lies `level` hypernym
//     steps above sense `verb-sense` of the verb (0: the same synset), as
//     its own sense `pattern-verb-sense`. Senses are WordNet's ranks (1 is
//     the most frequent). The confidence and its threshold are policy, in
//     data/rules/wordnet.txt: they are applied when casus loads.
//   n <TAB> noun <TAB> seed    and    v <TAB> verb <TAB> seed
//     Class expansion for the compositional frames (data/rules/frames.txt):
//     `noun` is a synonym or a direct hyponym of the first sense of
//     the class's seed word `seed`.
//
// usage: casus-wngen WORDNET_DICT_DIR DATA_DIR OUT_TSV
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

constexpr int kMaxLevel = 3;        // hypernym steps searched for a pattern verb
constexpr int kMaxSourceSense = 4;  // senses of the unknown verb considered
constexpr int kMaxTargetSense = 3;  // a pattern verb lends its code for its main senses only
constexpr int kMaxSeedSense = 1;    // frame seeds expand from their first sense
constexpr int kNounDepth = 1;       // hyponym steps a frame's noun class grows by
constexpr int kVerbDepth = 1;       // and its verb class (verbs fan out far more)

struct Synset {
  std::vector<std::string> words;  // lowercase, '_' -> ' '
  std::vector<long> hypernyms, hyponyms;
};

struct Pos {
  std::unordered_map<long, Synset> synsets;
  std::unordered_map<std::string, std::vector<long>> senses;  // lemma -> synsets, by rank
};

std::string Spaced(std::string w) {
  std::replace(w.begin(), w.end(), '_', ' ');
  for (char& c : w) c = char(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

bool LoadPos(const std::string& dir, const std::string& pos, Pos* out) {
  std::ifstream data(dir + "/data." + pos), index(dir + "/index." + pos);
  if (!data || !index) return false;
  std::string line;
  while (std::getline(data, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream ss(line.substr(0, line.find(" | ")));
    long off;
    std::string filenum, type, cnt_hex;
    ss >> off >> filenum >> type >> cnt_hex;
    int wc = std::stoi(cnt_hex, nullptr, 16);
    Synset s;
    for (int i = 0; i < wc; ++i) {
      std::string w, lexid;
      ss >> w >> lexid;
      // Adjective markers "(a)" never occur in verbs or nouns; keep the word.
      s.words.push_back(Spaced(w));
    }
    int pc;
    ss >> pc;
    for (int i = 0; i < pc; ++i) {
      std::string sym, ppos, st;
      long target;
      ss >> sym >> target >> ppos >> st;
      if (sym == "@" || sym == "@i") s.hypernyms.push_back(target);
      if (sym == "~" || sym == "~i") s.hyponyms.push_back(target);
    }
    out->synsets.emplace(off, std::move(s));
  }
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream ss(line);
    std::string lemma, p;
    int n, pc;
    ss >> lemma >> p >> n >> pc;
    for (int i = 0; i < pc; ++i) ss >> p;
    int sense_cnt, tagged;
    ss >> sense_cnt >> tagged;
    std::vector<long>& v = out->senses[Spaced(lemma)];
    for (int i = 0; i < n; ++i) {
      long off;
      ss >> off;
      v.push_back(off);
    }
  }
  return !out->synsets.empty() && !out->senses.empty();
}

// The verbs of data/verbs/*.txt: every pattern's first word, and those with a
// plain frame (the verb alone, or the verb and its target "+").
bool LoadPatternVerbs(const std::string& data_dir, std::set<std::string>* all,
                      std::set<std::string>* plain) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(data_dir + "/verbs", ec))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  if (files.empty()) return false;
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line)) {
      line = line.substr(0, line.find('#'));
      std::istringstream ss(line);
      std::string code, rest;
      if (!(ss >> code)) continue;
      std::getline(ss, rest);
      std::istringstream ps(rest);
      std::string pat;
      while (std::getline(ps, pat, ';')) {
        std::istringstream ws(pat);
        std::vector<std::string> t;
        for (std::string w; ws >> w;) t.push_back(w);
        if (t.empty()) continue;
        all->insert(t[0]);
        if (t.size() == 1 || (t.size() == 2 && t[1] == "+")) plain->insert(t[0]);
      }
    }
  }
  return true;
}

// Seed words of the frame classes: the items of every section of
// data/rules/frames.txt named frame-*-verbs or frame-*-nouns.
void LoadSeeds(const std::string& path, std::set<std::string>* verbs,
               std::set<std::string>* nouns) {
  std::ifstream in(path);
  std::string line;
  std::set<std::string>* cur = nullptr;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    std::istringstream ss(line);
    std::string w;
    if (!(ss >> w)) continue;
    if (w[0] == '[') {
      std::string name = w.substr(1, w.find(']') - 1);
      auto ends = [&](const std::string& suf) {
        return name.size() > suf.size() &&
               name.compare(name.size() - suf.size(), suf.size(), suf) == 0;
      };
      std::string kind;
      ss >> kind;
      bool frame = name.rfind("frame-", 0) == 0;
      cur = kind != "words" || !frame ? nullptr
            : ends("-verbs")          ? verbs
            : ends("-nouns")          ? nouns
                                      : nullptr;
      continue;
    }
    if (!cur) continue;
    do {
      std::replace(w.begin(), w.end(), '_', ' ');
      cur->insert(w);
    } while (ss >> w);
  }
}

int Rank(const Pos& p, const std::string& lemma, long synset) {
  auto it = p.senses.find(lemma);
  if (it == p.senses.end()) return 0;
  for (size_t i = 0; i < it->second.size(); ++i)
    if (it->second[i] == synset) return int(i) + 1;
  return 0;
}

struct Cand {
  int level = 0, src = 0, tgt = 0;
  double Score() const { return 1.0 / (src * tgt * (1 << level)); }
};

void Expand(const Pos& p, const std::string& kind, const std::set<std::string>& seeds,
            int depth_max, std::ostream& out) {
  std::map<std::string, std::string> got;  // word -> seed (sorted output)
  for (const std::string& seed : seeds) {
    auto it = p.senses.find(seed);
    if (it == p.senses.end()) continue;
    for (size_t r = 0; r < it->second.size() && int(r) < kMaxSeedSense; ++r) {
      std::vector<std::pair<long, int>> todo{{it->second[r], 0}};
      while (!todo.empty()) {
        auto [off, depth] = todo.back();
        todo.pop_back();
        const Synset& s = p.synsets.at(off);
        for (const std::string& w : s.words)
          if (!seeds.count(w) && Rank(p, w, off) >= 1 && Rank(p, w, off) <= 2) got.emplace(w, seed);
        if (depth < depth_max)
          for (long h : s.hyponyms) todo.push_back({h, depth + 1});
      }
    }
  }
  for (const auto& [w, seed] : got) out << kind << '\t' << w << '\t' << seed << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: casus-wngen WORDNET_DICT_DIR DATA_DIR OUT_TSV\n";
    return 2;
  }
  std::string wdir = argv[1], data = argv[2];
  Pos verb, noun;
  if (!LoadPos(wdir, "verb", &verb) || !LoadPos(wdir, "noun", &noun)) {
    std::cerr << wdir << ": cannot read WordNet data/index files (is wordnet-base installed?)\n";
    return 1;
  }
  std::set<std::string> all, plain;
  if (!LoadPatternVerbs(data, &all, &plain)) {
    std::cerr << data << "/verbs: no verb dictionaries\n";
    return 1;
  }
  std::ostringstream out;
  out << "# Generated by casus-wngen from WordNet 3.0 (Princeton University; see\n"
         "# /usr/share/doc/wordnet-base/copyright) and "
      << data << "/verbs. Do not edit.\n";
  size_t backoffs = 0;
  std::map<std::string, const std::vector<long>*> sorted;  // sorted output keeps it diffable
  for (const auto& [lemma, senses] : verb.senses) sorted.emplace(lemma, &senses);
  for (const auto& [lemma, senses] : sorted) {
    if (all.count(lemma)) continue;  // the dictionaries speak for it
    if (lemma.find(' ') != std::string::npos && std::count(lemma.begin(), lemma.end(), ' ') > 1)
      continue;  // verb + particle at most
    std::map<std::string, Cand> best;
    for (size_t r = 0; r < senses->size() && int(r) < kMaxSourceSense; ++r) {
      std::vector<long> level{(*senses)[r]};
      std::set<long> seen(level.begin(), level.end());
      for (int l = 0; l <= kMaxLevel && !level.empty(); ++l) {
        std::vector<long> next;
        for (long off : level) {
          const Synset& s = verb.synsets.at(off);
          for (const std::string& w : s.words) {
            if (w == lemma || !plain.count(w)) continue;
            int tr = Rank(verb, w, off);
            if (tr < 1 || tr > kMaxTargetSense) continue;
            Cand c{l, int(r) + 1, tr};
            auto it = best.find(w);
            if (it == best.end() || c.Score() > it->second.Score()) best[w] = c;
          }
          for (long h : s.hypernyms)
            if (seen.insert(h).second) next.push_back(h);
        }
        level = std::move(next);
      }
    }
    for (const auto& [w, c] : best) {
      out << "b\t" << lemma << '\t' << w << '\t' << c.level << '\t' << c.src << '\t' << c.tgt
          << '\n';
      ++backoffs;
    }
  }
  std::set<std::string> vseeds, nseeds;
  LoadSeeds(data + "/rules/frames.txt", &vseeds, &nseeds);
  Expand(verb, "v", vseeds, kVerbDepth, out);
  Expand(noun, "n", nseeds, kNounDepth, out);
  if (backoffs < 1000) {
    std::cerr << "casus-wngen: only " << backoffs << " back-off candidates; WordNet changed?\n";
    return 1;
  }
  std::ofstream f(argv[3]);
  f << out.str();
  if (!f) {
    std::cerr << argv[3] << ": write failed\n";
    return 1;
  }
  return 0;
}
