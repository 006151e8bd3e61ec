// An imported TABARI set (one with a .options file) read as TABARI's coder
// reads a sentence (src/events/tabari.h, src/import/tabari_verbs.cc,
// src/import/verb_patterns.cc, src/match/actors_tabari.cc): its modals and
// nouns as verbs, its stems, word-beginning pattern words, '$ *' and '^',
// subordinate and dominant codes, phrases whose words stand apart, codes of
// several actors, SET: CONVERT AGENT. Small inline fixtures, each sentence
// the shape of a record of TABARI's validation suite (named beside it).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "casus/coder.h"
#include "common.h"
#include "events/policy.h"
#include "files.h"
#include "import/import.h"
#include "internal.h"
#include "match/dictionaries.h"
#include "util/strings.h"

namespace casus {
namespace {
namespace fs = std::filesystem;
using testing::TestDir;
using testing::WriteFile;

const fs::path kDir = TestDir("import_tabari");

const char kActors[] =
    "FREEDONIA_  [FRE]\n"
    "SYLVANIA_  [SYL]\n"
    "TRENTINO_  [TRE]\n"
    "NORTH_TRENTINO  [TRENO]\n"
    "PRINCE RUPERT_  [RUP]\n"
    "THE_TWINS  [TWA/TWB]\n";

const char kAgents[] = "CLERIC_  [~MOS]\n";

const char kVerbs[] =
    "CONDEMN_  [111]\n"
    "SHOULD  [101]\n"
    "- SUGGESTED * APPLY_{ GENEVA | INTERNATIONAL } CONVENTIONS  [151]\n"
    "CALLED_ON  [094]\n"
    "- $ *  [095]\n"
    "RESUM  [065]\n"
    "- * TIES  [064]\n"
    "WARN  [160]\n"
    "- $ ^ FOR *  [164]\n"
    "- NOW + HAVE BEEN * $ RECENT  [165]\n"
    "SAID  [023?]\n"
    "ACCORD  [---]\n"
    "- IN *  [072]\n"
    "VOW  [170]\n"
    "- * RESIST { TO THE END | TO THE DEATH }  [113]\n"
    "- * RESISTANCE TO THE INVADING  [114]\n";

struct Set {
  std::shared_ptr<const Dictionaries> d;
  ImportStats stats;
  ImportExtras extras;
};

// The fixture set, with the suite's own codes ([023?] kept as written).
const Set& Loaded() {
  static const Set* set = [] {
    WriteFile(kDir, "t.actors", kActors);
    WriteFile(kDir, "t.agents", kAgents);
    WriteFile(kDir, "t.verbs", kVerbs);
    WriteFile(kDir, "t.options", "// TABARI's defaults\n");
    auto* s = new Set;
    LoadOptions o;
    o.dict_set = WriteFile(kDir, "t.set",
                           "tabari-actors t.actors\ntabari-agents t.agents\n"
                           "tabari-verbs t.verbs\ntabari-options t.options\n");
    Status st = LoadImported(o, &s->d, &s->stats, &s->extras, /*suite_codes=*/true);
    EXPECT_TRUE(st.ok()) << st.message();
    return s;
  }();
  return *set;
}

// "SRC>TGT:CODE" of each event of `text`, under the set's options and then
// `command` (a record's OPTION: line), if any.
std::vector<std::string> Code(const std::string& text, const std::string& command = "") {
  const Set& s = Loaded();
  EventPolicy p = s.d->events();
  EXPECT_TRUE(p.tabari.on);
  std::string what;
  if (!command.empty()) EXPECT_TRUE(ApplyTabariOption(command, &p.tabari, &what)) << command;
  return testing::CodedUnder(*s.d, p, text);
}

using V = std::vector<std::string>;

// A modal with patterns of its own is the verb TABARI reads first
// (PATTERN-12); the words before it may stand anywhere before it.
TEST(TabariReading, ModalIsTheVerb) {
  EXPECT_EQ(Code("Freedonia suggested Sylvania should apply international conventions in its "
                 "dealings with Trentino."),
            V{"FRE>TRE:151"});
  // No pattern: the modal's own code (PATTERN-14a).
  EXPECT_EQ(Code("Freedonia suggested it should never require any conventions in its dealings "
                 "with Trentino."),
            V{"FRE>TRE:101"});
}

// "$ *": the source anywhere before the verb, the target TABARI's (MARK-00).
TEST(TabariReading, SourceSlotBeforeTheVerb) {
  EXPECT_EQ(Code("Freedonia in a long speech to the assembly called on Sylvania to end the "
                 "quarrel."),
            V{"FRE>SYL:095"});
}

// A stem is read in the words it begins, a noun too unless "a", "an" or
// "the" stands before it (CODEBY-09).
TEST(TabariReading, StemsAndNounsAsVerbs) {
  EXPECT_EQ(Code("Freedonia announced its resumption of diplomatic ties with Sylvania on Monday."),
            V{"FRE>SYL:064"});
  EXPECT_EQ(Code("Freedonia announced the resumption of diplomatic ties with Sylvania on Monday."),
            V{});
  // "IN *": IN begins "into" (CONNECT-29); ACCORD is a noun after "an".
  EXPECT_EQ(Code("Freedonia was into accord with Sylvania on the matter of the quarrel."),
            V{"FRE>SYL:072"});
  EXPECT_EQ(Code("Freedonia was in an accord with Sylvania on the matter of the quarrel."), V{});
}

// "^" passes over one actor (PATTERN-31b); RECENT begins "recently" and
// "PRINCE RUPERT_" has "of" between its words (SKIP-02).
TEST(TabariReading, SkippedActorsWordBeginningsAndApartPhrases) {
  EXPECT_EQ(Code("Freedonia was Trentino for Sylvania warning in the long meeting."),
            V{"FRE>SYL:164"});
  EXPECT_EQ(Code("Now Sylvania have been warned of the Prince of Rupert recently."),
            V{"RUP>SYL:165"});
  EXPECT_EQ(Code("Freedonia condemned the Prince of Rupert in a long speech on Monday."),
            V{"FRE>RUP:111"});
}

// Of the patterns that match, the one with the most letters (PATTERN-33b:
// RESIST begins "resistance" too).
TEST(TabariReading, LongestPatternWins) {
  EXPECT_EQ(Code("Freedonia vowed resistance to the end to the invading army of Sylvania."),
            V{"FRE>SYL:114"});
  EXPECT_EQ(Code("Freedonia vowed to resist to the end the invading army of Sylvania."),
            V{"FRE>SYL:113"});
}

// SAID [023?] codes only when nothing else does, the mark dropped (DEBUG-01).
TEST(TabariReading, SubordinateCodes) {
  EXPECT_EQ(Code("Freedonia said on Monday that it condemned Sylvania in the long meeting."),
            V{"FRE>SYL:111"});
  EXPECT_EQ(Code("Freedonia said on Monday that the long meeting with Sylvania was over."),
            V{"FRE>SYL:023"});
}

// An actor of several codes acts as each (COMPOUND-09); a code is what the
// file writes ("TRENO"), and a hyphen in the text is a space (TEXT-01).
TEST(TabariReading, ActorCodes) {
  EXPECT_EQ(Code("The Twins condemned Sylvania in a long speech on Monday."),
            (V{"TWA>SYL:111", "TWB>SYL:111"}));
  EXPECT_EQ(Code("Freedonia condemned North-Trentino in a long speech on Monday."),
            V{"FRE>TRENO:111"});
}

// SET: CONVERT AGENT = TRUE: an agent with no actor beside it is an actor
// of its own (CONV-01); without it, no target.
TEST(TabariReading, ConvertAgent) {
  const std::string text = "Freedonia condemned the clerics in a long speech on Monday.";
  EXPECT_EQ(Code(text), V{});
  EXPECT_EQ(Code(text, "SET: CONVERT AGENT = TRUE"), V{"FRE>MOS:111"});
  TabariOptions o;
  std::string what;
  EXPECT_TRUE(ApplyTabariOption("SET: CONVERT AGENT = TRUE", &o, &what));
  EXPECT_TRUE(o.convert_agents);
  EXPECT_TRUE(ApplyTabariOption("SET: CONVERT AGENT = FALSE", &o, &what));
  EXPECT_FALSE(o.convert_agents);
}

}  // namespace
}  // namespace casus
