// Where casus looks for its data folder when the caller names none: relative
// to the running executable, in the layout both the build tree and an
// install tree have (<build>/casus and <prefix>/bin/casus next to
// share/casus/data), and, when casus is linked into a shared object (the
// Python extension), relative to that object's file first. Internal; the
// public face is LoadOptions in casus/dictionary.h. No state beyond reading
// /proc/self/exe and dladdr; thread-safe.
#pragma once
#include <string>
#include <vector>

namespace casus {

// The folder of the running executable ("" when it cannot be told).
std::string ExecutableDir();

// The folder of the file casus_core was loaded from: the executable's, or a
// shared object's ("" when it cannot be told).
std::string ImageDir();

// How many folders above a shared object are searched: <prefix>/lib/
// python3.X/dist-packages/casus/_casus.so is four below <prefix>.
constexpr int kImageLevels = 4;

// The folders tried, in order. In a shared object (ImageDir() is not the
// executable's folder): share/casus/data in its folder and in each of the
// kImageLevels folders above it (<build>/python/casus/ finds <build>/share,
// an install's dist-packages/casus/ finds <prefix>/share). Then, for every
// program: <exe>/share/casus/data (build tree, for <build>/casus) and
// <exe>/../share/casus/data (install tree bin/, and the build tree's tests/,
// bench/, fuzz/).
std::vector<std::string> DataDirCandidates();

// The first candidate that holds a data folder (its cameo/ table), or "".
std::string FindDataDirNearExecutable();

// The lexicon to load with the dictionaries of `data_dir`: CASUS_LEXICON,
// else `data_dir`/lexicon.tsv when there is one (an installed or staged data
// folder), else the one next to the executable. The lexicon is compiled at
// build time (it is not part of data/), so a dictionary folder of one's own
// still uses the lexicon casus was built with.
std::string LexiconFor(const std::string& data_dir);

}  // namespace casus
