// Location of an event (see location.h).
#include "events/location.h"

namespace casus {
namespace {

Place PlaceOf(const Mention& m, const Sentence& s) {
  Place p;
  p.name = MakeActor(m, s).text;
  if (p.name.rfind("the ", 0) == 0) p.name = p.name.substr(4);
  p.country = m.country;
  bool coords = m.entry && (m.entry->lat != 0 || m.entry->lon != 0);
  p.feature = m.city || (m.entry && m.entry->field == ActorField::kCapital) ? "city" : "country";
  if (coords) {
    p.lat = m.entry->lat;
    p.lon = m.entry->lon;
    p.has_coords = true;
  }
  return p;
}

}  // namespace

std::optional<Place> Locate(const Sentence& s, const Mention* target) {
  const Mention* country = nullptr;
  const Mention* dateline = nullptr;
  for (const Mention& m : s.mentions) {
    if (!m.place) continue;
    if (m.dateline) {
      if (!dateline) dateline = &m;
      continue;
    }
    if (m.city || (m.entry && m.entry->field == ActorField::kCapital)) return PlaceOf(m, s);
    if (!country) country = &m;
  }
  if (target && target->city) return PlaceOf(*target, s);
  if (country) return PlaceOf(*country, s);
  if (dateline) return PlaceOf(*dateline, s);  // filed from there: the best we know
  return std::nullopt;
}

}  // namespace casus
