// Importers for the field's dictionaries (PETRARCH-2 and TABARI), read as
// their users keep them, into casus's in-memory dictionaries.
//
// Seam: every importer translates an entry into a line of casus's own text
// formats (data/FORMATS.md) and hands it to Dictionaries::AddActorLine /
// AddPatternLine, the builders the data-folder loader itself uses, with the
// imported file's index and line number. So imported entries get exactly the
// compiled form, checks and evidence (file:line) of ours, and nothing inside
// the loader had to change but one hook (Dictionaries::Imports).
//
// Bad lines never stop an import: each gives one warning "file:line: why"
// and the entry it spoils is left out; every other entry is kept. What casus
// cannot express (PETRARCH parse-tree elements, TABARI stems, ...) is counted
// per kind in ImportStats::unmapped, never dropped silently.
//
// Ownership and threads: plain values; an import runs on the loading thread
// while the Dictionaries under construction is still private to it.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "casus/dictionary.h"
#include "casus/status.h"

namespace casus {

class Dictionaries;
struct TabariOptions;  // events/policy.h

struct ImportStats {
  long entries = 0;     // entries read: phrases, verbs, patterns, agents, discards, issues
  long loaded = 0;      // of those, loaded into casus's form (at least one line added)
  long null_coded = 0;  // phrases with the null code "---": they code nothing by design
  long dropped = 0;     // of those, left out because their line was bad (each warned)
  std::map<std::string, long> unmapped;  // kind -> entries casus cannot express
  std::map<std::string, long> notes;     // kind -> entries read by a documented rule
  std::vector<std::string> warnings;     // "file:line: why", one per bad line
  void Warn(const std::string& file, uint32_t line, const std::string& why) {
    warnings.push_back(file + ":" + std::to_string(line) + ": " + why);
  }
};

// Sentence filters and issue phrases (PETRARCH discards and issues; TABARI's
// do-not-code "[###]" on actors and verbs). The coder has no slot for them
// yet: `casus validate` applies discards itself; issues are counted.
struct ImportExtras {
  struct Discard {
    std::string phrase;               // lowercase, words separated by one space
    bool story = false;               // '+': discard the whole story
    int32_t from = 0, to = 99999999;  // yyyymmdd: TABARI's "USSR [USR <911226] [###]"
  };
  struct Issue {
    std::string phrase, code;
  };
  std::vector<Discard> discards;
  std::vector<Issue> issues;
};

struct ImportContext {
  Dictionaries* dicts = nullptr;
  ImportStats* stats = nullptr;
  ImportExtras* extras = nullptr;
  // Validation suites invent codes (TABARI's 222, PETRARCH's 345): with this
  // set they are added to the code table as they are; otherwise a code casus
  // lacks is loaded as its nearest parent, with a warning.
  bool suite_codes = false;
};

// One file of a dictionary set: `format` is one of petrarch-verbs,
// petrarch-actors, petrarch-agents, petrarch-discards, petrarch-issues,
// tabari-verbs, tabari-actors, tabari-agents, tabari-options, casus-actors,
// casus-verbs.
struct DictFile {
  std::string format, path;
};

// A dictionary set: what replaces casus's own actors and verbs.
struct DictSet {
  std::string path;                // the file it was read from
  std::vector<DictFile> files;     // in load order
  std::vector<std::string> notes;  // options read or ignored, for the report
};

// Reads a PETRARCH config (.ini: its [Dictionaries] section), a TABARI
// .project (its <...file> lines) or a casus manifest (`FORMAT PATH` lines);
// paths are relative to the file. The kind is told by content.
Status ReadDictSet(const std::string& path, DictSet* out);
// The format of a single file given to --add-dict: by name and content.
std::string GuessFormat(const std::string& path);

// Loads casus's dictionaries with options.dict_set replacing data/actors and
// data/verbs and options.add_dicts layered over them; fills stats/extras.
Status LoadImported(const LoadOptions& options, std::shared_ptr<const Dictionaries>* out,
                    ImportStats* stats, ImportExtras* extras, bool suite_codes = false);
// What LoadDictionaries calls when a dictionary set is named: the report goes
// to options.import_report, else to stderr.
Status LoadDictionariesImported(const LoadOptions& options,
                                std::shared_ptr<const Dictionaries>* out);
// Warnings ("warning: file:line: why"), the totals and the unmapped kinds.
std::vector<std::string> ImportReport(const ImportStats& stats);

// The image cache of imported sets (src/import/import_cache.cc): a hash of
// the files (format, path, content; 0 when one cannot be read) and the set's
// notes, and the import's report kept beside the cached image and read back
// (false: damaged).
uint64_t HashImportSources(const std::vector<DictFile>& files, bool replace,
                           const std::vector<std::string>& notes);
std::string SaveImportState(const ImportStats& stats, const ImportExtras& extras);
bool RestoreImportState(std::string_view text, ImportStats* stats, ImportExtras* extras);

// `casus validate FILE` (src/import/validate.cc): a PETRARCH validation XML or
// a TABARI .project; appends the failures (expected vs got), totals per
// category and the last line "N passed, M failed (P% pass)" to *out.
Status RunValidation(const std::string& file, const LoadOptions& base,
                     std::vector<std::string>* out, int* passed, int* failed);

// Imports one file into ctx.dicts (which must have its CAMEO table loaded).
// Only a missing or unreadable file is an error; bad lines are warnings.
Status ImportFile(const DictFile& f, const ImportContext& ctx);

// The importers, one per format (src/import/<format>.cc).
Status ImportPetrarchVerbs(const std::string& path, const ImportContext& ctx);
// TABARI's (tabari): a one-word phrase not ending in '_' is a stem.
Status ImportPetrarchActors(const std::string& path, const ImportContext& ctx, bool tabari = false);
Status ImportPetrarchAgents(const std::string& path, const ImportContext& ctx,
                            bool tabari = false);  // + TABARI
Status ImportPetrarchDiscards(const std::string& path, const ImportContext& ctx);
Status ImportPetrarchIssues(const std::string& path, const ImportContext& ctx);
Status ImportTabariVerbs(const std::string& path, const ImportContext& ctx);
Status ImportTabariOptions(const std::string& path, const ImportContext& ctx);

// TABARI .options commands (src/import/tabari_options.cc). One command
// ("DEFAULT: SOURCE [X] PRIOR", "SET: CODE ALL"), from a .options file or a
// validation record's "OPTION:" line: true when casus implements it (*o
// changed, *what names it), false with *what = "NAME: ignored (why)".
bool ApplyTabariOption(std::string_view command, TabariOptions* o, std::string* what);
// A .options file's commands applied to *o (and o->on set); with stats, each
// is counted as read (notes) or ignored (unmapped) for the import report.
Status ReadTabariOptions(const std::string& path, TabariOptions* o, ImportStats* stats);

// Shared by the importers (src/import/lines.cc).
namespace import_detail {
// The file's lines with CR removed; a line that is not valid UTF-8 or holds a
// control character is warned about and replaced by kBadLine followed by 'P'
// (it began like a primary entry), 'S' (a '+' synonym) or 'R' (indented), so
// that line numbers stay the file's own; *bad counts them.
constexpr char kBadLine = '\x01';
Status ReadLines(const std::string& path, ImportStats* stats, std::vector<std::string>* lines,
                 long* bad = nullptr);
// Drops '#', ';' and '<!-- ... -->' comments (one line).
std::string_view StripDictComment(std::string_view s);
// "HAMID_KARZAI_" -> "hamid karzai": '_' joins words, a final '_' is dropped.
std::string PhraseWords(std::string_view s);
// TABARI's '_' between two parts of a token: the second directly follows the
// first ("NEW_RELATIONS" -> "new_relations"); a final '_' and '~' dropped.
std::string GluedWords(std::string_view s);
// TABARI reads a hyphen in the text as a space ("Barad-dur", "Al-Gore"), so
// a hyphen inside a dictionary word joins two words: "BARAD-DUR" ->
// "BARAD_DUR". Edge hyphens ("ANTI-") are left.
std::string TabariHyphens(std::string_view s);
// Proper-name spelling for casus's case rules: "Hamid Karzai", with short
// connecting words ("of", "the", "al") left lower case (any case in text).
std::string NameCase(const std::string& lower_words);
// YYYYMMDD or YYMMDD (two-digit years below 30 are 20xx) -> yyyymmdd, or -1.
int32_t ParseDictDate(std::string_view s);
// yyyymmdd -> YYYY-MM-DD; the day before / after.
std::string YmdText(int32_t ymd);
int32_t DayBefore(int32_t ymd);
int32_t DayAfter(int32_t ymd);
}  // namespace import_detail

}  // namespace casus
