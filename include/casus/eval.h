// Evaluation against gold records: {"id","date","text","events":[{"source",
// "target","root",...}]}. Scores at (source, target, CAMEO root), where an
// actor's key is its country, else its IGO code, else its bare role code.
// EvalResult is a plain value; Evaluate reads the gold file itself and may
// run on several threads at once (the Coder is shared, read-only).
#pragma once
#include <string>
#include <vector>

#include "casus/coder.h"

namespace casus {

struct EvalResult {
  int records = 0, sentences = 0;
  int gold = 0, coded = 0, matched = 0;
  int flags_checked = 0, flags_agree = 0;  // negated + modality on matched events
  std::vector<std::string> misses, false_positives;
  double precision() const { return coded ? double(matched) / coded : 0; }
  double recall() const { return gold ? double(matched) / gold : 0; }
};

std::string ActorKey(const Actor& a);

Status Evaluate(const std::string& gold_path, const Coder& coder, EvalResult* out);

}  // namespace casus
