// Scores coded events against gold records at (source, target, CAMEO root).
#include "casus/eval.h"

#include <simdjson.h>

#include <fstream>
#include <map>

namespace casus {

std::string ActorKey(const Actor& a) {
  if (!a.country.empty()) return a.country;
  // The UN's agencies and councils count as the UN.
  if (a.code.rfind("IGOUNO", 0) == 0) return "IGOUNO";
  // Transnational armed groups (CAMEO IMG codes) are keyed as one class.
  if (a.code.rfind("IMG", 0) == 0 || a.code.rfind("NSA", 0) == 0) return "NSA";
  // Non-governmental organisations likewise (gold writers key them "NGO").
  if (a.code.rfind("NGO", 0) == 0) return "NGO";
  return a.code.empty() ? a.role : a.code;
}

Status Evaluate(const std::string& gold_path, const Coder& coder, EvalResult* r) {
  std::ifstream in(gold_path);
  if (!in) return Status::Error(StatusCode::kNotFound, gold_path + ": cannot read");
  simdjson::dom::parser parser;
  std::string line;
  long n = 0;
  ScratchPtr scratch = MakeScratch();
  CodedArticle coded;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::padded_string p(line);
    simdjson::dom::element doc;
    if (parser.parse(p).get(doc))
      return Status::Error(gold_path + ":" + std::to_string(n) + ": not JSON");
    Article a;
    std::string_view sv;
    if (doc["text"].get_string().get(sv))
      return Status::Error(gold_path + ":" + std::to_string(n) + ": no text");
    a.text = std::string(sv);
    if (!doc["id"].get_string().get(sv)) a.id = std::string(sv);
    if (!doc["date"].get_string().get(sv)) a.date = std::string(sv);
    struct Key {
      std::string s, t, root;
      bool operator<(const Key& o) const {
        return std::tie(s, t, root) < std::tie(o.s, o.t, o.root);
      }
    };
    struct Flags {
      bool negated;
      std::string modality;
    };
    std::multimap<Key, Flags> gold;
    simdjson::dom::array evs;
    simdjson::dom::element events;
    // A gold event that cannot match ("root": 19, a number) would only lower
    // recall without a word: it is an error, like a line that is not JSON.
    if (!doc["events"].get(events) && !events.is_null() && events.get_array().get(evs))
      return Status::Error(gold_path + ":" + std::to_string(n) + ": 'events' is not an array");
    if (!doc["events"].get_array().get(evs)) {
      int k_ev = 0;
      auto missing = [&](const char* field) {
        return Status::Error(gold_path + ":" + std::to_string(n) + ": event " +
                             std::to_string(k_ev) + " has no \"" + field + "\" string");
      };
      for (simdjson::dom::element ev : evs) {
        ++k_ev;
        Key k;
        if (ev["source"].get_string().get(sv)) return missing("source");
        k.s = std::string(sv);
        if (!ev["target"].get_string().get(sv)) k.t = std::string(sv);
        if (ev["root"].get_string().get(sv)) return missing("root");
        k.root = std::string(sv);
        // Gold writers differ on a domestic act ("Egyptian students
        // protested in Cairo"): EGY -> EGY or EGY -> none. Both say there
        // is no foreign second party, and are scored as one.
        if (k.t == k.s) k.t.clear();
        Flags f{false, "asserted"};
        bool b;
        if (!ev["negated"].get_bool().get(b)) f.negated = b;
        if (!ev["modality"].get_string().get(sv)) f.modality = std::string(sv);
        gold.emplace(k, f);
      }
    }
    coder.Code(a, scratch.get(), &coded);
    ++r->records;
    r->sentences += int(coded.sentences.size());
    r->gold += int(gold.size());
    r->coded += int(coded.events.size());
    for (const Event& e : coded.events) {
      Key k{e.source ? ActorKey(*e.source) : "", e.target ? ActorKey(*e.target) : "", e.root};
      if (k.t == k.s) k.t.clear();  // as for gold (above)
      auto it = gold.find(k);
      std::string desc = a.id + ": " + k.s + " -> " + (k.t.empty() ? "-" : k.t) + " " + k.root +
                         " (" + e.cameo + " \"" + e.evidence.verb_phrase + "\")";
      if (it == gold.end()) {
        r->false_positives.push_back(desc);
        continue;
      }
      ++r->matched;
      ++r->flags_checked;
      if (it->second.negated == e.negated && it->second.modality == e.modality) ++r->flags_agree;
      gold.erase(it);
    }
    for (const auto& [k, f] : gold)
      r->misses.push_back(a.id + ": " + k.s + " -> " + (k.t.empty() ? "-" : k.t) + " " + k.root +
                          "  | " + a.text.substr(0, 160));
  }
  return Status::Ok();
}

}  // namespace casus
