// HTML (gumbo): the article's main text, not the page. The page is read as
// blocks (paragraphs, headings, list items) with their text and the part of
// it inside links; scripts, styles, navigation, footers, share bars and
// comment sections are skipped by tag, role and class. Blocks score their
// parent and grandparent by length and commas (text density); the element
// scoring best, discounted by its share of link text (link density), is
// the article, with siblings that score nearly as well. Metadata comes from
// JSON-LD, <meta> and <time>; a declared charset is converted with ICU.
#include <gumbo.h>
#include <simdjson.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "ingest/formats.h"
#include "util/dates.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace casus::ingest {
namespace {

// ---- charset ----

// The charset an HTML page declares in its first bytes (<meta charset>,
// <meta http-equiv content="...; charset=">, an XML declaration), lower
// case, or "".
std::string DeclaredCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  for (std::string_view key : {"charset=", "encoding="}) {
    for (size_t at = head.find(key); at != std::string::npos; at = head.find(key, at + 1)) {
      size_t b = at + key.size();
      while (b < head.size() && (head[b] == '"' || head[b] == '\'' || head[b] == ' ')) ++b;
      size_t e = b;
      while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) ||
                                 head[e] == '-' || head[e] == '_' || head[e] == ':'))
        ++e;
      if (e > b) return head.substr(b, e - b);
    }
  }
  return "";
}

// The page as UTF-8: as it is when it says UTF-8 (or nothing and is valid
// UTF-8), else converted from the declared charset; an undeclared non-UTF-8
// page is read as windows-1252, as browsers do.
bool ToUtf8(std::string_view bytes, std::string* out, std::string* why) {
  std::string cs = DeclaredCharset(bytes);
  if (cs == "utf-8" || cs == "utf8" ||
      (cs.empty() && FindInvalidUtf8(bytes) == std::string::npos)) {
    out->assign(bytes);
    return true;
  }
  // Latin-1 and ASCII labels mean windows-1252 on the web (WHATWG).
  if (cs.empty() || cs == "iso-8859-1" || cs == "latin1" || cs == "us-ascii" || cs == "ascii")
    cs = "windows-1252";
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(cs.c_str(), &err);
  if (U_FAILURE(err)) {
    *why = "unknown charset '" + cs + "'";
    return false;
  }
  icu::UnicodeString u(bytes.data(), int32_t(bytes.size()), cnv, err);
  ucnv_close(cnv);
  if (U_FAILURE(err)) {
    *why = "cannot convert from charset '" + cs + "'";
    return false;
  }
  out->clear();
  u.toUTF8String(*out);
  return true;
}

// ---- the tree ----

const char* Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string AttrLower(const GumboNode* n, const char* name) {
  const char* v = Attr(n, name);
  return v ? AsciiLower(v) : std::string();
}

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag t) {
  return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

// Never article text, whatever they hold.
bool SkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

// Boilerplate by role, class or id: menus, share bars, comment sections,
// related links, cookie banners, advertising.
bool Boilerplate(const GumboNode* n) {
  std::string role = AttrLower(n, "role");
  if (In(role, {"navigation", "banner", "contentinfo", "complementary", "menu", "dialog"}))
    return true;
  if (AttrLower(n, "aria-hidden") == "true" || Attr(n, "hidden")) return true;
  std::string style = AttrLower(n, "style");
  if (style.find("display:none") != std::string::npos ||
      style.find("display: none") != std::string::npos)
    return true;
  std::string names = AttrLower(n, "class") + " " + AttrLower(n, "id");
  static const char* kWords[] = {"comment",    "share",    "social",   "sidebar",   "related",
                                 "promo",      "advert",   "cookie",   "subscribe", "newsletter",
                                 "breadcrumb", "disqus",   "navbar",   "menu",      "footer",
                                 "popup",      "modal",    "outbrain", "taboola",   "recommend",
                                 "byline",     "masthead", "toolbar",  "signup",    "paywall"};
  for (const char* w : kWords)
    if (names.find(w) != std::string::npos) return true;
  return false;
}

// A footnote marker: <sup>1</sup>, <sup>[2]</sup>, <sup>*</sup>.
bool Marker(const GumboNode* sup) {
  std::string t;
  const GumboVector& kids = sup->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT) t += k->v.text.text;
    if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_A) t += "0";  // a link
  }
  std::string_view v = Trim(t);
  return !v.empty() && v.size() <= 6 &&
         v.find_first_not_of("0123456789[]*,") == std::string_view::npos;
}

struct Block {
  std::string text;
  size_t link = 0;  // bytes of text inside <a>
  const GumboNode* owner = nullptr;
  bool heading = false, h1 = false;
};

