// Actor matching, persons: a person named after a title or an owner
// ("Foreign Minister Sergei Lavrov", "Deputy Prime Minister Ahmed Karimov",
// "PLO chairman Yasser Arafat"), read into the mention that names them. The
// passes' order is in actors_passes.h.
#include <cctype>

#include "match/actors_passes.h"
#include "util/strings.h"

namespace casus {
namespace actors {

// A person named right after a title ("Foreign Minister Sergei Lavrov").
bool Passes::PersonAfter(int i, ActorMatch* out) const {
  const ActorMatch& m = Longest(i);
  if (m.entry && m.entry->field == ActorField::kName && !m.entry->country.empty() &&
      !m.entry->role.empty()) {
    *out = m;
    return true;
  }
  return false;
}

// A name of the same country with no role of its own right after a title
// (imported dictionaries list persons by country only: "ROMENDACIL [BRE]").
bool Passes::SameCountryNameAfter(int i, const std::string& country, ActorMatch* out) const {
  const ActorMatch& m = Longest(i);
  if (m.entry && m.entry->field == ActorField::kName && !country.empty() &&
      m.entry->country == country && m.entry->role.empty() && s_.toks[i].upper_initial) {
    *out = m;
    return true;
  }
  return false;
}

// "Deputy Prime Minister Ahmed Karimov", "Bishop Paul Ndolo": capitalised
// words after a title that no dictionary names are the person's name (the
// title gives the role), even when they are also ordinary words ("Prime
// Minister Theresa May said": May is no modal). A lowercase title needs two
// name words: "the police Saturday" is no name.
int Passes::NameAfter(int i) const {
  if (i <= 0 || i >= n_) return -1;
  int j = i, end = i;  // end: after the last word that can end a name
  while (j < n_ && j < i + 6) {
    const Token& t = s_.toks[j];
    std::string_view w = s_.Word(j);
    if (j > i && !t.upper_initial && NameParticle(j)) {  // "Nuri al-Maliki", "de Kirchner"
      ++j;
      if (w.find('-') != std::string_view::npos) end = j;
      continue;
    }
    if (!t.upper_initial || !std::isalpha((unsigned char)w[0]) || r_.not_names->Has(t.id)) break;
    const ActorMatch& m = Longest(j);
    // "Foreign Minister Jane Bishop": a capitalised role noun inside a name is
    // the name ("Minister Smith France": a country ends it).
    if (m.entry && m.entry->field != ActorField::kCity &&
        !(j > i && m.entry->field == ActorField::kRole && m.end == j + 1))
      break;
    if (j + 1 < n_ && std::isdigit((unsigned char)s_.Word(j + 1)[0])) break;  // "June 5"
    end = ++j;
  }
  if (end == i || (end - i < 2 && !s_.toks[i - 1].upper_initial)) return -1;
  return end;
}

// Inside a name: "al-Maliki", "bin Salman", "da Silva" (a particle, alone or
// before a hyphen, followed by a capitalised word or part).
bool Passes::NameParticle(int j) const {
  std::string_view w = s_.Word(j);
  size_t dash = w.find('-');
  if (dash != std::string_view::npos && dash > 0 && dash + 1 < w.size())
    return std::isupper((unsigned char)w[dash + 1]) &&
           r_.name_particles->Has(AsciiLower(w.substr(0, dash)));
  return r_.name_particles->Has(s_.toks[j].id) && j + 1 < n_ && s_.toks[j + 1].upper_initial;
}

void Passes::TakePerson(Mention* mt, bool same_country) {
  ActorMatch p;
  if (PersonAfter(mt->e, &p)) {
    if (!same_country || p.entry->country == mt->country || mt->igo) {
      if (!same_country) mt->country = p.entry->country;
      mt->role = RoleOf(p);
      // "Former U.N. Secretary-General Kofi Annan": out of the organisation's
      // office, the person is what the date makes him (GHAELI), not the IGO.
      bool former = mt->b > 0 && r_.former_words->Has(s_.toks[mt->b - 1].id);
      if (mt->igo && former && !p.entry->country.empty()) {
        mt->igo = false;
        mt->igo_role.clear();
        mt->country = p.entry->country;
        mt->code = mt->country + mt->role;
      }
      mt->title = mt->e - 1;
      mt->e = p.end;
    }
    return;
  }
  int end = NameAfter(mt->e);
  if (end < 0) return;
  // "former President Otto Perez Molina": out of office, an elite of his country.
  for (int k = std::max(0, mt->b - 1); k < mt->e; ++k)
    if (r_.former_words->Has(s_.toks[k].id)) mt->role = r_.former_office_role;
  mt->title = mt->e - 1;
  mt->name_b = mt->e;
  for (int k = mt->e; k < end; ++k) {
    s_.toks[k].pos = Pos::kPropn;
    s_.toks[k].vform = VForm::kNone;
  }
  mt->e = end;
}

// "PLO chairman Yasser Arafat", "Hamas leader Ismail Haniyeh", "FARC leader
// Rodrigo Londono": a named group's office holder, after the role noun the
// group took or one lowercase noun ("chairman", which alone names no actor),
// is one actor with the group's code.
void Passes::TakeGroupPerson(Mention* mt, bool had_role) {
  int q = mt->e;
  if (!had_role && q + 1 < n_ && !s_.toks[q].upper_initial && s_.toks[q].pos == Pos::kNoun &&
      s_.toks[q + 1].upper_initial)
    ++q;
  if (q == mt->e && !had_role) return;
  ActorMatch p;
  if (PersonAfter(q, &p)) {
    if (p.entry->country == mt->country) mt->e = p.end;
    return;
  }
  int end = NameAfter(q);
  if (end < 0) return;
  for (int k = q; k < end; ++k) {
    s_.toks[k].pos = Pos::kPropn;
    s_.toks[k].vform = VForm::kNone;
  }
  mt->name_b = q;
  mt->e = end;
}

}  // namespace actors
}  // namespace casus
