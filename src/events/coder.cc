// Event coding, the driver: an article is re-flowed and split; each sentence
// is tokenized, tagged, its actors and quantities found, its verb groups
// matched against the patterns, and each group decided (coding_rules.cc) and
// built into events (build.cc). The files of src/events/ are listed in
// sentence_coder.h. One sentence at a time, no allocation per token beyond
// the per-thread Scratch.
#include "casus/coder.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "casus/ingest.h"
#include "events/coding.h"
#include "events/inherit.h"
#include "events/petrarch.h"
#include "events/tabari.h"
#include "internal.h"
#include "util/dates.h"

namespace casus {

struct Scratch {
  Sentence s;
  ArticleCountries article;
  std::vector<FoundQuantity> quantities;
  SentenceFacts facts;
  GroupDecision decision;
  std::vector<int> sourceless;  // PETRARCH: groups with a pattern and no source
  SentenceOut so;
  std::string blanked;   // a TABARI set's sentence, its comma clauses blanked (tabari.h)
  std::string filtered;  // a TABARI or PETRARCH set's sentence as its coder reads it ('_' a space)
};

void ScratchDeleter::operator()(Scratch* s) const {
  delete s;
}
ScratchPtr MakeScratch() {
  return ScratchPtr(new Scratch);
}

namespace {

// The sentence's leading actor (not a place, agency or pronoun) is the
// antecedent for a "He …" opening the next sentence; a new paragraph resets it.
// A TABARI set forwards the actor alone, not its agents ("Fornost President
// Umbardacil ... He has also asked Gondor": FOR, not FORGOVPRS).
void UpdatePrior(const EventPolicy& p, const CodedArticle& out, size_t si, Sentence* s) {
  std::optional<Mention> lead;
  for (const Mention& m : s->mentions)
    if (!m.place && !m.city && !m.media && !m.pronoun && (!m.country.empty() || m.igo)) {
      lead = m;
      break;
    }
  if (lead && p.tabari.on && !lead->country.empty()) {
    lead->code = lead->country;
    lead->role.clear();
  }
  // Only the gap up to the next sentence is searched: a search to the end of
  // the text made a long paragraph cost the square of its length.
  bool para = false;
  if (si + 1 < out.sentences.size()) {
    uint32_t gap = out.sentences[si].end, next = out.sentences[si + 1].begin;
    para = std::string_view(out.text).substr(gap, next - gap).find("\n\n") != std::string::npos;
  }
  if (lead || para) s->prior = para ? std::nullopt : lead;
}

// Quantities the sentence reports, tied to actors where it names them. A
// counted role takes its country like an event's target does ("killing
// three soldiers near Idlib": place, then speaker).
void ReportQuantities(const Sentence& s, const std::vector<Attribution>& att,
                      std::vector<FoundQuantity>* quantities, SentenceOut* so) {
  const Mention* qspeaker = nullptr;
  for (const auto& a : att)
    if (a.speaker_group >= 0) {
      qspeaker = FirstOfGroup(s, a.speaker_group);
      break;
    }
  std::optional<Actor> sentence_speaker;
  if (qspeaker) sentence_speaker = MakeActor(*qspeaker, s);
  for (FoundQuantity& fq : *quantities) {
    if (fq.mention < 0) continue;
    Mention m = s.mentions[fq.mention];
    if (!m.country.empty() || m.igo) continue;
    InheritCountry(&m, qspeaker, s, Party::kTarget);
    fq.q.actor = MakeActor(m, s);
  }
  for (const FoundQuantity& fq : *quantities) {
    QuantityRecord qr;
    qr.article_id = so->article->id;
    qr.sentence_index = so->index;
    qr.quantity = fq.q;
    qr.attributed_to = sentence_speaker;
    qr.sentence = so->sentence;
    so->out->quantities.push_back(std::move(qr));
  }
}

// Codes the verb groups of one sentence (its actors and quantities found).
void CodeSentence(const Dictionaries& d, const EventPolicy& p, Scratch* scratch,
                  TraceSentence* ts) {
  Sentence& s = scratch->s;
  SentenceFacts& facts = scratch->facts;
  SentenceOut& so = scratch->so;
  SentenceCoder sc(d, p, s);
  sc.FindVerbGroups();
  size_t ng = sc.groups().size();
  facts.found.resize(ng);
  facts.matched.assign(ng, nullptr);
  for (size_t gi = 0; gi < ng; ++gi) {
    facts.found[gi] = sc.MatchVerb(int(gi));
    facts.matched[gi] = facts.found[gi].pat;
  }
  if (std::string why = TabariComplex(sc, facts); !why.empty()) {
    if (ts) ts->note = why;
    return;
  }
  sc.Attribute(&facts.att);
  ReportQuantities(s, facts.att, &scratch->quantities, &so);
  facts.score = HasScoreLine(s);
  if (ts) ts->groups.resize(ng);
  GroupDecision& dec = scratch->decision;
  std::vector<int>& sourceless = scratch->sourceless;
  sourceless.clear();
  for (size_t gi = 0; gi < ng; ++gi) {
    Decide(sc, facts, int(gi), &dec);
    if (p.petrarch.program && dec.drop == Drop::kNoSource && facts.matched[gi])
      sourceless.push_back(int(gi));
    if (dec.drop == Drop::kNone && BuildEvents(sc, facts, int(gi), dec, &so) == 0)
      dec.drop = Drop::kNoParty;
    if (ts) TraceDecision(sc, facts, int(gi), dec, &ts->groups[gi]);
  }
  NominalEvents(sc, facts, &so, ts);
  FinishSentence(sc, scratch->quantities, &so);
  if (p.tabari.on && p.tabari.code_by != TabariOptions::CodeBy::kAll)
    FirstVerbOnly(sc, p.tabari.code_by == TabariOptions::CodeBy::kClause, &so);
  // PETRARCH codes a verb phrase once.
  if (p.petrarch.program) InnerVerbsDropped(sc, sourceless, &so);
  if (p.tabari.on) TabariSubordination(&so);
  if (ts) TraceEvents(so, ts);
}

// Tokens, tags and actors of a sentence. A TABARI set does not read its
// comma-delimited clauses of the lengths its COMMA option gives: they are
// blanked out (offsets kept) and the rest read again ("Arnor is about to
// restore full diplomatic ties with Gxndor, almost five years after
// Calenardhon crowds burned down its embassy, a senior official said").
void ReadSentence(const Dictionaries& d, const EventPolicy& p, std::string_view text,
                  Scratch* scratch) {
  Sentence& s = scratch->s;
  s.text = text;
  // TABARI reads '_' as a space ("the Prince of Dol_Amroth").
  if (p.tabari.on && text.find_first_of("_-") != std::string_view::npos) {
    scratch->filtered.assign(text);
    std::replace(scratch->filtered.begin(), scratch->filtered.end(), '_', ' ');
    std::replace(scratch->filtered.begin(), scratch->filtered.end(), '-', ' ');
    s.text = scratch->filtered;
  }
  // The PETRARCH suite's text joins a name's words as its dictionaries do
  // ("the Prince of Dol_Amroth"): PETRARCH reads them as the phrase.
  if (!p.tabari.on && p.petrarch.program && text.find('_') != std::string_view::npos) {
    scratch->filtered.assign(text);
    std::replace(scratch->filtered.begin(), scratch->filtered.end(), '_', ' ');
    s.text = scratch->filtered;
  }
  s.tabari_pronouns = p.tabari.on;
  s.tabari_actors = p.tabari.on;
  s.petrarch_actors = !p.tabari.on && p.petrarch.program;
  Tokenize(s.text, d.lexicon(), &s.toks);
  Tag(s.text, d.lexicon(), &s.toks);
  FindActors(d, &s);
  // PETRARCH leaves such clauses out too, its own way (its check_commas).
  if ((p.tabari.on && BlankCommaClauses(p.tabari.Commas(), s, &scratch->blanked)) ||
      (!p.tabari.on && p.petrarch.program &&
       BlankPetrarchCommas(p.petrarch.commas, s, &scratch->blanked))) {
    s.text = scratch->blanked;
    Tokenize(s.text, d.lexicon(), &s.toks);
    Tag(s.text, d.lexicon(), &s.toks);
    FindActors(d, &s);
  }
  if (!p.tabari.on && p.petrarch.program) {
    PetrarchVerbWords(d, &s);
    PetrarchNegatedVerbs(d, &s);
    PetrarchGluedVerbs(d, &s);
    PetrarchNounPhrases(d, p.petrarch.new_actor_length, &s);
  }
  if (p.tabari.on) DropGazetteerPlaces(&s);
  if (p.tabari.on) TabariVerbWords(d, &s);
  if (p.tabari.on) SplitMultiCodes(d, &s);
  if (p.tabari.on && p.tabari.convert_agents) ConvertAgents(&s);
}

// Why a TABARI set leaves the sentence uncoded ("" when it does not).
std::string TabariSkip(const EventPolicy& p, std::string_view text) {
  if (!p.tabari.on) return "";
  // "Gondor's planes attacked Osgiliath.": four words, under TABARI's eight.
  if (TabariWords(text) < p.tabari.min_words)
    return "fewer words than the set's minimum (" + std::to_string(p.tabari.min_words) +
           "): the sentence is not coded";
  return "";
}

void CodeArticle(const Dictionaries& d, const EventPolicy& p, const Article& article,
                 Scratch* scratch, CodedArticle* out, Trace* trace) {
  out->events.clear();
  out->quantities.clear();
  out->text = Reflow(NormalizeText(article.text), d.lexicon());
  out->sentences = SplitSentences(out->text, d.lexicon());
  // Provenance: the page each sentence of a PDF sits on (casus/ingest.h).
  out->sentence_pages.clear();
  if (!article.pages.empty())
    out->sentence_pages = SentencePages(article, out->text, out->sentences);
  Sentence& s = scratch->s;
  SentenceOut& so = scratch->so;
  so.article = &article;
  so.out = out;
  int32_t day = DayOrZero(article.date);
  s.prior.reset();
  scratch->article.Reset(out->text, &out->sentences, day);
  s.article = &scratch->article;
  s.persons.Clear();
  for (size_t si = 0; si < out->sentences.size(); ++si) {
    Span sp = out->sentences[si];
    const std::string_view text = std::string_view(out->text).substr(sp.begin, sp.end - sp.begin);
    s.day = day;
    ReadSentence(d, p, text, scratch);
    FindQuantities(d, s, &scratch->quantities);
    UpdatePrior(p, *out, si, &s);
    TraceSentence* ts = trace ? &trace->sentences.emplace_back() : nullptr;
    if (ts) TraceReading(s, ts);
    // A TABARI set's default parties code a verb with no actor at all
    // ("Fxrnost is about to restore full diplomatic ties with Gxndor").
    if (s.mentions.empty() && scratch->quantities.empty() && !p.tabari.HasDefault()) {
      if (ts) ts->note = "no actor and no quantity: the sentence is not coded";
      continue;
    }
    if (std::string why = TabariSkip(p, text); !why.empty()) {
      if (ts) ts->note = why;
      continue;
    }
    so.index = int(si);
    so.sentence.assign(text);
    so.date = ResolveDate(d, s, article.date);
    so.first_event = out->events.size();
    so.ev_mentions.clear();
    so.ev_group.clear();
    so.ev_derived.clear();
    CodeSentence(d, p, scratch, ts);
  }
  so.article = nullptr;
  so.out = nullptr;
  s.article = nullptr;
  if (!out->sentence_pages.empty())
    for (Event& e : out->events) e.page = out->sentence_pages[e.sentence_index];
}

}  // namespace

CodedArticle Coder::Code(const Article& a) const {
  ScratchPtr s = MakeScratch();
  CodedArticle out;
  Code(a, s.get(), &out);
  return out;
}

void Coder::Code(const Article& article, Scratch* scratch, CodedArticle* out, Trace* trace) const {
  CodeArticle(*dicts_, dicts_->events(), article, scratch, out, trace);
}

void CodeWithPolicy(const Dictionaries& d, const EventPolicy& p, const Article& article,
                    Scratch* scratch, CodedArticle* out, Trace* trace) {
  CodeArticle(d, p, article, scratch, out, trace);
}

std::string DescribeSentence(const Dictionaries& d, const std::string& sentence,
                             const std::string& date) {
  return DescribeSentenceWith(d, d.events(), sentence, date);
}

std::string DescribeSentenceWith(const Dictionaries& d, const EventPolicy& p,
                                 const std::string& sentence, const std::string& date) {
  Article a;
  a.id = "parse";
  a.date = date;
  a.text = sentence;
  ScratchPtr scratch = MakeScratch();
  CodedArticle out;
  Trace trace;
  CodeArticle(d, p, a, scratch.get(), &out, &trace);
  return FormatTrace(trace);
}

}  // namespace casus