// Collects the blocks of a tree in document order.
class Blocks {
 public:
  explicit Blocks(bool filter) : filter_(filter) {}

  void Walk(const GumboNode* n, bool in_link, int depth) {
    if (depth > 400) return;  // deeper than any real page: not article text
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      Append(n->v.text.text, in_link);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT &&
        n->type != GUMBO_NODE_TEMPLATE)
      return;
    const GumboVector* kids =
        n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    GumboTag tag = n->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : n->v.element.tag;
    if (n->type != GUMBO_NODE_DOCUMENT) {
      if (SkippedTag(tag) || (filter_ && Boilerplate(n))) return;
      if (tag == GUMBO_TAG_SUP && Marker(n)) return;
      if (tag == GUMBO_TAG_BR) {
        cur_.text += '\n';
        return;
      }
    }
    bool block = IsBlock(tag);
    const GumboNode* saved_owner = owner_;
    GumboTag saved_tag = tag_;
    if (block) {
      Flush();
      owner_ = n;
      tag_ = tag;
    }
    bool link = in_link || tag == GUMBO_TAG_A;
    for (unsigned i = 0; i < kids->length; ++i)
      Walk(static_cast<const GumboNode*>(kids->data[i]), link, depth + 1);
    if (block) {
      Flush();
      owner_ = saved_owner;
      tag_ = saved_tag;
    }
  }

  std::vector<Block> Take() {
    Flush();
    return std::move(blocks_);
  }

 private:
  // Text with runs of white space as one space (a <br> stays a line end).
  void Append(std::string_view t, bool in_link) {
    size_t before = cur_.text.size();
    for (char c : t) {
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (space) {
        if (!cur_.text.empty() && cur_.text.back() != ' ' && cur_.text.back() != '\n')
          cur_.text += ' ';
      } else {
        cur_.text += c;
      }
    }
    if (in_link) cur_.link += cur_.text.size() - before;
  }

  void Flush() {
    std::string_view t = Trim(cur_.text);
    if (!t.empty()) {
      Block b;
      b.text.assign(t);
      b.link = std::min(cur_.link, b.text.size());
      b.owner = owner_;
      b.heading = IsHeading(tag_);
      b.h1 = tag_ == GUMBO_TAG_H1;
      blocks_.push_back(std::move(b));
    }
    cur_ = Block();
  }

  bool filter_;
  std::vector<Block> blocks_;
  Block cur_;
  const GumboNode* owner_ = nullptr;
  GumboTag tag_ = GUMBO_TAG_UNKNOWN;
};

struct Tally {
  double score = 0;
  size_t text = 0, link = 0;
};

// The blocks of the article: see the file comment.
std::vector<const Block*> MainBlocks(const std::vector<Block>& blocks) {
  std::unordered_map<const GumboNode*, Tally> tally;
  std::vector<const GumboNode*> order;  // document order of first sight
  for (const Block& b : blocks) {
    double s = 1 + double(std::count(b.text.begin(), b.text.end(), ',')) +
               std::min(double(b.text.size()) / 100, 3.0);
    bool counts = b.text.size() >= 25 && b.link * 2 < b.text.size();
    int level = 0;
    for (const GumboNode* a = b.owner; a; a = a->parent, ++level) {
      auto [it, fresh] = tally.try_emplace(a);
      if (fresh) order.push_back(a);
      Tally& t = it->second;
      t.text += b.text.size();
      t.link += b.link;
      if (counts && level == 1) t.score += s;
      if (counts && level == 2) t.score += s / 2;
    }
  }
  const GumboNode* best = nullptr;
  double best_score = 0;
  auto adjusted = [&](const GumboNode* n, const Tally& t) {
    double density = t.text ? double(t.link) / double(t.text) : 1;
    double bonus = 1;
    if (n->type == GUMBO_NODE_ELEMENT &&
        (n->v.element.tag == GUMBO_TAG_ARTICLE || n->v.element.tag == GUMBO_TAG_MAIN ||
         AttrLower(n, "itemprop") == "articlebody"))
      bonus = 1.25;
    return t.score * (1 - density) * bonus;
  };
  for (const GumboNode* n : order) {
    double s = adjusted(n, tally[n]);
    // Ties go to the element seen first (no hash-order effects).
    if (s > best_score) {
      best = n;
      best_score = s;
    }
  }
  std::vector<const Block*> out;
  std::unordered_set<const GumboNode*> roots;
  if (best) {
    roots.insert(best);
    // Siblings that score nearly as well belong to the article too (a body
    // split into several <div>s).
    if (best->parent && best->parent->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& sib = best->parent->v.element.children;
      for (unsigned i = 0; i < sib.length; ++i) {
        auto* s = static_cast<const GumboNode*>(sib.data[i]);
        auto it = tally.find(s);
        if (s != best && it != tally.end() && adjusted(s, it->second) >= 0.3 * best_score)
          roots.insert(s);
      }
    }
  }
  for (const Block& b : blocks) {
    bool in = roots.empty();
    for (const GumboNode* a = b.owner; a && !in; a = a->parent) in = roots.count(a) > 0;
    if (!in || b.link * 2 > b.text.size()) continue;
    // A short line that is no sentence ("Advertisement", "Read more") is
    // page furniture; headings stay.
    size_t words = Words(b.text).size();
    char last = b.text.back();
    bool sentence = last == '.' || last == '?' || last == '!' || last == '"' || last == ':';
    if (!b.heading && words < 4 && !sentence) continue;
    out.push_back(&b);
  }
  return out;
}

