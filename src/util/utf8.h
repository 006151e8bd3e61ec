// UTF-8: the one decoder casus uses, validation with a reason, and byte to
// character offsets (spans are reported in both). No state, thread-safe.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace casus {

// Decodes the code point at s[*i] and advances *i past it. Invalid or
// truncated sequences, overlong forms and surrogates give U+FFFD and advance
// one byte.
char32_t DecodeUtf8(std::string_view s, size_t* i);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

// Number of code points in the first `bytes` bytes of `s` (a continuation
// byte does not start a character). Offsets into valid UTF-8 give the
// character offsets a Python str uses.
size_t Utf8Chars(std::string_view s, size_t bytes);

}  // namespace casus
