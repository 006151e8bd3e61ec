// Location of an event: the place its sentence names ("near Idlib", "in
// Kenya"), else a city that is itself the target ("shelled Kharkiv"), else
// the dateline. No state; thread-safe.
#pragma once
#include <optional>

#include "internal.h"

namespace casus {

std::optional<Place> Locate(const Sentence& s, const Mention* target);

}  // namespace casus
