// Where casus looks for its data folder when the caller names none: relative
// to the running executable, in the layout both the build tree and an
// install tree have (<build>/casus and <prefix>/bin/casus next to
// share/casus/data). Internal; the public face is LoadOptions in
// casus/dictionary.h. No state beyond reading /proc/self/exe; thread-safe.
#pragma once
#include <string>
#include <vector>

namespace casus {

// The folder of the running executable ("" when it cannot be told).
std::string ExecutableDir();

// The folders tried, in order: <exe>/share/casus/data (build tree, for
// <build>/casus) and <exe>/../share/casus/data (install tree bin/, and the
// build tree's tests/, bench/, fuzz/).
std::vector<std::string> DataDirCandidates();

// The first candidate that holds a data folder (its cameo/ table), or "".
std::string FindDataDirNearExecutable();

}  // namespace casus
