// The dictionary image (src/image/image.h): the tables mapped from the
// build-time image equal those read from the text sources, and an image that
// no longer matches its sources (an edit, a truncated file) is not used.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "casus/coder.h"
#include "casus/output.h"
#include "files.h"
#include "image/image.h"
#include "import/import.h"
#include "match/dictionaries.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

Status LoadWith(bool image, const std::string& data, const std::string& lexicon,
                std::shared_ptr<const Dictionaries>* out) {
  if (image)
    unsetenv("CASUS_NO_IMAGE");
  else
    setenv("CASUS_NO_IMAGE", "1", 1);
  Status s = Dictionaries::Load(data, lexicon, out);
  unsetenv("CASUS_NO_IMAGE");
  return s;
}

TEST(Image, MappedTablesEqualTheTextSources) {
  std::string data = Dictionaries::DefaultDataDir(), lex = Dictionaries::DefaultLexicon();
  if (!fs::exists(Dictionaries::ImagePathFor(lex))) GTEST_SKIP() << "no image built";
  std::shared_ptr<const Dictionaries> m, t;
  ASSERT_TRUE(LoadWith(true, data, lex, &m).ok());
  ASSERT_TRUE(LoadWith(false, data, lex, &t).ok());
  ASSERT_TRUE(m->from_image_file()) << "the build-time image is stale or unreadable";
  ASSERT_FALSE(t->from_image_file());
  const Lexicon &a = m->lexicon(), &b = t->lexicon();
  ASSERT_EQ(a.size(), b.size());
  for (int32_t id = 0; id < int32_t(a.size()); ++id) {
    ASSERT_EQ(a.Word(id), b.Word(id)) << id;
    ASSERT_EQ(std::memcmp(&a.Entry(id), &b.Entry(id), sizeof(LexEntry)), 0) << a.Word(id);
    ASSERT_EQ(a.Find(a.Word(id)), id) << a.Word(id);
  }
  ASSERT_EQ(m->actor_count(), t->actor_count());
  for (uint32_t i = 0; i < m->actor_count(); ++i) {
    const ActorEntry &x = m->actor(i), &y = t->actor(i);
    ASSERT_EQ(x.code, y.code);
    ASSERT_EQ(x.country, y.country);
    ASSERT_EQ(x.role, y.role);
    ASSERT_EQ(x.cases, y.cases);
    ASSERT_EQ(x.spelling.joined, y.spelling.joined);
    ASSERT_EQ(x.field, y.field);
    ASSERT_EQ(x.from, y.from);
    ASSERT_EQ(x.to, y.to);
    ASSERT_EQ(x.lat, y.lat);
    ASSERT_EQ(x.line, y.line);
    ASSERT_EQ(m->file(x.source), t->file(y.source));
  }
  ASSERT_EQ(m->pattern_count(), t->pattern_count());
  for (uint32_t i = 0; i < m->pattern_count(); ++i) {
    const Pattern &x = m->pattern(i), &y = t->pattern(i);
    ASSERT_EQ(x.text, y.text);
    ASSERT_EQ(x.code, y.code);
    ASSERT_EQ(x.verb, y.verb);
    ASSERT_EQ(x.cameo, m->Cameo(x.code));
    ASSERT_EQ(x.items.size(), y.items.size());
    for (size_t k = 0; k < x.items.size(); ++k)
      ASSERT_EQ(std::memcmp(&x.items[k], &y.items[k], sizeof(PatternItem)), 0) << x.text;
  }
  // The trie: "united nations" walks to the same actors both ways.
  auto walk = [](const Dictionaries& d, std::initializer_list<const char*> words) {
    uint32_t n = Dictionaries::kRoot;
    for (const char* w : words) n = n == Dictionaries::kNoNode ? n : d.Step(n, d.lexicon().Find(w));
    std::vector<uint32_t> out;
    if (n != Dictionaries::kNoNode)
      for (uint32_t e : d.node(n).entries) out.push_back(e);
    return out;
  };
  EXPECT_FALSE(walk(*m, {"united", "nations"}).empty());
  EXPECT_EQ(walk(*m, {"united", "nations"}), walk(*t, {"united", "nations"}));
  EXPECT_EQ(m->be_lemma(), t->be_lemma());
}

// A copy of the staged data folder with its lexicon, gazetteer and image.
class StagedCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string lex = Dictionaries::DefaultLexicon();
    src_ = fs::path(lex).parent_path();
    if (!fs::exists(Dictionaries::ImagePathFor(lex))) GTEST_SKIP() << "no image built";
    dir_ =
        testing::TestDir("image") / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::copy(src_, dir_, fs::copy_options::recursive);  // follows the staged links
  }
  Status Load(std::shared_ptr<const Dictionaries>* d) {
    return LoadWith(true, dir_.string(), (dir_ / "lexicon.tsv").string(), d);
  }
  fs::path src_, dir_;
};

TEST_F(StagedCopy, CopiedFolderUsesItsImage) {
  std::shared_ptr<const Dictionaries> d;
  ASSERT_TRUE(Load(&d).ok());
  EXPECT_TRUE(d->from_image_file());  // the hash is of content, not of paths or mtimes
}

