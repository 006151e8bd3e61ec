// Canonical events in a store database: the schema, reading them back, and
// the rebuild pass (casus/trends.h).
#include <sqlite3.h>

#include <map>
#include <memory>

#include "casus/trends.h"
#include "trends/canonical.h"
#include "trends/days.h"

namespace casus {

const char* kCanonicalSchema = R"sql(
CREATE TABLE IF NOT EXISTS canonical_events(
  canonical_id TEXT PRIMARY KEY, date TEXT,
  source_code TEXT, source_country TEXT, source_role TEXT,
  target_code TEXT, target_country TEXT, target_role TEXT,
  cameo TEXT, root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,
  location_name TEXT, location_country TEXT, lat REAL, lon REAL,
  num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
  first_event_id TEXT, source_url TEXT);
CREATE INDEX IF NOT EXISTS canonical_key ON canonical_events(source_code, target_code, cameo, date);
CREATE INDEX IF NOT EXISTS canonical_dyad ON canonical_events(source_country, target_country, date);
CREATE INDEX IF NOT EXISTS canonical_date ON canonical_events(date);
CREATE INDEX IF NOT EXISTS canonical_mentions ON events(canonical_id);
)sql";

namespace {

struct Conn {
  sqlite3* h = nullptr;
  ~Conn() { sqlite3_close(h); }
};

struct Query {
  sqlite3_stmt* st = nullptr;
  Query(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &st, nullptr); }
  ~Query() { sqlite3_finalize(st); }
  std::string Col(int i) const {
    const unsigned char* t = sqlite3_column_text(st, i);
    return t ? reinterpret_cast<const char*>(t) : "";
  }
  bool Null(int i) const { return sqlite3_column_type(st, i) == SQLITE_NULL; }
  void Bind(int i, const std::string& s) {
    sqlite3_bind_text(st, i, s.data(), int(s.size()), SQLITE_TRANSIENT);
  }
};

std::optional<Actor> ActorAt(const Query& q, int i) {
  if (q.Null(i)) return std::nullopt;
  Actor a;
  a.code = q.Col(i);
  a.country = q.Col(i + 1);
  a.role = q.Col(i + 2);
  return a;
}

// Columns i..i+3: name, country, lat, lon; column `feature` the record's kind
// of place (city, subdivision, sea, region, country).
std::optional<Place> PlaceAt(const Query& q, int i, int feature) {
  if (q.Null(i)) return std::nullopt;
  Place p;
  p.name = q.Col(i);
  p.country = q.Col(i + 1);
  p.has_coords = !q.Null(i + 2) && !q.Null(i + 3);
  if (p.has_coords) {
    p.lat = sqlite3_column_double(q.st, i + 2);
    p.lon = sqlite3_column_double(q.st, i + 3);
  }
  p.feature = q.Null(feature) ? (p.has_coords ? "city" : "country") : q.Col(feature);
  return p;
}

