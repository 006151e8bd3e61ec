// PETRARCH's own reading of its dictionaries (EventPolicy::petrarch, in
// force for a set with PETRARCH verbs) and, in `casus validate` of a
// PETRARCH suite, the PETRARCH program's rules and <Config> options:
// fixtures written here. casus's own dictionaries are untouched by either
// (the golden snapshot and the gold sets check that).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "casus/coder.h"
#include "files.h"
#include "import/import.h"
#include "internal.h"
#include "match/dictionaries.h"

namespace casus {
namespace {
namespace fs = std::filesystem;
using testing::TestDir;
using testing::WriteFile;

const fs::path kDir = TestDir("import-petrarch");

const char kActors[] =
    "FREEDONIA_  [FRE]\n"
    "SYLVANIA [SYL]\n"
    "TRENTINO [TRE]\n"
    "MARX_BROTHERS [FRE/SYL]\n"
    "ZEPPO\n"
    "\t[FREGOV 19300101-19391231]\n"
    "\t[SYLGOV 19350101-19451231]\n"
    "QUIBBLER [HGWGOVMED]\n"
    "WEST_GERMAN [GMWGOV]\n"
    "DANISH [DNK]\n"
    "GROUCHO [TRE]\n"
    "FREEDONIA TELEVISION [FRETV]\n"
    "DOL_AMROTH [DOL]\n";

const char kAgents[] =
    "LAWMAKER [~LEG]\n"
    "OFFICIAL [~GOV]\n"
    "STUDENT [~EDU]\n"
    "POLICE {} [~COP]\n"
    "MSF {} [NGO~]\n"
    "GOVERNMENT [~GOV]\n"
    "GOVERNMENT_NEWSPAPER [~GOVMED]\n"
    "WORLD_GOVERNMENT {} [~WGO]\n"
    "MEDIA {} [~MED]\n"
    "HUMAN_RIGHTS_ACTIVIST [~OPP]\n";

const char kVerbs[] =
    "--- LEAVE [012] ---\n"
    "LEAVE\n"
    "\n"
    "--- LEFT [032:033] ---\n"
    "LEFT\n"
    "\n"
    "--- ADOPT [081] ---\n"
    "ADOPT\n"
    "- * RESOLUTION [102]\n"
    "\n"
    "--- EXCLUDE [1721] ---\n"
    "EXCLUDE\n"
    "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF }\n"
    "\n"
    "--- CONFISCATE [1711] ---\n"
    "CONFISCATE\n"
    "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING }\n"
    "\n"
    "--- WELCOME [041] ---\n"
    "WELCOME\n"
    "\n"
    "--- ARREST [173] ---\n"
    "ARREST\n"
    "\n"
    "--- SAY [023] ---\n"
    "SAID\n"
    "\n"
    "--- WARN [160] ---\n"
    "WARN\n"
    "- * AT ^ + [162]\n"
    "\n"
    "--- RESTORE [064] ---\n"
    "RESTORE\n";

struct Loaded {
  std::shared_ptr<const Dictionaries> d;
  ImportStats stats;
  ImportExtras extras;
};

void WriteFixture() {
  WriteFile(kDir, "p.actors.txt", kActors);
  WriteFile(kDir, "p.agents.txt", kAgents);
  WriteFile(kDir, "p.verbs.txt", kVerbs);
}

Loaded Load() {
  WriteFixture();
  Loaded l;
  LoadOptions o;
  o.dict_set = WriteFile(kDir, "p.set",
                         "petrarch-actors p.actors.txt\npetrarch-agents p.agents.txt\n"
                         "petrarch-verbs p.verbs.txt\n");
  Status s = LoadImported(o, &l.d, &l.stats, &l.extras, /*suite_codes=*/true);
  EXPECT_TRUE(s.ok()) << s.message();
  return l;
}

// The fixture set, loaded once for the tests that only read it.
const Loaded& Shared() {
  static const Loaded l = Load();
  return l;
}

std::set<std::string> Code(const Loaded& l, const std::string& text,
                           const std::string& date = "1995-01-01") {
  Coder c(l.d);
  Article a;
  a.id = "t";
  a.date = date;
  a.text = text;
  std::set<std::string> out;
  for (const Event& e : c.Code(a).events)
    out.insert((e.source ? e.source->code : "-") + ">" + (e.target ? e.target->code : "-") + ":" +
               e.cameo);
  return out;
}

using Set = std::set<std::string>;

// Any PETRARCH set: a verb listed in an inflected form is keyed as written
// ("LEFT [032:033]" beside "LEAVE [012]"), tried after its lemma's patterns
// outside the program's own reading (PetrarchProgram below takes it alone).
TEST(PetrarchReading, InflectedVerbKeyedAsWritten) {
  const Loaded& l = Shared();
  EXPECT_EQ(Code(l, "Freedonia will leave Sylvania on Monday."), (Set{"FRE>SYL:012"}));
  EXPECT_EQ(l.stats.notes.count("PETRARCH verb listed in an inflected form, matched as written"),
            1u);
}

TEST(PetrarchReading, MultiWordVerbsAndTheirForms) {
  const Loaded& l = Shared();
  // "+CORDON_OFF {+CORDONED_OFF ...}": the listed form is the verb's.
  EXPECT_EQ(Code(l, "Freedonia has cordoned off the roads leading into Sylvania."),
            (Set{"FRE>SYL:1721"}));
  // "WIRE_+TAP": "wire" glued before the verb.
  EXPECT_EQ(Code(l, "Freedonia wire tapped the telephone links of Sylvania."),
            (Set{"FRE>SYL:1711"}));
  EXPECT_EQ(Code(l, "Freedonia tapped the telephone links of Sylvania."), Set{});
}

TEST(PetrarchReading, ActorsOfSeveralCodesAndRolesOverPlaces) {
  const Loaded& l = Shared();
  // "MARX_BROTHERS [FRE/SYL]": both, one compound.
  EXPECT_EQ(Code(l, "The Marx Brothers welcomed Trentino."), (Set{"FRE>TRE:041", "SYL>TRE:041"}));
  // Overlapping date restrictions are alternatives: the first valid one.
  EXPECT_EQ(Code(l, "Zeppo welcomed Trentino.", "1937-01-01"), (Set{"FREGOV>TRE:041"}));
  // A subject's prepositional phrase: the role is each country's.
  EXPECT_EQ(Code(l, "Lawmakers in Freedonia and Sylvania welcomed Trentino."),
            (Set{"FRELEG>TRE:041", "SYLLEG>TRE:041"}));
}

// Runs a PETRARCH suite of `records` (the XML between <Sentences>) with the
// fixture dictionaries; `out` gets the report.
void RunSuite(const std::string& records, std::vector<std::string>* out, int* passed, int* failed) {
  WriteFixture();
  fs::create_directories(kDir / "validation");
  for (const char* f : {"p.actors.txt", "p.agents.txt", "p.verbs.txt"})
    fs::copy_file(kDir / f, kDir / "validation" / f, fs::copy_options::overwrite_existing);
  WriteFile(kDir / "validation", "suite.xml",
            "<Validation>\n<Environment>\n<Verbfile>p.verbs.txt</Verbfile>\n"
            "<Actorfile>p.actors.txt</Actorfile>\n<Agentfile>p.agents.txt</Agentfile>\n"
            "</Environment>\n<Sentences>\n" +
                records + "</Sentences>\n</Validation>\n");
  Status s = RunValidation((kDir / "validation/suite.xml").string(), {}, out, passed, failed);
  ASSERT_TRUE(s.ok()) << s.message();
}

std::string Record(const std::string& id, const std::string& text,
                   const std::vector<std::string>& codings) {
  std::string r = "<Sentence date=\"19950101\" id=\"" + id + "\" category=\"T\">\n";
  for (const std::string& c : codings) {  // "SRC TGT CODE"
    size_t a = c.find(' '), b = c.rfind(' ');
    r += "<EventCoding sourcecode=\"" + c.substr(0, a) + "\" targetcode=\"" +
         c.substr(a + 1, b - a - 1) + "\" eventcode=\"" + c.substr(b + 1) + "\"></EventCoding>\n";
  }
  return r + "<Text>" + text + "</Text>\n</Sentence>\n";
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string all;
  for (const auto& l : lines) all += l + "\n";
  return all;
}

// A PETRARCH suite is coded as the PETRARCH program codes it: a pattern's
// words as written, a verb listed in an inflected form alone, a bare agent
// with no borrowed country, a speech verb as an act, a verb phrase once.
TEST(PetrarchProgram, ReadsAsThePetrarchProgram) {
  std::vector<std::string> out;
  int passed = 0, failed = 0;
  RunSuite(Record("P-1", "Freedonia will adopt a resolution with Sylvania.", {"FRE SYL 102"}) +
               Record("P-2", "Freedonia will adopt a set of resolutions with Sylvania.",
                      {"FRE SYL 081"}) +
               Record("P-3", "Freedonia's prime minister left for Sylvania on Monday.",
                      {"FRE SYL 032", "SYL FRE 033"}) +
               Record("P-4", "Freedonia police arrested students in Sylvania today.",
                      {"FRECOP ---EDU 173"}) +
               Record("P-5", "Trentino said Freedonia can cope with the drought next month.",
                      {"TRE FRE 023"}) +
               // A verb phrase is coded once; a conjunction opens another.
               Record("P-6", "Freedonia welcomed Sylvania after Trentino arrested Zeppo.",
                      {"FRE SYL 041"}) +
               Record("P-7", "Freedonia welcomed Sylvania and arrested Trentino.",
                      {"FRE SYL 041", "FRE TRE 173"}),
           &out, &passed, &failed);
  EXPECT_EQ(failed, 0) << Joined(out);
  EXPECT_EQ(passed, 7) << Joined(out);
}

// Its <Config> lines: require_dyad off codes a speaker alone ("---GOV/---/
// 023"), comma_emax 0 keeps the closing clause; back on, the closing clause
// is left out again. Other options are counted, not applied.
TEST(PetrarchProgram, ValidationConfigLines) {
  const std::string text = "Freedonia welcomed Sylvania, a senior official said on Saturday.";
  std::vector<std::string> out;
  int passed = 0, failed = 0;
  RunSuite(Record("C-1", text, {"FRE SYL 041"}) +
               "<Config option=\"require_dyad\" value=\"False\"></Config>\n"
               "<Config option=\"comma_emax\" value=\"0\"></Config>\n"
               "<Config option=\"new_actor_length\" value=\"4\"></Config>\n" +
               Record("C-2", text, {"FRE SYL 041", "---GOV --- 023"}) +
               "<Config option=\"require_dyad\" value=\"True\"></Config>\n"
               "<Config option=\"comma_emax\" value=\"8\"></Config>\n" +
               Record("C-3", text, {"FRE SYL 041"}),
           &out, &passed, &failed);
  EXPECT_EQ(failed, 0) << Joined(out);
  EXPECT_EQ(passed, 3) << Joined(out);
  EXPECT_EQ(Joined(out).find("new_actor_length: ignored"), std::string::npos) << Joined(out);
}

// PETRARCH's noun phrases (PetrarchNounPhrases): each actor takes the
// phrase's agents, a `CODE~` agent before it, an agent its code holds on a
// three-letter boundary not again; a later actor is the title's holder;
// "former" makes an agent an elite; agents alone take their "of" phrase's
// actor, or share the country of the noun phrase they are conjoined to.
TEST(PetrarchProgram, NounPhrasesComposeCodes) {
  std::vector<std::string> out;
  int passed = 0, failed = 0;
  RunSuite(
      Record("N-1", "MSF Freedonia will restore ties with Sylvania.", {"NGOFRE SYL 064"}) +
          Record("N-2", "An MSF Freedonia official will restore ties with Sylvania.",
                 {"NGOFREGOV SYL 064"}) +
          Record("N-3", "The Quibbler government newspaper will restore ties with Sylvania.",
                 {"HGWGOVMED SYL 064"}) +
          Record("N-4",
                 "West German world government activists will restore ties with human "
                 "rights activists of Sylvania.",
                 {"GMWGOVWGO SYLOPP 064"}) +
          Record("N-5", "Freedonia former officials will restore ties with former Sylvania police.",
                 {"FREELI SYLELI 064"}) +
          Record("N-6", "Freedonia's awful and evil official Groucho welcomed Sylvania.",
                 {"FREGOV SYL 041"}) +
          Record("N-7", "Danish media and government welcomed Sylvania.",
                 {"DNKMED SYL 041", "DNKGOV SYL 041"}),
      &out, &passed, &failed);
  EXPECT_EQ(failed, 0) << Joined(out);
  EXPECT_EQ(passed, 7) << Joined(out);
}

// The program's reading of words and phrases: "^" passes one noun phrase,
// an actor phrase written with spaces lets words stand between its words
// (its code as written), "_" in the text is a space, a pair of one actor
// is no event, and without require_dyad a bare time word is no object.
TEST(PetrarchProgram, PhrasesAndPatterns) {
  std::vector<std::string> out;
  int passed = 0, failed = 0;
  RunSuite(
      Record("W-1", "Freedonia warned at the Sylvania of the Trentino.", {"FRE TRE 162"}) +
          Record("W-2", "Sylvania welcomed Freedonia state-run television.", {"SYL FRETV 041"}) +
          Record("W-3", "Freedonia welcomed Dol_Amroth.", {"FRE DOL 041"}) +
          Record("W-4", "Freedonia and Sylvania welcomed Trentino and Sylvania.",
                 {"FRE TRE 041", "FRE SYL 041", "SYL TRE 041"}) +
          "<Config option=\"require_dyad\" value=\"False\"></Config>\n"
          "<Config option=\"comma_emax\" value=\"0\"></Config>\n" +
          Record("W-5", "Freedonia welcomed Sylvania, a senior official said today.",
                 {"FRE SYL 041"}),
      &out, &passed, &failed);
  EXPECT_EQ(failed, 0) << Joined(out);
  EXPECT_EQ(passed, 5) << Joined(out);
}

// new_actor_length: a verb's party that names no actor is one, its words
// its code (possessives left out), when it has at most that many words.
TEST(PetrarchProgram, NewActorLength) {
  const std::string text = "Hogwarts's head Minerva McGonagall left for Sylvania on Monday.";
  const std::string coded =
      "<EventCoding sourcecode='\"HOGWARTS HEAD MINERVA MCGONAGALL\"' targetcode=\"SYL\" "
      "eventcode=\"032\"></EventCoding>\n"
      "<EventCoding sourcecode=\"SYL\" targetcode='\"HOGWARTS HEAD MINERVA MCGONAGALL\"' "
      "eventcode=\"033\"></EventCoding>\n";
  std::vector<std::string> out;
  int passed = 0, failed = 0;
  RunSuite(
      "<Config option=\"new_actor_length\" value=\"4\"></Config>\n"
      "<Sentence date=\"19950101\" id=\"A-1\" category=\"T\">\n" +
          coded + "<Text>" + text + "</Text>\n</Sentence>\n" +
          "<Config option=\"new_actor_length\" value=\"3\"></Config>\n"
          "<Sentence date=\"19950101\" id=\"A-2\" category=\"T\">\n"
          "<EventCoding noevents=\"True\"></EventCoding>\n<Text>" +
          text + "</Text>\n</Sentence>\n",
      &out, &passed, &failed);
  EXPECT_EQ(failed, 0) << Joined(out);
  EXPECT_EQ(passed, 2) << Joined(out);
}

}  // namespace
}  // namespace casus
