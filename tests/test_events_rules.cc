// The event coder's pieces with logic of their own: policy resolution (and
// its errors), the clause-boundary predicate, pattern matching without
// stored state, country inheritance, and the trace agreeing with the events.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common.h"
#include "events/coding.h"
#include "events/inherit.h"
#include "events/policy.h"
#include "events/sentence_coder.h"
#include "internal.h"
#include "read_sentence.h"

namespace casus {
namespace {

namespace fs = std::filesystem;
using testing::Dicts;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// First column of a TSV with a header line.
std::vector<std::string> FirstColumn(const fs::path& p) {
  std::vector<std::string> out;
  std::istringstream in(Slurp(p));
  std::string l;
  std::getline(in, l);
  while (std::getline(in, l))
    if (!l.empty()) out.push_back(l.substr(0, l.find('\t')));
  return out;
}

// Loads data/rules/ with `edit` applied to coding.txt, then resolves the
// event policy; returns the first error ("" when all is well).
std::string ResolveWith(const std::function<std::string(std::string)>& edit) {
  fs::path src = fs::path(CASUS_SOURCE_DIR) / "data";
  fs::path dir = fs::temp_directory_path() / ("casus-rules-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(src / "rules")) fs::copy(e.path(), dir);
  std::ofstream(dir / "coding.txt") << edit(Slurp(src / "rules" / "coding.txt"));
  std::unordered_map<std::string, CameoCode> cameo;
  for (const std::string& c : FirstColumn(src / "cameo" / "codes.tsv")) cameo[c].code = c;
  std::unordered_set<std::string> roles;
  for (const std::string& r : FirstColumn(src / "cameo" / "roles.tsv")) roles.insert(r);
  Lexicon lex;
  Rules rules;
  Status s = rules.Load(dir.string(), &lex, cameo, roles);
  EventPolicy p;
  if (s.ok()) s = ResolveEventPolicy(rules, cameo, &lex, &p);
  fs::remove_all(dir);
  return s.ok() ? "" : s.message();
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

TEST(EventPolicy, ResolvesFromTheShippedRules) {
  const EventPolicy& p = Dicts()->events();
  ASSERT_NE(p.riot_code, nullptr);
  EXPECT_EQ(p.riot_code->code, "145");
  EXPECT_EQ(p.armed_band_code->code, "180");
  EXPECT_EQ(p.own_people_role, "CVL");
  ASSERT_NE(p.Intent("0431"), nullptr);
  EXPECT_EQ(p.Intent("0431")->code, "036");
  EXPECT_EQ(p.Intent("0831")->code, "035");
  EXPECT_EQ(p.Intent("190"), nullptr);
  // A list covers its items and what lies under them, nothing else.
  EXPECT_TRUE(p.riot_recoded.Covers("190"));
  EXPECT_TRUE(p.riot_recoded.Covers("1951"));
  EXPECT_TRUE(p.riot_recoded.Covers("180"));
  EXPECT_FALSE(p.riot_recoded.Covers("18"));
  EXPECT_FALSE(p.riot_recoded.Covers("145"));
  EXPECT_TRUE(p.domestic_default.Covers("1722"));
  EXPECT_FALSE(p.domestic_default.Covers("1723"));
  // Word classes are looked up by lexicon id.
  const Lexicon& lex = Dicts()->lexicon();
  EXPECT_TRUE(p.speech_verbs->Has(lex.Find("say")));
  EXPECT_FALSE(p.plain_speech_verbs->Has(lex.Find("accuse")));
  EXPECT_TRUE(p.subordinators->Has(lex.Find("because")));
  EXPECT_TRUE(p.riot_roles->Has(std::string_view("OPP")));
}

TEST(EventPolicy, ShippedRulesResolveInATestCopy) {
  EXPECT_EQ(ResolveWith([](std::string s) { return s; }), "");
}

TEST(EventPolicy, MissingSectionIsNamed) {
  std::string err =
      ResolveWith([](std::string s) { return Replace(s, "[riot-code] cameo\n145\n", ""); });
  EXPECT_NE(err.find("no section [riot-code]"), std::string::npos) << err;
}

TEST(EventPolicy, OneCodeSectionWithTwoCodesFailsWithFileAndLine) {
  std::string err = ResolveWith([](std::string s) {
    return Replace(s, "[riot-code] cameo\n145\n", "[riot-code] cameo\n145 180\n");
  });
  EXPECT_NE(err.find("coding.txt:"), std::string::npos) << err;
  EXPECT_NE(err.find("must name one code"), std::string::npos) << err;
}

TEST(EventPolicy, OneRoleSectionWithTwoRolesFails) {
  std::string err = ResolveWith([](std::string s) {
    return Replace(s, "[own-people-role] roles\nCVL\n", "[own-people-role] roles\nCVL OPP\n");
  });
  EXPECT_NE(err.find("coding.txt:"), std::string::npos) << err;
  EXPECT_NE(err.find("must name one role"), std::string::npos) << err;
}

TEST(EventPolicy, SectionOfTheWrongKindFails) {
  std::string err = ResolveWith([](std::string s) {
    return Replace(s, "[riot-code] cameo\n145\n", "[riot-code] words\nriot\n");
  });
  EXPECT_NE(err.find("[riot-code] must be of kind cameo"), std::string::npos) << err;
}

using testing::Read;

TEST(Clauses, OneBoundaryPredicateWithNamedStops) {
  Read r("After rebels attacked the town, troops who arrived fought; police watched.");
  SentenceCoder sc(*Dicts(), r.s);
  sc.FindVerbGroups();
  int comma = r.Tok(","), semi = r.Tok(";"), who = r.Tok("who"), after = r.Tok("After");
  EXPECT_TRUE(sc.Stops(comma, kComma));
  EXPECT_TRUE(sc.Stops(after, kSubordinator));
  EXPECT_TRUE(sc.Stops(who, kWhWord));
  EXPECT_TRUE(sc.Stops(semi, kSemicolon));
  // The named sets differ on purpose: an object search stops at a comma,
  // a passive agent's search only at ";" and ".".
  EXPECT_TRUE(sc.Stops(comma, kObjectPunctStops));
  EXPECT_FALSE(sc.Stops(comma, kSentencePartStops));
  EXPECT_TRUE(sc.Stops(semi, kSentencePartStops));
  EXPECT_FALSE(sc.Stops(r.Tok("rebels"), 0xffff));
  EXPECT_FALSE(sc.Stops(-1, 0xffff));
  EXPECT_FALSE(sc.Stops(int(r.s.toks.size()), 0xffff));
}

TEST(Patterns, MatchingTwiceGivesTheSameResult) {
  for (const char* text : {"The United Nations urged Israel to halt its offensive.",
                           "India and China held talks on the border dispute.",
                           "Russia cut its military aid to Serbia."}) {
    Read r(text);
    SentenceCoder sc(*Dicts(), r.s);
    sc.FindVerbGroups();
    ASSERT_FALSE(sc.groups().empty()) << text;
    bool any = false;
    for (int gi = 0; gi < int(sc.groups().size()); ++gi) {
      Found a = sc.MatchVerb(gi), b = sc.MatchVerb(gi);
      any |= a.pat != nullptr;
      EXPECT_EQ(a.pat, b.pat) << text;
      EXPECT_EQ(a.end, b.end) << text;
      EXPECT_EQ(a.slot_t, b.slot_t) << text;
      EXPECT_EQ(a.slot_s, b.slot_s) << text;
      EXPECT_EQ(a.literal, b.literal) << text;
      EXPECT_EQ(a.copula, b.copula) << text;
    }
    EXPECT_TRUE(any) << text;
  }
}

Mention M(const std::string& country, const std::string& role, bool place = false) {
  Mention m;
  m.country = country;
  m.role = role;
  m.code = country + role;
  m.place = place;
  return m;
}

TEST(Inherit, SourceLooksToTheSpeakerTargetToThePlace) {
  Sentence s;
  s.mentions = {M("IRQ", "", true)};
  Mention speaker = M("SYR", "MIL");
  Mention src = M("", "REB"), tgt = M("", "CVL");
  InheritCountry(&src, &speaker, s, Party::kSource);
  InheritCountry(&tgt, &speaker, s, Party::kTarget);
  EXPECT_EQ(src.code, "SYRREB");
  EXPECT_EQ(tgt.code, "IRQCVL");
  // No place: the target falls back on the speaker.
  Sentence bare;
  Mention t2 = M("", "GOV");
  InheritCountry(&t2, &speaker, bare, Party::kTarget);
  EXPECT_EQ(t2.code, "SYRGOV");
  // A dateline place is not where the event happened.
  Sentence dl;
  dl.mentions = {M("KEN", "", true)};
  dl.mentions[0].dateline = true;
  Mention t3 = M("", "POL");
  InheritCountry(&t3, nullptr, dl, Party::kTarget);
  EXPECT_EQ(t3.code, "POL");
  // Countries and IGOs are left alone.
  Mention igo = M("", "IGO");
  igo.igo = true;
  InheritCountry(&igo, &speaker, s, Party::kSource);
  EXPECT_TRUE(igo.country.empty());
  Mention fra = M("FRA", "GOV");
  InheritCountry(&fra, &speaker, s, Party::kSource);
  EXPECT_EQ(fra.code, "FRAGOV");
}

TEST(Inherit, ABareRoleActsAtHome) {
  Mention src = M("KEN", "COP"), tgt = M("", "OPP");
  ShareCountry(&src, &tgt);
  EXPECT_EQ(tgt.code, "KENOPP");
  Mention s2 = M("", "REB"), t2 = M("NGA", "MIL");
  ShareCountry(&s2, &t2);
  EXPECT_EQ(s2.code, "NGAREB");
  Mention igo = M("", "IGO"), t3 = M("", "CVL");
  igo.igo = true;
  ShareCountry(&igo, &t3);
  EXPECT_TRUE(t3.country.empty());
}

// Every event `casus code` emits appears as emitted in the trace, under the
// verb that carries it; groups that emit nothing say why.
TEST(Trace, AgreesWithTheEventsCoded) {
  Article a;
  a.id = "trace";
  a.date = "2024-03-05";
  a.text =
      "The United Nations urged Israel to halt its offensive. Russian troops attacked Ukrainian "
      "positions near Kharkiv, killing three soldiers, the Ukrainian army said. India and China "
      "held talks on the border dispute. Kenyan protesters attacked soldiers in Nairobi. Brazil "
      "beat Uruguay 4-1 on Sunday. North Korea threatened to attack South Korea.";
  ScratchPtr scratch = MakeScratch();
  CodedArticle plain, traced;
  Trace trace;
  testing::TheCoder().Code(a, scratch.get(), &plain);
  testing::TheCoder().Code(a, scratch.get(), &traced, &trace);
  ASSERT_EQ(plain.events.size(), traced.events.size());
  ASSERT_EQ(trace.sentences.size(), plain.sentences.size());
  ASSERT_GE(plain.events.size(), 5u);
  size_t in_trace = 0;
  for (const TraceSentence& ts : trace.sentences)
    for (const TraceGroup& g : ts.groups) {
      in_trace += g.events.size();
      if (g.events.empty()) {
        EXPECT_FALSE(g.dropped.empty()) << g.verb;
      }
    }
  EXPECT_EQ(in_trace, plain.events.size());
  for (const Event& e : plain.events) {
    const TraceSentence& ts = trace.sentences[e.sentence_index];
    bool found = false;
    for (const TraceGroup& g : ts.groups)
      for (const TraceEvent& te : g.events)
        found |= te.source == e.source->code && te.target == (e.target ? e.target->code : "") &&
                 te.cameo == e.cameo && te.modality == e.modality;
    EXPECT_TRUE(found) << e.sentence << " " << e.cameo;
  }
  // The score line: "beat" is dropped with its reason.
  bool score = false;
  for (const TraceGroup& g : trace.sentences[4].groups) score |= g.dropped.find("score") == 0;
  EXPECT_TRUE(score) << FormatTrace(trace);
}

// Evidence spans in characters as well as bytes ("é" is two bytes, one character).
TEST(Build, EvidenceCarriesCharacterOffsets) {
  auto ev = testing::CodeText(
      "Après the talks, Russian troops attacked Ukrainian positions near Kharkiv.");
  ASSERT_EQ(ev.size(), 1u);
  const Evidence& e = ev[0].evidence;
  EXPECT_EQ(ev[0].sentence.substr(e.begin, e.end - e.begin), e.verb_phrase);
  EXPECT_EQ(e.char_begin, e.begin - 1);
  EXPECT_EQ(e.char_end, e.end - 1);
  auto plain = testing::CodeText("Russian troops attacked Ukrainian positions near Kharkiv.");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].evidence.char_begin, plain[0].evidence.begin);
  EXPECT_EQ(plain[0].evidence.char_end, plain[0].evidence.end);
}

}  // namespace
}  // namespace casus
