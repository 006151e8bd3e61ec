// Trends: one canonical event per happening, and the per-dyad series, the
// escalation score and the alerts computed over a store database (or over
// canonical events held in memory).
//
// CANONICAL EVENTS. Several articles (or sentences) reporting one happening
// yield several event records ("mentions"); they become one canonical event
// with mention counts, as GDELT's Event table does. The rule (one place:
// CanonicalMatches / CanonicalIndex below; the store and the stream both use
// it):
//   * Only happenings are canonicalised: a mention that is negated ("did not
//     attack") or hypothetical ("could strike") has no canonical event
//     (events.canonical_id is NULL): it did not happen.
//   * Key: source actor code, target actor code and full CAMEO code, exactly.
//   * Date within a day: a mention dated D joins an existing canonical event
//     with the same key whose anchor day is D, else D-1, else D+1 (nearest
//     first, the earlier day on a tie; among equals the oldest canonical
//     event). The anchor day is the date of the mention that created the
//     canonical event and never moves, so mentions do not chain: D and D+2
//     never merge, even with a D+1 mention between them. Undated mentions
//     join only undated ones.
//   * Same place when both have one: a mention with a place joins only a
//     canonical event without a place (which then takes that place) or with
//     the same place (name and country); a mention without a place may join
//     either.
//   * Counts: num_mentions = distinct (article, sentence) pairs among its
//     mentions, num_articles = distinct articles, num_sources = distinct
//     article `source` values (an article without one counts as the single
//     unknown source ""). They are recomputed from the mentions stored, so
//     re-coding an article (the store deletes its rows first) never counts
//     anything twice, and a canonical event left without mentions is deleted.
//
// WHY AT WRITE TIME (in the store): the database is read far more often
// (trends, alerts, the dashboard) than written, and writes come in batches,
// so each batch upserts its canonical events in the same transaction as its
// mentions: the two tables are always consistent, nothing needs a separate
// pass, and a kill loses neither more nor less than the batch. Re-coding an
// article touches only the canonical events its old and new mentions pointed
// to. Because matching depends on what is already stored, the grouping of
// three mentions on D, D+2, D+1 depends on the order they arrive in (D+1
// joins D); RebuildCanonical recomputes everything in date order (used for
// databases written by an older casus, and by anyone wanting the
// order-independent grouping).
//
// STREAMING (`casus code --canonical`, no database needed): CanonicalStream
// groups mentions by the same rule within one run. It holds a window keyed
// by date: a canonical event is complete, and written, once an article dated
// more than two days after its anchor day has been seen (no later mention of
// a date-ordered stream can join it); the rest are written at the end of the
// run. Output is ordered by anchor day, then by creation. Memory is bounded
// by the events of the last three days for date-ordered input; input out of
// date order still works but may split a happening in two (use --db for the
// exact grouping across runs).
//
// SCHEMA added to the store (casus/store.h; created by Store::Open, and a
// database from an older casus gains it, filled by RebuildCanonical):
//   events: + canonical_id TEXT (NULL for negated/hypothetical mentions),
//             location_name TEXT, location_country TEXT, lat REAL, lon REAL
//   canonical_events(
//     canonical_id TEXT PRIMARY KEY,   -- 16 hex digits, stable (see CanonicalId)
//     date TEXT,                       -- anchor day YYYY-MM-DD, NULL if undated
//     source_code, source_country, source_role,
//     target_code, target_country, target_role TEXT,
//     cameo TEXT, root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,
//     location_name TEXT, location_country TEXT, lat REAL, lon REAL,
//     num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
//     first_event_id TEXT,             -- the mention that created it
//     source_url TEXT)                 -- that mention's article url (or id)
//   indexes: canonical_key(source_code, target_code, cameo, date),
//            canonical_dyad(source_country, target_country, date),
//            canonical_date(date), canonical_mentions(events.canonical_id)
//
// TRENDS. A dyad is a pair of parties; a party is an actor's country code
// (RUS), or its full code when it has no country (IGOWSTNAT). Each dyad is
// reported directed ("RUS>UKR": RUS acts on UKR) and undirected ("RUS-UKR",
// parties in alphabetical order, both directions). Events without a target
// belong to no dyad. Series count canonical events (one per happening), per
// period: by QuadClass, the Goldstein sum and mean, the share of material
// conflict (QuadClass 4), and the conflict intensity: the sum over events of
// max(0, -Goldstein) (a clash weighs more than an accusation).
//
// ESCALATION SCORE: a robust z-score of the latest period's conflict
// intensity against the dyad's own trailing baseline, the periods starting
// in the `baseline_days` before it (90 days: 90 days, 13 weeks, 3 months):
//     z = (x_latest - median(baseline)) / max(1.4826 * MAD(baseline), min_scale)
// Periods without events count as 0 in the baseline. Guard: no score (and a
// reason in `guard`) when the latest period has fewer than `min_events`
// conflict events (QuadClass 3 or 4), or fewer than `min_baseline_periods`
// baseline periods lie inside the data (capped at what the window can hold:
// baseline_days / 30 by month, / 7 by week). The series start at the first
// dated event of the data read, so a dyad's quiet periods before its first
// event count as 0 too; `from` only trims the periods shown. The events that drove the score are
// the latest period's canonical events with the largest max(0, -Goldstein) *
// num_mentions, up to `drivers` of them.
//
// Ownership and threads: everything here returns plain values the caller
// owns. The functions taking a database path open their own read-only SQLite
// connection for the call and close it: they may run from several threads at
// once and alongside writers (the store uses WAL). CanonicalIndex and
// CanonicalStream are not thread-safe (one per thread; CanonicalStream is a
// RecordSink, called from one thread like every sink).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "casus/coder.h"
#include "casus/record.h"
#include "casus/sink.h"
#include "casus/status.h"

