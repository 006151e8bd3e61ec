// In-article coreference of titled persons: after "Nigerian Foreign Minister
// John Doe" the article may say "Doe said", "John Doe said" or "the
// minister said"; each stands for the person named first (his code,
// country and role). The persons live in Sentence::persons, which the coder
// clears per article; RememberPersons adds this sentence's persons after
// every other pass has run. Likewise "the bloc", "the alliance" (actors.txt
// [organisation-anaphors]) stand for the organisation named last.
#include <algorithm>

#include "match/actors_passes.h"
#include "util/strings.h"

namespace casus::actors {

namespace {
constexpr size_t kMaxPersons = 32;  // per article; the oldest make room

// Whether `word` is one of the space-separated words of `words`.
bool HasWord(std::string_view words, std::string_view word) {
  if (word.empty()) return false;
  for (size_t at = words.find(word); at != std::string_view::npos; at = words.find(word, at + 1)) {
    size_t end = at + word.size();
    if ((at == 0 || words[at - 1] == ' ') && (end == words.size() || words[end] == ' '))
      return true;
  }
  return false;
}

// A place "the island" may stand for: one told as where ("in Taipei"), or a
// bare name or alias after a preposition ("from Gaza", not the subject in
// "Israel launched air strikes on the enclave"); not a capital standing for
// its government ("Beijing announced") nor a people ("Israelis").
bool PlaceName(const Sentence& s, const Mention& m) {
  if (m.area || m.pronoun || m.country.empty()) return false;
  return m.place || m.city ||
         (m.entry &&
          (m.entry->field == ActorField::kName || m.entry->field == ActorField::kAlias) &&
          m.role.empty() && !m.igo && m.b > 0 && s.toks[m.b - 1].pos == Pos::kPrep);
}

// "the bloc", "the island": a mention of the two words at i standing for
// its referent's code.
Mention Anaphor(int i) {
  Mention m;
  m.b = i;
  m.e = i + 2;
  m.head = i + 1;
  return m;
}
}  // namespace

const ArticlePersons::Person* Passes::PersonNamed(std::string_view surname) const {
  for (size_t k = s_.persons.n; k-- > 0;)
    if (s_.persons.persons[k].surname == surname) return &s_.persons.persons[k];
  return nullptr;
}

const ArticlePersons::Person* Passes::PersonTitled(int32_t title) const {
  if (title < 0) return nullptr;
  for (size_t k = s_.persons.n; k-- > 0;)
    if (s_.persons.persons[k].title == title) return &s_.persons.persons[k];
  return nullptr;
}

void Passes::TakeReferent(const ArticlePersons::Person& p, Mention* m) const {
  m->code = p.m.code;
  m->country = p.m.country;
  m->role = p.m.role;
  m->igo = p.m.igo;
  if (!m->entry) m->entry = p.m.entry;
}

// "the bloc": the organisation named last, in this sentence or before.
const Mention* Passes::OrganisationBefore(int i) const {
  for (size_t k = s_.mentions.size(); k-- > 0;) {
    const Mention& m = s_.mentions[k];
    if (m.b < i && m.igo && !m.pronoun && !m.place) return &m;
  }
  return s_.persons.has_igo ? &s_.persons.igo : nullptr;
}

// "the island": the place named last, in this sentence or before, or null.
const Mention* Passes::PlaceBefore(int i) const {
  for (size_t k = s_.mentions.size(); k-- > 0;) {
    const Mention& m = s_.mentions[k];
    if (m.b < i && PlaceName(s_, m)) return &m;
  }
  return s_.persons.has_place ? &s_.persons.place : nullptr;
}

void Passes::Coreference() {
  bool added = false;
  for (int i = 0; i < n_; ++i) {
    const Token& t = s_.toks[i];
    if (Word(i) == "the" && i + 1 < n_ && s_.mention_at[i] < 0 && s_.mention_at[i + 1] < 0 &&
        r_.place_anaphors->Has(s_.toks[i + 1].id) &&
        (i + 2 >= n_ || s_.toks[i + 2].pos != Pos::kNoun)) {
      if (const Mention* o = PlaceBefore(i)) {
        Mention m = Anaphor(i);
        m.code = m.country = o->country;
        s_.mentions.push_back(std::move(m));
        added = true;
      }
      continue;
    }
    if (Word(i) == "the" && i + 1 < n_ && s_.mention_at[i + 1] < 0 &&
        r_.igo_anaphors->Has(s_.toks[i + 1].id)) {
      if (const Mention* o = OrganisationBefore(i)) {
        Mention m = Anaphor(i);
        m.code = o->code;
        m.igo = true;
        m.entry = o->entry;
        s_.mentions.push_back(std::move(m));
        added = true;
      }
      continue;
    }
    if (s_.persons.n == 0) continue;
    if (Word(i) == "the" && i + 1 < n_) {
      // "the minister said": a bare title (no country of its own) is the
      // last person named with it.
      int mi = s_.mention_at[i + 1];
      if (mi >= 0) {
        Mention& m = s_.mentions[mi];
        const ArticlePersons::Person* p = PersonTitled(s_.toks[m.e - 1].id);
        // "the interior minister" is not "Prime Minister X": every word
        // before the title noun must be in the person's title.
        for (int k = i + 1; p && k < m.e - 1; ++k)
          if (!HasWord(p->titled, Word(k))) p = nullptr;
        if (p && m.b == i && m.country.empty() && !m.igo && m.name_b < 0 && m.entry &&
            m.entry->field == ActorField::kRole)
          TakeReferent(*p, &m);
      } else if (const ArticlePersons::Person* p = PersonTitled(s_.toks[i + 1].id)) {
        // "the general said": a title that is no role noun by itself.
        Mention m;
        m.b = i;
        m.e = i + 2;
        m.head = i + 1;
        TakeReferent(*p, &m);
        s_.mentions.push_back(std::move(m));
        added = true;
      }
      continue;
    }
    if (!t.upper_initial) continue;
    int mi = s_.mention_at[i];
    // A surname the gazetteer also knows as a town ("Hassan") is the person.
    if (mi >= 0 && !(s_.mentions[mi].city && s_.mentions[mi].e - s_.mentions[mi].b == 1)) continue;
    const ArticlePersons::Person* p = PersonNamed(s_.Word(i));
    if (!p) continue;
    int b = i;  // "John Doe said": the given names too
    while (b > 0 && s_.mention_at[b - 1] < 0 && s_.toks[b - 1].upper_initial &&
           p->name.find(s_.Word(b - 1)) != std::string::npos)
      --b;
    Mention m;
    m.b = b;
    m.e = i + 1;
    m.head = i;
    m.name_b = b;
    TakeReferent(*p, &m);
    for (int k = b; k <= i; ++k) {
      s_.toks[k].pos = Pos::kPropn;  // "May said": a name, not a modal
      s_.toks[k].vform = VForm::kNone;
    }
    if (mi >= 0)
      s_.mentions[mi] = std::move(m);
    else {
      s_.mentions.push_back(std::move(m));
      added = true;
    }
  }
  if (added) {
    std::stable_sort(s_.mentions.begin(), s_.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.b < b.b; });
  }
  Reindex();
}

