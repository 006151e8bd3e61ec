// A TABARI set's sentence-level options (TabariOptions, policy.h), applied
// by the coder's driver (coder.cc): which sentences are coded at all, which
// comma-delimited clauses are read, and how many events a sentence keeps.
// Only in force when the set has a TABARI .options file (TabariOptions::on).
//
// Thread safety: plain functions of their arguments.
#pragma once
#include <string>
#include <string_view>

#include "events/coding.h"

namespace casus {

// Words as TABARI counts them (SET: MINIMUM WORDS, COMMA lengths).
int TabariWords(std::string_view text);

// COMMA: `s` (actors found) with its comma-delimited clauses of the
// configured lengths blanked out into *blanked (same length, so offsets
// hold); false when none is.
bool BlankCommaClauses(const CommaLimits& o, const Sentence& s, std::string* blanked);

// PETRARCH's comma-delimited clause deletion (its check_commas), the same
// contract: the words after the last comma, then those between each two
// commas in turn (and before the first, when bmax is not 0), counted as
// PETRARCH counts them (words that begin with a letter), are blanked when
// their count is within the limits; a comma inside a noun phrase delimits
// nothing ("complete, full diplomatic ties", "Mordor, the Shire and Bree").
bool BlankPetrarchCommas(const CommaLimits& o, const Sentence& s, std::string* blanked);

// COMPLEX: why the sentence (verb groups matched) is too complex to code,
// or "".
std::string TabariComplex(const SentenceCoder& sc, const SentenceFacts& facts);

// TABARI's clause of token k (0, 1, ...): a clause starts after a
// conjunction, but not one inside a compound of actors ("Gondor and Bree"),
// nouns ("sheep and evil awful goats") or adjectives.
int TabariClause(const SentenceCoder& sc, int k);

// SET: CODE BY CLAUSE (TABARI's default) and CODE BY SENTENCE: keeps the
// events of the first verb that made any, in each clause or in the sentence.
void FirstVerbOnly(const SentenceCoder& sc, bool per_clause, SentenceOut* so);

}  // namespace casus
