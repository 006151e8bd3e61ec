// Internal structures shared by the pipeline stages (not public API).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/coder.h"
#include "match/dictionaries.h"
#include "text/text.h"

namespace casus {

// An actor named in a sentence: tokens [b, e).
struct Mention {
  int b = 0, e = 0;
  std::string code, country, role;
  std::string igo_role;  // an IGO's role noun ("ECOWAS troops": MIL); its code stays the IGO's
  bool igo = false;
  bool place = false;      // inside a locative phrase ("in Kabul"): context, not a participant
  bool media = false;      // a news agency or outlet
  bool pronoun = false;    // "he", "it", "they" standing for an actor named earlier
  bool city = false;       // from the gazetteer: a place, never a speaker or actor by itself
  bool dateline = false;   // named in the dateline: where the story was filed
  bool area = false;       // a sea or region of data/places: only ever where, never who
  bool asset = false;      // a country's goods or economy ("Iranian oil exports"): a target only
  bool role_of = false;    // "the ambassadors of Arnor": a role, then its country after "of"
  bool stateless = false;  // "an international tribunal": a bare role of no state
  const ActorEntry* entry = nullptr;  // the dictionary entry that named it (coordinates, feature)
  int group = -1;                     // compound group id ("Japan, South Korea and Australia")
  int side = 0;     // within a group: "Iran and six world powers - A, B -": Iran 0, A and B 1
  int head = 0;     // token of the head noun
  int name_b = -1;  // a person named after a title: first token of the name (ends at e)
  int title = -1;   // that person's title noun ("Deputy Prime Minister John Doe": Minister)
};

// The longest actor phrase starting at a token: it ends before token `end`;
// `expired` marks a dated entry outside its range (a former office holder).
struct ActorMatch {
  int end = -1;
  const ActorEntry* entry = nullptr;
  bool expired = false;
};

struct ArticleCountries;
// Persons the article has named with a title so far, for "Doe said" and
// "the minister" after "Nigerian Foreign Minister John Doe". FindActors
// reads and adds to it; the coder clears it at each article. The entries
// keep their strings between articles: no allocation once warm.
struct ArticlePersons {
  struct Person {
    std::string name;     // as written, after the title ("John Doe")
    std::string surname;  // its last word ("Doe")
    int32_t title = -1;   // lowercase word id of the title noun ("minister")
    std::string titled;   // lowercase words before the name ("nigerian foreign minister")
    Mention m;            // the code, country and role the person stands for
  };
  std::vector<Person> persons;
  size_t n = 0;  // entries in use
  // The organisation the article named last, for "the bloc", "the alliance".
  Mention igo;
  bool has_igo = false;
  // The place the article named last ("in Taipei"), for "the island".
  Mention place;
  bool has_place = false;
  void Clear() { n = 0, has_igo = false, has_place = false; }
};

// Everything known about the sentence being coded. Lives in Scratch.
struct Sentence {
  std::string_view text;
  std::vector<Token> toks;
  std::vector<Mention> mentions;
  // "a U.S.-brokered deal": a mediator named only as a hyphenated modifier,
  // no party of the clause (its `e` is the hyphen; data/rules/actors.txt
  // [mediator-suffixes]).
  std::vector<Mention> hyphen_mediators;
  std::vector<int> mention_at;   // token -> mention index or -1
  std::vector<int> mention_end;  // token -> mention ending at this token or -1
  int32_t day = 0;               // yyyymmdd of the article, for dated actors
  std::optional<Mention> prior;  // the previous sentence's leading actor, for "He said …"
  // A TABARI set's coreference (its coder's policy): a pronoun stands for the
  // sentence's first actor before it, else the previous sentence's, wherever
  // it stands ("However, it acknowledged ...").
  bool tabari_pronouns = false;
  // A TABARI set's actor phrases: matched whatever their case ("ties with
  // ithilen government radio's": ITHRAD), and no misspelled name is read.
  bool tabari_actors = false;
  // The PETRARCH program's actor phrases: written with spaces, they let
  // other words stand between their words ("Ithilen state-run television":
  // ITHILEN TELEVISION, ActorEntry::gaps), and their codes are what the
  // file writes (ITHTV), as TABARI's.
  bool petrarch_actors = false;
  std::vector<ActorMatch> actor_matches;  // token -> longest actor phrase (FindActors' memo)
  // The article's countries, for places (null: the sentence alone is the article).
  ArticleCountries* article = nullptr;
  ArticlePersons persons;  // titled persons of the article so far
  std::string_view Word(int i) const {
    return text.substr(toks[i].begin, toks[i].end - toks[i].begin);
  }
};

// The countries an article names (actor phrases other than places, in any
// of its sentences): a small place is a place only in an article that names
// its country, and a name several places share is the one in a named
// country. Found on first need, once per article (most articles never ask).
// Owned by the coder's Scratch; one thread.
struct ArticleCountries {
  std::string_view text;                     // the re-flowed article
  const std::vector<Span>* spans = nullptr;  // its sentences
  int32_t day = 0;
  bool filled = false;
  std::vector<std::string_view> codes;  // alpha-3, into the dictionaries
  // The surer ones: countries named as places ("in Ukraine") and the
  // countries of places only one country has ("Kharkiv").
  std::vector<std::string_view> places;
  Sentence scratch;  // each sentence, tokenized to look for them
  void Reset(std::string_view t, const std::vector<Span>* s, int32_t d) {
    text = t;
    spans = s;
    day = d;
    filled = false;
    codes.clear();
    places.clear();
  }
};

// Finds actor mentions (and compound groups) in `s`, tagged: fills
// s->mentions, mention_at, mention_end and actor_matches, and re-tags a few
// tokens (a verb inside a mention is a noun). Passes: src/match/actors_passes.h.
void FindActors(const Dictionaries& d, Sentence* s);

// Lowercase word of a token via the lexicon ("" when unknown).
inline std::string_view LowerWord(const Dictionaries& d, const Sentence& s, int i) {
  int32_t id = s.toks[i].id;
  return id >= 0 ? std::string_view(d.lexicon().Word(id)) : std::string_view();
}

// Dates: resolves the sentence's date phrase against the article date
// (YYYY-MM-DD); returns the article date when the sentence has none.
std::string ResolveDate(const Dictionaries& d, const Sentence& s, const std::string& article_date);

// Quantities: numbers tied to counted nouns ("some 3,000 protesters").
struct FoundQuantity {
  Quantity q;
  int b = 0, e = 0;  // token span
  int mention = -1;  // actor mention the counted noun belongs to
};
void FindQuantities(const Dictionaries& d, const Sentence& s, std::vector<FoundQuantity>* out);

Actor MakeActor(const Mention& m, const Sentence& s);

// Coder::Code and DescribeSentence under `p` instead of the dictionaries'
// own policy (src/events/coder.cc): `casus validate` switches a TABARI
// suite's options record by record.
struct EventPolicy;
void CodeWithPolicy(const Dictionaries& d, const EventPolicy& p, const Article& article,
                    Scratch* scratch, CodedArticle* out, Trace* trace = nullptr);
std::string DescribeSentenceWith(const Dictionaries& d, const EventPolicy& p,
                                 const std::string& sentence, const std::string& date);

}  // namespace casus
