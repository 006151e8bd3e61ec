// Actor finding, pass by pass (internal to src/match/actors*.cc). FindActors
// (internal.h) runs these passes, in the order declared, over one tagged
// sentence:
//
//   MatchPhrases         dictionary phrases left to right, each composed with
//                        the roles, persons and places around it
//   EthnicGroups         "ethnic Hungarians in Romania": the country they live in
//   Coreference          "Doe said", "the minister": a titled person named
//                        earlier in the article; "the bloc": the organisation
//                        named last (actors_coref.cc)
//   VerbAfterActor       "the air force said": the word after an actor is its verb
//   Dateline             "DAMASCUS, March 5 (Reuters) -": a place, no agency
//   PossessivePronouns   "Turkey said its jets ...": the country named before
//   SubjectPronouns      "Iran said it would ...", "He accused Iran ..."
//   DropRoleModifiers    "civilian and military targets": no actors
//   DropHyphenModifiers  "a U.S.-brokered plan": no actor
//   ShareCoordinatedRole "Indian and Pakistani border guards"
//   GroupCompounds       "Japan, South Korea and Australia": one group
//   RememberPersons      titled persons, kept for the article's next sentences
//   RolesOverPlaces      imported PETRARCH sets only: "Lawmakers in Fornost
//                        and Gondor welcomed": FORLEG and GONLEG
//   MultiCodeCompounds   imported PETRARCH sets only: "Lorien [ELR/GAL]"
//                        names two actors, one compound
//
// State: everything lives in the Sentence the caller owns (its mentions, the
// token -> mention maps and the memo of longest phrase matches, filled once
// per sentence, and the article's titled persons, which the caller clears
// per article); a Passes object only points at it. Dictionaries are read
// only, so any number of threads may each run their own Passes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "internal.h"

namespace casus::actors {

// A TABARI set's (Sentence::tabari_actors) phrase at token i read with up
// to four words between its words (ActorEntry::gaps; actors_tabari.cc);
// no match unless some word stands between. Reads only.
ActorMatch GappedAt(const Dictionaries& d, const Sentence& s, int i);

class Passes {
 public:
  // Clears the sentence's mentions and fills its memo of longest matches.
  Passes(const Dictionaries& d, Sentence* s);

  void MatchPhrases();
  void EthnicGroups();
  void LedRoles();
  void Coreference();
  const Mention* OrganisationBefore(int i) const;
  const Mention* PlaceBefore(int i) const;
  void VerbAfterActor();
  void Dateline();
  void PossessivePronouns();
  void SubjectPronouns();
  void DropRoleModifiers();
  void DropHyphenModifiers();
  void ShareCoordinatedRole();
  void GroupCompounds();
  void RememberPersons();
  void MultiCodeCompounds();
  void RolesOverPlaces();

 private:
  // The one way a mention is added: appended (mentions are found left to
  // right, so they stay in token order) with its tokens pointing at it.
  void AddMention(Mention m);
  // Drops the mentions for which drop(index) holds and re-points the tokens.
  template <class Drop>
  void DropMentions(Drop drop);
  // Token -> mention maps from scratch, after mentions were inserted or dropped.
  void Reindex();

  // Longest dictionary phrase at token i (the memo; empty past the end).
  const ActorMatch& Longest(int i) const;
  // Lowercase word of token i, "" outside the sentence or when unknown.
  std::string_view Word(int i) const;
  bool Locative(int i) const;
  // Token k is a "-" the tokenizer split from both neighbours ("U.S.-led").
  bool GluedHyphen(int k) const;
  // A role noun that names an actor (not "exports", not "targets").
  bool IsActorRole(const ActorMatch& m) const;
  bool IsRole(const ActorMatch& m, const std::string& role) const;
  // The entry's role, or the former office holder's when it is out of date.
  std::string_view RoleOf(const ActorMatch& m) const;
  int RoleAfter(int i, int max_skip, ActorMatch* out) const;
  bool PersonAfter(int i, ActorMatch* out) const;
  bool SameCountryNameAfter(int i, const std::string& country, ActorMatch* out) const;
  // An unknown name of capitalised words at i after the title ending at i;
  // returns where it ends, or -1.
  int NameAfter(int i) const;
  bool NameParticle(int j) const;
  // The person named after a title, dictionary or unknown: extends *mt.
  void TakePerson(Mention* mt, bool same_country);
  void TakeGroupPerson(Mention* mt, bool had_role);

  // MatchPhrases, by what starts at token i; each returns where to go on.
  int HyphenatedLeader(int i);
  const ActorEntry* PartName(int i) const;
  const ActorEntry* TwoWordCountry(int32_t a, int32_t b, std::string_view other) const;
  int City(int i, const ActorMatch& m);
  const ActorEntry* PickPlace(int i, const ActorMatch& m) const;
  int Compose(int i, const ActorMatch& m);
  void ComposeRoleFirst(Mention* mt);
  bool ComposeCountryFirst(const ActorMatch& m, Mention* mt, int* skip_to);
  void MarkPlace(Mention* mt) const;
  bool JoinsPrevious(size_t k) const;
  bool ParallelOwners(const Mention& prev, const Mention& cur) const;
  bool NamedPartners(const Mention& prev, const Mention& cur) const;
  bool Modifier(int t, int gap_b) const;  // a det/adj in a compound's gap

  // Coreference: the latest person with this surname / title, or null.
  const ArticlePersons::Person* PersonNamed(std::string_view surname) const;
  const ArticlePersons::Person* PersonTitled(int32_t title) const;
  void TakeReferent(const ArticlePersons::Person& p, Mention* m) const;

  const Dictionaries& d_;
  const ActorRules& r_;
  Sentence& s_;
  const int n_;
};

}  // namespace casus::actors
