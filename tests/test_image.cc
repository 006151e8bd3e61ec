// The dictionary image (src/image/image.h): the tables mapped from the
// build-time image equal those read from the text sources, and an image that
// no longer matches its sources (an edit, a truncated file) is not used.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "files.h"
#include "image/image.h"
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

}  // namespace
}  // namespace casus
