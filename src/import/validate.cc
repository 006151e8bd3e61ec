// `casus validate FILE`: the validation suites PETRARCH and TABARI were judged
// by, run with casus and the suite's own dictionaries.
//
// (a) PETRARCH validation XML: <Environment> names the dictionaries (relative
//     to the dictionaries folder beside the validation folder, or to the XML),
//     each <Sentence> carries <EventCoding sourcecode targetcode eventcode>,
//     <EventCoding noevents> or <EventCoding error>; casus reads <Text> itself
//     and ignores <Parse>.
// (b) TABARI .project: its <textfile> records ("YYMMDD  ID", text, then a
//     /* ... */ block with "{ SRC / TGT / CODE }" lines) are coded with the
//     project's dictionaries.
// TABARI's records also switch its options ("\n{ OPTION: SET: CODE ALL }"):
// they apply from the next record on, over the project's .options, and the
// record carrying them is not checked (it passes), as in TABARI; under
// FORWARD a story's consecutive records are coded as one article.
// A record passes when casus codes exactly the expected (source, target,
// code) set, an agent without a country ("~MOS", "---GOV") compared as
// casus writes it ("MOS", "GOV"); discards (PETRARCH's, TABARI's [###]) are
// applied before coding. TABARI coded no
// event without a target, so on its suites casus's untargeted events are
// left out of the comparison.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "casus/coder.h"
#include "events/policy.h"
#include "import/import.h"
#include "internal.h"
#include "util/dates.h"
#include "util/strings.h"