namespace casus {

// ---------------------------------------------------------------- canonical

struct CanonicalEvent {
  std::string canonical_id;             // 16 hex digits
  std::string date;                     // anchor day YYYY-MM-DD, empty when undated
  std::optional<Actor> source, target;  // `text` from the creating mention
  std::string cameo, root, plover;
  int quad_class = 0;
  double goldstein = 0;
  std::optional<Place> location;
  int num_mentions = 0, num_articles = 0, num_sources = 0;
  std::string first_event_id;  // the mention that created it
  std::string source_url;      // its article's url, else its article id
  std::string sentence;        // its sentence
};

// True when an event record is a happening that gets a canonical event (not
// negated, not hypothetical).
bool IsHappening(const Event& e);

// The id of the canonical event `first` creates: FNV-1a over source code,
// target code, CAMEO code, date and place (name, country).
std::string CanonicalId(const Event& first);

// GDELT's GLOBALEVENTID for a canonical id: its 16 hex digits read as an
// integer, top bit cleared (a positive int64).
int64_t GlobalEventId(const std::string& canonical_id);

// Whether a mention may join a canonical event by the rule above (same key,
// anchor day within one day, compatible places).
bool CanonicalMatches(const CanonicalEvent& c, const Event& mention);

// A canonical event made of one mention (counts 1), e.g. for GDELT rows of
// mentions; `article` gives the url.
CanonicalEvent CanonicalFromMention(const Event& mention, const Article& article);

// Groups mentions in memory by the rule above (used by CanonicalStream and
// RebuildCanonical; the tests drive it directly).
class CanonicalIndex {
 public:
  CanonicalIndex();
  ~CanonicalIndex();
  // Adds one mention of `article`; returns the index (in events()) of the
  // canonical event it joined or created, or -1 when it is not a happening.
  int Add(const Event& mention, const Article& article);
  const std::vector<CanonicalEvent>& events() const;
  // Removes and returns, in anchor-day then creation order, the canonical
  // events whose anchor day is before `day` (YYYY-MM-DD); undated ones only
  // when `day` is empty (meaning: everything).
  std::vector<CanonicalEvent> TakeBefore(const std::string& day);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `casus code --canonical`: a sink that groups the mentions of one run and
// passes each complete canonical event to `out` (window and order above).
// Errors and quantities are not passed on; `out` failing stops the run.
class CanonicalStream : public RecordSink {
 public:
  using Out = std::function<Status(const CanonicalEvent&)>;
  explicit CanonicalStream(Out out);
  ~CanonicalStream() override;
  Status OnArticle(const Article& article, const CodedArticle& coded) override;
  Status Finish() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// {"kind":"canonical_event","canonical_id","date","source","target","cameo",
// "root","quad_class","goldstein","plover","location","num_mentions",
// "num_articles","num_sources","first_event_id","source_url","sentence"}
std::string CanonicalJson(const CanonicalEvent& c);

// The 61 columns of GDELT 2.0's Event table, in order (docs/gdelt.md maps
// each one), and one tab-separated row for a canonical event (no newline).
const std::vector<std::string>& GdeltColumns();
std::string GdeltRow(const CanonicalEvent& c);

// Which canonical events to read from a database (all fields optional).
struct CanonicalQuery {
  std::string from, to;  // inclusive YYYY-MM-DD bounds on the anchor day
  std::string party;     // a party (see TRENDS) on either side
  std::string dyad;      // "A-B" (either direction) or "A>B" (directed)
  int limit = 0;         // 0: no limit; else the first `limit` by date
};
Status ReadCanonical(const std::string& db_path, const CanonicalQuery& q,
                     std::vector<CanonicalEvent>* out);

// The mentions of one canonical event: their full JSON event records (as
// `casus code` prints them, evidence included), by date, article, sentence.
Status ReadMentions(const std::string& db_path, const std::string& canonical_id,
                    std::vector<std::string>* records);

// Recomputes canonical_events and events.canonical_id from the stored
// mentions, in date order (then article id, sentence): one transaction.
Status RebuildCanonical(const std::string& db_path);

// ------------------------------------------------------------------- trends

enum class Period { kDay, kWeek, kMonth };
// "day", "week", "month"; false for anything else.
bool ParsePeriod(const std::string& name, Period* out);
const char* PeriodName(Period p);
// The start of the period holding `day`: the day itself, the Monday of its
// ISO week, or the 1st of its month. Empty for an invalid date.
std::string PeriodStart(const std::string& day, Period p);

struct TrendOptions {
  std::string dyad;   // "RUS-UKR" (undirected, plus both directions) or "RUS>UKR"
  std::string actor;  // every dyad with this party
  Period by = Period::kWeek;
  std::string from, to;  // inclusive; empty: from the first / to the last event
  int baseline_days = 90;
  int min_events = 3;            // guard: conflict events in the latest period
  int min_baseline_periods = 4;  // guard: baseline periods inside the data
  double min_scale = 1.0;        // floor of the robust scale
  int drivers = 5;               // events listed per dyad
};

struct PeriodStats {
  std::string start;  // YYYY-MM-DD, first day of the period
  int events = 0;
  int quad[4] = {0, 0, 0, 0};  // QuadClass 1..4 at [0..3]
  double goldstein_sum = 0, goldstein_mean = 0;
  double material_conflict_share = 0;  // quad[3] / events (0 when none)
  double intensity = 0;                // sum of max(0, -Goldstein)
  bool has_score = false;              // z of this period against its baseline
  double score = 0;
};

struct DyadTrend {
  std::string dyad;  // "RUS-UKR" or "RUS>UKR"
  std::string a, b;  // the parties (a acts on b when directed)
  bool directed = false;
  std::vector<PeriodStats> periods;  // every period from..to, empty ones too
  // The escalation score: the latest period's (periods.back()).
  bool has_score = false;
  double score = 0;
  std::string guard;  // why there is no score, when there is none
  double baseline_median = 0, baseline_scale = 0;
  std::vector<CanonicalEvent> drivers;
};

// Pure: the trends of `events` (canonical events from anywhere).
Status ComputeTrends(const std::vector<CanonicalEvent>& events, const TrendOptions& o,
                     std::vector<DyadTrend>* out);
// The same over a store database's canonical_events.
Status ComputeTrends(const std::string& db_path, const TrendOptions& o,
                     std::vector<DyadTrend>* out);

// The robust z-score above over given values: false when `baseline` is empty.
// (The guards on counts are applied by ComputeTrends, not here.)
bool RobustZ(double latest, const std::vector<double>& baseline, double min_scale, double* z,
             double* median, double* scale);

enum class DyadKind { kUndirected, kDirected, kBoth };

struct AlertOptions {
  TrendOptions trend;      // dyad/actor filters, period, guard
  double threshold = 3.0;  // an alert: score >= threshold
  DyadKind kind = DyadKind::kUndirected;
};

// Dyads whose escalation score crosses the threshold, highest first.
Status ComputeAlerts(const std::vector<CanonicalEvent>& events, const AlertOptions& o,
                     std::vector<DyadTrend>* out);
Status ComputeAlerts(const std::string& db_path, const AlertOptions& o,
                     std::vector<DyadTrend>* out);

// Renderings. JSON: {"dyad","a","b","directed","score"|null,"guard",
// "baseline_median","baseline_scale","periods":[{...PeriodStats}],
// "drivers":[CanonicalJson...]}, one object per dyad in an array.
std::string TrendsJson(const std::vector<DyadTrend>& t);
// CSV: one row per dyad and period (header first); the score columns hold
// each period's own z against its baseline.
std::string TrendsCsv(const std::vector<DyadTrend>& t);
// A plain-text table: the latest period per dyad, its score and drivers.
std::string TrendsTable(const std::vector<DyadTrend>& t);
// A line chart of each dyad's conflict intensity (and event count) per period
// as SVG, written by hand (no dependencies).
std::string TrendsSvg(const std::vector<DyadTrend>& t);
// The same chart as a PNG file at `path` (cairo): same series, scales, labels.
Status WriteTrendsPng(const std::vector<DyadTrend>& t, const std::string& path);

}  // namespace casus
