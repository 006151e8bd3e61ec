// Build-time tool: compiles the en-lexicon POS lexicon (npm, MIT) and WordNet
// (Debian wordnet-base) into one TSV that casus loads at start-up:
//   word <TAB> penn-tags(|-separated, most frequent first) <TAB> verb-lemma <TAB> noun-lemma
// Lemmas come from WordNet's morphy rules: exception lists first, then suffix
// rules checked against WordNet's base forms.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

struct WordNet {
  std::unordered_set<std::string> base[2];  // 0 verb, 1 noun
  std::unordered_map<std::string, std::string> exc[2];
};

bool LoadIndex(const std::string& path, std::unordered_set<std::string>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
    auto sp = line.find(' ');
    std::string w = line.substr(0, sp);
    if (w.find('_') != std::string::npos) continue;
    out->insert(w);
  }
  return true;
}

bool LoadExc(const std::string& path, std::unordered_map<std::string, std::string>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    std::string form, lemma;
    if (ss >> form >> lemma && form.find('_') == std::string::npos) out->emplace(form, lemma);
  }
  return true;
}

bool EndsWith(const std::string& s, const std::string& suf) {
  return s.size() > suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// WordNet's morphy for one part of speech; "" when nothing is found.
// `plural`: the word is tagged as a plural noun, so a singular base form
// ("operations" -> "operation") wins over WordNet's plural-only entry.
std::string Morphy(const WordNet& wn, int pos, const std::string& w, bool plural = false) {
  auto e = wn.exc[pos].find(w);
  if (e != wn.exc[pos].end()) return e->second;
  if (wn.base[pos].count(w) && !plural) return w;
  static const std::vector<std::pair<std::string, std::string>> verb = {
      {"ies", "y"}, {"es", "e"}, {"es", ""},   {"s", ""},
      {"ed", "e"},  {"ed", ""},  {"ing", "e"}, {"ing", ""}};
  static const std::vector<std::pair<std::string, std::string>> noun = {
      {"ses", "s"},   {"xes", "x"},   {"zes", "z"}, {"ches", "ch"},
      {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""}};
  for (const auto& [suf, rep] : pos == 0 ? verb : noun) {
    if (!EndsWith(w, suf)) continue;
    std::string cand = w.substr(0, w.size() - suf.size()) + rep;
    if (wn.base[pos].count(cand)) return cand;
  }
  if (wn.base[pos].count(w)) return w;
  return "";
}

std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      out += s[++i];
      continue;
    }
    out += s[i];
  }
  return out;
}

// Parses one `"key": "value",` line of lexicon.js.
bool ParseEntry(const std::string& line, std::string* key, std::string* val) {
  size_t a = line.find('"');
  if (a == std::string::npos) return false;
  size_t b = a + 1;
  while (b < line.size() && !(line[b] == '"' && line[b - 1] != '\\')) ++b;
  if (b >= line.size()) return false;
  size_t c = line.find('"', b + 1);
  if (c == std::string::npos || line.find(':', b) > c) return false;
  size_t d = c + 1;
  while (d < line.size() && !(line[d] == '"' && line[d - 1] != '\\')) ++d;
  if (d >= line.size()) return false;
  *key = Unescape(line.substr(a + 1, b - a - 1));
  *val = line.substr(c + 1, d - c - 1);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: casus-lexgen LEXICON_JS WORDNET_DICT_DIR OUT_TSV\n";
    return 2;
  }
  std::string wdir = argv[2];
  WordNet wn;
  const char* files[2] = {"verb", "noun"};
  for (int p = 0; p < 2; ++p) {
    if (!LoadIndex(wdir + "/index." + files[p], &wn.base[p]) ||
        !LoadExc(wdir + "/" + files[p] + ".exc", &wn.exc[p])) {
      std::cerr << wdir << ": cannot read WordNet " << files[p]
                << " files (is wordnet-base installed?)\n";
      return 1;
    }
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << argv[1] << ": cannot read en-lexicon (run npm ci)\n";
    return 1;
  }
  std::map<std::string, std::string> tags;  // sorted output keeps the file diffable
  std::string line, key, val;
  size_t n = 0;
  while (std::getline(in, line)) {
    if (!ParseEntry(line, &key, &val)) continue;
    if (key.empty() || key.find('\t') != std::string::npos || key.find(' ') != std::string::npos)
      continue;
    tags[key] = val;
    ++n;
  }
  if (n < 50000) {
    std::cerr << argv[1] << ": only " << n << " entries parsed; format changed?\n";
    return 1;
  }
  // WordNet words the tagged lexicon lacks (British spellings such as
  // "programme", rarer verbs) still get their parts of speech; a word that is
  // both is listed noun first, the likelier reading in news.
  std::set<std::string> wn_only;
  for (int p = 1; p >= 0; --p)
    for (const auto& w : wn.base[p]) {
      if (tags.count(w) && !wn_only.count(w)) continue;
      std::string t = p == 0 ? "VB" : "NN";
      // "WN" marks words only WordNet knows: many are lowercased proper
      // names ("benghazi"), which must not count as common words.
      tags[w] = wn_only.count(w) ? tags[w] + "|" + t : t + "|WN";
      wn_only.insert(w);
    }
  // en-lexicon is American: a British spelling it knows only as a verb
  // ("its nuclear programme", "rumour", "harbour") takes the noun reading
  // first when WordNet has the noun and the American spelling is mostly one.
  static constexpr std::pair<const char*, const char*> kBritish[] = {
      {"mme", "m"}, {"our", "or"}, {"re", "er"}, {"ould", "old"}, {"ough", "ow"}};
  for (auto& [w, t] : tags) {
    if (t.find("NN") != std::string::npos || !wn.base[1].count(w)) continue;
    for (auto [gb, us] : kBritish) {
      size_t k = std::string_view(gb).size();
      if (w.size() <= k + 2 || w.compare(w.size() - k, k, gb) != 0) continue;
      auto it = tags.find(w.substr(0, w.size() - k) + us);
      if (it != tags.end() && it->second.rfind("NN", 0) == 0) t = "NN|" + t;
      break;
    }
  }
  for (int p = 0; p < 2; ++p)
    for (const auto& [form, lemma] : wn.exc[p])
      if (!tags.count(form)) tags[form] = p == 0 ? "VBD|VBN" : "NNS";

  std::ofstream out(argv[3]);
  for (const auto& [w, t] : tags) {
    std::string lower;
    for (char c : w) lower += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    bool verbish = t.find("VB") != std::string::npos;
    bool nounish = t.find("NN") != std::string::npos;
    std::string vl = verbish ? Morphy(wn, 0, lower) : "";
    bool plural = t.find("NNS") != std::string::npos && t.rfind("NN|", 0) != 0 && t != "NN";
    std::string nl = nounish ? Morphy(wn, 1, lower, plural) : "";
    out << w << '\t' << t << '\t' << (vl.empty() ? "-" : vl) << '\t' << (nl.empty() ? "-" : nl)
        << '\n';
  }
  if (!out) {
    std::cerr << argv[3] << ": write failed\n";
    return 1;
  }
  return 0;
}
