// The PETRARCH program's sentence-level rules (EventPolicy::petrarch with
// `program`, policy.h), in casus's terms: where a verb's phrase ends, and
// which coded verbs stand inside another coded verb's phrase.
//
// No state: pure functions of the sentence and the events built for it;
// thread-safe (each coding thread passes its own).
#pragma once
#include "events/coding.h"

namespace casus {

// Where verb v's phrase ends for PETRARCH: at a comma that opens a clause
// of its own, a noun phrase and its verb ("crowds burned down its embassy,
// a senior Bree official said"); -1: the sentence's end. A comma before
// anything else stays inside the phrase ("ties with Gxndor, almost five
// years after Calenardhon crowds ...").
int PetrarchPhraseEnd(const Sentence& s, int v);

// Drops the events of a verb inside the phrase of an earlier verb that
// coded an event, as PETRARCH codes a verb phrase once ("Arnor is about to
// restore full diplomatic ties with Gondor almost five years after
// Calenardhon crowds burned down its embassy": 064 only). A verb joined by
// a conjunction is a phrase of its own ("condemned an attack ... and
// promised aid to the affected Ithilen villages").
void InnerVerbsDropped(const SentenceCoder& sc, SentenceOut* so);

}  // namespace casus
