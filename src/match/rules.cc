#include "match/rules.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "text/text.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace casus {
namespace {

bool ParseKind(std::string_view k, RuleKind* out) {
  if (k == "words")
    *out = RuleKind::kWords;
  else if (k == "roles")
    *out = RuleKind::kRoles;
  else if (k == "cameo")
    *out = RuleKind::kCameo;
  else if (k == "cameo-map")
    *out = RuleKind::kCameoMap;
  else if (k == "values")
    *out = RuleKind::kValues;
  else
    return false;
  return true;
}

const char* KindName(RuleKind k) {
  switch (k) {
    case RuleKind::kWords:
      return "words";
    case RuleKind::kRoles:
      return "roles";
    case RuleKind::kCameo:
      return "cameo";
    case RuleKind::kCameoMap:
      return "cameo-map";
    case RuleKind::kValues:
      return "values";
  }
  return "?";
}

}  // namespace

std::string DataError(const std::string& file, uint32_t line, const std::string& what) {
  return file + ":" + std::to_string(line) + ": " + what;
}

Status CheckDataLine(std::string_view line, const std::string& path, uint32_t n) {
  size_t nul = line.find('\0');
  if (nul != std::string_view::npos)
    return Status::Error(DataError(path, n, "NUL byte at column " + std::to_string(nul + 1)));
  size_t bad = FindInvalidUtf8(line);
  if (bad != std::string_view::npos)
    return Status::Error(DataError(path, n, "invalid UTF-8 at byte " + std::to_string(bad + 1)));
  return Status::Ok();
}

Status ForEachDataLine(const std::string& path, const std::string& unreadable,
                       const std::function<Status(std::string_view, uint32_t)>& fn) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read" + unreadable);
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    Status s = CheckDataLine(line, path, ++n);
    if (!s.ok()) return s;
    std::string_view l = Trim(StripComment(line));
    if (l.empty()) continue;
    s = fn(l, n);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status Rules::Load(const std::string& dir, Lexicon* lex,
                   const std::unordered_map<std::string, CameoCode>& cameo,
                   const std::unordered_set<std::string>& roles) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::Error(StatusCode::kNotFound, dir + ": rules folder missing");
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& path : files) {
    std::ifstream in(path);
    if (!in) return Status::Error(StatusCode::kNotFound, path + ": cannot read");
    std::string raw;
    uint32_t n = 0;
    RuleSection* cur = nullptr;
    while (std::getline(in, raw)) {
      ++n;
      Status ok = CheckDataLine(raw, path, n);
      if (!ok.ok()) return ok;
      std::string_view l = Trim(StripComment(raw));
      if (l.empty()) continue;
      if (l.front() == '[') {
        size_t close = l.find(']');
        RuleKind kind;
        if (close == std::string_view::npos || close < 2 ||
            !ParseKind(Trim(l.substr(close + 1)), &kind))
          return Status::Error(
              DataError(path, n, "expected '[name] words|roles|cameo|cameo-map|values'"));
        std::string name(l.substr(1, close - 1));
        if (by_name_.count(name))
          return Status::Error(DataError(path, n, "section [" + name + "] defined twice"));
        by_name_[name] = sections_.size();
        sections_.push_back({name, path, n, kind, {}, {}, {}});
        cur = &sections_.back();
        continue;
      }
      if (!cur) return Status::Error(DataError(path, n, "items before the first [section]"));
      std::vector<std::string_view> items = Words(l);
      if (cur->kind == RuleKind::kCameoMap) {
        if (items.size() != 2)
          return Status::Error(DataError(path, n, "expected 'FROM TO' (two CAMEO codes)"));
        for (std::string_view c : items)
          if (!cameo.count(std::string(c)))
            return Status::Error(
                DataError(path, n, "CAMEO code " + std::string(c) + " is not in cameo/codes.tsv"));
        cur->items.emplace_back(std::string(items[0]) + " " + std::string(items[1]), n);
        maps_[cur->name].emplace_back(std::string(items[0]), std::string(items[1]));
        continue;
      }
      if (cur->kind == RuleKind::kValues) {
        Status st = AddValue(items, path, n, lex, cur);
        if (!st.ok()) return st;
        continue;
      }
      for (std::string_view it : items) {
        std::string item(it);
        if (cur->kind == RuleKind::kCameo && !cameo.count(item))
          return Status::Error(
              DataError(path, n, "CAMEO code " + item + " is not in cameo/codes.tsv"));
        if (cur->kind == RuleKind::kRoles && !roles.count(item))
          return Status::Error(DataError(
              path, n, "role code " + item + " is not in cameo/roles.tsv or any actor dictionary"));
        if (cur->kind == RuleKind::kWords) {
          if (item != AsciiLower(item))
            return Status::Error(
                DataError(path, n, "'" + item + "': words are written in lowercase"));
          std::replace(item.begin(), item.end(), '_', ' ');
        }
        cur->items.emplace_back(item, n);
        if (cur->kind == RuleKind::kCameo) codes_[cur->name].push_back(item);
        cur->words.items_.push_back(item);
        cur->words.words_.insert(item);
        if (cur->kind == RuleKind::kWords && item.find(' ') == std::string::npos)
          cur->words.ids_.push_back(lex->Intern(item));
      }
    }
  }
  for (RuleSection& s : sections_) {
    std::sort(s.words.ids_.begin(), s.words.ids_.end());
    std::sort(s.values.ids_.begin(), s.values.ids_.end());
    if (s.items.empty())
      return Status::Error(DataError(s.file, s.line, "section [" + s.name + "] is empty"));
  }
  return Status::Ok();
}

