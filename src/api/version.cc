// The version the library was built as (include/casus/version.h.in).
#include "casus/version.h"

namespace casus {

const char* Version() {
  return CASUS_VERSION_STRING;
}

}  // namespace casus