Status OpenRead(const std::string& path, Conn* c) {
  if (sqlite3_open_v2(path.c_str(), &c->h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    return Status::Error(StatusCode::kIoError, path + ": cannot open database: " +
                                                   (c->h ? sqlite3_errmsg(c->h) : "out of memory"));
  sqlite3_busy_timeout(c->h, 30000);
  return Status::Ok();
}

bool SplitDyad(const std::string& d, std::string* a, std::string* b, bool* directed) {
  size_t p = d.find_first_of("->");
  if (p == std::string::npos || p == 0 || p + 1 >= d.size()) return false;
  *directed = d[p] == '>';
  *a = d.substr(0, p);
  *b = d.substr(p + 1);
  return true;
}

}  // namespace

Status ReadCanonical(const std::string& db_path, const CanonicalQuery& q,
                     std::vector<CanonicalEvent>* out) {
  out->clear();
  std::string a, b;
  bool directed = false;
  if (!q.dyad.empty() && !SplitDyad(q.dyad, &a, &b, &directed))
    return Status::Error(StatusCode::kInvalidArgument,
                         "dyad '" + q.dyad + "': want A-B (either direction) or A>B");
  Conn c;
  Status s = OpenRead(db_path, &c);
  if (!s.ok()) return s;
  // A party is the country, else the whole code (casus/trends.h TRENDS).
  const char* sql =
      "SELECT canonical_id,date,source_code,source_country,source_role,target_code,"
      "target_country,target_role,cameo,root,quad_class,goldstein,plover,location_name,"
      "location_country,lat,lon,num_mentions,num_articles,num_sources,first_event_id,"
      "source_url,(SELECT sentence FROM events WHERE event_id=first_event_id),"
      "(SELECT json_extract(record,'$.location.feature') FROM events WHERE event_id=first_event_id)"
      " FROM ("
      "SELECT *,COALESCE(NULLIF(source_country,''),source_code) AS sp,"
      "COALESCE(NULLIF(target_country,''),target_code) AS tp FROM canonical_events) "
      "WHERE (?1 IS NULL OR date>=?1) AND (?2 IS NULL OR date<=?2) "
      "AND (?3 IS NULL OR sp=?3 OR tp=?3) "
      "AND (?4 IS NULL OR (sp=?4 AND tp=?5) OR (?6=0 AND sp=?5 AND tp=?4)) "
      "ORDER BY date,rowid LIMIT ?7";
  Query st(c.h, sql);
  if (!st.st)
    return Status::Error(StatusCode::kIoError, db_path + ": no canonical events (" +
                                                   sqlite3_errmsg(c.h) +
                                                   "): store it with this casus first");
  if (!q.from.empty()) st.Bind(1, q.from);
  if (!q.to.empty()) st.Bind(2, q.to);
  if (!q.party.empty()) st.Bind(3, q.party);
  if (!q.dyad.empty()) st.Bind(4, a), st.Bind(5, b);
  sqlite3_bind_int(st.st, 6, directed);
  sqlite3_bind_int64(st.st, 7, q.limit > 0 ? q.limit : -1);
  int rc;
  while ((rc = sqlite3_step(st.st)) == SQLITE_ROW) {
    CanonicalEvent e;
    e.canonical_id = st.Col(0);
    e.date = st.Col(1);
    e.source = ActorAt(st, 2);
    e.target = ActorAt(st, 5);
    e.cameo = st.Col(8);
    e.root = st.Col(9);
    e.quad_class = sqlite3_column_int(st.st, 10);
    e.goldstein = sqlite3_column_double(st.st, 11);
    e.plover = st.Col(12);
    e.location = PlaceAt(st, 13, 23);
    e.num_mentions = sqlite3_column_int(st.st, 17);
    e.num_articles = sqlite3_column_int(st.st, 18);
    e.num_sources = sqlite3_column_int(st.st, 19);
    e.first_event_id = st.Col(20);
    e.source_url = st.Col(21);
    e.sentence = st.Col(22);
    out->push_back(std::move(e));
  }
  if (rc != SQLITE_DONE)
    return Status::Error(StatusCode::kIoError,
                         db_path + ": reading canonical events: " + sqlite3_errmsg(c.h));
  return Status::Ok();
}

Status ReadMentions(const std::string& db_path, const std::string& canonical_id,
                    std::vector<std::string>* records) {
  records->clear();
  Conn c;
  Status s = OpenRead(db_path, &c);
  if (!s.ok()) return s;
  Query q(c.h,
          "SELECT record FROM events WHERE canonical_id=? ORDER BY date,article_id,"
          "sentence_index,event_id");
  if (!q.st)
    return Status::Error(StatusCode::kIoError,
                         db_path + ": reading mentions: " + sqlite3_errmsg(c.h));
  q.Bind(1, canonical_id);
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) records->push_back(q.Col(0));
  if (rc != SQLITE_DONE)
    return Status::Error(StatusCode::kIoError,
                         db_path + ": reading mentions: " + sqlite3_errmsg(c.h));
  return Status::Ok();
}

