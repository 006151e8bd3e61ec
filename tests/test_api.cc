// The public API as an embedding program uses it: loading from a named data
// folder, BatchCoder / CodeBatch (order, thread counts, failing sinks),
// buffers as input, writers that report failed writes, the version.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "casus/casus.h"
#include "common.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

const std::string kWire = std::string(CASUS_SOURCE_DIR) + "/bench/corpus/wire.jsonl";

// Renders every record it receives, in order, as the CLI's JSON Lines would.
class Transcript : public RecordSink {
 public:
  Status OnArticle(const Article& a, const CodedArticle& c) override {
    text += "article " + a.id + "\n";
    ++articles;
    return Status::Ok();
  }
  Status OnSentence(const std::string& id, int i, std::string_view s) override {
    text += SentenceJson(id, i, s) + "\n";
    return Status::Ok();
  }
  Status OnEvent(const Event& e) override {
    text += EventJson(e) + "\n";
    return Status::Ok();
  }
  Status OnQuantity(const QuantityRecord& q) override {
    text += QuantityJson(q) + "\n";
    return Status::Ok();
  }
  Status OnError(const ErrorRecord& e) override {
    text += ErrorJson(e) + "\n";
    return Status::Ok();
  }
  std::string text;
  int articles = 0;
};

std::vector<Article> WireArticles() {
  std::vector<Article> arts;
  Status s = ReadInput(
      kWire, {}, [&](Article&& a) { arts.push_back(std::move(a)); }, [](ErrorRecord&&) {});
  EXPECT_TRUE(s.ok()) << s.message();
  return arts;
}

TEST(Api, VersionMatchesTheHeader) {
  EXPECT_STREQ(Version(), CASUS_VERSION_STRING);
  EXPECT_EQ(std::string(Version()), std::to_string(CASUS_VERSION_MAJOR) + "." +
                                        std::to_string(CASUS_VERSION_MINOR) + "." +
                                        std::to_string(CASUS_VERSION_PATCH));
}

// An embedding program names its data folder; a folder without a lexicon of
// its own (a copy of the source data/) uses the lexicon casus was built with.
TEST(Api, LoadFromANamedDataFolder) {
  fs::path staged = fs::path(Dictionaries::DefaultDataDir());
  ASSERT_TRUE(fs::exists(staged / "lexicon.tsv")) << staged;
  std::shared_ptr<const Dictionaries> d;
  LoadOptions opt;
  opt.data_dir = staged.string();
  Status s = LoadDictionaries(opt, &d);
  ASSERT_TRUE(s.ok()) << s.message();
  Article a;
  a.id = "k";
  a.text = "Russian forces shelled Kharkiv on Monday.";
  CodedArticle c = Coder(d).Code(a);
  ASSERT_EQ(c.events.size(), 1u);
  EXPECT_EQ(c.events[0].root, "19");
  EXPECT_EQ(c.events[0].evidence.dictionary.rfind("data/verbs/", 0), 0u);

  opt.data_dir = std::string(CASUS_SOURCE_DIR) + "/data";
  s = LoadDictionaries(opt, &d);
  EXPECT_TRUE(s.ok()) << s.message();

  opt.data_dir = "/nonexistent/casus/data";
  s = LoadDictionaries(opt, &d);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/casus/data"), std::string::npos) << s.message();
}

// The same records, byte for byte and in input order, at any thread count
// and window, as coding the articles one by one.
TEST(Api, CodeBatchKeepsInputOrderAtAnyThreadCount) {
  std::vector<Article> arts = WireArticles();
  ASSERT_GT(arts.size(), 300u);
  Transcript serial;
  for (const Article& a : arts)
    ASSERT_TRUE(EmitCoded(a, testing::TheCoder().Code(a), &serial).ok());
  for (int threads : {1, 2, 3}) {
    for (size_t window : {size_t(1), size_t(7), size_t(256)}) {
      Transcript t;
      BatchOptions opt;
      opt.threads = threads;
      opt.window = window;
      Status s = CodeBatch(testing::TheCoder(), opt, arts, &t);
      ASSERT_TRUE(s.ok()) << s.message();
      EXPECT_EQ(t.articles, int(arts.size()));
      EXPECT_TRUE(t.text == serial.text) << "threads " << threads << ", window " << window;
    }
  }
}

// A slow stream (one record now and then) is coded as it comes: each record
// is delivered by the next Add, not held until a chunk of records has come.
TEST(Api, SlowStreamIsDeliveredRecordByRecord) {
  std::vector<Article> arts = WireArticles();
  Transcript t;
  std::unique_ptr<BatchCoder> batch;
  ASSERT_TRUE(BatchCoder::Create(testing::TheCoder(), {2, 256}, &t, &batch).ok());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(batch->Add(arts[size_t(i)]).ok());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  ASSERT_TRUE(batch->Add(arts[3]).ok());
  EXPECT_EQ(t.articles, 3);  // the first three, coded while the stream paused
  ASSERT_TRUE(batch->Finish().ok());
  EXPECT_EQ(t.articles, 4);
}

// Error records pass through a BatchCoder in their place among the articles.
TEST(Api, ErrorRecordsKeepTheirPlace) {
  std::string input =
      "{\"id\":\"a\",\"text\":\"Russian forces shelled Kharkiv on Monday.\"}\n"
      "not json\n"
      "{\"id\":\"b\",\"text\":\"NATO condemned the attack.\"}\n";
  for (int threads : {1, 2}) {
    Transcript t;
    std::unique_ptr<BatchCoder> batch;
    ASSERT_TRUE(BatchCoder::Create(testing::TheCoder(), {threads, 256}, &t, &batch).ok());
    Status st;
    Status r = ReadBuffer(
        "in.jsonl", input, {}, [&](Article&& a) { st = batch->Add(std::move(a)); },
        [&](ErrorRecord&& e) { st = batch->Add(std::move(e)); });
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(batch->Finish().ok());
    size_t a = t.text.find("article a\n"), err = t.text.find("\"kind\":\"error\""),
           b = t.text.find("article b\n");
    ASSERT_NE(err, std::string::npos) << t.text;
    EXPECT_LT(a, err);
    EXPECT_LT(err, b);
    EXPECT_NE(t.text.find("\"line\":2"), std::string::npos);
  }
}

