#pragma once
#include <optional>
#include <string>

namespace assess {

// The whole file (or standard input for "-"); nullopt with `error` set when it cannot be read.
std::optional<std::string> read_file(const std::string& path, std::string& error);
// Writes `size` bytes to `path`; false with `error` set when it cannot.
bool write_file(const std::string& path, const void* data, std::size_t size, std::string& error);

}  // namespace assess
