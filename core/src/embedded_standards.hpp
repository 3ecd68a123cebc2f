#pragma once
#include <cstddef>

namespace sx::detail {

// One JSON file of core/standards/<standard>/, compiled in by cmake/embed_standards.cmake.
struct EmbeddedFile {
  const char* standard;
  const char* name;
  const char* text;
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

}  // namespace sx::detail
