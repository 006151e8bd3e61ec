// `casus validate FILE`: runs a PETRARCH validation XML or a TABARI
// validation .project (src/import/validate.cc) and prints each failure with
// expected vs got, totals per category and "N passed, M failed (P% pass)".
// Exit status 0 when every record passed, 1 when some failed, 2 when the
// suite or its dictionaries could not be read.
#include <cstdio>
#include <iostream>

#include "import/import.h"

int RunValidate(const std::string& file, const casus::LoadOptions& options) {
  std::vector<std::string> lines;
  int passed = 0, failed = 0;
  casus::Status s = casus::RunValidation(file, options, &lines, &passed, &failed);
  if (!s.ok()) {
    std::cerr << "casus: " << s.message() << "\n";
    return 2;
  }
  for (const std::string& l : lines) std::printf("%s\n", l.c_str());
  return failed ? 1 : 0;
}