// One line of a `values` section: "word number".
Status Rules::AddValue(const std::vector<std::string_view>& items, const std::string& path,
                       uint32_t n, Lexicon* lex, RuleSection* cur) {
  if (items.size() != 2)
    return Status::Error(DataError(path, n, "expected 'word number' (one pair per line)"));
  std::string word(items[0]), num(items[1]);
  if (word != AsciiLower(word) || word.find('_') != std::string::npos)
    return Status::Error(
        DataError(path, n, "'" + word + "': a value's word is one lowercase word"));
  char* end = nullptr;
  double v = std::strtod(num.c_str(), &end);
  if (num.empty() || end != num.c_str() + num.size() || !std::isfinite(v))
    return Status::Error(DataError(path, n, "'" + num + "' is not a number"));
  int32_t id = lex->Intern(word);
  for (const auto& [other, _] : cur->values.ids_)
    if (other == id)
      return Status::Error(
          DataError(path, n, "'" + word + "' has a value already in [" + cur->name + "]"));
  cur->items.emplace_back(word + " " + num, n);
  cur->values.items_.push_back({word, v, n});
  cur->values.ids_.emplace_back(id, v);
  return Status::Ok();
}

Status Rules::RequireValues(std::string_view name, const ValueTable** out) const {
  const RuleSection* s;
  Status st = Require(name, RuleKind::kValues, &s);
  if (st.ok()) *out = &s->values;
  return st;
}

const RuleSection* Rules::Find(std::string_view name) const {
  auto it = by_name_.find(std::string(name));
  return it == by_name_.end() ? nullptr : &sections_[it->second];
}

Status Rules::Require(std::string_view name, RuleKind kind, const RuleSection** out) const {
  const RuleSection* s = Find(name);
  if (!s)
    return Status::Error("data/rules: no section [" + std::string(name) + "] (a rule needs it)");
  bool ok = s->kind == kind || (kind == RuleKind::kWords && s->kind == RuleKind::kRoles);
  if (!ok)
    return Status::Error(
        DataError(s->file, s->line, "section [" + s->name + "] must be of kind " + KindName(kind)));
  *out = s;
  return Status::Ok();
}

Status Rules::RequireWords(std::string_view name, const WordSet** out) const {
  const RuleSection* s = Find(name);
  RuleKind k = s && s->kind == RuleKind::kRoles ? RuleKind::kRoles : RuleKind::kWords;
  Status st = Require(name, k, &s);
  if (st.ok()) *out = &s->words;
  return st;
}

Status Rules::RequireCode(std::string_view name,
                          const std::unordered_map<std::string, CameoCode>& cameo,
                          const CameoCode** out) const {
  const RuleSection* s;
  Status st = Require(name, RuleKind::kCameo, &s);
  if (!st.ok()) return st;
  if (s->items.size() != 1)
    return Status::Error(
        DataError(s->file, s->line, "section [" + s->name + "] must name one code"));
  auto it = cameo.find(s->items[0].first);
  if (it == cameo.end())
    return Status::Error(
        DataError(s->file, s->items[0].second,
                  "CAMEO code " + s->items[0].first + " is not in cameo/codes.tsv"));
  *out = &it->second;
  return Status::Ok();
}

Status Rules::RequireCodes(std::string_view name, const std::vector<std::string>** out) const {
  const RuleSection* s;
  Status st = Require(name, RuleKind::kCameo, &s);
  if (st.ok()) *out = &codes_.at(s->name);
  return st;
}

Status Rules::RequireMap(std::string_view name,
                         const std::vector<std::pair<std::string, std::string>>** out) const {
  const RuleSection* s;
  Status st = Require(name, RuleKind::kCameoMap, &s);
  if (st.ok()) *out = &maps_.at(s->name);
  return st;
}

}  // namespace casus
