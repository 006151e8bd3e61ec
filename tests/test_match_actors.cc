// Actor passes (src/match/actors_passes.h), one test per pass: a sentence
// in, the mentions out (code, words, compound group, place / pronoun), plus
// the resolution of the actor stage's rules (data/rules/actors.txt).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common.h"
#include "internal.h"
#include "match/rules.h"
#include "text/text.h"

namespace casus {
namespace {

using testing::Coded;
using testing::Dicts;
using V = std::vector<std::string>;

// Runs the text stage and FindActors over `text`; `s` keeps `text` alive.
void Find(const std::string& text, Sentence* s, std::optional<Mention> prior = {}) {
  const Dictionaries& d = *Dicts();
  s->text = text;
  s->day = 20240305;
  s->prior = std::move(prior);
  Tokenize(s->text, d.lexicon(), &s->toks);
  Tag(s->text, d.lexicon(), &s->toks);
  FindActors(d, s);
}

// "CODE 'words' gGROUP" (+ " place", " pronoun") per mention.
V Mentions(const std::string& text, std::optional<Mention> prior = {}) {
  Sentence s;
  Find(text, &s, std::move(prior));
  V out;
  for (const Mention& m : s.mentions)
    out.push_back(m.code + " '" + MakeActor(m, s).text + "' g" + std::to_string(m.group) +
                  (m.place ? " place" : "") + (m.pronoun ? " pronoun" : ""));
  return out;
}

Pos PosOf(const std::string& text, std::string_view word) {
  Sentence s;
  Find(text, &s);
  for (size_t i = 0; i < s.toks.size(); ++i)
    if (s.Word(int(i)) == word) return s.toks[i].pos;
  return Pos::kOther;
}

TEST(ActorPasses, TokenMapsMatchTheMentions) {
  Sentence s;
  Find("Syria's army and Turkish soldiers said they shelled Idlib.", &s);
  ASSERT_EQ(s.mention_at.size(), s.toks.size());
  for (size_t k = 0; k < s.mentions.size(); ++k) {
    const Mention& m = s.mentions[k];
    for (int t = m.b; t < m.e; ++t) EXPECT_EQ(s.mention_at[t], int(k));
    EXPECT_EQ(s.mention_end[m.e - 1], int(k));
    if (k > 0) {
      EXPECT_LE(s.mentions[k - 1].e, m.b);  // in token order, no overlap
    }
  }
  // The memo is per sentence, in the caller's Sentence.
  EXPECT_EQ(s.actor_matches.size(), s.toks.size());
}

TEST(ActorPasses, MatchPhrasesHyphenatedLeader) {
  // The leader acts; a dual national counts as the first; the owner's thing.
  EXPECT_EQ(Mentions("Saudi-led coalition aircraft struck Sanaa."),
            (V{"SAU 'Saudi-led' g0", "YEM 'Sanaa' g1"}));
  EXPECT_EQ(Mentions("The British-Iranian aid worker was freed."),
            V{"GBR 'British-Iranian aid worker' g0"});
  EXPECT_EQ(Mentions("A British-flagged tanker was seized."), V{"GBR 'British-flagged' g0"});
  // A two-word name before the hyphen: "the South Korean-flagged tanker Hankuk Chemi".
  EXPECT_EQ(Mentions("Iran released the South Korean-flagged tanker."),
            (V{"IRN 'Iran' g0", "KOR 'South Korean-flagged' g1"}));
  EXPECT_TRUE(Mentions("An Iran-backed militia fired.").size() <= 1);
  for (const std::string& m : Mentions("An Iran-backed militia fired."))
    EXPECT_EQ(m.find("IRN"), std::string::npos) << m;  // "-backed" is no leader
}

TEST(ActorPasses, MatchPhrasesElidedHead) {
  // "North" alone names nobody; it borrows "Korea" from the name after "and".
  EXPECT_EQ(Mentions("North and South Korea held talks."),
            (V{"PRK 'North' g0", "KOR 'South Korea' g0"}));
  // Not when the two words make no other name.
  EXPECT_EQ(Mentions("Western and South Korean officials met."),
            (V{"KORGOV 'South Korean officials' g0"}));
}

TEST(ActorPasses, MatchPhrasesCompassName) {
  // "the South" is South Korea after "North Korean": its name's head.
  EXPECT_EQ(Mentions("North Korean artillery shelled the island, and the South returned fire."),
            (V{"PRKMIL 'North Korean artillery' g0", "KOR 'the South' g1"}));
  // With no compass name before it, "the South" is nobody.
  EXPECT_EQ(Mentions("Rebels in the South attacked a convoy."), (V{"REB 'Rebels' g0"}));
}

TEST(ActorPasses, MatchPhrasesWithAbbreviations) {
  // The phrase was tokenized at load with the abbreviations of data/text.
  EXPECT_EQ(Mentions("St. Kitts protested."), V{"KNA 'St. Kitts' g0"});
}

TEST(ActorPasses, MatchPhrasesCity) {
  EXPECT_EQ(Mentions("Fighting near Kharkiv continued."), V{"UKR 'Kharkiv' g0 place"});
  EXPECT_EQ(Mentions("Rebels shelled Idlib."), (V{"REB 'Rebels' g0", "SYR 'Idlib' g1"}));
}

TEST(ActorPasses, ComposeRoleFirst) {
  EXPECT_EQ(Mentions("The army of Syria said."), V{"SYRMIL 'The army of Syria' g0"});
  EXPECT_EQ(Mentions("Gunmen from the Islamist group Boko Haram abducted 200 girls."),
            (V{"NGAINS 'Gunmen from the Islamist group Boko Haram' g0", "CVL 'girls' g1"}));
  // A named group absorbs the role noun after it.
  EXPECT_EQ(Mentions("Boko Haram militants attacked a village."),
            V{"NGAINS 'Boko Haram militants' g0"});
  // The role before "of" is each listed country's: "The presidents of
  // Bosnia, Croatia and Serbia initialled a peace agreement".
  EXPECT_EQ(
      Mentions("The presidents of Bosnia, Croatia and Serbia met."),
      (V{"BIHGOV 'The presidents of Bosnia' g0", "HRVGOV 'Croatia' g0", "SRBGOV 'Serbia' g0"}));
  // Bombers in the plural are aircraft; a bomber alone is a person.
  EXPECT_EQ(Mentions("Russian bombers flew near Japan."),
            (V{"RUSMIL 'Russian bombers' g0", "JPN 'Japan' g1 place"}));
  // ", and" before a subject and its verb opens a clause; a list runs on.
  EXPECT_EQ(Mentions("Niger revoked its pact with France, and ECOWAS threatened to use force."),
            (V{"NER 'Niger' g0", "FRA 'France' g1", "IGOWAFWAS 'ECOWAS' g2"}));
  EXPECT_EQ(Mentions("Japan, South Korea, and Australia condemned the test."),
            (V{"JPN 'Japan' g0", "KOR 'South Korea' g0", "AUS 'Australia' g0"}));
  EXPECT_EQ(Mentions("Bosnian troops, Croatia and Serbia met."),
            (V{"BIHMIL 'Bosnian troops' g0", "HRV 'Croatia' g0", "SRB 'Serbia' g0"}));
}

TEST(ActorPasses, ComposeCountryFirst) {
  EXPECT_EQ(Mentions("Syria's army said."), V{"SYRMIL 'Syria's army' g0"});
  EXPECT_EQ(Mentions("Ukrainian positions were shelled."), V{"UKR 'Ukrainian positions' g0"});
  EXPECT_TRUE(Mentions("Turkish Airlines flights were delayed.").empty());  // a NIL head
  // An AST head: the country's goods, the whole phrase.
  EXPECT_EQ(Mentions("Russian wheat exports hit a record."), V{"RUS 'Russian wheat exports' g0"});
  EXPECT_EQ(Mentions("The Kremlin rejected the plan."), V{"RUSGOV 'The Kremlin' g0"});  // a seat
  // The tokenizer splits "U.S.-led": the leader still takes "-led" and the role,
  // and "led" is no verb that would take the sentence's subject.
  EXPECT_EQ(Mentions("U.S.-led forces bombed Baghdad."),
            (V{"USAMIL 'U.S.-led forces' g0", "IRQ 'Baghdad' g1"}));
}

TEST(ActorPasses, MarkPlace) {
  EXPECT_EQ(Mentions("Police in Kenya arrested him."),
            (V{"COP 'Police' g0", "KEN 'Kenya' g1 place"}));
  // A sea of data/places is the place, with no country, not the country in its name.
  EXPECT_EQ(Mentions("Ships sailed in the Sea of Japan."), V{" 'the Sea of Japan' g0 place"});
}

TEST(ActorPasses, VerbAfterActor) {
  // The tagger took "shot" for a noun; after the actor it is the verb, and
  // "stressed" opens a new clause like every verb of [speech-verbs].
  EXPECT_EQ(PosOf("Pakistan stressed its air force shot down two jets.", "shot"), Pos::kVerb);
  EXPECT_EQ(PosOf("Pakistan said its air force shot down two jets.", "shot"), Pos::kVerb);
}

TEST(ActorPasses, Dateline) {
  // The dateline's city is a place; the agency that filed the story is gone.
  EXPECT_EQ(Mentions("DAMASCUS, March 5 (Reuters) - Syrian troops advanced."),
            (V{"SYR 'DAMASCUS' g0 place", "SYRMIL 'Syrian troops' g1"}));
  // A capitalised name glued to a hyphen opens no dateline.
  EXPECT_EQ(Mentions("U.S.-led forces struck targets."), V{"USAMIL 'U.S.-led forces' g0"});
}

TEST(ActorPasses, PossessivePronouns) {
  EXPECT_EQ(Mentions("Turkey said its jets had hit targets."),
            (V{"TUR 'Turkey' g0", "TURMIL 'jets' g1"}));
}

TEST(ActorPasses, SubjectPronouns) {
  EXPECT_EQ(Mentions("Iran said it would retaliate."), (V{"IRN 'Iran' g0", "IRN 'it' g1 pronoun"}));
  // Opening a sentence: the previous sentence's actor.
  Mention prior;
  prior.code = prior.country = "ISR";
  EXPECT_EQ(Mentions("He accused Iran of lying.", prior),
            (V{"ISR 'He' g0 pronoun", "IRN 'Iran' g1"}));
  EXPECT_EQ(Mentions("He accused Iran of lying."), V{"IRN 'Iran' g0"});
}

TEST(ActorPasses, ObjectPronouns) {
  // "them": not its own verb's subject, and a plural phrase when there is one.
  EXPECT_EQ(Coded("Ukraine said Russian forces had withdrawn from the Kyiv region, and President "
                  "Volodymyr Zelenskiy accused them of war crimes in Bucha.",
                  "2022-04-03"),
            (V{"RUS>UKR:0874:reported", "UKR>RUS:1124:asserted"}));
  // "him": the nearest actor still.
  EXPECT_EQ(Mentions("Kenya summoned Uganda's envoy and rebuked him."),
            (V{"KEN 'Kenya' g0", "UGAGOV 'Uganda's envoy' g1", "UGAGOV 'him' g2 pronoun"}));
}

TEST(ActorPasses, DropRoleModifiers) {
  EXPECT_EQ(Mentions("Rebels hit civilian and military targets."), V{"REB 'Rebels' g0"});
  // A role word that is also an adjective, before a common noun, describes it.
  EXPECT_EQ(Mentions("Kim crossed the military demarcation line on Friday."), V{});
  // Bare, it may say whose the thing is.
  EXPECT_EQ(Mentions("Jets bombed rebel positions."), (V{"MIL 'Jets' g0", "REB 'rebel' g1"}));
  // Not where the role is the phrase's head.
  EXPECT_EQ(Mentions("The military said on Monday."), (V{"MIL 'The military' g0"}));
}

TEST(ActorPasses, NoVerbAfterAnAdjectivalRole) {
  // After a speech verb a new clause may open ("Pakistan said its air force
  // shot down"), but a bare adjectival role right after the verb modifies
  // the plural after it: "drills" stays a noun.
  EXPECT_EQ(Mentions("Beijing announced live-fire military drills around Taiwan."),
            (V{"CHN 'Beijing' g0", "TWN 'Taiwan' g1 place"}));
  EXPECT_EQ(Coded("Beijing announced live-fire military drills around Taiwan.", "2022-08-04"),
            (V{"CHN>TWN:150:asserted"}));
}

TEST(ActorPasses, DropHyphenModifiers) {
  // The name modifies the noun after the hyphen: no actor.
  EXPECT_EQ(Mentions("Israel and Hamas agreed to a U.S.-brokered plan."),
            (V{"ISR 'Israel' g0", "PSEINS 'Hamas' g0"}));
  // Two actors joined by the hyphen stay; so does the leader of "-led".
  EXPECT_EQ(Mentions("Netanyahu rejected a U.S.-French proposal."),
            (V{"ISRGOV 'Netanyahu' g0", "USA 'U.S.' g1", "FRA 'French proposal' g2"}));
  EXPECT_EQ(Mentions("Forces of the U.S.-led coalition struck."),
            (V{"USAMIL 'Forces of the U.S.' g0"}));
}

TEST(ActorPasses, APlacePastADeterminerAfterALocative) {
  // "in several Chinese cities" is where, so the protesters are China's.
  EXPECT_EQ(Mentions("Protesters attacked Japanese-owned shops in several Chinese cities."),
            (V{"OPP 'Protesters' g0", "JPN 'Japanese-owned' g1", "CHN 'Chinese cities' g2 place"}));
  EXPECT_EQ(
      Coded("Protesters attacked Japanese-owned shops in several Chinese cities.", "2012-09-16"),
      (V{"CHN>JPN:145:asserted"}));
}

TEST(ActorPasses, ParallelOwnersAreOneCompound) {
  // Each name owns the nouns after it; the joined phrases make one compound.
  EXPECT_EQ(Mentions("Warplanes struck Taliban air defences and al Qaeda training camps."),
            (V{"MIL 'Warplanes' g0", "AFGGOV 'Taliban' g1", "IMGALQ 'al Qaeda' g1"}));
  // Not when the second name owns nothing after it.
  EXPECT_EQ(Mentions("Warplanes struck Taliban air defences and al Qaeda said so."),
            (V{"MIL 'Warplanes' g0", "AFGGOV 'Taliban' g1", "IMGALQ 'al Qaeda' g2"}));
}

TEST(ActorPasses, PartnersNamedAfterADashAreTheOtherSide) {
  // "Iran and six world powers - A, B -": one compound of two sides, so a
  // joint act runs between Iran and each power, not among the powers.
  const char* kText =
      "Iran and six world powers - the United States, Russia and China - reached a deal.";
  EXPECT_EQ(Mentions(kText), (V{"IRN 'Iran' g0", "USA 'the United States' g0", "RUS 'Russia' g0",
                                "CHN 'China' g0"}));
  EXPECT_EQ(Coded(kText, "2015-07-14"),
            (V{"CHN>IRN:057:asserted", "IRN>CHN:057:asserted", "IRN>RUS:057:asserted",
               "IRN>USA:057:asserted", "RUS>IRN:057:asserted", "USA>IRN:057:asserted"}));
  // Without the dash list the nouns are no actor, and Iran acts alone.
  EXPECT_EQ(Mentions("Iran and six world powers reached a deal."), (V{"IRN 'Iran' g0"}));
}

TEST(ActorPasses, ARoleLedByANationalIsOfTheLeadersCountry) {
  // actors.txt [leader-participles]; a backer is another party.
  EXPECT_EQ(Mentions("Rebels led by Laurent Kabila advanced."),
            (V{"CODREB 'Rebels' g0", "CODELI 'Laurent Kabila' g1"}));
  EXPECT_EQ(Mentions("Rebels backed by Rwanda advanced."),
            (V{"REB 'Rebels' g0", "RWA 'Rwanda' g1"}));
}

TEST(ActorPasses, ShareCoordinatedRole) {
  EXPECT_EQ(Mentions("Indian and Pakistani border guards traded fire."),
            (V{"INDMIL 'Indian' g0", "PAKMIL 'Pakistani border guards' g0"}));
}

TEST(ActorPasses, GroupCompounds) {
  EXPECT_EQ(Mentions("Japan, South Korea and Australia condemned the launch."),
            (V{"JPN 'Japan' g0", "KOR 'South Korea' g0", "AUS 'Australia' g0"}));
  EXPECT_EQ(Mentions("Japan said China was wrong."), (V{"JPN 'Japan' g0", "CHN 'China' g1"}));
  // A bare comma joins only when an "and" follows.
  EXPECT_EQ(Mentions("Japan, China said."), (V{"JPN 'Japan' g0", "CHN 'China' g1"}));
  // Determiners and adjectives after the "and" or comma stay inside the
  // compound (PETRARCH's "Fornost and the evil awful Gondor welcomed").
  EXPECT_EQ(Mentions("Japan and the new Australia condemned the launch."),
            (V{"JPN 'Japan' g0", "AUS 'Australia' g0"}));
  EXPECT_EQ(Mentions("Japan, the wealthy Australia, and France condemned the launch."),
            (V{"JPN 'Japan' g0", "AUS 'Australia' g0", "FRA 'France' g0"}));
}

// Rules resolution: every section the actor stage needs must be there, and
// a role section must name one code; failures name the section and file.
class ActorRulesResolve : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("casus-actor-rules-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    std::ifstream in(Dictionaries::DefaultDataDir() + "/rules/actors.txt");
    actors_.assign(std::istreambuf_iterator<char>(in), {});
    ASSERT_FALSE(actors_.empty());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  Status Resolve(const std::string& actors_txt) {
    std::ofstream(dir_ / "actors.txt") << actors_txt;
    std::ofstream(dir_ / "speech.txt") << "[speech-verbs] words\nsay\n";
    Lexicon lex;
    Status st =
        rules_.Load(dir_.string(), &lex, {}, {"ELI", "GOV", "MED", "NIL", "AST", "OBJ", "MIL"});
    if (!st.ok()) return st;
    ActorRules r;
    return r.Resolve(rules_);
  }
  std::filesystem::path dir_;
  std::string actors_;
  Rules rules_;
};

TEST_F(ActorRulesResolve, TheShippedFileResolves) {
  Status st = Resolve(actors_);
  EXPECT_TRUE(st.ok()) << st.message();
}

TEST_F(ActorRulesResolve, AMissingSectionIsNamed) {
  std::string cut = actors_;
  size_t a = cut.find("[locatives] words");
  ASSERT_NE(a, std::string::npos);
  cut.replace(a, 17, "[somewhere] words");
  Status st = Resolve(cut);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("[locatives]"), std::string::npos) << st.message();
}

TEST_F(ActorRulesResolve, ARoleSectionNamesOneCode) {
  std::string two = actors_;
  size_t a = two.find("[seat-of-government-role] roles\nGOV");
  ASSERT_NE(a, std::string::npos);
  two.insert(a + std::string("[seat-of-government-role] roles\nGOV").size(), " MIL");
  Status st = Resolve(two);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("actors.txt:"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("[seat-of-government-role]"), std::string::npos) << st.message();
}

}  // namespace
}  // namespace casus