void Passes::RememberPersons() {
  ArticlePersons& ap = s_.persons;
  for (size_t k = s_.mentions.size(); k-- > 0;) {  // the last one named
    const Mention& m = s_.mentions[k];
    if (m.igo && !m.pronoun && !m.place && m.entry) {
      ap.igo = m;
      ap.has_igo = true;
      break;
    }
  }
  for (size_t k = s_.mentions.size(); k-- > 0;) {
    const Mention& m = s_.mentions[k];
    if (PlaceName(s_, m)) {
      ap.place = m;
      ap.has_place = true;
      break;
    }
  }
  for (const Mention& m : s_.mentions) {
    if (m.title < 0 || m.pronoun || m.title + 1 >= m.e) continue;
    if (ap.n == kMaxPersons) {
      std::rotate(ap.persons.begin(), ap.persons.begin() + 1, ap.persons.begin() + ap.n);
      --ap.n;
    }
    if (ap.persons.size() <= ap.n) ap.persons.emplace_back();
    ArticlePersons::Person& p = ap.persons[ap.n++];
    const Token& first = s_.toks[m.title + 1];
    p.name.assign(s_.text.substr(first.begin, s_.toks[m.e - 1].end - first.begin));
    p.surname.assign(s_.Word(m.e - 1));
    p.title = s_.toks[m.title].id;
    p.titled.clear();
    for (int k = m.b; k <= m.title; ++k) {
      if (k > m.b) p.titled += ' ';
      p.titled += Word(k);
    }
    p.m = m;
  }
}

}  // namespace casus::actors
