// GDELT 2.0 Event table rows (`--format gdelt`): the 61 columns in GDELT's
// order, tab-separated, no header, our values where GDELT has a field and
// empty fields otherwise. docs/gdelt.md maps every column.
#include <cstdio>
#include <string>

#include "casus/trends.h"
#include "trends/days.h"

namespace casus {

const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> cols = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* a : {"Actor1", "Actor2"})
      for (const char* f :
           {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        c.push_back(std::string(a) + f);
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      c.push_back(f);
    for (const char* g : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* f :
           {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
        c.push_back(std::string(g) + f);
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return cols;
}

namespace {

// A field may hold no tab or line break: they would shift every column after.
std::string Clean(const std::string& s) {
  std::string o;
  o.reserve(s.size());
  for (char c : s) o += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  return o;
}

std::string Fixed(double v, int decimals) {
  char b[48];
  std::snprintf(b, sizeof b, "%.*f", decimals, v);
  return b;
}

void ActorFields(const std::optional<Actor>& a, std::vector<std::string>* row) {
  if (!a) {
    row->insert(row->end(), 10, "");
    return;
  }
  row->push_back(a->code);
  row->push_back(Clean(a->text));
  row->push_back(a->country);
  // KnownGroupCode, EthnicCode, Religion1Code, Religion2Code: not coded.
  row->insert(row->end(), 4, "");
  row->push_back(a->role);  // Type1Code: GOV, MIL, REB, ...
  row->insert(row->end(), 2, "");
}

}  // namespace

std::string GdeltRow(const CanonicalEvent& c) {
  std::vector<std::string> row;
  row.reserve(61);
  row.push_back(std::to_string(GlobalEventId(c.canonical_id)));
  long day = 0;
  if (DayNumber(c.date, &day)) {
    std::string ymd = c.date.substr(0, 4) + c.date.substr(5, 2) + c.date.substr(8, 2);
    long jan1 = 0;
    DayNumber(c.date.substr(0, 4) + "-01-01", &jan1);
    row.push_back(ymd);
    row.push_back(ymd.substr(0, 6));
    row.push_back(ymd.substr(0, 4));
    row.push_back(Fixed(std::stoi(ymd.substr(0, 4)) + double(day - jan1 + 1) / 365.0, 4));
  } else {
    row.insert(row.end(), 4, "");
  }
  ActorFields(c.source, &row);
  ActorFields(c.target, &row);
  row.push_back("");  // IsRootEvent: not kept for canonical events
  row.push_back(c.cameo);
  row.push_back(c.cameo.substr(0, 3));
  row.push_back(c.root);
  row.push_back(std::to_string(c.quad_class));
  row.push_back(Fixed(c.goldstein, 1));
  row.push_back(std::to_string(c.num_mentions));
  row.push_back(std::to_string(c.num_sources));
  row.push_back(std::to_string(c.num_articles));
  row.push_back("");              // AvgTone: no tone is measured
  row.insert(row.end(), 16, "");  // Actor1Geo_*, Actor2Geo_*: actors are not placed
  if (c.location) {
    const Place& p = *c.location;
    // COUNTRY, USSTATE / WORLDSTATE for a subdivision, else WORLDCITY (GDELT
    // has no type for a sea or region: they are points like a city).
    row.push_back(p.feature == "country"       ? "1"
                  : p.feature == "subdivision" ? (p.country == "USA" ? "2" : "5")
                                               : "4");
    row.push_back(Clean(p.name));
    row.push_back(p.country);  // ISO alpha-3 (GDELT: FIPS 10-4); docs/gdelt.md
    row.insert(row.end(), 2, "");
    row.push_back(p.has_coords ? Fixed(p.lat, 4) : "");
    row.push_back(p.has_coords ? Fixed(p.lon, 4) : "");
    row.push_back("");
  } else {
    row.insert(row.end(), 8, "");
  }
  row.push_back(row[1].empty() ? "" : row[1] + "000000");  // DATEADDED: the event's day
  row.push_back(Clean(c.source_url));
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i) line += '\t';
    line += row[i];
  }
  return line;
}

}  // namespace casus
