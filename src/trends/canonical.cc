// Canonical events: one per happening (the rule is in casus/trends.h). The
// in-memory index used by `casus code --canonical` and RebuildCanonical.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "casus/trends.h"
#include "trends/canonical.h"
#include "trends/days.h"
#include "util/hash.h"

namespace casus {

bool IsHappening(const Event& e) {
  // "did not attack" and "could strike" report no happening to count.
  return !e.negated && e.modality != "hypothetical";
}

std::string CanonicalId(const Event& first) {
  uint64_t h = kFnvOffset;
  h = FnvField(h, first.source ? first.source->code : "");
  h = FnvField(h, first.target ? first.target->code : "");
  h = FnvField(h, first.cameo);
  h = FnvField(h, first.date);
  h = FnvField(h, first.location ? first.location->name : "");
  h = FnvField(h, first.location ? first.location->country : "");
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

int64_t GlobalEventId(const std::string& canonical_id) {
  unsigned long long v = 0;
  for (char c : canonical_id) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) break;
    v = v * 16 + unsigned(d);
  }
  return int64_t(v & 0x7fffffffffffffffull);
}

namespace {

const std::string& CodeOf(const std::optional<Actor>& a) {
  static const std::string none;
  return a ? a->code : none;
}

bool SamePlace(const Place& a, const Place& b) {
  return a.name == b.name && a.country == b.country;
}

// How far the mention's day is from the anchor day: 0, 1 (the day before),
// 2 (the day after), or -1 when it may not join. Undated joins undated.
int DayRank(const std::string& anchor, const std::string& day) {
  if (anchor.empty() || day.empty()) return anchor == day ? 0 : -1;
  long a = 0, d = 0;
  if (!DayNumber(anchor, &a) || !DayNumber(day, &d)) return anchor == day ? 0 : -1;
  if (d == a) return 0;
  if (d == a + 1) return 1;  // the anchor is the day before: preferred on a tie
  if (d == a - 1) return 2;
  return -1;
}

}  // namespace

