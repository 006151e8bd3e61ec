// FNV-1a, 64 bits: the one hash casus uses for stable ids (event ids), its
// word table and output checksums. Header-only, no state, thread-safe.
#pragma once
#include <cstdint>
#include <string_view>

namespace casus {

// FNV-1a's published 64-bit offset basis. (Before event ids covered the
// actors' words, casus used 1469598103934665603, a digit short; the ids
// changed then anyway, so the published basis came with them.)
constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// Hashes the bytes of `s` into `h`.
inline uint64_t FnvBytes(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

// Hashes one field of a record: the bytes, then a 0xff separator, so that
// ("ab","c") and ("a","bc") differ. Event ids are built from these.
inline uint64_t FnvField(uint64_t h, std::string_view s) {
  return (FnvBytes(h, s) ^ 0xff) * kFnvPrime;
}

}  // namespace casus
