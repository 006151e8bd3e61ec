// Accuracy on the development gold set (tests/gold/dev.jsonl, written for
// casus). The thresholds are the acceptance bar; the exact figures
// are reported by `casus eval` and in the README.
#include <gtest/gtest.h>

#include "casus/eval.h"
#include "common.h"

namespace casus {
namespace {

TEST(Gold, DevelopmentSetMeetsTheBar) {
  EvalResult r;
  Status s =
      Evaluate(std::string(CASUS_SOURCE_DIR) + "/tests/gold/dev.jsonl", testing::TheCoder(), &r);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GE(r.sentences, 200);
  EXPECT_GE(r.gold, 300);
  EXPECT_GE(r.precision(), 0.80) << "matched " << r.matched << " of " << r.coded;
  EXPECT_GE(r.recall(), 0.70) << "matched " << r.matched << " of " << r.gold;
  EXPECT_GE(double(r.flags_agree) / std::max(1, r.flags_checked), 0.85);
}

}  // namespace
}  // namespace casus