std::string AlternativeId(const std::string& id, int n) {
  uint64_t h = FnvField(FnvField(kFnvOffset, id), std::to_string(n));
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

int PickCanonical(const std::vector<const CanonicalEvent*>& cands, const Event& m) {
  int best = -1, best_rank = 3;
  for (int i = 0; i < int(cands.size()); ++i) {  // the oldest wins among equals
    if (!CanonicalMatches(*cands[i], m)) continue;
    int r = DayRank(cands[i]->date, m.date);
    if (r < best_rank) best = i, best_rank = r;
  }
  return best;
}

bool CanonicalMatches(const CanonicalEvent& c, const Event& m) {
  if (c.cameo != m.cameo || CodeOf(c.source) != CodeOf(m.source) ||
      CodeOf(c.target) != CodeOf(m.target))
    return false;
  if (DayRank(c.date, m.date) < 0) return false;
  // "same place when both have one"
  return !c.location || !m.location || SamePlace(*c.location, *m.location);
}

CanonicalEvent CanonicalFromMention(const Event& m, const Article& article) {
  CanonicalEvent c;
  c.canonical_id = CanonicalId(m);
  c.date = m.date;
  c.source = m.source;
  c.target = m.target;
  c.cameo = m.cameo;
  c.root = m.root;
  c.plover = m.plover;
  c.quad_class = m.quad_class;
  c.goldstein = m.goldstein;
  c.location = m.location;
  c.num_mentions = c.num_articles = c.num_sources = 1;
  c.first_event_id = m.event_id;
  c.source_url = article.url.empty() ? article.id : article.url;
  c.sentence = m.sentence;
  return c;
}

struct CanonicalIndex::Impl {
  struct Counts {
    std::set<std::pair<std::string, int>> sentences;
    std::set<std::string> articles, sources;
    long order = 0;  // creation order
  };
  std::vector<CanonicalEvent> events;
  std::vector<Counts> counts;
  // source|target|cameo|anchor day -> indices into events, in creation order
  std::map<std::string, std::vector<int>> by_key;
  long created = 0;
  std::set<std::string> ids;  // every id handed out, kept unique

  static std::string Key(const Event& e, const std::string& day) {
    return CodeOf(e.source) + '|' + CodeOf(e.target) + '|' + e.cameo + '|' + day;
  }
  static std::string Key(const CanonicalEvent& e) {
    return CodeOf(e.source) + '|' + CodeOf(e.target) + '|' + e.cameo + '|' + e.date;
  }
  void Reindex() {
    by_key.clear();
    for (int i = 0; i < int(events.size()); ++i) by_key[Key(events[i])].push_back(i);
  }
};

CanonicalIndex::CanonicalIndex() : impl_(std::make_unique<Impl>()) {}
CanonicalIndex::~CanonicalIndex() = default;

const std::vector<CanonicalEvent>& CanonicalIndex::events() const {
  return impl_->events;
}

int CanonicalIndex::Add(const Event& m, const Article& article) {
  if (!IsHappening(m)) return -1;
  Impl& x = *impl_;
  // Candidates anchored on the day, the day before, the day after: looked up
  // by key, so the cost does not grow with the events held.
  std::vector<int> cands;
  std::vector<const CanonicalEvent*> view;
  std::vector<std::string> days = {m.date};
  long d = 0;
  if (DayNumber(m.date, &d)) days = {m.date, DayString(d - 1), DayString(d + 1)};
  for (const std::string& day : days) {
    auto it = x.by_key.find(Impl::Key(m, day));
    if (it == x.by_key.end()) continue;
    for (int i : it->second) cands.push_back(i), view.push_back(&x.events[i]);
  }
  int pick = PickCanonical(view, m);
  int best = pick < 0 ? -1 : cands[pick];
  if (best < 0) {
    best = int(x.events.size());
    x.events.push_back(CanonicalFromMention(m, article));
    std::string id = x.events.back().canonical_id;
    for (int n = 1; x.ids.count(id); ++n) id = AlternativeId(x.events.back().canonical_id, n);
    x.events.back().canonical_id = id;
    x.ids.insert(id);
    x.events.back().num_mentions = x.events.back().num_articles = 0;
    x.events.back().num_sources = 0;
    x.counts.emplace_back();
    x.counts.back().order = x.created++;
    x.by_key[Impl::Key(x.events.back())].push_back(best);
  }
  CanonicalEvent& c = x.events[best];
  if (!c.location && m.location) c.location = m.location;  // it takes the place
  Impl::Counts& n = x.counts[best];
  n.sentences.emplace(m.article_id, m.sentence_index);
  n.articles.insert(m.article_id);
  n.sources.insert(article.source);
  c.num_mentions = int(n.sentences.size());
  c.num_articles = int(n.articles.size());
  c.num_sources = int(n.sources.size());
  return best;
}

std::vector<CanonicalEvent> CanonicalIndex::TakeBefore(const std::string& day) {
  Impl& x = *impl_;
  std::vector<int> take, keep;
  for (int i = 0; i < int(x.events.size()); ++i) {
    const std::string& d = x.events[i].date;
    bool done = day.empty() || (!d.empty() && d < day);
    (done ? take : keep).push_back(i);
  }
  std::stable_sort(take.begin(), take.end(), [&](int a, int b) {
    if (x.events[a].date != x.events[b].date) return x.events[a].date < x.events[b].date;
    return x.counts[a].order < x.counts[b].order;
  });
  std::vector<CanonicalEvent> out, events;
  std::vector<Impl::Counts> counts;
  for (int i : take) out.push_back(std::move(x.events[i]));
  for (int i : keep) {
    events.push_back(std::move(x.events[i]));
    counts.push_back(std::move(x.counts[i]));
  }
  x.events = std::move(events);
  x.counts = std::move(counts);
  x.Reindex();
  return out;
}

struct CanonicalStream::Impl {
  Out out;
  CanonicalIndex index;
  long newest = 0;
  bool have_newest = false;
  Status Flush(const std::string& before) {
    for (const CanonicalEvent& c : index.TakeBefore(before)) {
      Status s = out(c);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }
};

CanonicalStream::CanonicalStream(Out out) : impl_(std::make_unique<Impl>()) {
  impl_->out = std::move(out);
}
CanonicalStream::~CanonicalStream() = default;

Status CanonicalStream::OnArticle(const Article& article, const CodedArticle& coded) {
  Impl& x = *impl_;
  long newest = x.newest;
  bool have = x.have_newest;
  // The article's date says how far the stream has got; an article without
  // one goes by its events' dates.
  long d = 0;
  bool dated = DayNumber(article.date, &d);
  if (dated && (!have || d > newest)) newest = d, have = true;
  for (const Event& e : coded.events) {
    x.index.Add(e, article);
    if (!dated && DayNumber(e.date, &d) && (!have || d > newest)) newest = d, have = true;
  }
  if (have && (!x.have_newest || newest > x.newest)) {
    x.newest = newest;
    x.have_newest = true;
    // Complete: anchored more than two days before the newest date seen.
    return x.Flush(DayString(newest - 2));
  }
  return Status::Ok();
}

Status CanonicalStream::Finish() {
  return impl_->Flush("");
}

}  // namespace casus
