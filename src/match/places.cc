// Places of the dictionaries: the build-time gazetteer (cities, countries'
// points, first-level subdivisions: tools/gazetteer.js) and our own regions
// and seas (data/places/regions.txt). Formats: data/FORMATS.md "Cities" and
// "Places". Read once while the text sources are compiled (not thread-safe).
#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "match/dictionaries.h"
#include "match/dictionary_builder.h"
#include "util/strings.h"

#include <unicode/uloc.h>

namespace casus {
namespace {

// Places of this many people or more (and regional capitals of 1,000) are
// known by name alone; a smaller place is a place only where the article
// names its country: "War news names small towns and villages" (issue 9),
// and most small places share their names with people and things.
constexpr long kFloor = 15000;
constexpr long kCapitalFloor = 1000;
constexpr long kHuge = 1000000;  // a city this big keeps even a word's name ("Nice")

std::string Iso3(std::string_view iso2) {
  if (iso2 == "XK") return "XKX";
  std::string loc = "en_" + std::string(iso2);
  const char* c3 = uloc_getISO3Country(loc.c_str());
  return c3 && std::string_view(c3).size() == 3 ? c3 : "";
}

bool ParseFloat(std::string_view s, float* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// A gazetteer row: name, iso2, lat, lon, population, feature.
struct Row {
  std::string_view name, iso2, feature;
  float lat = 0, lon = 0;
  long pop = 0;
  uint32_t line = 0;
};

// data/places/aliases.txt: "COUNTRY GeoNames name: spelling; spelling", the
// spellings of the news for places the gazetteer names otherwise ("Odesa"
// for GeoNames' "Odessa", "Hodeidah" for "Al Ḩudaydah"). Each spelling is a
// phrase for the most populous city of that name and country (else its
// subdivision) and takes the place of any other place of its own name there
// ("Mykolaiv" is the regional capital, not the village of that name).
template <typename Iso3Of, typename Add>
Status LoadPlaceAliases(const std::string& path, const std::vector<Row>& rows, Iso3Of iso3_of,
                        Add add, std::unordered_set<std::string>* seen) {
  // Optional: a data folder of its own may have none (and a gazetteer
  // loaded alone, as the fuzz target does, has no data folder).
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::Ok();
  return ForEachDataLine(
      path, " the place aliases of data/places", [&](std::string_view l, uint32_t n) {
        size_t colon = l.find(':');
        std::string_view country = l.substr(0, std::min(l.find(' '), colon));
        if (colon == std::string_view::npos || country.size() != 3 ||
            !std::all_of(country.begin(), country.end(), ::isupper))
          return Status::Error(
              DataError(path, n, "expected 'COUNTRY GeoNames name: spelling; spelling'"));
        std::string_view name = Trim(l.substr(country.size(), colon - country.size()));
        const Row* row =
            nullptr;  // rows are sorted: cities, most populous first, then subdivisions
        for (const Row& r : rows)
          if (r.name == name && r.feature != "PCLI" && iso3_of(r) == country) {
            row = &r;
            break;
          }
        if (!row)
          return Status::Error(DataError(path, n,
                                         "no place '" + std::string(name) + "' in " +
                                             std::string(country) + " in the gazetteer"));
        int added = 0;
        for (std::string_view a : Split(l.substr(colon + 1), ';')) {
          a = Trim(a);
          if (a.empty()) continue;
          ++added;
          seen->insert(AsciiLower(a) + '\t' + std::string(country));
          Status s = add(*row, a, std::string(country), false);
          if (!s.ok()) return Status::Error(DataError(path, n, s.message()));
        }
        return added ? Status::Ok()
                     : Status::Error(DataError(path, n, "no spellings after the colon"));
      });
}

}  // namespace

// data/places/regions.txt: "KIND COUNTRY LAT LON: name; name   # comment".
Status Dictionaries::LoadRegions(const std::string& path) {
  uint32_t file = AddDataFile(path);
  return ForEachDataLine(path, " the places of data/places", [&](std::string_view l, uint32_t n) {
    size_t colon = l.find(':');
    if (colon == std::string_view::npos)
      return Status::Error(DataError(path, n, "expected 'KIND COUNTRY LAT LON: names'"));
    std::vector<std::string_view> head = Words(l.substr(0, colon));
    if (head.size() != 4)
      return Status::Error(DataError(path, n, "expected 'KIND COUNTRY LAT LON' before the colon"));
    ActorDraft e;
    if (head[0] == "sea")
      e.place = PlaceKind::kSea;
    else if (head[0] == "region")
      e.place = PlaceKind::kRegion;
    else
      return Status::Error(
          DataError(path, n, "kind '" + std::string(head[0]) + "': sea or region"));
    if (head[1] != "-") {
      if (head[1].size() != 3 || !std::all_of(head[1].begin(), head[1].end(), ::isupper))
        return Status::Error(DataError(path, n, "country: an ISO 3166-1 alpha-3 code or '-'"));
      e.country = e.code = std::string(head[1]);
    }
    if (!ParseFloat(head[2], &e.lat) || !ParseFloat(head[3], &e.lon) || e.lat < -90 || e.lat > 90 ||
        e.lon < -180 || e.lon > 180)
      return Status::Error(DataError(path, n, "latitude and longitude in decimal degrees"));
    e.field = ActorField::kCity;
    e.feature = std::string(head[0]);
    e.source = file;
    e.line = n;
    int added = 0;
    for (std::string_view p : Split(l.substr(colon + 1), ';')) {
      p = Trim(p);
      if (p.empty()) continue;
      ++added;
      // Already an actor phrase ("Gaza Strip", "Western Sahara"): the actor
      // stays and gains the point.
      std::vector<Token> toks;
      Tokenize(p, lex_, &toks);
      uint32_t node = kRoot;
      for (const Token& t : toks) node = node == kNoNode ? kNoNode : Step(node, t.id);
      bool known = false;
      if (node != kNoNode)
        for (uint32_t ei : b_->nodes[node]) {
          ActorDraft& a = b_->actors[ei];
          if (a.field == ActorField::kRole || a.place != PlaceKind::kNone) continue;
          known = true;
          a.lat = e.lat;
          a.lon = e.lon;
          a.place = e.place;
          a.feature = e.feature;
        }
      if (known) continue;
      Status st = AddActorPhrase(p, e);
      if (!st.ok()) return Status::Error(DataError(path, n, st.message()));
    }
    return added ? Status::Ok() : Status::Error(DataError(path, n, "no names after the colon"));
  });
}

// Cities, countries' points and subdivisions from the build-time gazetteer.
// A city never overrides a dictionary phrase or a place of data/places. Which
// names may be places is policy (data/rules/places.txt, [place-name-words]:
// common first names and surnames), with the lexicon: a name that is an
// ordinary English word ("Nice", "Split", "Reading") is left out unless the
// city is huge; a small place may not bear a known word or name at all.
Status Dictionaries::LoadGazetteer(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read the city gazetteer (build casus first)");
  uint32_t file = AddFile("gazetteer", path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<Row> rows;
  uint32_t n = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++n;
    if (line.empty()) continue;
    auto f = Split(line, '\t');
    if (f.size() != 6) return Status::Error(DataError(path, n, "expected 6 tab-separated fields"));
    Row r{f[0], f[1], f[5]};
    r.line = n;
    if (!ParseFloat(f[2], &r.lat) || !ParseFloat(f[3], &r.lon))
      return Status::Error(DataError(path, n, "latitude and longitude must be numbers"));
    std::from_chars(f[4].data(), f[4].data() + f[4].size(), r.pop);
    rows.push_back(r);
  }
  // Cities first, most populous first (the order a name's candidates are
  // tried in), then subdivisions: a city is the more precise place.
  auto rank = [](const Row& r) { return r.feature == "ADM1" ? 1 : r.feature == "PCLI" ? 2 : 0; };
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    return rank(a) != rank(b) ? rank(a) < rank(b) : a.pop > b.pop;
  });
  const RuleSection* sec = rules_.Find("place-name-words");
  const WordSet* names = sec ? &sec->words : nullptr;
  auto ordinary = [&](std::string_view lower) {
    int32_t id = lex_.Find(lower);
    uint32_t tg = id >= 0 ? lex_.Entry(id).tags : 0;
    return !(tg & kTagWordNetOnly) && (tg & ~kTagNNP);
  };
  auto known = [&](std::string_view lower) {  // any word of the lexicon or the name list
    int32_t id = lex_.Find(lower);
    return (id >= 0 && lex_.Entry(id).tags != 0) || (names && names->Has(lower));
  };
  std::unordered_map<std::string, std::string> iso3s;  // iso2 -> iso3, asked of ICU once each
  auto iso3_of = [&](const Row& r) -> const std::string& {
    auto [it3, fresh] = iso3s.try_emplace(std::string(r.iso2));
    if (fresh) it3->second = Iso3(r.iso2);
    return it3->second;
  };
  std::unordered_set<std::string> seen;  // lowercase name + country: one place each
  std::unordered_map<std::string, std::pair<float, float>> points;  // iso3 -> country point
  auto add = [&](const Row& r, std::string_view name, const std::string& iso3, bool small) {
    ActorDraft e;
    e.code = iso3;
    e.country = iso3;
    e.field = ActorField::kCity;
    e.source = file;
    e.line = r.line;
    e.lat = r.lat;
    e.lon = r.lon;
    e.feature = std::string(r.feature);
    e.place = r.feature == "ADM1" ? PlaceKind::kSubdivision : PlaceKind::kCity;
    e.needs_country = small;
    Status st = AddActorPhrase(name, e);
    return st.ok() ? st : Status::Error(DataError(path, r.line, st.message()));
  };
  Status st = LoadPlaceAliases(data_dir_ + "/places/aliases.txt", rows, iso3_of, add, &seen);
  if (!st.ok()) return st;
  for (const Row& r : rows) {
    const std::string& iso3 = iso3_of(r);
    if (iso3.empty()) continue;
    if (r.feature == "PCLI") {
      points.emplace(iso3, std::make_pair(r.lat, r.lon));
      continue;
    }
    std::string lower = AsciiLower(r.name);
    if (!seen.insert(lower + '\t' + iso3).second) continue;
    bool adm1 = r.feature == "ADM1";
    bool capital = r.feature == "PPLC" || r.feature == "PPLA";
    bool small = !adm1 && r.pop < kFloor && !(capital && r.pop >= kCapitalFloor);
    std::vector<std::string_view> words = Words(lower);
    bool every_word = !words.empty();
    for (std::string_view w : words) every_word &= ordinary(w) || (names && names->Has(w));
    if (ordinary(lower) && (adm1 || r.pop < kHuge)) continue;
    if (small && (known(lower) || every_word)) continue;
    std::vector<Token> toks;
    Tokenize(r.name, lex_, &toks);
    uint32_t node = kRoot;
    for (const Token& t : toks) node = node == kNoNode ? kNoNode : Step(node, t.id);
    bool taken = false;
    if (node != kNoNode)
      for (uint32_t ei : b_->nodes[node]) {
        ActorDraft& a = b_->actors[ei];
        // A place of data/places or an actor phrase wins; a capital the
        // dictionary knows gets the gazetteer's coordinates.
        if (a.field != ActorField::kCity || a.place == PlaceKind::kSea ||
            a.place == PlaceKind::kRegion)
          taken = true;
        if (a.field == ActorField::kCapital && a.lat == 0 && a.lon == 0 && !adm1) {
          a.lat = r.lat;
          a.lon = r.lon;
          a.feature = std::string(r.feature);
          a.place = PlaceKind::kCity;
        }
        // "Idlib" the city, not the province of that name.
        if (adm1 && a.country == iso3) taken = true;
      }
    if (taken) continue;
    st = add(r, r.name, iso3, small);
    if (!st.ok()) return st;
  }
  // A country named as a place is drawn at its point (its capital).
  for (ActorDraft& a : b_->actors) {
    if (a.place != PlaceKind::kNone || a.country.empty() || !a.role.empty()) continue;
    if (a.field != ActorField::kName && a.field != ActorField::kAdj &&
        a.field != ActorField::kPeople && a.field != ActorField::kAlias)
      continue;
    auto it = points.find(a.country);
    if (it == points.end() || a.code != a.country) continue;
    a.lat = it->second.first;
    a.lon = it->second.second;
    a.place = PlaceKind::kCountry;
  }
  return Status::Ok();
}

}  // namespace casus