// ---- metadata ----

struct Meta {
  std::string title, og_title, doc_title, h1, date, meta_date, time_date, url, og_url;
};

void JsonLd(std::string_view json, Meta* m) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  simdjson::padded_string padded(json);
  if (parser.parse(padded).get(doc)) return;
  std::vector<simdjson::dom::element> todo{doc};
  for (size_t k = 0; k < todo.size() && k < 200; ++k) {
    simdjson::dom::element e = todo[k];
    if (simdjson::dom::array arr; !e.get_array().get(arr)) {
      for (auto x : arr) todo.push_back(x);
      continue;
    }
    simdjson::dom::object obj;
    if (e.get_object().get(obj)) continue;
    std::string_view v;
    if (m->date.empty() && !obj["datePublished"].get_string().get(v)) m->date = DayOf(v);
    if (m->title.empty() && !obj["headline"].get_string().get(v)) m->title = v;
    if (m->url.empty() && !obj["url"].get_string().get(v) && !obj["datePublished"].error())
      m->url = v;
    if (simdjson::dom::element g; !obj["@graph"].get(g)) todo.push_back(g);
  }
}

std::string NodeText(const GumboNode* n) {
  Blocks b(false);
  b.Walk(n, false, 0);
  std::string out;
  for (const Block& x : b.Take()) out += (out.empty() ? "" : " ") + x.text;
  return out;
}

void ReadMeta(const GumboNode* n, Meta* m, int depth) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > 200) return;
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_TITLE && m->doc_title.empty()) m->doc_title = NodeText(n);
  if (tag == GUMBO_TAG_H1 && m->h1.empty()) m->h1 = NodeText(n);
  if (tag == GUMBO_TAG_META) {
    std::string key = AttrLower(n, "property");
    if (key.empty()) key = AttrLower(n, "name");
    if (key.empty()) key = AttrLower(n, "itemprop");
    const char* content = Attr(n, "content");
    if (content) {
      if (key == "og:title" && m->og_title.empty()) m->og_title = content;
      if (key == "og:url" && m->og_url.empty()) m->og_url = content;
      if (m->meta_date.empty() &&
          In(key, {"article:published_time", "datepublished", "date", "pubdate", "publishdate",
                   "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
                   "parsely-pub-date", "sailthru.date"}))
        m->meta_date = DayOf(content);
    }
  }
  if (tag == GUMBO_TAG_LINK && m->url.empty() && AttrLower(n, "rel") == "canonical" &&
      Attr(n, "href"))
    m->url = Attr(n, "href");
  if (tag == GUMBO_TAG_TIME && m->time_date.empty() && Attr(n, "datetime"))
    m->time_date = DayOf(Attr(n, "datetime"));
  if (tag == GUMBO_TAG_SCRIPT && AttrLower(n, "type") == "application/ld+json") {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA) JsonLd(k->v.text.text, m);
    }
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    ReadMeta(static_cast<const GumboNode*>(kids.data[i]), m, depth + 1);
}

// An upper bound on how deeply the elements of a page nest: start tags
// minus end tags, void elements aside. Gumbo's time grows with the square
// of the depth (300,000 nested <div>s in 1.5 MB took minutes), so a page
// nested deeper than any real one is refused before parsing.
constexpr int kMaxDepth = 5000;
bool TooDeep(std::string_view html) {
  int depth = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size();
       i = html.find('<', i + 1)) {
    char c = html[i + 1];
    if (c == '/') {
      depth -= depth > 0;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      size_t e = i + 1;
      while (e < html.size() && std::isalnum(static_cast<unsigned char>(html[e]))) ++e;
      std::string name = AsciiLower(html.substr(i + 1, std::min<size_t>(e - i - 1, 8)));
      if (!In(name, {"br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "col",
                     "embed", "param", "track", "base", "p", "li", "option", "td", "tr"}) &&
          ++depth > kMaxDepth)
        return true;
    }
  }
  return false;
}

