#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace assess {

// The file (or standard input for "-"), but never more than `limit` + 1 bytes: a caller that gets
// more than `limit` knows the file is too large, and /dev/zero or an endless pipe stops there.
// nullopt with `error` set when it cannot be read.
std::optional<std::string> read_file(const std::string& path, std::size_t limit, std::string& error);
// Writes `size` bytes to `path`; false with `error` set when it cannot.
bool write_file(const std::string& path, const void* data, std::size_t size, std::string& error);

}  // namespace assess
