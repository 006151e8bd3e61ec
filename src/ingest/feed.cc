#include "ingest/formats.h"
namespace casus::ingest {
void ReadFeed(std::string_view bytes, const Context& cx) {
  cx.Error(cx.base, 0, "todo");
}
}  // namespace casus::ingest
