// EmitCoded and TeeSink (casus/sink.h).
#include "casus/sink.h"

namespace casus {

Status EmitCoded(const Article& article, const CodedArticle& coded, RecordSink* sink) {
  Status s = sink->OnArticle(article, coded);
  for (size_t i = 0; s.ok() && i < coded.sentences.size(); ++i) {
    const Span sp = coded.sentences[i];
    s = sink->OnSentence(article.id, int(i),
                         std::string_view(coded.text).substr(sp.begin, sp.end - sp.begin));
  }
  for (size_t i = 0; s.ok() && i < coded.events.size(); ++i) s = sink->OnEvent(coded.events[i]);
  for (size_t i = 0; s.ok() && i < coded.quantities.size(); ++i)
    s = sink->OnQuantity(coded.quantities[i]);
  return s;
}

namespace {

template <typename Call>
Status ForEach(const std::vector<RecordSink*>& sinks, Call call) {
  for (RecordSink* s : sinks) {
    Status st = call(s);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace

Status TeeSink::OnArticle(const Article& a, const CodedArticle& c) {
  return ForEach(sinks_, [&](RecordSink* s) { return s->OnArticle(a, c); });
}
Status TeeSink::OnSentence(const std::string& id, int index, std::string_view sentence) {
  return ForEach(sinks_, [&](RecordSink* s) { return s->OnSentence(id, index, sentence); });
}
Status TeeSink::OnEvent(const Event& e) {
  return ForEach(sinks_, [&](RecordSink* s) { return s->OnEvent(e); });
}
Status TeeSink::OnQuantity(const QuantityRecord& q) {
  return ForEach(sinks_, [&](RecordSink* s) { return s->OnQuantity(q); });
}
Status TeeSink::OnError(const ErrorRecord& e) {
  return ForEach(sinks_, [&](RecordSink* s) { return s->OnError(e); });
}
Status TeeSink::Finish() {
  Status first;
  for (RecordSink* s : sinks_) {
    Status st = s->Finish();
    if (first.ok() && !st.ok()) first = st;
  }
  return first;
}

}  // namespace casus
