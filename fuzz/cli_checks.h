// fuzz_cli: the casus command line (tools/cli_args.h) on argv vectors split
// from the input at NUL bytes (argv[0] is "casus"; at most 64 arguments).
// Invariants:
//  - ParseCli returns -1 (run), 0 (--help or --version, printed on `out`)
//    or 2 (a bad flag, explained on `err`), and never throws;
//  - on -1 exactly one subcommand was given; `code` has at least one FILE,
//    each one of the arguments (or part of one), and a --format that the
//    output writers know (ParseFormat: jsonl, csv, tsv, gdelt); `eval` and
//    `parse` have their argument the same way;
//  - CheckCodeFlags returns 0 with the format parsed and 1 <= threads <=
//    MaxThreads(), or 2 with a reason on `err`.
// CheckCli returns nullptr or the violated condition; shared by fuzz_cli.cc
// and tests/test_fuzz_replay.cc. No state.
#pragma once
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "casus/batch.h"
#include "cli_args.h"
#include "fuzz_common.h"

namespace casus::fuzz {

#define CASUS_FUZZ_CHECK(cond) \
  do {                         \
    if (!(cond)) return #cond; \
  } while (0)

inline const char* CheckCli(std::string_view bytes) {
  std::vector<std::string> args = {"casus"};
  for (size_t b = 0; b <= bytes.size() && args.size() <= 64;) {
    size_t z = bytes.find('\0', b);
    if (z == std::string_view::npos) z = bytes.size();
    args.emplace_back(bytes.substr(b, z - b));
    b = z + 1;
  }
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  auto parse = [&](cli::CliArgs* out, std::string* printed, std::string* said) {
    std::ostringstream o, e;
    std::unique_ptr<CLI::App> app = cli::MakeCli(out);
    int rc = cli::ParseCli(*app, int(argv.size()), argv.data(), o, e);
    *printed = o.str();
    *said = e.str();
    // The subcommand pointers die with the app: keep which one was given.
    out->code_cmd = *out->code_cmd ? out->code_cmd : nullptr;
    out->eval_cmd = *out->eval_cmd ? out->eval_cmd : nullptr;
    out->parse_cmd = *out->parse_cmd ? out->parse_cmd : nullptr;
    out->validate_cmd = *out->validate_cmd ? out->validate_cmd : nullptr;
    return rc;
  };
  auto in_args = [&](const std::string& v) {
    for (const std::string& a : args)
      if (a.find(v) != std::string::npos) return true;
    return false;
  };
  cli::CliArgs a;
  std::string printed, said;
  int rc = parse(&a, &printed, &said);
  CASUS_FUZZ_CHECK(rc == -1 || rc == 0 || rc == 2);
  if (rc == 0) CASUS_FUZZ_CHECK(!printed.empty());  // --help / --version print something
  if (rc == 2) CASUS_FUZZ_CHECK(!said.empty());     // a bad flag says why
  if (rc == -1) {
    int given = (a.code_cmd != nullptr) + (a.eval_cmd != nullptr) + (a.parse_cmd != nullptr) +
                (a.validate_cmd != nullptr);
    CASUS_FUZZ_CHECK(given == 1);
    if (a.code_cmd) {
      CASUS_FUZZ_CHECK(!a.code.inputs.empty());
      for (const std::string& f : a.code.inputs) CASUS_FUZZ_CHECK(in_args(f));
      // The writers' list, not a copy of it: the check listed three formats
      // after "gdelt" was added (a 7M-execution run found it).
      Format known;
      CASUS_FUZZ_CHECK(ParseFormat(a.code.format, &known));
      WriterOptions wo;
      int threads = 0;
      std::ostringstream err;
      int ok = cli::CheckCodeFlags(a.code, &wo, &threads, err);
      CASUS_FUZZ_CHECK(ok == 0 || ok == 2);
      if (ok == 2) CASUS_FUZZ_CHECK(!err.str().empty());
      if (ok == 0) {
        CASUS_FUZZ_CHECK(threads >= 1 && threads <= MaxThreads());
        Format f;
        CASUS_FUZZ_CHECK(ParseFormat(a.code.format, &f) && f == wo.format);
      }
    }
    if (a.eval_cmd) CASUS_FUZZ_CHECK(in_args(a.gold));
    if (a.parse_cmd) CASUS_FUZZ_CHECK(in_args(a.parse_text));
  }
  return nullptr;
}

#undef CASUS_FUZZ_CHECK

}  // namespace casus::fuzz