struct Parsed {
  explicit Parsed(const std::string& utf8)
      : out(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size())) {}
  ~Parsed() { gumbo_destroy_output(&kGumboDefaultOptions, out); }
  GumboOutput* out;
};

std::string JoinBlocks(const std::vector<const Block*>& blocks) {
  std::string out;
  for (const Block* b : blocks) {
    if (!out.empty()) out += "\n\n";
    out += b->text;
  }
  return out;
}

int Month(std::string_view m) {
  static const char* k[] = {"jan", "feb", "mar", "apr", "may", "jun",
                            "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l = AsciiLower(m.substr(0, 3));
  for (int i = 0; i < 12; ++i)
    if (l == k[i]) return i + 1;
  return 0;
}

}  // namespace

std::string DayOf(std::string_view s) {
  s = Trim(s);
  // ISO 8601: the day as written (its time zone is not applied).
  if (s.size() >= 10 && ValidDate(s.substr(0, 10)) &&
      (s.size() == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't'))
    return std::string(s.substr(0, 10));
  // RFC 822 / 2822: "Tue, 05 Mar 2024 10:00:00 GMT" (the weekday optional).
  size_t comma = s.find(',');
  std::vector<std::string_view> w =
      Words(comma == std::string_view::npos ? s : s.substr(comma + 1));
  if (w.size() < 3) return "";
  int day = 0, year = 0;
  for (char c : w[0]) day = (c >= '0' && c <= '9' && day < 100) ? day * 10 + (c - '0') : 1000;
  for (char c : w[2])
    year = (c >= '0' && c <= '9' && year < 10000) ? year * 10 + (c - '0') : 100000;
  if (w[2].size() == 2) year += year < 50 ? 2000 : 1900;
  int month = Month(w[1]);
  if (month == 0 || w[1].size() < 3 || day < 1 || day > 31 || year > 9999) return "";
  std::string ymd = FormatYmd(year, month, day);
  return ValidDate(ymd) ? ymd : "";
}

bool ExtractHtmlPage(std::string_view bytes, HtmlDoc* out, std::string* why) {
  std::string utf8;
  if (!ToUtf8(bytes, &utf8, why)) return false;
  if (TooDeep(utf8)) {
    *why = "HTML nested more than " + std::to_string(kMaxDepth) + " elements deep";
    return false;
  }
  Parsed p(utf8);
  Meta m;
  ReadMeta(p.out->root, &m, 0);
  out->title = !m.title.empty()       ? m.title
               : !m.og_title.empty()  ? m.og_title
               : !m.doc_title.empty() ? m.doc_title
                                      : m.h1;
  out->title = std::string(Trim(out->title));
  out->date = !m.date.empty() ? m.date : !m.meta_date.empty() ? m.meta_date : m.time_date;
  out->url = !m.url.empty() ? m.url : m.og_url;
  Blocks b(true);
  b.Walk(p.out->root, false, 0);
  std::vector<Block> blocks = b.Take();
  std::vector<const Block*> main = MainBlocks(blocks);
  // The headline is the title, not a sentence of the body.
  std::erase_if(main, [&](const Block* x) { return x->h1 && !out->title.empty(); });
  out->text = JoinBlocks(main);
  if (out->title.empty() && !m.h1.empty()) out->title = m.h1;
  if (Trim(out->text).empty()) {
    *why = "no article text found in the HTML page";
    return false;
  }
  return true;
}

std::string HtmlFragmentText(std::string_view utf8) {
  std::string s(utf8);
  if (TooDeep(s)) return "";
  Parsed p(s);
  Blocks b(true);
  b.Walk(p.out->root, false, 0);
  std::vector<Block> blocks = b.Take();
  std::vector<const Block*> all;
  for (const Block& x : blocks) all.push_back(&x);
  return JoinBlocks(all);
}

void ReadHtml(std::string_view bytes, const Context& cx) {
  HtmlDoc doc;
  std::string why;
  if (!ExtractHtmlPage(bytes, &doc, &why)) return cx.Error(cx.base, 0, why);
  if (doc.text.size() > cx.opt.max_record_bytes)
    return cx.Error(
        cx.base, 0,
        "article exceeds the limit of " + std::to_string(cx.opt.max_record_bytes) + " bytes");
  std::string problem = TextProblem(doc.text);
  if (!problem.empty()) return cx.Error(cx.base, 0, problem);
  Article a = cx.NewArticle("html");
  a.title = std::move(doc.title);
  if (!doc.date.empty()) a.date = std::move(doc.date);
  a.url = std::move(doc.url);
  a.text = std::move(doc.text);
  cx.articles(std::move(a));
}

}  // namespace casus::ingest
