// The casus command line as data: the CLI11 app with every flag and
// subcommand bound to a CliArgs, and the checks `casus code` makes on its
// flags before it reads anything. Parsing loads nothing and runs nothing, so
// the CLI (tools/casus.cc) and the fuzzer (fuzz/fuzz_cli.cc) share it.
//
// Ownership and threads: the app returned by MakeCli writes into the
// CliArgs it was made with, which must outlive it; one app per thread.
#pragma once
#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "casus/dictionary.h"
#include "casus/output.h"

namespace casus::cli {

struct CodeFlags {
  std::vector<std::string> inputs;
  std::string date, format = "jsonl", db;
  std::string glob;  // files read in folder inputs
  bool sentences = false, no_quantities = false, resume = false, quiet = false;
  bool canonical = false;  // one record per happening (casus/trends.h)
  double db_timeout = 30;
  int threads = 1;  // MakeCli sets the default: all cores
};

struct CliArgs {
  std::string data, lexicon;
  CodeFlags code;
  std::string gold;  // eval
  int show = 20;
  std::string parse_text, parse_date = "2024-01-01";  // parse
  std::string validate_file;                          // validate
  LoadOptions load;  // --dict-set / --add-dict of code, eval and parse
  // The subcommands (owned by the app); `*args.code_cmd` is true when given.
  CLI::App *code_cmd = nullptr, *eval_cmd = nullptr, *parse_cmd = nullptr,
           *validate_cmd = nullptr;
};

// The casus app: global flags, and the code, eval, parse and validate
// subcommands (trends, alerts and serve are added by their own files).
std::unique_ptr<CLI::App> MakeCli(CliArgs* args);

// Parses argv into the app's CliArgs. Returns -1 when the command should
// run; otherwise the exit status, with what CLI11 prints written to `out`
// (--help, --version: 0) or `err` (a bad flag: 2).
int ParseCli(CLI::App& app, int argc, const char* const* argv, std::ostream& out,
             std::ostream& err);

// What `casus code` checks before reading: the format, --date, --threads
// (below 1 is an error; above MaxThreads() it is capped, with a warning),
// --resume without --db, --db-timeout, --canonical with csv/tsv. Returns 0 with *wo and *threads set,
// or 2 after saying why on `err`.
int CheckCodeFlags(const CodeFlags& f, WriterOptions* wo, int* threads, std::ostream& err);

}  // namespace casus::cli