TEST(Api, BufferInputCodesLikeTheFile) {
  std::ifstream in(kWire, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();
  auto code = [&](bool from_buffer) {
    Transcript t;
    std::unique_ptr<BatchCoder> batch;
    EXPECT_TRUE(BatchCoder::Create(testing::TheCoder(), {2, 64}, &t, &batch).ok());
    Status st;
    auto on_article = [&](Article&& a) { st = batch->Add(std::move(a)); };
    auto on_error = [&](ErrorRecord&& e) { st = batch->Add(std::move(e)); };
    Status r = from_buffer ? ReadBuffer(kWire, bytes, {}, on_article, on_error)
                           : ReadInput(kWire, {}, on_article, on_error);
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(st.ok());
    EXPECT_TRUE(batch->Finish().ok());
    return t.text;
  };
  std::string file = code(false);
  EXPECT_GT(file.size(), 100000u);
  EXPECT_TRUE(file == code(true));
}

// Fails the n-th event it is given, and counts what arrives afterwards.
class FailingSink : public RecordSink {
 public:
  explicit FailingSink(int fail_at) : fail_at_(fail_at) {}
  Status OnEvent(const Event& e) override {
    if (failed_) ++after_failure;
    if (++events == fail_at_) {
      failed_ = true;
      return Status::Error(StatusCode::kIoError, "writing output: disk full");
    }
    return Status::Ok();
  }
  Status OnArticle(const Article&, const CodedArticle&) override {
    if (failed_) ++after_failure;
    return Status::Ok();
  }
  int events = 0, after_failure = 0;

 private:
  int fail_at_;
  bool failed_ = false;
};

TEST(Api, AFailingSinkFailsTheRun) {
  std::vector<Article> arts = WireArticles();
  for (int threads : {1, 2}) {
    FailingSink sink(5);
    Status s = CodeBatch(testing::TheCoder(), {threads, 16}, arts, &sink);
    ASSERT_FALSE(s.ok()) << "threads " << threads;
    EXPECT_EQ(s.code(), StatusCode::kIoError);
    EXPECT_EQ(s.message(), "writing output: disk full");
    EXPECT_EQ(sink.events, 5);
    EXPECT_EQ(sink.after_failure, 0);
  }
  // The streaming form: Add returns the failure, and so does every call after.
  FailingSink sink(1);
  std::unique_ptr<BatchCoder> batch;
  ASSERT_TRUE(BatchCoder::Create(testing::TheCoder(), {2, 4}, &sink, &batch).ok());
  Status st;
  size_t added = 0;
  while (st.ok() && added < arts.size()) st = batch->Add(arts[added++]);
  EXPECT_FALSE(st.ok());
  EXPECT_LT(added, arts.size());
  EXPECT_FALSE(batch->Add(arts[0]).ok());
  EXPECT_FALSE(batch->Finish().ok());
}

TEST(Api, ThreadCountsOutOfRangeAreRefused) {
  Transcript t;
  std::unique_ptr<BatchCoder> batch;
  EXPECT_EQ(BatchCoder::Create(testing::TheCoder(), {0, 256}, &t, &batch).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(BatchCoder::Create(testing::TheCoder(), {-3, 256}, &t, &batch).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(BatchCoder::Create(testing::TheCoder(), {MaxThreads() + 1, 256}, &t, &batch).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(batch, nullptr);
  EXPECT_TRUE(BatchCoder::Create(testing::TheCoder(), {MaxThreads(), 256}, &t, &batch).ok());
}

TEST(Api, WriterReportsAFullDisk) {
  FILE* full = std::fopen("/dev/full", "w");
  if (!full) GTEST_SKIP() << "no /dev/full";
  RecordWriter w(full, Format::kJsonl);
  Event e;
  e.event_id = "x";
  Status s;
  // Small records sit in the stdio buffer: the failure shows at a flush.
  for (int i = 0; i < 10000 && s.ok(); ++i) s = w.OnEvent(e);
  if (s.ok()) s = w.Finish();
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_NE(s.message().find("No space left"), std::string::npos) << s.message();
  std::fclose(full);
}

TEST(Api, WriterOptionsChooseTheRecords) {
  char* buf = nullptr;
  size_t len = 0;
  FILE* mem = open_memstream(&buf, &len);
  WriterOptions wo;
  wo.sentences = true;
  wo.quantities = false;
  RecordWriter w(mem, wo);
  Article a;
  a.id = "q";
  a.text = "Some 3,000 Russian troops crossed into Ukraine.";
  CodedArticle c = testing::TheCoder().Code(a);
  ASSERT_FALSE(c.quantities.empty());
  ASSERT_TRUE(EmitCoded(a, c, &w).ok());
  ASSERT_TRUE(w.OnError({"", "in", 1, "bad"}).ok());
  ASSERT_TRUE(w.Finish().ok());
  std::fclose(mem);
  std::string out(buf, len);
  std::free(buf);
  EXPECT_NE(out.find("\"kind\":\"sentence\""), std::string::npos);
  EXPECT_EQ(out.find("\"kind\":\"quantity\""), std::string::npos);
  EXPECT_NE(out.find("\"kind\":\"error\""), std::string::npos);
}

}  // namespace
}  // namespace casus
