#include "ingest/formats.h"
namespace casus::ingest {
bool ExtractHtmlPage(std::string_view bytes, HtmlDoc* out, std::string* why) {
  *why = "todo";
  return false;
}
std::string HtmlFragmentText(std::string_view utf8) {
  return std::string(utf8);
}
void ReadHtml(std::string_view bytes, const Context& cx) {
  cx.Error(cx.base, 0, "todo");
}
std::string DayOf(std::string_view s) {
  return "";
}
}  // namespace casus::ingest
