// libFuzzer target: the output writers (JSON Lines, CSV, TSV) on records
// built from the input, read back with simdjson and an RFC 4180 reader.
// The invariants are listed in output_checks.h (shared with the replay test).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "output_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (const char* why = casus::fuzz::CheckOutput(bytes)) casus::fuzz::Fail(__FILE__, __LINE__, why);
  return 0;
}