namespace casus {
namespace fs = std::filesystem;

namespace {

struct Case {
  std::string id, category, date, text;
  std::multiset<std::string> expected;  // "SRC/TGT/CODE"
  bool error = false;                   // an expected-error record
  // TABARI: "\n{ OPTION: SET: CODE ALL }" lines of the comment, in order,
  // and the header after the date ("  FRWD-001-002"), for FORWARD.
  std::vector<std::string> options;
  std::string idinfo;
  // PETRARCH: the <Config option="require_dyad" value="false"> lines before
  // the record (option, value), in force from it on.
  std::vector<std::pair<std::string, std::string>> config;
};

std::string Attr(std::string_view tag, std::string_view name) {
  size_t p = tag.find(std::string(name) + "=");
  if (p == std::string_view::npos) return "";
  p = tag.find_first_of("\"'", p);
  if (p == std::string_view::npos) return "";
  size_t q = tag.find(tag[p], p + 1);
  return std::string(tag.substr(p + 1, q - p - 1));
}

std::string Between(std::string_view s, std::string_view open, std::string_view close) {
  size_t a = s.find(open);
  if (a == std::string_view::npos) return "";
  a += open.size();
  size_t b = s.find(close, a);
  return std::string(Trim(s.substr(a, b == std::string_view::npos ? s.npos : b - a)));
}

std::string Ymd(const std::string& d) {  // 19950101 or 950101 -> 1995-01-01
  int32_t v = import_detail::ParseDictDate(d);
  return v < 0 ? "2000-01-01" : import_detail::YmdText(v);
}

std::string Flat(std::string_view s) {
  std::string out;
  for (std::string_view w : Words(s)) out += (out.empty() ? "" : " ") + std::string(w);
  return out;
}

// An actor code as both coders write it: an agent with no country is
// "~MOS" in TABARI's records and "---GOV" in PETRARCH's, casus's "MOS" and
// "GOV"; "---" alone is no actor.
std::string Party(std::string_view code) {
  if (code.size() > 3 && StartsWith(code, "---")) code.remove_prefix(3);
  if (code.size() > 1 && code[0] == '~') code.remove_prefix(1);
  return std::string(code);
}

std::string Coding(std::string_view src, std::string_view tgt, std::string_view code) {
  return Party(src) + "/" + Party(tgt) + "/" + std::string(code);
}

Status ReadPetrarchXml(const std::string& path, const std::string& text, std::string* manifest,
                       std::vector<Case>* cases) {
  std::string env = Between(text, "<Environment>", "</Environment>");
  // Absolute: the manifest written from this is read from the temp folder.
  fs::path dir = fs::absolute(path).parent_path();
  fs::path dicts = dir.parent_path() / "dictionaries";
  auto where = [&](const std::string& f) {
    if (fs::exists(dir / f)) return (dir / f).string();
    return (dicts / f).string();
  };
  const std::pair<const char*, const char*> kTags[] = {{"Verbfile", "petrarch-verbs"},
                                                       {"Actorfile", "petrarch-actors"},
                                                       {"Agentfile", "petrarch-agents"},
                                                       {"Discardfile", "petrarch-discards"},
                                                       {"Issuefile", "petrarch-issues"}};
  for (auto [tag, fmt] : kTags) {
    std::string f = Between(env, std::string("<") + tag + ">", std::string("</") + tag + ">");
    for (std::string_view one : Split(f, ','))
      if (!one.empty()) *manifest += std::string(fmt) + " " + where(std::string(one)) + "\n";
  }
  size_t p = 0, last_end = 0;
  while ((p = text.find("<Sentence ", p)) != std::string::npos) {
    size_t end = text.find("</Sentence>", p);
    std::string_view rec(text.data() + p, (end == std::string::npos ? text.size() : end) - p);
    Case c;
    // The <Config> lines since the record before: PETRARCH applies each as
    // it reads it, for the records after it.
    const size_t from = cases->empty() ? 0 : last_end;
    for (size_t k = text.find("<Config", from); k < p; k = text.find("<Config", k + 7)) {
      std::string_view tag(text.data() + k, text.find('>', k) - k);
      // "<Config> tag" in a comment is no option.
      if (std::string option = Attr(tag, "option"); !option.empty())
        c.config.emplace_back(option, Attr(tag, "value"));
    }
    p = end == std::string::npos ? text.size() : end;
    last_end = p;
    std::string_view head = rec.substr(0, rec.find('>'));
    c.id = Attr(head, "id");
    c.category = Attr(head, "category");
    c.date = Ymd(Attr(head, "date"));
    c.text = Flat(Between(rec, "<Text>", "</Text>"));
    size_t q = 0;
    while ((q = rec.find("<EventCoding", q)) != std::string_view::npos) {
      std::string_view tag = rec.substr(q, rec.find('>', q) - q);
      q += 12;
      if (tag.find("error=") != std::string_view::npos) c.error = true;
      std::string code = Attr(tag, "eventcode");
      if (code.empty()) continue;
      c.expected.insert(Coding(Attr(tag, "sourcecode"), Attr(tag, "targetcode"), code));
    }
    cases->push_back(std::move(c));
  }
  return Status::Ok();
}

Status ReadTabariText(const std::string& path, std::vector<Case>* cases) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(StatusCode::kNotFound, path + ": cannot read");
  std::string line;
  Case* cur = nullptr;
  bool comment = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view t = Trim(line);
    auto w = Words(t);
    if (!comment && w.size() == 2 && w[0].size() == 6 &&
        std::all_of(w[0].begin(), w[0].end(), ::isdigit) && line[0] != ' ') {
      cases->push_back({});
      cur = &cases->back();
      cur->id = std::string(w[1]);
      cur->category = cur->id.substr(0, cur->id.find('-'));
      cur->date = Ymd(std::string(w[0]));
      cur->idinfo = line.substr(6);
      continue;
    }
    if (!cur) continue;
    if (size_t open = t.find("/*"); !comment && open != std::string_view::npos) {
      // "... on elections./*": the text's last words share the line.
      if (open > 0) cur->text += (cur->text.empty() ? "" : " ") + Flat(t.substr(0, open));
      comment = true;
    }
    if (comment && t.empty()) {
      // A blank line ends a record, as in TABARI, even one whose comment is
      // never closed ("\n{ GON / BRE / 064 }" and no "*/": DEFAULT-06b).
      comment = false;
      cur = nullptr;
      continue;
    }
    if (comment) {
      // "\n{ OPTION: SET: MINIMUM WORDS = 4  */": a command, to '}' or the comment's end.
      if (size_t op = t.find("OPTION:"); op != std::string_view::npos) {
        std::string_view cmd = t.substr(op + 7);
        cmd = cmd.substr(0, std::min(cmd.find('}'), cmd.find("*/")));
        cur->options.emplace_back(Trim(cmd));
      }
      // "\n{ ARN / GON / 064 }": an expected event; "-{...}" is switched off.
      size_t ob = t.find('{');
      if (ob != std::string_view::npos && !(ob > 0 && t[ob - 1] == '-')) {
        std::string_view in_b = t.substr(ob + 1, t.find('}', ob) - ob - 1);
        auto parts = Split(in_b, '/');
        if (parts.size() == 3)
          cur->expected.insert(Coding(Trim(parts[0]), Trim(parts[1]), Trim(parts[2])));
      }
      if (t.find("*/") != std::string_view::npos) {
        comment = false;
        cur = nullptr;
      }
      continue;
    }
    if (StartsWith(t, "#")) continue;
    cur->text += (cur->text.empty() ? "" : " ") + Flat(t);
  }
  return Status::Ok();
}

