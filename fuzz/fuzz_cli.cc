// libFuzzer target: the casus command-line parser (tools/cli_args.h) on
// argv vectors split from the input at NUL bytes. The invariants are listed
// in cli_checks.h (shared with the replay test).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli_checks.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (const char* why = casus::fuzz::CheckCli(bytes)) casus::fuzz::Fail(__FILE__, __LINE__, why);
  return 0;
}
