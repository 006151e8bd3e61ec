// libFuzzer target: input sniffing and reading (ReadBuffer) on arbitrary
// bytes. The invariants are listed in ingest_checks.h (shared with the
// replay test).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "ingest_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (const char* why = casus::fuzz::CheckIngest(bytes)) casus::fuzz::Fail(__FILE__, __LINE__, why);
  return 0;
}
