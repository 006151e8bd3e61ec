// RSS 2.0 (and 1.0) and Atom feeds, one article per item. libxml2 reads
// the XML: a feed is XML, with namespaces (Atom, content:encoded, dc:date),
// CDATA and declared encodings, which an HTML parser gets wrong (RSS
// <link>text</link> is an empty element in HTML). Network access and
// external entities are off. Item bodies in HTML go through html.cc.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>

#include <cstring>
#include <mutex>

#include "ingest/formats.h"
#include "util/strings.h"

namespace casus::ingest {
namespace {

constexpr const char* kAtom = "http://www.w3.org/2005/Atom";

bool Named(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

const char* Ns(const xmlNode* n) {
  return n->ns && n->ns->href ? reinterpret_cast<const char*>(n->ns->href) : "";
}

std::string Content(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string out = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return std::string(Trim(out));
}

std::string Prop(const xmlNode* n, const char* name) {
  xmlChar* c = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string out = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return out;
}

// The markup inside an element (Atom type="xhtml" content), as text.
std::string InnerXml(xmlNode* n) {
  std::string out;
  xmlBufferPtr buf = xmlBufferCreate();
  for (xmlNode* k = n->children; k; k = k->next) {
    xmlBufferEmpty(buf);
    if (xmlNodeDump(buf, n->doc, k, 0, 0) >= 0)
      out.append(reinterpret_cast<const char*>(xmlBufferContent(buf)),
                 size_t(xmlBufferLength(buf)));
  }
  xmlBufferFree(buf);
  return out;
}

struct Item {
  std::string title, link, date, body, source;
  bool body_html = true;
};

// RSS <item>: title, link, pubDate or dc:date, content:encoded or
// description (HTML), source.
Item RssItem(const xmlNode* it) {
  Item r;
  std::string description;
  for (const xmlNode* k = it->children; k; k = k->next) {
    if (Named(k, "title")) r.title = Content(k);
    if (Named(k, "link") && r.link.empty()) r.link = Content(k);
    if ((Named(k, "pubDate") || (Named(k, "date") && r.date.empty()))) r.date = Content(k);
    if (Named(k, "encoded")) r.body = Content(k);
    if (Named(k, "description")) description = Content(k);
    if (Named(k, "source")) r.source = Content(k);
  }
  if (r.body.empty()) r.body = description;
  return r;
}

// Atom <entry>: title, link rel="alternate", published or updated, content
// or summary by its type (text, html, xhtml).
Item AtomEntry(xmlNode* e) {
  Item r;
  std::string updated, summary;
  bool summary_html = false;
  for (xmlNode* k = e->children; k; k = k->next) {
    if (Named(k, "title")) r.title = Content(k);
    if (Named(k, "link")) {
      std::string rel = Prop(k, "rel");
      if ((rel.empty() || rel == "alternate") && r.link.empty()) r.link = Prop(k, "href");
    }
    if (Named(k, "published")) r.date = Content(k);
    if (Named(k, "updated")) updated = Content(k);
    if (Named(k, "content") || Named(k, "summary")) {
      std::string type = Prop(k, "type");
      std::string text = type == "xhtml" ? InnerXml(k) : Content(k);
      bool html = type == "html" || type == "xhtml" || type == "text/html";
      if (Named(k, "content")) {
        r.body = text;
        r.body_html = html;
      } else {
        summary = text;
        summary_html = html;
      }
    }
    if (Named(k, "source"))
      for (xmlNode* s = k->children; s; s = s->next)
        if (Named(s, "title")) r.source = Content(s);
  }
  if (r.date.empty()) r.date = updated;
  if (r.body.empty()) {
    r.body = summary;
    r.body_html = summary_html;
  }
  return r;
}

struct ParserCtxt {
  ParserCtxt() : p(xmlNewParserCtxt()) {}
  ~ParserCtxt() {
    if (doc) xmlFreeDoc(doc);
    if (p) xmlFreeParserCtxt(p);
  }
  xmlParserCtxtPtr p;
  xmlDocPtr doc = nullptr;
};

}  // namespace

void ReadFeed(std::string_view bytes, const Context& cx) {
  // libxml2 wants its global state set up once before threads share it.
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  ParserCtxt ctx;
  if (!ctx.p) return cx.Error(cx.base, 0, "out of memory reading XML");
  if (bytes.size() > size_t(INT32_MAX)) return cx.Error(cx.base, 0, "feed too large");
  ctx.doc = xmlCtxtReadMemory(
      ctx.p, bytes.data(), int(bytes.size()), nullptr, nullptr,
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  if (!ctx.doc) {
    const xmlError* e = xmlCtxtGetLastError(ctx.p);
    std::string msg = e && e->message ? std::string(Trim(e->message)) : "unknown error";
    long line = e ? long(e->line) : 0;
    return cx.Error(cx.base, line,
                    "malformed feed XML at line " + std::to_string(line) + ": " + msg);
  }
  xmlNode* root = xmlDocGetRootElement(ctx.doc);
  bool atom = root && Named(root, "feed") && std::strcmp(Ns(root), kAtom) == 0;
  bool rss = root && (Named(root, "rss") || Named(root, "RDF"));
  if (!atom && !rss) return cx.Error(cx.base, 0, "XML is neither an RSS nor an Atom feed");
  // The items and the feed's own title (each item's default source).
  std::string feed_title;
  std::vector<xmlNode*> items;
  auto scan = [&](xmlNode* parent) {
    for (xmlNode* k = parent->children; k; k = k->next) {
      if (Named(k, "title") && feed_title.empty()) feed_title = Content(k);
      if (Named(k, atom ? "entry" : "item")) items.push_back(k);
    }
  };
  scan(root);
  for (xmlNode* k = root->children; k && rss; k = k->next)
    if (Named(k, "channel")) scan(k);
  if (items.empty()) return cx.Error(cx.base, 0, "feed has no items");
  for (xmlNode* n : items) {
    if (cx.opt.cancelled && cx.opt.cancelled()) return;
    long line = long(xmlGetLineNo(n));
    std::string id = cx.base + ":" + std::to_string(line);
    Item it = atom ? AtomEntry(n) : RssItem(n);
    Article a = cx.NewArticle(atom ? "atom" : "rss");
    a.id = id;
    a.line = line;
    a.title = it.title;
    a.url = it.link;
    a.source = it.source.empty() ? feed_title : it.source;
    if (!it.date.empty()) {
      a.date = DayOf(it.date);
      if (a.date.empty()) {
        cx.Error(id, line, "unparseable date '" + it.date + "' (want RFC 822 or ISO 8601)");
        continue;
      }
    }
    a.text = it.body_html ? HtmlFragmentText(it.body) : it.body;
    if (Trim(a.text).empty()) {
      cx.Error(id, line, "item has no text");
      continue;
    }
    if (a.text.size() > cx.opt.max_record_bytes) {
      cx.Error(id, line,
               "item exceeds the limit of " + std::to_string(cx.opt.max_record_bytes) + " bytes");
      continue;
    }
    std::string problem = TextProblem(a.text);
    if (!problem.empty()) {
      cx.Error(id, line, problem);
      continue;
    }
    cx.articles(std::move(a));
  }
}

}  // namespace casus::ingest