std::string RebuildCanonicalOn(sqlite3* db) {
  Query q(db,
          "SELECT e.event_id,e.article_id,e.sentence_index,e.date,e.source_code,"
          "e.source_country,e.source_role,e.target_code,e.target_country,e.target_role,"
          "e.cameo,e.root,e.quad_class,e.goldstein,e.plover,e.location_name,"
          "e.location_country,e.lat,e.lon,a.source,a.url,"
          "json_extract(e.record,'$.location.feature') FROM events e "
          "LEFT JOIN articles a ON a.article_id=e.article_id "
          "WHERE e.negated=0 AND COALESCE(e.modality,'')<>'hypothetical' "
          "ORDER BY e.date IS NULL,e.date,e.article_id,e.sentence_index,e.event_id");
  if (!q.st) return sqlite3_errmsg(db);
  CanonicalIndex index;
  std::vector<std::pair<std::string, int>> joined;  // event id -> canonical index
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    Event e;
    e.event_id = q.Col(0);
    e.article_id = q.Col(1);
    e.sentence_index = sqlite3_column_int(q.st, 2);
    e.date = q.Col(3);
    e.source = ActorAt(q, 4);
    e.target = ActorAt(q, 7);
    e.cameo = q.Col(10);
    e.root = q.Col(11);
    e.quad_class = sqlite3_column_int(q.st, 12);
    e.goldstein = sqlite3_column_double(q.st, 13);
    e.plover = q.Col(14);
    e.location = PlaceAt(q, 15, 21);
    Article a;
    a.id = e.article_id;
    a.source = q.Col(19);
    a.url = q.Col(20);
    joined.emplace_back(e.event_id, index.Add(e, a));
  }
  if (rc != SQLITE_DONE) return sqlite3_errmsg(db);
  char* err = nullptr;
  if (sqlite3_exec(db, "DELETE FROM canonical_events; UPDATE events SET canonical_id=NULL", nullptr,
                   nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return m;
  }
  Query ins(db, "INSERT INTO canonical_events VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const CanonicalEvent& c : index.events()) {
    sqlite3_reset(ins.st);
    sqlite3_clear_bindings(ins.st);
    ins.Bind(1, c.canonical_id);
    if (!c.date.empty()) ins.Bind(2, c.date);
    int i = 3;
    for (const std::optional<Actor>* a : {&c.source, &c.target}) {
      if (*a) ins.Bind(i, (*a)->code), ins.Bind(i + 1, (*a)->country), ins.Bind(i + 2, (*a)->role);
      i += 3;
    }
    ins.Bind(9, c.cameo);
    ins.Bind(10, c.root);
    sqlite3_bind_int(ins.st, 11, c.quad_class);
    sqlite3_bind_double(ins.st, 12, c.goldstein);
    if (!c.plover.empty()) ins.Bind(13, c.plover);
    if (c.location) {
      ins.Bind(14, c.location->name);
      ins.Bind(15, c.location->country);
      if (c.location->has_coords) {
        sqlite3_bind_double(ins.st, 16, c.location->lat);
        sqlite3_bind_double(ins.st, 17, c.location->lon);
      }
    }
    sqlite3_bind_int(ins.st, 18, c.num_mentions);
    sqlite3_bind_int(ins.st, 19, c.num_articles);
    sqlite3_bind_int(ins.st, 20, c.num_sources);
    ins.Bind(21, c.first_event_id);
    ins.Bind(22, c.source_url);
    if (sqlite3_step(ins.st) != SQLITE_DONE) return sqlite3_errmsg(db);
  }
  Query up(db, "UPDATE events SET canonical_id=? WHERE event_id=?");
  for (const auto& [event_id, i] : joined) {
    if (i < 0) continue;
    sqlite3_reset(up.st);
    up.Bind(1, index.events()[i].canonical_id);
    up.Bind(2, event_id);
    if (sqlite3_step(up.st) != SQLITE_DONE) return sqlite3_errmsg(db);
  }
  return "";
}

Status RebuildCanonical(const std::string& db_path) {
  Conn c;
  if (sqlite3_open(db_path.c_str(), &c.h) != SQLITE_OK)
    return Status::Error(StatusCode::kIoError, db_path + ": cannot open database");
  sqlite3_busy_timeout(c.h, 30000);
  auto exec = [&](const char* sql) { return sqlite3_exec(c.h, sql, nullptr, nullptr, nullptr); };
  std::string err;
  if (exec("BEGIN IMMEDIATE") != SQLITE_OK || exec(kCanonicalSchema) != SQLITE_OK)
    err = sqlite3_errmsg(c.h);
  if (err.empty()) err = RebuildCanonicalOn(c.h);
  if (err.empty() && exec("COMMIT") != SQLITE_OK) err = sqlite3_errmsg(c.h);
  if (!err.empty()) {
    exec("ROLLBACK");
    return Status::Error(StatusCode::kIoError, db_path + ": rebuilding canonical events: " + err);
  }
  return Status::Ok();
}

}  // namespace casus
