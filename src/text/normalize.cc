// Normalisation: NFC via ICU, then typographic characters mapped to the
// ASCII forms the tokenizer and dictionaries use.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/text.h"

namespace casus {
namespace {

// Decodes one UTF-8 code point at s[i] (input is valid UTF-8).
uint32_t Decode(std::string_view s, size_t i, size_t* len) {
  unsigned char c = s[i];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if ((c >> 5) == 6 && i + 1 < s.size()) {
    *len = 2;
    return ((c & 0x1f) << 6) | (s[i + 1] & 0x3f);
  }
  if ((c >> 4) == 14 && i + 2 < s.size()) {
    *len = 3;
    return ((c & 0x0f) << 12) | ((s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
  }
  if (i + 3 < s.size()) {
    *len = 4;
    return ((c & 0x07) << 18) | ((s[i + 1] & 0x3f) << 12) | ((s[i + 2] & 0x3f) << 6) |
           (s[i + 3] & 0x3f);
  }
  *len = 1;
  return c;
}

}  // namespace

std::string NormalizeText(std::string_view in) {
  bool ascii = true;
  for (unsigned char c : in)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  std::string nfc;
  if (!ascii) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), int32_t(in.size())));
    if (U_SUCCESS(err)) {
      icu::UnicodeString out = n->normalize(u, err);
      if (U_SUCCESS(err)) out.toUTF8String(nfc);
    }
    if (U_FAILURE(err)) nfc.assign(in);
  }
  std::string_view s = ascii ? in : std::string_view(nfc);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c == '\r') {  // CRLF and lone CR become LF
      out += '\n';
      i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c < 0x80) {
      out += (c == '\f')   ? '\n'
             : (c == '\v') ? ' '
                           : char(c);  // tabs kept: reflow reads indentation
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp = Decode(s, i, &len);
    switch (cp) {
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
        out += '\'';
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033:
      case 0x00AB:
      case 0x00BB:
        out += '"';
        break;
      case 0x2010:
      case 0x2011:
        out += '-';
        break;  // hyphens
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212:
        out += " - ";
        break;  // dashes
      case 0x00A0:
      case 0x2007:
      case 0x202F:
      case 0x2009:
      case 0x200A:
      case 0x2002:
      case 0x2003:
      case 0x3000:
        out += ' ';
        break;
      case 0x00AD:
      case 0x200B:
      case 0x200C:
      case 0x200D:
      case 0xFEFF:
      case 0x2060:
        break;  // invisible
      case 0x2026:
        out += "...";
        break;
      case 0x2028:
      case 0x2029:
        out += '\n';
        break;
      default:
        out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace casus
