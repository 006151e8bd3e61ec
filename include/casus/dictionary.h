// Dictionaries: everything casus codes with (CAMEO tables, actors, verb
// patterns, coding rules, the lexicon), loaded once from a data folder.
//
// Ownership and threads: LoadDictionaries gives a shared_ptr<const
// Dictionaries>; it is immutable from then on and shared read-only by every
// coding thread and every Coder. The class is opaque here (its layout is
// internal) and cannot be copied.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"

namespace casus {

// One CAMEO code of the codebook (data/cameo/).
struct CameoCode {
  std::string code, name, plover;
  double goldstein = 0;
  int quad_class = 0;
};

// Where the data is. Both empty (the default) means: the CASUS_DATA
// environment variable, else the share/casus/data folder next to the running
// executable (<build>/share/casus/data in the build tree,
// <prefix>/share/casus/data for <prefix>/bin/casus after `cmake --install`).
// A library user whose executable is not casus (a Python interpreter loading
// the extension, a server) should set `data_dir` to an installed
// <prefix>/share/casus/data (or set CASUS_DATA): nothing is compiled in.
struct LoadOptions {
  // Folder with actors/, verbs/, cameo/ and rules/.
  std::string data_dir;
  // The compiled lexicon (cities.tsv, the gazetteer, is read from the same
  // folder). Empty: CASUS_LEXICON, else the lexicon.tsv inside `data_dir`
  // when it has one (an installed data folder does), else the one of the
  // default data folder.
  std::string lexicon;
  // Imported dictionaries (README "Imported dictionaries"): a PETRARCH
  // config (.ini), TABARI .project or casus manifest whose files replace
  // data/actors and data/verbs; then files layered over whatever is loaded
  // (format told by the name, or written FORMAT=PATH). Bad lines in them are
  // warnings, not errors.
  std::string dict_set;
  std::vector<std::string> add_dicts;
  // Where the import report goes (warnings "file:line: why", counts); null:
  // stderr. Only used when dict_set or add_dicts is given.
  std::vector<std::string>* import_report = nullptr;
};

class Dictionaries;  // defined in the library (src/match/dictionaries.h)

// Loads and checks everything. Stops at the first bad line with
// "file:line: what is wrong" (StatusCode::kDataError) or a missing file
// (kNotFound).
Status LoadDictionaries(const LoadOptions& options, std::shared_ptr<const Dictionaries>* out);

// The CAMEO entry for `code` ("0874"), or nullptr.
const CameoCode* FindCameo(const Dictionaries& d, std::string_view code);

}  // namespace casus
