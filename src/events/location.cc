// Location of an event (see location.h).
#include "events/location.h"

namespace casus {
namespace {

// How precise a mention is as a place, most precise first: a city (or a
// capital) > a first-level subdivision > a sea or region > a country.
int Precision(const Mention& m) {
  if (m.entry && m.entry->place != PlaceKind::kNone) return int(m.entry->place);
  if (m.city || (m.entry && m.entry->field == ActorField::kCapital)) return int(PlaceKind::kCity);
  return int(PlaceKind::kCountry);
}

const char* Feature(int precision) {
  switch (PlaceKind(precision)) {
    case PlaceKind::kCity:
      return "city";
    case PlaceKind::kSubdivision:
      return "subdivision";
    case PlaceKind::kSea:
      return "sea";
    case PlaceKind::kRegion:
      return "region";
    default:
      return "country";
  }
}

Place PlaceOf(const Mention& m, const Sentence& s) {
  Place p;
  p.name = MakeActor(m, s).text;
  if (p.name.rfind("the ", 0) == 0) p.name = p.name.substr(4);
  p.country =
      m.entry && m.entry->place != PlaceKind::kNone ? std::string(m.entry->country) : m.country;
  p.feature = Feature(Precision(m));
  if (m.entry && (m.entry->lat != 0 || m.entry->lon != 0)) {
    p.lat = m.entry->lat;
    p.lon = m.entry->lon;
    p.has_coords = true;
  }
  return p;
}

}  // namespace

// The most precise place the sentence names after a locative (the first of
// equals), unless the target is a more precise one ("shelled Kharkiv" beats
// "in Ukraine"); else the dateline.
std::optional<Place> Locate(const Sentence& s, const Mention* target) {
  const Mention* best = nullptr;
  const Mention* dateline = nullptr;
  for (const Mention& m : s.mentions) {
    if (!m.place) continue;
    if (m.dateline) {
      if (!dateline) dateline = &m;
      continue;
    }
    if (!best || Precision(m) < Precision(*best)) best = &m;
  }
  if (target && target->city && (!best || Precision(*target) < Precision(*best)))
    return PlaceOf(*target, s);
  if (best) return PlaceOf(*best, s);
  if (dateline) return PlaceOf(*dateline, s);  // filed from there: the best we know
  return std::nullopt;
}

}  // namespace casus
