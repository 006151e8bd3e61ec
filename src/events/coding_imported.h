// The coding rules of imported dictionary sets (coding_imported.cc): the
// parties TABARI's and PETRARCH's coders find for a verb group. Stateless
// functions of the sentence coder's state; thread safety as SentenceCoder.
#pragma once

#include "events/coding.h"

namespace casus {

// The first actor of the verb's sentence part not in `not_group`, for a
// verb with no subject (TABARI; PETRARCH's suite), or -1.
int TabariSource(const SentenceCoder& sc, const SentenceFacts& facts, int gi, int not_group);
// A TABARI set's source and target, read in the verb's clause.
void TabariParties(const SentenceCoder& sc, const Found& f, int gi, GroupDecision* d);

// Where a TABARI DEFAULT puts its party: nowhere, as the source, or the
// found target becomes the source.
enum class DefaultSide { kNo, kDefault, kFromTarget };
DefaultSide DefaultSource(const SentenceCoder& sc, const Found& f, int gi, GroupDecision* d);
void DefaultTarget(const SentenceCoder& sc, const Found& f, int gi, bool passive, GroupDecision* d);
// PETRARCH's target: a place right after the verb's preposition.
void PlaceObject(const Sentence& s, const VerbGroup& g, GroupDecision* d);
// An imported set's target: the first actor after the verb.
void TargetAfterVerb(const SentenceCoder& sc, const VerbGroup& g, GroupDecision* d);

}  // namespace casus
