// casus-imgc DATA_DIR LEXICON OUT.img: compiles the dictionaries of DATA_DIR
// (with LEXICON and the cities.tsv beside it) from their text sources into
// the image casus maps at start-up (src/image/image.h). Run at build time for
// the staged data folder; the image records the hash of the sources, so a
// later edit of them makes casus read the text again until the next build.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "match/dictionaries.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: casus-imgc DATA_DIR LEXICON OUT.img\n");
    return 2;
  }
  setenv("CASUS_NO_IMAGE", "1", 1);  // compile from the text, never from an old image
  std::shared_ptr<const casus::Dictionaries> d;
  casus::Status s = casus::Dictionaries::Load(argv[1], argv[2], &d);
  if (s.ok()) s = d->WriteImage(argv[3]);
  if (!s.ok()) {
    std::fprintf(stderr, "casus-imgc: %s\n", s.message().c_str());
    return 1;
  }
  return 0;
}
