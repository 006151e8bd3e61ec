// Text analysis (internal, not public API): normalisation, re-flow of
// extracted text, sentences, tokens, part-of-speech tags and lemmas.
//
// Lexicon is immutable after loading and safe to share across threads; the
// functions here keep no state of their own. The word lists the stage uses
// (closed classes, abbreviations, sentence starters, hyphen-keeping prefixes)
// are data (data/text/text.txt), set on the lexicon's entries at load
// (src/match/text_rules.h) and looked up by word id.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "casus/record.h"
#include "casus/status.h"
#include "text/tag_model.h"

namespace casus {

// NFC, curly quotes to straight, dashes to '-', odd spaces to ' ', soft
// hyphens and zero-width characters removed. Input must be valid UTF-8.
std::string NormalizeText(std::string_view utf8);

class Lexicon;

// Joins hard line breaks, resolves end-of-line hyphenation with the lexicon,
// drops blank lines that fall inside a sentence (page breaks) and starts a
// paragraph at indented lines. Paragraphs are separated by "\n\n".
std::string Reflow(std::string_view text, const Lexicon& lex);

// Sentence spans over `text` (usually the re-flowed article), trimmed. A run
// without sentence punctuation is cut at a space every kMaxSentenceBytes.
// The lexicon knows the abbreviations ("Gen. Smith said" is one sentence)
// and the words that open a sentence after one ("the U.S. The talks").
constexpr size_t kMaxSentenceBytes = 2000;
std::vector<Span> SplitSentences(std::string_view text, const Lexicon& lex);

// Coarse part of speech, decided in context (see Tagger).
enum class Pos : uint8_t {
  kNoun,
  kPropn,
  kVerb,
  kAux,
  kModal,
  kAdj,
  kAdv,
  kDet,
  kPron,
  kPossPron,
  kPrep,
  kTo,
  kConj,
  kNum,
  kPunct,
  kPoss,
  kWh,
  kNeg,
  kOther
};

// Penn verb form of a token used as a verb.
enum class VForm : uint8_t { kNone, kBase, kPast, kPart, kGerund, kPres3, kPres };

// Candidate tags from the lexicon, as a bitmask over these bits.
enum TagBit : uint32_t {
  kTagNN = 1u << 0,
  kTagNNS = 1u << 1,
  kTagNNP = 1u << 2,
  kTagVB = 1u << 3,
  kTagVBD = 1u << 4,
  kTagVBN = 1u << 5,
  kTagVBG = 1u << 6,
  kTagVBZ = 1u << 7,
  kTagVBP = 1u << 8,
  kTagJJ = 1u << 9,
  kTagRB = 1u << 10,
  kTagIN = 1u << 11,
  kTagDT = 1u << 12,
  kTagPRP = 1u << 13,
  kTagMD = 1u << 14,
  kTagCD = 1u << 15,
  kTagCC = 1u << 16,
  kTagWH = 1u << 17,
  kTagPRPS = 1u << 18,
  kTagTO = 1u << 19,
  kTagOther = 1u << 20,
  kTagWordNetOnly = 1u << 21,  // known only from WordNet (which lowercases names)
};
constexpr uint32_t kTagNounAny = kTagNN | kTagNNS | kTagNNP;
constexpr uint32_t kTagVerbAny = kTagVB | kTagVBD | kTagVBN | kTagVBG | kTagVBZ | kTagVBP;

// Word classes of the text rules (data/text), as bits of LexEntry::marks.
enum TextMark : uint8_t {
  kMarkAbbreviation = 1,    // takes a period without ending a sentence ("Gen.")
  kMarkStarter = 2,         // capitalised, usually opens a sentence ("The", "However")
  kMarkKeepsHyphen = 4,     // a prefix that keeps its hyphen at a line break ("pro-")
  kMarkGerundTaker = 8,     // a verb whose -ing complement is a verb ("kept firing")
  kMarkCapitalName = 16,    // a pronoun that in capitals names an actor ("US")
  kMarkOfGerundTaker = 32,  // its object "of" + -ing is a verb ("accused Iran of arming")
};

struct LexEntry {
  uint32_t tags = 0;         // candidate tags
  uint32_t first = 0;        // the most frequent tag (one bit)
  Pos closed = Pos::kOther;  // closed class (data/text), set once at load
  uint8_t marks = 0;         // TextMark bits (data/text), set once at load
  uint16_t spare = 0;        // no padding: entries are stored as bytes in the image
  int32_t verb_lemma = -1;   // word ids (Lexicon::Word) or -1
  int32_t noun_lemma = -1;
};

// Words, their candidate tags and lemmas (en-lexicon + WordNet, compiled at
// build time), plus an interning table: every word known to casus (lexicon or
// dictionary) has a dense id. Thread safety: const methods only after Load().
//
// The words either come from the TSV (Load, then Intern) or are attached
// from a compiled image (Attach: the words, entries and lookup table stay in
// the read-only mapping, which the caller keeps alive). Words interned after
// that, and entries changed by the text rules, are copied out on first write.
class ImageReader;
class ImageWriter;
class Lexicon {
 public:
  Lexicon() = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Reads the TSV written by casus-lexgen.
  Status Load(const std::string& path);
  // Reads the TSV from a buffer; `name` is used in error messages.
  Status LoadBuffer(std::string_view tsv, const std::string& name);
  // Uses the words of a compiled image (no copy; `image` must outlive this).
  Status Attach(const ImageReader& image);
  // Adds the lexicon's sections to an image (after Freeze).
  void Save(ImageWriter* out) const;