// Whether a discard phrase (in force on `date`) occurs as whole words.
bool Discarded(const std::string& text, const std::string& date, const ImportExtras& ex) {
  std::string low = " ";
  for (char c : AsciiLower(text)) low += std::isalnum(static_cast<unsigned char>(c)) ? c : ' ';
  low = " " + Flat(low) + " ";
  int32_t day = ParseYmd(date);
  for (const auto& d : ex.discards)
    if ((day < 0 || (day >= d.from && day <= d.to)) &&
        low.find(" " + d.phrase + " ") != std::string::npos)
      return true;
  return false;
}

// The story and sentence numbers of a record under FORWARD's layout ("^"
// the blanks after the date, "N" the story's characters, "S" the sentence
// number's, "*" others): false when the header does not fit it.
bool StoryOf(const std::string& layout, const std::string& idinfo, std::string* story, int* seq) {
  story->clear();
  std::string sn;
  for (size_t i = 0; i < layout.size(); ++i) {
    if (i >= idinfo.size()) return false;
    if (layout[i] == 'N') *story += idinfo[i];
    if (layout[i] == 'S') sn += idinfo[i];
  }
  if (sn.empty() || !std::all_of(sn.begin(), sn.end(), ::isdigit) || sn.size() > 6) return false;
  *seq = std::stoi(sn);
  return true;
}

// Codes a suite's records in order under the options in force: a TABARI
// record's "OPTION:" commands change them for the records after it (TABARI
// applies them once it has coded the record), from the set's .options on.
class SuiteCoder {
 public:
  SuiteCoder(std::shared_ptr<const Dictionaries> d, const ImportExtras& ex, bool need_target)
      : d_(std::move(d)), ex_(ex), need_target_(need_target), policy_(d_->events()) {
    // A PETRARCH suite is coded as the PETRARCH program codes it.
    policy_.petrarch.program = policy_.petrarch.on;
  }

