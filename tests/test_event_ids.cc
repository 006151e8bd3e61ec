// Event ids: stable and unique. The store keys events by id (INSERT OR
// REPLACE), so two events with one id lose one of them silently.
#include <set>
#include <string>
#include <vector>

#include "casus/ingest.h"
#include "common.h"

namespace casus {
namespace {

using testing::CodeText;
using testing::TheCoder;

// "fired rockets toward Tel Aviv and Ashkelon": one verb, the same codes,
// two targets named by different words. Both events must keep their ids.
TEST(EventIds, SameCodesDifferentTargetWordsDiffer) {
  auto ev = CodeText("Hamas fired rockets toward Tel Aviv and Ashkelon on Tuesday.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].cameo, ev[1].cameo);
  EXPECT_EQ(ev[0].target->code, ev[1].target->code);
  EXPECT_NE(ev[0].event_id, ev[1].event_id);
}

// "Myanmar's military detained Aung San Suu Kyi and other leaders of the
// ruling party": both are the state's leaders, one act of detention, not
// two events equal in every field (one per member).
TEST(EventIds, AnEventRepeatedInEveryFieldIsCodedOnce) {
  auto ev = CodeText(
      "Myanmar's military detained Aung San Suu Kyi and other leaders of the ruling "
      "party in pre-dawn raids on Monday.",
      "2021-02-01");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].cameo, "173");
}

TEST(EventIds, StableAcrossRuns) {
  const std::string text = "Russian forces shelled Kharkiv on Monday.";
  auto a = CodeText(text), b = CodeText(text);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].event_id, b[0].event_id);
  EXPECT_EQ(a[0].event_id.size(), 16u);
}

// No two events of the bench corpus and the three gold sets share an id
// (dev2 had two pairs that did before ids covered the actors' words).
TEST(EventIds, UniqueOverCorporaAndGoldSets) {
  const std::string root = CASUS_SOURCE_DIR;
  for (const char* f : {"/bench/corpus/wire.jsonl", "/tests/gold/dev.jsonl",
                        "/tests/gold/dev2.jsonl", "/tests/gold/test.jsonl"}) {
    std::set<std::string> seen;
    size_t events = 0, dups = 0;
    Status s = ReadInput(
        root + f, IngestOptions{},
        [&](Article&& a) {
          for (const Event& e : TheCoder().Code(a).events) {
            ++events;
            if (!seen.insert(e.event_id).second) ++dups;
          }
        },
        [&](ErrorRecord&& e) { ADD_FAILURE() << f << ": " << e.message; });
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_GT(events, 100u) << f;
    EXPECT_EQ(dups, 0u) << f;
  }
}

}  // namespace
}  // namespace casus
