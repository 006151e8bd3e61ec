// Structured fuzz input: turns the fuzzer's bytes into small integers,
// doubles and strings, in the order a target asks for them. Once the bytes
// run out every call gives 0 or "" (a target's loops must end on empty()).
// Header-only and compiler-neutral, so that tests/test_fuzz_replay.cc decodes
// a saved input exactly as the target did. No state beyond the cursor.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace casus::fuzz {

class Input {
 public:
  explicit Input(std::string_view bytes) : b_(bytes) {}
  bool empty() const { return i_ >= b_.size(); }
  uint8_t U8() { return empty() ? 0 : uint8_t(b_[i_++]); }
  uint32_t U32() {
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) v = (v << 8) | U8();
    return v;
  }
  // Any double, NaN and the infinities included, or a plain one (an
  // integer, a decimal fraction) so that the usual values come often.
  double F64() {
    switch (U8() % 4) {
      case 0: {
        uint64_t bits = (uint64_t(U32()) << 32) | U32();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
      }
      case 1:
        return double(int32_t(U32()));
      case 2:
        return double(int32_t(U32())) / 1000.0;
      default:
        return double(U8()) - 10.0;
    }
  }
  // A string of up to 63 arbitrary bytes (NUL, invalid UTF-8, quotes ...).
  std::string Str() {
    size_t n = U8() & 0x3f;
    n = std::min(n, b_.size() - std::min(i_, b_.size()));
    std::string s(b_.substr(i_, n));
    i_ += n;
    return s;
  }
  // The bytes not read yet.
  std::string_view Rest() {
    std::string_view r = empty() ? std::string_view() : b_.substr(i_);
    i_ = b_.size();
    return r;
  }

 private:
  std::string_view b_;
  size_t i_ = 0;
};

}  // namespace casus::fuzz
