// Country inheritance (see inherit.h).
#include "events/inherit.h"

namespace casus {

void SetCountry(Mention* m, const std::string& country) {
  m->country = country;
  m->code = country + m->role;
}

void InheritCountry(Mention* m, const Mention* speaker, const Sentence& s, Party party) {
  if (!m->country.empty() || m->igo || m->stateless) return;
  const std::string* c = nullptr;
  if (party == Party::kSource && speaker && !speaker->country.empty()) c = &speaker->country;
  if (!c)
    for (const Mention& p : s.mentions)
      // A sea or region only says where: "militias killed 800 people in West Darfur"
      // names no Sudanese actor.
      if (p.place && !p.dateline && !p.area && !p.country.empty()) {
        c = &p.country;
        break;
      }
  if (!c && speaker && !speaker->country.empty()) c = &speaker->country;
  if (c) SetCountry(m, *c);
}

void ShareCountry(Mention* source, Mention* target) {
  bool bare_t = target->country.empty() && !target->igo && !target->stateless;
  if (bare_t && !source->country.empty() && !source->igo) SetCountry(target, source->country);
  if (source->country.empty() && !source->igo && !source->stateless && !target->country.empty() &&
      !target->igo)
    SetCountry(source, target->country);
}

}  // namespace casus
