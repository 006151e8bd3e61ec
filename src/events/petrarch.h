// The PETRARCH program's sentence-level rules (EventPolicy::petrarch with
// `program`, policy.h), in casus's terms: where a verb's phrase ends, which
// coded verbs stand inside another coded verb's phrase, which words its
// parser reads as verbs where casus's tagger does not, and how its noun
// phrases compose actor and agent codes. casus reads the raw text only:
// the suites' parse trees are never read.
//
// No state: pure functions of the sentence and the events built for it;
// those taking a Sentence* change only that sentence, which the caller
// owns; thread-safe (each coding thread passes its own).
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
// promised aid to the affected Ithilen villages"). `sourceless`: groups a
// pattern matched that had no source; their phrase too is coded once, as
// an event with no source, none ("..., he said government proposed to take
// up the issue with the World Bank": nothing).
void InnerVerbsDropped(const SentenceCoder& sc, const std::vector<int>& sourceless,
                       SentenceOut* so);

// Words PETRARCH's parser reads as verbs where casus's tagger reads an
// adjective: a word of the verbs dictionary with a verb reading, after an
// actor or a conjunction that joins no adjectives, before a determiner or
// a noun ("Fornost and Gondor welcome a resumption", "on Thursday and
// promised aid to").
void PetrarchVerbWords(const Dictionaries& d, Sentence* s);

// A verb listed with a word glued before it ("WIRE_+TAP"): that word and
// the verb read as the verb's, whatever the tagger made of them ("will not
// wire tap the communication links": "tap" no noun, "wire" no verb).
void PetrarchGluedVerbs(const Dictionaries& d, Sentence* s);

// After an auxiliary or modal and its negation, adverbs, then the verb
// ("did not even ever clash over": "even" no verb, "clash" no noun), when
// the verbs dictionary has the verb.
void PetrarchNegatedVerbs(const Dictionaries& d, Sentence* s);

// PETRARCH's noun phrases (petrarch_nouns.cc), over a shallow chunk of
// the text (nouns, adjectives, determiners, possessives; "and" between two
// adjectives). Its first actor takes its agents, as PETRARCH mixes a noun
// phrase's codes: a `CODE~` agent before it ("MSF Arnor": NGOARN; "An MSF
// Arnor diplomat": NGOARNGOV), an agent the code holds on a three-letter
// boundary not again ("The Quibbler government newspaper": HGWGOVMED;
// "West German world government": GMWGOVWGO); a later actor is the title's
// holder or an apposition ("Ithilen's awful and evil minister Calimehtar":
// ITHGOV). "former" makes each agent an elite ("Arnor former security
// officials": ARNELI). A chunk of agents alone takes the actor of the chunk
// it is conjoined to, modifiers included, unless that opens with a
// determiner ("Danish media and government": DNKMED, DNKGOV), else of its
// "of" phrase, or in a subject its "in" or "from" phrase ("human rights
// activists of Gonzo GMO": GONGMOOPP); a noun naming no actor conjoined to
// an actor joins the compound as its "of" phrase's actor ("Ithilen's sheep
// and goats of Gondor"). A lone actor's mention reaches its head noun.
// Besides: a compound joined by "and" ends at ", and"; a pronoun with no
// clause above it has no antecedent; tagger verbs inside a noun phrase are
// nouns ("palace guard militia", "Calenardhon crowds burned"). With
// `new_actor_length` (PETRARCH's option, 0: off), a verb's party of at most
// that many words naming no actor is an actor coded by its words
// ("\"THE MINISTRY OF MAGIC\"").
void PetrarchNounPhrases(const Dictionaries& d, int new_actor_length, Sentence* s);

}  // namespace casus