TEST_F(StagedCopy, EditedSourceIsReadFromTheText) {
  std::ofstream(dir_ / "actors" / "groups.txt", std::ios::app)
      << "\nNSAZRB name: Zorblatt Liberation Front\n";
  std::shared_ptr<const Dictionaries> d;
  Status s = Load(&d);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_FALSE(d->from_image_file());
  uint32_t n = Dictionaries::kRoot;
  for (const char* w : {"zorblatt", "liberation", "front"})
    n = n == Dictionaries::kNoNode ? n : d->Step(n, d->lexicon().Find(w));
  ASSERT_NE(n, Dictionaries::kNoNode);
  ASSERT_EQ(d->node(n).entries.size(), 1u);
  EXPECT_EQ(d->actor(d->node(n).entries[0]).code, "NSAZRB");
}

TEST_F(StagedCopy, EditedFolderGetsACachedImageOnFirstUse) {
  std::ofstream(dir_ / "actors" / "groups.txt", std::ios::app)
      << "\nNSAZRB name: Zorblatt Liberation Front\n";
  fs::path cache = dir_ / "cache";
  setenv("CASUS_IMAGE_CACHE", cache.c_str(), 1);
  std::shared_ptr<const Dictionaries> first, second;
  Status s = Load(&first);
  Status s2 = Load(&second);
  unsetenv("CASUS_IMAGE_CACHE");
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_TRUE(s2.ok()) << s2.message();
  EXPECT_FALSE(first->from_image_file());  // read from the text, image written
  EXPECT_TRUE(second->from_image_file());  // and used the next time
  ASSERT_EQ(second->actor_count(), first->actor_count());
  EXPECT_EQ(second->actor(uint32_t(second->actor_count() - 1)).code,
            first->actor(uint32_t(first->actor_count() - 1)).code);
  int images = 0;
  for (const auto& e : fs::directory_iterator(cache)) images += e.path().extension() == ".img";
  EXPECT_EQ(images, 1);
}

// The memo of the source hash (HashSources with a memo path): reused while
// the files' stats are unchanged, never after an edit, even one that keeps
// the size.
TEST(Image, SourceHashMemoIsUsedUntilAnEdit) {
  fs::path dir = testing::TestDir("image") / "memo";
  fs::remove_all(dir);
  fs::create_directories(dir / "data");
  std::string x = testing::WriteFile(dir / "data", "x.txt", "abc\n");
  std::string lex = testing::WriteFile(dir, "lexicon.tsv", "w\tNN\n");
  std::string gaz = testing::WriteFile(dir, "cities.tsv", "");
  std::string memo = (dir / "dictionaries.img.sources").string(), data = (dir / "data").string();
  uint64_t plain = 0, h = 0;
  ASSERT_TRUE(HashSources(data, lex, gaz, &plain).ok());
  ASSERT_TRUE(HashSources(data, lex, gaz, &h, memo).ok());
  EXPECT_EQ(h, plain);
  EXPECT_FALSE(fs::exists(memo));  // the sources are too fresh to trust their stats
  sleep(3);
  ASSERT_TRUE(HashSources(data, lex, gaz, &h, memo).ok());
  EXPECT_EQ(h, plain);
  ASSERT_TRUE(fs::exists(memo));
  // Proof that the memo is read: a forged content hash under the same stats.
  std::string tag, stats, content;
  std::ifstream(memo) >> tag >> stats >> content;
  std::ofstream(memo, std::ios::trunc) << tag << ' ' << stats << " 1234\n";
  ASSERT_TRUE(HashSources(data, lex, gaz, &h, memo).ok());
  EXPECT_EQ(h, 0x1234u);
  // An edit that keeps the size changes the stats: the content is hashed again.
  testing::WriteFile(dir / "data", "x.txt", "abd\n");
  uint64_t edited = 0;
  ASSERT_TRUE(HashSources(data, lex, gaz, &edited).ok());
  EXPECT_NE(edited, plain);
  ASSERT_TRUE(HashSources(data, lex, gaz, &h, memo).ok());
  EXPECT_EQ(h, edited);
}

TEST_F(StagedCopy, BrokenImageIsNotUsed) {
  fs::path img = dir_ / "dictionaries.img";
  fs::resize_file(img, fs::file_size(img) / 2);
  std::shared_ptr<const Dictionaries> d;
  Status s = Load(&d);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_FALSE(d->from_image_file());
  std::ofstream(img, std::ios::binary | std::ios::trunc) << "CASUSIMG but not really";
  ASSERT_TRUE(Load(&d).ok());
  EXPECT_FALSE(d->from_image_file());
  std::shared_ptr<const ImageReader> r;
  EXPECT_FALSE(ImageReader::Open(img.string(), 0, &r).ok());
}

