// Text rules: the word lists of the text stage (data/text/*.txt, in the
// format of data/rules): closed-class words, abbreviations, sentence
// starters, hyphen-keeping prefixes. They are read right after the lexicon,
// before any dictionary phrase is tokenized, and stored in the lexicon's
// entries (LexEntry::closed, LexEntry::marks), so that the text stage looks
// them up by word id and needs nothing else.
#pragma once
#include <string>

#include "casus/status.h"

namespace casus {

class Lexicon;

// Reads `dir` (data/text) and marks the words in `lex`. Fails with
// "file:line: why" or the name of a missing section.
[[nodiscard]] Status LoadTextRules(const std::string& dir, Lexicon* lex);

}  // namespace casus
