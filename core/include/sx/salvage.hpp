#pragma once
// Opening what can be read of a document the core rejects (a restored autosave written by an
// older build, a hand-edited file): the members the validator names are dropped one by one, so
// the user keeps every other answer and is told exactly what was set aside and why.
#include <optional>
#include <string_view>

#include "sx/assessment.hpp"

namespace sx {

struct Salvage {
  std::optional<Assessment> assessment;  // nullopt: nothing usable (not JSON, wrong format)
  Messages dropped;                      // each dropped member: its path and the core's reason
  Messages fatal;                        // why nothing could be opened, when assessment is empty
  std::optional<int> migrated_from;      // the older format version it was upgraded from
};

// A valid document comes back whole with no `dropped`; one of an older format version comes back
// upgraded (sx/migrate.hpp).
Salvage salvage_assessment(std::string_view text);

}  // namespace sx
