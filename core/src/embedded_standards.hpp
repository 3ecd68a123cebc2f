#pragma once
#include <cstddef>

namespace sx::detail {

// One folder of core/standards/, as the snapshot tools/standard_snapshot wrote of it at build time.
struct EmbeddedStandard {
  const char* id;
  const char* bytes;
  std::size_t size;
};

extern const EmbeddedStandard kEmbeddedStandards[];
extern const std::size_t kEmbeddedStandardCount;

}  // namespace sx::detail
