// Tokenizer: spans into the sentence, lowercase ids and lemmas looked up once.
#include <cctype>
#include <string>

#include "text/text.h"

namespace casus {
namespace {

bool Alpha(unsigned char c) {
  return std::isalpha(c) || c >= 0x80;
}
bool Digit(unsigned char c) {
  return std::isdigit(c);
}
bool AlNum(unsigned char c) {
  return Alpha(c) || Digit(c);
}

// Appends the token s[b, e): its lowercase id, candidate tags and lemmas.
// `scratch` is reused for the lowercase form.
void PushToken(std::string_view s, size_t b, size_t e, const Lexicon& lex, std::string* scratch,
               bool caseless, std::vector<Token>* out) {
  Token t;
  t.caseless = caseless;
  // In a sentence in capitals, a word known only as a common word ("SAID",
  // "TIES") is capitalised by the writer's shift key, not because it names.
  // Closed-class words ("IN", "THE") are common whatever their tags.
  auto initial = [&](const LexEntry& le) {
    bool up = std::isupper(static_cast<unsigned char>(s[b]));
    if (!caseless || out->empty() || !up) return up;
    if (le.closed != Pos::kOther) return false;
    return !(le.tags & ~(kTagNNP | kTagWordNetOnly)) || (le.tags & kTagNNP);
  };
  t.begin = uint32_t(b);
  t.end = uint32_t(e);
  std::string& lower = *scratch;
  lower.assign(s.substr(b, e - b));
  bool any_alpha = false, all_up = true;
  for (char& c : lower) {
    unsigned char u = c;
    if (u >= 'A' && u <= 'Z') {
      any_alpha = true;
      c = char(u + 32);
    } else if (u >= 'a' && u <= 'z') {
      any_alpha = true;
      all_up = false;
    }
  }
  t.all_upper = any_alpha && all_up;
  t.id = lex.Find(lower);
  t.upper_initial = initial(lex.Entry(t.id));
  // "re-admitted", "co-operate": an unknown hyphenated word is read as the
  // word without its hyphen, or else as its last part.
  if (t.id < 0 && lower.find('-') != std::string::npos && lower.size() > 3 && lower[0] != '-') {
    std::string joined;
    for (char c : lower)
      if (c != '-') joined += c;
    int32_t j = lex.Find(joined);
    bool last_part = j < 0;
    if (last_part) j = lex.Find(std::string_view(lower).substr(lower.rfind('-') + 1));
    if (j >= 0 && lex.Entry(j).tags) {
      t.tags = lex.Entry(j).tags;
      // "cyclone-hit areas", "rebel-held town", "Iran-backed militia": a
      // compound ending in a participle modifies, it does not act.
      if (last_part && (t.tags & kTagVBN)) t.tags = kTagJJ;
      t.vlem = lex.Entry(j).verb_lemma >= 0 ? lex.Entry(j).verb_lemma
                                            : ((t.tags & kTagVerbAny) ? j : -1);
      t.nlem = lex.Entry(j).noun_lemma >= 0 ? lex.Entry(j).noun_lemma : j;
      t.upper_initial = initial(lex.Entry(j));
      t.all_upper = false;
      out->push_back(t);
      return;
    }
  }
  t.tags = lex.Entry(t.id).tags;
  t.vlem = -1;
  t.nlem = -1;
  if (any_alpha) {
    const LexEntry& le = lex.Entry(t.id);
    // Known words carry their lemmas; only unknown ones go through the suffix rules.
    if (t.id >= 0 && le.verb_lemma >= 0)
      t.vlem = le.verb_lemma;
    else if (t.id >= 0 && (t.tags & kTagVerbAny))
      t.vlem = t.id;
    else if ((t.id < 0 || t.tags == 0) && !t.upper_initial)
      t.vlem = lex.VerbLemma(lower);  // names have no lemma
    if (t.id >= 0 && le.noun_lemma >= 0)
      t.nlem = le.noun_lemma;
    else if (!t.upper_initial)
      t.nlem = lex.NounLemma(lower);
    else
      t.nlem = t.id;
  }
  out->push_back(t);
}

// Written in capitals: a dozen capital letters or more and under one
// lowercase letter in twenty (an "(AP)" or "Reuters" tag is allowed).
bool Caseless(std::string_view s) {
  size_t upper = 0, lower = 0;
  for (char c : s) {
    upper += c >= 'A' && c <= 'Z';
    lower += c >= 'a' && c <= 'z';
  }
  return upper >= 12 && lower * 20 < upper;
}

}  // namespace

void Tokenize(std::string_view s, const Lexicon& lex, std::vector<Token>* out) {
  out->clear();
  std::string lower;
  bool caseless = Caseless(s);
  auto push = [&](size_t b, size_t e) { PushToken(s, b, e, lex, &lower, caseless, out); };
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    size_t b = i;
    if (Digit(c)) {
      while (i < n &&
             (Digit(s[i]) || ((s[i] == ',' || s[i] == '.') && i + 1 < n && Digit(s[i + 1]))))
        ++i;
      while (i < n && Alpha(s[i])) ++i;  // 1990s, 5th, 10km
      push(b, i);
      continue;
    }
    if (Alpha(c)) {
      // Dotted abbreviations: U.S., U.N., U.S.-led stays "U.S." + "-led"
      if (i + 1 < n && s[i + 1] == '.' && i + 2 < n && Alpha(s[i + 2]) && i + 3 < n &&
          s[i + 3] == '.') {
        while (i + 1 < n && Alpha(s[i]) && s[i + 1] == '.') i += 2;
        push(b, i);
        continue;
      }
      while (i < n) {
        unsigned char d = s[i];
        if (AlNum(d)) {
          ++i;
          continue;
        }
        if ((d == '-' || d == '\'' || d == '&') && i + 1 < n && AlNum(s[i + 1])) {
          // possessive / negation clitics become their own tokens
          if (d == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= n || !AlNum(s[i + 2])))
            break;
          ++i;
          continue;
        }
        break;
      }
      size_t e = i;
      if (e - b > 3 && (s[e - 1] == 't' || s[e - 1] == 'T') && s[e - 2] == '\'' &&
          (s[e - 3] == 'n' || s[e - 3] == 'N')) {
        push(b, e - 3);  // don't -> do n't
        push(e - 3, e);
        continue;
      }
      // "They'll", "we're", "they've", "he'd": the contraction is its own
      // token, as "n't" is (text.txt lists 'll, 're, 've, 'd, 'm).
      size_t cl = 0;
      auto lower = [&](size_t k) { return char(std::tolower(static_cast<unsigned char>(s[k]))); };
      if (e - b > 3 && s[e - 3] == '\'' &&
          ((lower(e - 2) == 'l' && lower(e - 1) == 'l') ||
           (lower(e - 2) == 'r' && lower(e - 1) == 'e') ||
           (lower(e - 2) == 'v' && lower(e - 1) == 'e')))
        cl = 3;
      else if (e - b > 2 && s[e - 2] == '\'' && (lower(e - 1) == 'd' || lower(e - 1) == 'm'))
        cl = 2;
      if (cl) {
        push(b, e - cl);
        push(e - cl, e);
        continue;
      }
      if (i < n && s[i] == '.' && lex.Marked(s.substr(b, i - b), kMarkAbbreviation))
        ++i;  // Gen., Jan.
      else if (i < n && s[i] == '.' && i - b == 1 && std::isupper(c) && i + 1 < n &&
               s[i + 1] == ' ')
        ++i;  // initials
      push(b, i);
      continue;
    }
    if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') &&
        (i + 2 >= n || !AlNum(s[i + 2]))) {
      push(i, i + 2);
      i += 2;
      continue;
    }
    if (c == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
      push(i, i + 3);
      i += 3;
      continue;
    }
    push(i, i + 1);
    ++i;
  }
}

}  // namespace casus
