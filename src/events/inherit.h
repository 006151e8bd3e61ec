// Country inheritance: a mention that names no country ("rebels",
// "government checkpoint", "police") takes one from the sentence. This is
// the one place that decides where it comes from; every path that gives a
// bare role a country (event sources and targets, counted quantities, the
// two parties of one event) calls these.
//
// No state; thread-safe.
#pragma once
#include "internal.h"

namespace casus {

// Which party the mention is: a source looks first to its reporter, a target
// (or a counted group) first to the place.
enum class Party { kSource, kTarget };

// Sets the country of a bare mention and rebuilds its code (country + role).
void SetCountry(Mention* m, const std::string& country);

// "Syria's army said rebels …" (source: the speaker's country first), "hit
// civilian areas in northern Iraq" (target: the place's country first, then
// the speaker's). Mentions with a country, and IGOs, are left alone.
void InheritCountry(Mention* m, const Mention* speaker, const Sentence& s, Party party);

// A bare role acts at home: "police detained opposition supporters". When
// one party of an event names a country and the other names none (and
// neither is an IGO), the bare one takes it; the target first.
void ShareCountry(Mention* source, Mention* target);

}  // namespace casus