  // The (source, target, code) set casus codes for `c`.
  std::set<std::string> Code(const Case& c) {
    std::set<std::string> got;
    // FORWARD: a story's consecutive records are one article's sentences,
    // so that "He has also asked Gondor ..." reads "He" as the record
    // before it does; only this record's sentences are compared.
    std::string story;
    int seq = 0;
    bool chained = !policy_.tabari.forward.empty() &&
                   StoryOf(policy_.tabari.forward, c.idinfo, &story, &seq) && story == story_ &&
                   seq == seq_ + 1 && !chain_.empty();
    std::string prefix = chained ? chain_ : "";
    chain_ = (chained ? chain_ + "\n" : "") + c.text;
    story_ = policy_.tabari.forward.empty() ? "" : story;
    seq_ = seq;
    if (Discarded(c.text, c.date, ex_)) return got;
    size_t first_sentence = 0;
    if (!prefix.empty()) first_sentence = Run(c, prefix).sentences.size();
    for (const Event& e : Run(c, chained ? chain_ : c.text).events)
      if ((e.target || !need_target_) && size_t(e.sentence_index) >= first_sentence)
        got.insert(
            Coding(e.source ? e.source->code : "---", e.target ? e.target->code : "---", e.cameo));
    return got;
  }
  // A TABARI record's "OPTION:" commands; what casus does not implement is
  // counted. From then on TABARI's options, defaults included, are in force.
  void Apply(const std::vector<std::string>& commands) {
    policy_.tabari.on = true;
    for (const std::string& cmd : commands) {
      std::string what;
      if (!ApplyTabariOption(cmd, &policy_.tabari, &what)) ++ignored_[what];
    }
  }
  // A PETRARCH record's <Config> lines: require_dyad, new_actor_length and
  // the comma_* limits change the coding from this record on; what casus
  // does not implement (stop_on_error) is counted.
  void Configure(const std::vector<std::pair<std::string, std::string>>& config) {
    PetrarchOptions& o = policy_.petrarch;
    for (const auto& [option, value] : config) {
      const std::string v = AsciiLower(Trim(value));
      int* limit = option == "comma_min"          ? &o.commas.min
                   : option == "comma_max"        ? &o.commas.max
                   : option == "comma_bmin"       ? &o.commas.bmin
                   : option == "comma_bmax"       ? &o.commas.bmax
                   : option == "comma_emin"       ? &o.commas.emin
                   : option == "comma_emax"       ? &o.commas.emax
                   : option == "new_actor_length" ? &o.new_actor_length
                                                  : nullptr;
      if (option == "require_dyad" && (v == "true" || v == "false"))
        o.require_dyad = v == "true";
      else if (limit && !v.empty() && std::all_of(v.begin(), v.end(), ::isdigit))
        *limit = std::stoi(v);
      else
        ++ignored_["<Config> " + option + ": ignored"];
    }
  }
  std::string Trace(const Case& c) const {
    return DescribeSentenceWith(*d_, policy_, c.text, c.date);
  }
  const std::map<std::string, long>& ignored() const { return ignored_; }

 private:
  const CodedArticle& Run(const Case& c, const std::string& text) {
    Article a;
    a.id = c.id;
    a.date = c.date;
    a.text = text;
    CodeWithPolicy(*d_, policy_, a, scratch_.get(), &coded_);
    return coded_;
  }

  std::shared_ptr<const Dictionaries> d_;
  const ImportExtras& ex_;
  bool need_target_;
  EventPolicy policy_;
  ScratchPtr scratch_ = MakeScratch();
  CodedArticle coded_;
  std::map<std::string, long> ignored_;  // option commands casus does not implement
  std::string chain_, story_;            // FORWARD: the story's records so far
  int seq_ = -1;
};

// Reads a suite: its records, and the dictionaries it names into *opt
// (*tmp: a manifest written for them, removed by the caller).
Status ReadSuite(const std::string& file, std::vector<Case>* cases, LoadOptions* opt,
                 std::string* tmp, bool* tabari) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::Error(StatusCode::kNotFound, file + ": cannot read");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  *tabari = false;
  if (text.find("<Validation>") != std::string::npos ||
      text.find("<Sentence ") != std::string::npos) {
    std::string manifest;
    Status s = ReadPetrarchXml(file, text, &manifest, cases);
    if (!s.ok()) return s;
    *tmp = (fs::temp_directory_path() / ("casus-validate-" + std::to_string(::getpid()) + ".set"))
               .string();
    std::ofstream(*tmp) << manifest;
    opt->dict_set = *tmp;
    return Status::Ok();
  }
  DictSet set;
  Status s = ReadDictSet(file, &set);
  if (!s.ok()) return s;
  opt->dict_set = file;
  *tabari = true;
  std::string textfile;
  for (std::string_view l : Split(text, '\n'))
    if (StartsWith(AsciiLower(Trim(l)), "<textfile>")) {
      auto w = Words(Trim(l).substr(10));
      if (!w.empty()) textfile = std::string(w[0]);
    }
  if (textfile.empty()) return Status::Error(file + ": no <textfile> line");
  return ReadTabariText((fs::path(file).parent_path() / textfile).string(), cases);
}

}  // namespace

