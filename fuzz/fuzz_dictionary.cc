// libFuzzer target: every data-file loader (lexicon, text rules, CAMEO
// tables, roles, actors, verb patterns, rules, gazetteer) on one file's
// text, the first byte choosing the loader. The invariants are listed in
// dictionary_checks.h (shared with the replay test).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dictionary_checks.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (const char* why = casus::fuzz::CheckDictionary(bytes))
    casus::fuzz::Fail(__FILE__, __LINE__, why);
  return 0;
}
