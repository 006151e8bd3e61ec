// Re-flow of text extracted from PDFs and wire feeds: hard line breaks,
// end-of-line hyphenation, page breaks inside sentences, indented paragraphs.
#include <cctype>
#include <string>
#include <vector>

#include "text/text.h"
#include "util/strings.h"

namespace casus {
namespace {

bool IsWordByte(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

bool EndsSentence(std::string_view p) {
  if (p.empty()) return true;
  char c = p.back();
  return c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '"' || c == '\'' ||
         c == ')';
}

bool FunctionWordEnd(std::string_view p, const Lexicon& lex) {
  size_t e = p.size();
  size_t b = e;
  while (b > 0 && IsWordByte(p[b - 1])) --b;
  if (b == e) return false;
  int32_t id = lex.Find(AsciiLower(p.substr(b)));
  if (id < 0) return false;
  uint32_t first = lex.Entry(id).first;
  return first & (kTagIN | kTagDT | kTagCC | kTagTO | kTagPRPS);
}

// Appends `line` to paragraph `p`, resolving a trailing hyphen.
void Join(std::string* p, std::string_view line, const Lexicon& lex) {
  if (p->size() >= 2 && p->back() == '-' && IsWordByte((*p)[p->size() - 2])) {
    size_t b = p->size() - 1;
    while (b > 0 && (IsWordByte((*p)[b - 1]) || (*p)[b - 1] == '-')) --b;
    std::string prefix = p->substr(b, p->size() - 1 - b);
    size_t e = 0;
    while (e < line.size() && (IsWordByte(line[e]) || line[e] == '-')) ++e;
    std::string first(line.substr(0, e));
    std::string lp = AsciiLower(prefix), lf = AsciiLower(first);
    // A prefix of [hyphen-keeping-prefixes] (data/text) keeps its hyphen
    // before a known word: "pro-\ngovernment" is "pro-government".
    bool keep;
    if (first.empty())
      keep = true;
    else if (lex.Knows(lp + "-" + lf))
      keep = true;
    else if (lex.Knows(lp + lf) &&
             !(lex.Marked(lp, kMarkKeepsHyphen) && lex.Knows(lf) && !lex.Knows(lp)))
      keep = false;
    else if (lex.Marked(lp, kMarkKeepsHyphen) && lex.Knows(lf))
      keep = true;
    else if (std::isupper(static_cast<unsigned char>(first[0])))
      keep = true;
    // Two words whose join is none: a compound ("battle-\nhardened" is
    // "battle-hardened", not "battlehardened").
    else if (lex.Knows(lp) && lex.Knows(lf))
      keep = true;
    else
      keep = false;  // an unknown word broken across lines
    if (!keep) p->pop_back();
    p->append(line);
    return;
  }
  if (!p->empty()) p->push_back(' ');
  p->append(line);
}

}  // namespace

std::string Reflow(std::string_view text, const Lexicon& lex) {
  std::vector<std::string> paras;
  std::string cur, clean;
  bool blank = false;
  size_t last_len = 0;  // length of the last line joined
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    size_t lead = 0;
    while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
    bool indent = lead < line.size() && (lead >= 2 || (lead >= 1 && line[0] == '\t'));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    line.remove_prefix(std::min(lead, line.size()));
    if (line.empty()) {
      blank = true;
      continue;
    }
    bool brk = false;
    if (cur.empty())
      brk = false;
    else if (indent)
      brk = true;
    else if (blank) {
      // A page break inside a sentence: the text before it does not end a
      // sentence and either the next line continues in lowercase, or the
      // previous line was a full body line (headings are short).
      bool mid = !EndsSentence(cur) &&
                 (std::islower(static_cast<unsigned char>(line[0])) || cur.back() == ',' ||
                  cur.back() == '-' || FunctionWordEnd(cur, lex) || last_len > 50);
      brk = !mid;
    }
    if (brk) {
      paras.push_back(std::move(cur));
      cur.clear();
    }
    // Collapse runs of spaces inside the line (most lines have none: they are
    // joined as they are, without a copy).
    std::string_view joined = line;
    if (line.find('\t') != std::string_view::npos || line.find("  ") != std::string_view::npos) {
      clean.clear();
      for (char c : line) {
        if (c == '\t') c = ' ';
        if (c == ' ' && !clean.empty() && clean.back() == ' ') continue;
        clean += c;
      }
      joined = clean;
    }
    Join(&cur, joined, lex);
    last_len = joined.size();
    blank = false;
    if (nl == text.size()) break;
  }
  if (!cur.empty()) paras.push_back(std::move(cur));
  if (paras.size() == 1) return std::move(paras[0]);
  std::string out;
  for (size_t i = 0; i < paras.size(); ++i) {
    if (i) out += "\n\n";
    out += paras[i];
  }
  return out;
}

}  // namespace casus