Status RunValidation(const std::string& file, const LoadOptions& base,
                     std::vector<std::string>* out, int* passed, int* failed) {
  std::vector<Case> cases;
  LoadOptions opt = base;
  std::string tmp;
  // TABARI codes an event only with both parties (its records always have a
  // target): casus's events without one are not compared on its suites.
  bool need_target = false;
  Status s = ReadSuite(file, &cases, &opt, &tmp, &need_target);
  ImportStats stats;
  ImportExtras extras;
  std::shared_ptr<const Dictionaries> dicts;
  if (s.ok()) s = LoadImported(opt, &dicts, &stats, &extras, /*suite_codes=*/true);
  if (!tmp.empty()) fs::remove(tmp);
  if (!s.ok()) return s;
  for (const std::string& l : ImportReport(stats)) out->push_back(l);
  SuiteCoder coder(dicts, extras, need_target);
  std::map<std::string, std::pair<int, int>> per;  // category -> passed, failed
  int err_ok = 0, err_n = 0, option_records = 0;
  const char* tv = std::getenv("CASUS_VALIDATE_TRACE");
  bool trace_failures = tv && *tv && *tv != '0';
  *passed = *failed = 0;
  for (const Case& c : cases) {
    coder.Configure(c.config);
    std::set<std::string> g = coder.Code(c);
    if (c.error) {  // the coder is expected to refuse: casus passes by coding nothing
      ++err_n;
      err_ok += g.empty();
      continue;
    }
    // A record that switches options is a command, not a test: TABARI
    // checks nothing else of it, and it is left out of the totals.
    if (!c.options.empty()) {
      coder.Apply(c.options);
      ++option_records;
      continue;
    }
    // Duplicates of one event count once, as in both coders' output.
    std::set<std::string> x(c.expected.begin(), c.expected.end());
    bool ok = g == x;
    (ok ? per[c.category].first : per[c.category].second)++;
    (ok ? *passed : *failed)++;
    if (!ok) {
      std::string e, gs;
      for (const auto& v : x) e += (e.empty() ? "" : " ") + v;
      for (const auto& v : g) gs += (gs.empty() ? "" : " ") + v;
      out->push_back("FAIL " + c.id + " [" + c.category + "]: expected {" +
                     (e.empty() ? "no events" : e) + "} got {" + (gs.empty() ? "no events" : gs) +
                     "}");
      // CASUS_VALIDATE_TRACE=1: casus parse's account of each failed record.
      if (trace_failures) {
        const std::string trace = coder.Trace(c);
        for (std::string_view l : Split(trace, '\n')) out->push_back("  | " + std::string(l));
      }
    }
  }
  for (const auto& [cat, pf] : per)
    out->push_back("category " + cat + ": " + std::to_string(pf.first) + " passed, " +
                   std::to_string(pf.second) + " failed");
  if (err_n)
    out->push_back("expected-error records: " + std::to_string(err_ok) + " of " +
                   std::to_string(err_n) + " coded nothing (not in the totals)");
  if (option_records)
    out->push_back("option records: " + std::to_string(option_records) +
                   " (their OPTION: commands applied to the records after them; not in the "
                   "totals)");
  for (const auto& [why, n] : coder.ignored())
    out->push_back("record option not expressible in casus: " + std::to_string(n) + " x " + why);
  int n = *passed + *failed;
  char pct[32];
  std::snprintf(pct, sizeof pct, "%.1f", n ? 100.0 * *passed / n : 0.0);
  out->push_back(std::to_string(*passed) + " passed, " + std::to_string(*failed) + " failed (" +
                 pct + "% pass)");
  return Status::Ok();
}

}  // namespace casus
