// Normalisation: NFC via ICU, then typographic characters mapped to the
// ASCII forms the tokenizer and dictionaries use.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/text.h"
#include "util/utf8.h"

namespace casus {
namespace {

// What a non-ASCII code point becomes, or nullptr when it stays as it is.
const char* Replacement(char32_t cp) {
  switch (cp) {
    case 0x2018:  // quotes
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010:  // hyphens
    case 0x2011:
      return "-";
    case 0x2012:  // dashes
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return " - ";
    case 0x00A0:  // spaces
    case 0x2007:
    case 0x202F:
    case 0x2009:
    case 0x200A:
    case 0x2002:
    case 0x2003:
    case 0x3000:
      return " ";
    case 0x00AD:  // invisible
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0xFEFF:
    case 0x2060:
      return "";
    case 0x2026:
      return "...";
    case 0x2028:
    case 0x2029:
      return "\n";
    default:
      return nullptr;
  }
}

// NFC of `in` (ICU); `in` itself when ICU fails.
std::string Nfc(std::string_view in) {
  std::string nfc;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), int32_t(in.size())));
  if (U_SUCCESS(err)) {
    icu::UnicodeString out = n->normalize(u, err);
    if (U_SUCCESS(err)) out.toUTF8String(nfc);
  }
  if (U_FAILURE(err)) nfc.assign(in);
  return nfc;
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
  if (!ascii) nfc = Nfc(in);
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
      // Bytes that stay as they are, copied a run at a time.
      size_t j = i;
      while (j < s.size()) {
        unsigned char d = s[j];
        if (d >= 0x80 || d == '\r' || d == '\f' || d == '\v') break;
        ++j;
      }
      if (j > i) {
        out.append(s.data() + i, j - i);
        i = j;
        continue;
      }
      out += c == '\f' ? '\n' : ' ';  // \v; tabs kept: reflow reads indentation
      ++i;
      continue;
    }
    size_t start = i;
    const char* r = Replacement(DecodeUtf8(s, &i));
    if (r)
      out += r;
    else
      out.append(s.substr(start, i - start));
  }
  return out;
}

}  // namespace casus