  // -1 when unknown. `lower` must be lowercase.
  int32_t Find(std::string_view lower) const;
  // Adds a word (lowercase) known only from a dictionary; returns its id.
  int32_t Intern(std::string_view lower);
  std::string_view Word(int32_t id) const {
    return size_t(id) < base_n_
               ? std::string_view(blob_ + word_off_[id], word_off_[id + 1] - word_off_[id])
               : std::string_view(extra_[size_t(id) - base_n_]);
  }
  // Entry for a word id (lowercase form). Unknown words get an empty entry.
  const LexEntry& Entry(int32_t id) const { return id >= 0 && size_t(id) < n_ ? ent_[id] : empty_; }
  // Lemma of a lowercase word used as a verb / noun, applying suffix rules to
  // words the lexicon lacks. -1 when nothing is known.
  int32_t VerbLemma(std::string_view lower) const;
  int32_t NounLemma(std::string_view lower) const;
  bool Knows(std::string_view lower) const {
    return Entry(Find(lower)).tags != 0;
  }  // Entry(-1) is empty
  size_t size() const { return n_; }
  // The statistical tagger's tables (empty when the build had no model).
  const TagModel& tag_model() const { return tag_model_; }
  // The text rules (data/text), set once while loading: the part of speech
  // of a closed-class word (determiners, pronouns, auxiliaries, modals,
  // prepositions, conjunctions, negation) and the TextMark classes. `id`
  // comes from Intern.
  void SetClosedClass(int32_t id, Pos p) {
    if (ent_[id].closed != p) Own()[id].closed = p;
  }
  void Mark(int32_t id, TextMark m) {
    if ((ent_[id].marks & m) != m) Own()[id].marks |= m;
  }
  // A word the lexicon does not know, made a form of verb `lemma` with the
  // verb tags `tags` (an imported dictionary's own verb forms: TABARI's
  // "{ ACTXD_ }"). A known word is left as it is; false then.
  bool AddVerbForm(int32_t id, int32_t lemma, uint32_t tags) {
    if (ent_[id].tags != 0) return false;
    LexEntry& e = Own()[id];
    e.tags = tags;
    e.first = tags & (~tags + 1);  // the lowest tag bit
    e.verb_lemma = lemma;
    return true;
  }
  // Whether `word` (in any case; at most 16 bytes) has the mark.
  bool Marked(std::string_view word, TextMark m) const;
  // Builds the flat lookup table once every word is interned; Find uses it
  // from then on (it is the hottest lookup of the pipeline).
  void Freeze();

