// Shared fixtures: the dictionaries load once per test binary.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "casus/coder.h"
#include "internal.h"
#include "match/dictionaries.h"

namespace casus::testing {

inline std::shared_ptr<const Dictionaries> Dicts() {
  static std::shared_ptr<const Dictionaries> d = [] {
    std::shared_ptr<const Dictionaries> out;
    Status s =
        Dictionaries::Load(Dictionaries::DefaultDataDir(), Dictionaries::DefaultLexicon(), &out);
    if (!s.ok()) {
      ADD_FAILURE() << s.message();
      std::abort();
    }
    return out;
  }();
  return d;
}

inline const Coder& TheCoder() {
  static Coder c(Dicts());
  return c;
}

inline std::vector<Event> CodeText(const std::string& text,
                                   const std::string& date = "2024-03-05") {
  Article a;
  a.id = "t";
  a.date = date;
  a.text = text;
  return TheCoder().Code(a).events;
}

// "SRC>TGT:ROOT" summaries, actor keys as countries / IGO codes / roles.
inline std::string Brief(const Event& e) {
  auto key = [](const std::optional<Actor>& a) -> std::string {
    if (!a) return "-";
    return a->country.empty() ? a->code : a->country;
  };
  return key(e.source) + ">" + key(e.target) + ":" + e.root;
}

inline std::vector<std::string> Briefs(const std::string& text,
                                       const std::string& date = "2024-03-05") {
  std::vector<std::string> out;
  for (const Event& e : CodeText(text, date)) out.push_back(Brief(e));
  return out;
}

// "SRC>TGT:CODE:modality[:neg]" with country keys, sorted, for exact
// comparisons of a sentence's events.
inline std::vector<std::string> Coded(const std::string& text,
                                      const std::string& date = "2024-03-05") {
  std::vector<std::string> out;
  for (const Event& e : CodeText(text, date)) {
    auto key = [](const std::optional<Actor>& a) -> std::string {
      if (!a) return "-";
      return a->country.empty() ? a->code : a->country;
    };
    out.push_back(key(e.source) + ">" + key(e.target) + ":" + e.cameo + ":" + e.modality +
                  (e.negated ? ":neg" : ""));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// "SRC>TGT:CAMEO" (actor codes, "-" for none), in coding order, of `text`
// coded with dictionaries `d` under policy `p` (an imported set's options).
inline std::vector<std::string> CodedUnder(const Dictionaries& d, const EventPolicy& p,
                                           const std::string& text,
                                           const std::string& date = "2020-01-01") {
  Article a;
  a.id = "t";
  a.date = date;
  a.text = text;
  ScratchPtr scratch = MakeScratch();
  CodedArticle out;
  CodeWithPolicy(d, p, a, scratch.get(), &out);
  std::vector<std::string> got;
  for (const Event& e : out.events)
    got.push_back((e.source ? e.source->code : "-") + ">" + (e.target ? e.target->code : "-") +
                  ":" + e.cameo);
  return got;
}

}  // namespace casus::testing