// An imported dictionary set (here a casus manifest naming our own files and a
// PETRARCH actors file with a bad line) is cached by default: the second load
// maps the image, gives the same import report and codes the same records.
class ImportedSet : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        testing::TestDir("image") / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::string data = Dictionaries::DefaultDataDir(), manifest;
    for (const char* sub : {"actors", "verbs"})
      for (const auto& e : fs::directory_iterator(fs::path(data) / sub))
        manifest += std::string("casus-") + sub + " " + fs::absolute(e.path()).string() + "\n";
    testing::WriteFile(dir_, "zorblatt.actors.txt",
                       "ZORBLATT_LIBERATION_FRONT_ [NSAREB]\nBROKEN_\xff_LINE_ [NSAREB]\n");
    manifest += "petrarch-actors zorblatt.actors.txt\n";
    set_ = testing::WriteFile(dir_, "set.txt", manifest);
    unsetenv("CASUS_IMAGE_CACHE");
    setenv("XDG_CACHE_HOME", (dir_ / "xdg").c_str(), 1);
  }
  void TearDown() override {
    unsetenv("XDG_CACHE_HOME");
    unsetenv("CASUS_IMAGE_CACHE");
  }
  struct Run {
    std::shared_ptr<const Dictionaries> d;
    ImportStats stats;
    ImportExtras extras;
    std::string coded;
  };
  Run Load() {
    Run r;
    LoadOptions o;
    o.dict_set = set_;
    Status s = LoadImported(o, &r.d, &r.stats, &r.extras);
    EXPECT_TRUE(s.ok()) << s.message();
    if (!s.ok()) return r;
    Article a;
    a.id = "z";
    a.date = "2024-03-05";
    a.text =
        "The Zorblatt Liberation Front attacked Turkey. Russia condemned the Zorblatt Liberation "
        "Front.";
    for (const Event& e : Coder(r.d).Code(a).events) r.coded += EventJson(e) + "\n";
    return r;
  }
  static int Images(const fs::path& dir) {
    int n = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) n += e.path().extension() == ".img";
    return n;
  }
  fs::path dir_;
  std::string set_;
};

TEST_F(ImportedSet, SecondLoadMapsTheCachedImage) {
  Run first = Load(), second = Load();
  ASSERT_TRUE(first.d && second.d);
  EXPECT_FALSE(first.d->from_image_file());
  EXPECT_TRUE(second.d->from_image_file());
  EXPECT_EQ(Images(dir_ / "xdg" / "casus"), 1);
  EXPECT_NE(first.coded.find("NSAREB"), std::string::npos) << first.coded;
  EXPECT_EQ(second.coded, first.coded);
  EXPECT_EQ(ImportReport(second.stats), ImportReport(first.stats));
  ASSERT_FALSE(first.stats.warnings.empty());  // the bad line, reported both times
  EXPECT_EQ(second.d->actor_count(), first.d->actor_count());
}

TEST_F(ImportedSet, AnEditedFileIsImportedAgain) {
  Run first = Load();
  testing::WriteFile(dir_, "zorblatt.actors.txt", "ZORBLATT_LIBERATION_FRONT_ [NSAINS]\n");
  Run second = Load();
  ASSERT_TRUE(second.d);
  EXPECT_FALSE(second.d->from_image_file());
  EXPECT_NE(second.coded.find("NSAINS"), std::string::npos) << second.coded;
  EXPECT_TRUE(second.stats.warnings.empty());
  EXPECT_EQ(Images(dir_ / "xdg" / "casus"), 2);
}

TEST_F(ImportedSet, CacheCanBeMovedOrTurnedOff) {
  setenv("CASUS_IMAGE_CACHE", (dir_ / "mine").c_str(), 1);
  Run a = Load(), b = Load();
  EXPECT_TRUE(b.d && b.d->from_image_file());
  EXPECT_EQ(Images(dir_ / "mine"), 1);
  EXPECT_EQ(Images(dir_ / "xdg" / "casus"), 0);
  setenv("CASUS_IMAGE_CACHE", "off", 1);
  Run c = Load();
  ASSERT_TRUE(c.d);
  EXPECT_FALSE(c.d->from_image_file());
  EXPECT_EQ(c.coded, a.coded);
}

TEST_F(ImportedSet, UnwritableCacheFallsBackToTheText) {
  testing::WriteFile(dir_, "file", "a file where the cache folder would go");
  setenv("CASUS_IMAGE_CACHE", (dir_ / "file" / "cache").c_str(), 1);
  Run a = Load(), b = Load();
  ASSERT_TRUE(a.d && b.d);
  EXPECT_FALSE(b.d->from_image_file());
  EXPECT_EQ(b.coded, a.coded);
  EXPECT_FALSE(a.coded.empty());
}

TEST_F(ImportedSet, DamagedReportIsNotUsed) {
  Run first = Load();
  fs::path img;
  for (const auto& e : fs::directory_iterator(dir_ / "xdg" / "casus"))
    if (e.path().extension() == ".import") img = e.path();
  ASSERT_FALSE(img.empty());
  std::ofstream(img, std::ios::binary | std::ios::trunc) << "casus-import 1\nC\tnot a number\n";
  Run second = Load();
  ASSERT_TRUE(second.d);
  EXPECT_FALSE(second.d->from_image_file());
  EXPECT_EQ(ImportReport(second.stats), ImportReport(first.stats));
}

}  // namespace
}  // namespace casus