  struct Slot {
    uint64_t hash = 0;  // 0: empty
    int32_t id = -1;
    // In an image: where the word is in the words section, offset << 8 |
    // length, so that a look-up compares it without reading the offsets
    // array first (one dependent cache miss less on the hottest look-up);
    // kNoPos for long words, far offsets and tables built in memory.
    uint32_t pos = kNoPos;
  };
  static constexpr uint32_t kNoPos = ~0u;

 private:
  LexEntry* Own();  // the entries, copied out of an image on the first write
  LexEntry& NewEntry();

  // Words [0, base_n_) live in an image (offsets into a blob); the rest in extra_.
  const char* blob_ = nullptr;
  const uint32_t* word_off_ = nullptr;
  size_t base_n_ = 0;
  std::deque<std::string> extra_;                      // stable addresses: ids_ keys view them
  std::unordered_map<std::string_view, int32_t> ids_;  // extra_ words -> id
  // Entries of every word: the image's, or entries_ once written to.
  const LexEntry* ent_ = nullptr;
  size_t n_ = 0;
  std::vector<LexEntry> entries_;
  // Open addressing over the first slot_words_ words (power-of-two size);
  // words interned after it are found through ids_ until the next Freeze.
  const Slot* slots_ = nullptr;
  uint64_t mask_ = 0;
  size_t slot_words_ = 0;
  std::vector<Slot> own_slots_;
  LexEntry empty_;
  TagModel tag_model_;
};

struct Token {
  uint32_t begin = 0, end = 0;   // bytes, relative to the sentence
  int32_t id = -1;               // lowercase word id, -1 when unknown
  int32_t vlem = -1, nlem = -1;  // lemma ids
  uint32_t tags = 0;             // lexicon candidates
  Pos pos = Pos::kOther;
  VForm vform = VForm::kNone;
  bool upper_initial = false;  // first letter is uppercase
  bool all_upper = false;      // every letter uppercase (acronyms)
  // The sentence is written in capitals ("IRAN ACCUSES ISRAEL OF SABOTAGE"):
  // its case says nothing, so the words the lexicon knows only as common
  // words are read as if in lowercase (upper_initial false after the first
  // word), and actor phrases match whatever their case.
  bool caseless = false;
};

// Splits a sentence into tokens: words (keeping U.S.-style abbreviations and
// inner hyphens/apostrophes), numbers with separators, possessive 's and n't
// as their own tokens, and single punctuation marks.
void Tokenize(std::string_view sentence, const Lexicon& lex, std::vector<Token>* out);

// Decides each token's part of speech from its candidates and neighbours:
// by the rules of TagInOrder, or with CASUS_TAGGER=statistical by
// TagStatistically.
void Tag(std::string_view sentence, const Lexicon& lex, std::vector<Token>* tokens);
// The statistical tagger: the word rules, then Viterbi over the lexicon's
// TagModel (the rules alone when the build has no model).
void TagStatistically(std::string_view sentence, const Lexicon& lex, std::vector<Token>* tokens);

// The rules tagger alone. When its repair pass runs: Tag runs it once, after every token has
// its tag; it used to run after each verb candidate, which is quadratic and
// gave the same tags (kept so that a test can keep checking that it does).
// kNever shows a test what the repair pass changes.
enum class RepairOrder : uint8_t { kOnceAfter, kAfterEachVerbCandidate, kNever };
void TagInOrder(std::string_view sentence, const Lexicon& lex, std::vector<Token>* tokens,
                RepairOrder order);

}  // namespace casus
