// Parameter checks and the WHERE clause built from them (serve/filters.h).
#include "serve/filters.h"

#include <cctype>
#include <charconv>

#include "util/dates.h"
#include "util/strings.h"

namespace casus::serve {
namespace {

bool AllOf(const std::string& v, int (*ok)(int)) {
  for (unsigned char c : v)
    if (!ok(c)) return false;
  return true;
}

// The names One() reads.
const char* const kFilterNames[] = {"actor", "dyad", "code",  "root", "quad",
                                    "from",  "to",   "place", "q"};

Status Bad(const std::string& name, const std::string& why) {
  return Status::Error(StatusCode::kInvalidArgument, name + ": " + why);
}

// A party or actor code: CAMEO codes are upper-case letters and digits.
Status Code(const std::string& name, std::string v, std::string* out) {
  for (char& c : v) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (v.empty() || v.size() > 32 || !AllOf(v, std::isalnum))
    return Bad(name, "want an actor code of letters and digits, e.g. RUS or IGOWSTNAT");
  *out = v;
  return Status::Ok();
}

Status Dyad(std::string v, std::string* out) {
  size_t k = v.find_first_of("->");
  if (k == std::string::npos) return Bad("dyad", "want A-B (either direction) or A>B");
  std::string a, b;
  Status s = Code("dyad", v.substr(0, k), &a);
  if (s.ok()) s = Code("dyad", v.substr(k + 1), &b);
  if (!s.ok()) return s;
  *out = a + v[k] + b;
  return Status::Ok();
}

Status Date(const std::string& name, const std::string& v, std::string* out) {
  if (ParseYmd(v) < 0) return Bad(name, "want a date YYYY-MM-DD");
  *out = v;
  return Status::Ok();
}

// Text parameters are UTF-8 without control characters.
Status Text(const std::string& name, const std::string& v, std::string* out) {
  for (unsigned char c : v)
    if (c < 0x20 || c == 0x7f) return Bad(name, "control characters are not allowed");
  *out = std::string(Trim(v));
  return Status::Ok();
}

Status One(const std::string& k, const std::string& v, Filters* f) {
  if (k == "actor") return Code(k, v, &f->actor);
  if (k == "dyad") return Dyad(v, &f->dyad);
  if (k == "code") {
    if (v.empty() || v.size() > 4 || !AllOf(v, std::isdigit))
      return Bad(k, "want a CAMEO code prefix of 1 to 4 digits");
    f->code = v;
    return Status::Ok();
  }
  if (k == "root") {
    if (v.size() != 2 || !AllOf(v, std::isdigit)) return Bad(k, "want a CAMEO root of 2 digits");
    f->root = v;
    return Status::Ok();
  }
  if (k == "quad") {
    if (v.size() != 1 || v[0] < '1' || v[0] > '4') return Bad(k, "want a QuadClass 1 to 4");
    f->quad = v[0] - '0';
    return Status::Ok();
  }
  if (k == "from") return Date(k, v, &f->from);
  if (k == "to") return Date(k, v, &f->to);
  if (k == "place") return Text(k, v, &f->place);
  if (k == "q") return Text(k, v, &f->q);
  return Bad(k, "unknown parameter");
}

}  // namespace

std::string Param(const Params& params, const std::string& name) {
  for (const auto& [k, v] : params)
    if (k == name) return v;
  return "";
}

Status ParseInt(const Params& params, const std::string& name, long lo, long hi, long def,
                long* out) {
  *out = def;
  for (const auto& [k, v] : params) {
    if (k != name) continue;
    long n = 0;
    auto r = std::from_chars(v.data(), v.data() + v.size(), n);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size() || n < lo || n > hi)
      return Bad(name,
                 "want a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
    *out = n;
  }
  return Status::Ok();
}

Status ParseFilters(const Params& params, const std::vector<std::string>& extra, Filters* f) {
  for (const auto& [k, v] : params) {
    // The name is checked first so that an unknown one is named in the message.
    bool known = false;
    for (const std::string& e : extra) known = known || e == k;
    if (k.size() > 32 || !AllOf(k, std::isalnum)) return Bad("parameter", "unknown name");
    if (v.size() > kMaxParamBytes)
      return Bad(k, "longer than " + std::to_string(kMaxParamBytes) + " bytes");
    if (known) continue;
    if (v.empty()) {  // an empty filter field means "any", but its name must be one
      bool filter = false;
      for (const char* name : kFilterNames) filter = filter || k == name;
      if (!filter) return Bad(k, "unknown parameter");
      continue;
    }
    Status s = One(k, v, f);
    if (!s.ok()) return s;
  }
  if (!f->from.empty() && !f->to.empty() && f->from > f->to) return Bad("from", "is after 'to'");
  return Status::Ok();
}

std::string EscapeLike(const std::string& v) {
  std::string o;
  for (char c : v) {
    if (c == '%' || c == '_' || c == '\\') o.push_back('\\');
    o.push_back(c);
  }
  return o;
}

Where BuildWhere(const Filters& f, const std::string& place_name,
                 const std::string& place_country) {
  Where w;
  auto text = [&](const std::string& v) { w.values.push_back(Value{false, v, 0}); };
  if (!f.actor.empty()) {
    // Codes are letters and digits only (checked), so no GLOB metacharacter.
    w.sql += " AND (e.source_code GLOB ? OR e.target_code GLOB ?)";
    text(f.actor + "*");
    text(f.actor + "*");
  }
  if (!f.dyad.empty()) {
    // A party is an actor's country, or its full code when it has none
    // (trends.h: "a party is an actor's country code (RUS), or its full code
    // when it has no country (IGOWSTNAT)").
    size_t k = f.dyad.find_first_of("->");
    std::string a = f.dyad.substr(0, k), b = f.dyad.substr(k + 1);
    const char* dir =
        "(coalesce(e.source_country, e.source_code) = ? AND "
        "coalesce(e.target_country, e.target_code) = ?)";
    w.sql += std::string(" AND (") + dir;
    text(a);
    text(b);
    if (f.dyad[k] == '-') {
      w.sql += std::string(" OR ") + dir;
      text(b);
      text(a);
    }
    w.sql += ")";
  }
  if (!f.code.empty()) {
    w.sql += " AND e.cameo GLOB ?";
    text(f.code + "*");
  }
  if (!f.root.empty()) {
    w.sql += " AND e.root = ?";
    text(f.root);
  }
  if (f.quad) {
    w.sql += " AND e.quad_class = ?";
    w.values.push_back(Value{true, "", f.quad});
  }
  if (!f.from.empty()) {
    w.sql += " AND e.date >= ?";
    text(f.from);
  }
  if (!f.to.empty()) {
    w.sql += " AND e.date <= ?";
    text(f.to);
  }
  if (!f.place.empty()) {
    w.sql += " AND (" + place_name + " LIKE ? ESCAPE '\\' OR " + place_country + " = upper(?))";
    text("%" + EscapeLike(f.place) + "%");
    text(f.place);
  }
  if (!f.q.empty()) {
    w.sql += " AND e.sentence LIKE ? ESCAPE '\\'";
    text("%" + EscapeLike(f.q) + "%");
  }
  return w;
}

}  // namespace casus::serve
