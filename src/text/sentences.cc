// Sentence splitting that survives abbreviations, initials, quotes, ellipses
// and decimal numbers. Paragraph breaks ("\n\n") always end a sentence.
#include <cctype>
#include <string>

#include "text/text.h"

namespace casus {
namespace {

bool Upper(char c) {
  return std::isupper(static_cast<unsigned char>(c));
}
bool Space(char c) {
  return c == ' ' || c == '\n' || c == '\t';
}

// Splits `t`; is_abbrev(word) tells whether a word before a period takes
// the period without ending the sentence, is_starter(word) whether a word
// after "U.S." and the like opens a new one.
template <class IsAbbrev, class IsStarter>
std::vector<Span> Split(std::string_view t, IsAbbrev is_abbrev, IsStarter is_starter) {
  std::vector<Span> out;
  size_t start = 0;
  auto push = [&](size_t b, size_t e) {
    while (b < e && Space(t[b])) ++b;
    while (e > b && Space(t[e - 1])) --e;
    if (e > b) out.push_back({uint32_t(b), uint32_t(e)});
  };
  // Text without sentence punctuation (tables, lists, garbage) is cut into
  // pieces of at most kMaxSentenceBytes at a space, so that no "sentence"
  // makes the clause analysis quadratic in the size of the input.
  auto emit = [&](size_t end) {
    size_t b = start;
    while (end - b > kMaxSentenceBytes) {
      size_t cut = b + kMaxSentenceBytes;
      size_t sp = t.rfind(' ', cut);
      if (sp == std::string_view::npos || sp <= b + kMaxSentenceBytes / 2) sp = cut;
      // never cut inside a UTF-8 sequence
      while (sp > b && (static_cast<unsigned char>(t[sp]) & 0xC0) == 0x80) --sp;
      push(b, sp);
      b = sp;
    }
    push(b, end);
    start = end;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '\n' && i + 1 < t.size() && t[i + 1] == '\n') {
      emit(i);
      continue;
    }
    if (c != '.' && c != '?' && c != '!') continue;
    size_t j = i + 1;
    while (j < t.size() && (t[j] == '.' || t[j] == '?' || t[j] == '!')) ++j;  // "...", "?!"
    while (j < t.size() && (t[j] == '"' || t[j] == '\'' || t[j] == ')')) ++j;
    if (j < t.size() && !Space(t[j])) continue;  // 3.5, U.S.-led, "No.1"
    size_t k = j;
    while (k < t.size() && Space(t[k])) ++k;
    if (k < t.size()) {
      char n = t[k];
      bool opener = n == '"' || n == '\'' || n == '(';
      if (!(Upper(n) || std::isdigit(static_cast<unsigned char>(n)) || opener))
        continue;  // "? he said"
    }
    if (c == '.' && j == i + 1) {
      // The word before the period.
      size_t w = i;
      while (w > start && !Space(t[w - 1]) && t[w - 1] != '"' && t[w - 1] != '(') --w;
      std::string_view word = t.substr(w, i - w);
      if (word.size() == 1 && Upper(word[0])) continue;  // an initial: "John F. Kennedy"
      if (is_abbrev(word)) continue;
      if (word.find('.') != std::string::npos && word.size() <= 6) {
        // U.S., U.N.: a sentence ends here only if a typical opener follows.
        size_t e = k;
        while (e < t.size() && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
        if (k < t.size() && !is_starter(t.substr(k, e - k))) continue;
      }
    }
    emit(j);
    i = j - 1;
  }
  emit(t.size());
  return out;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view t, const Lexicon& lex) {
  return Split(
      t, [&](std::string_view word) { return lex.Marked(word, kMarkAbbreviation); },
      [&](std::string_view word) {
        // As written in the text: "The", not in capitals or lowercase.
        for (size_t i = 1; i < word.size(); ++i)
          if (!std::islower(static_cast<unsigned char>(word[i]))) return false;
        return !word.empty() && Upper(word[0]) && lex.Marked(word, kMarkStarter);
      });
}

}  // namespace casus
