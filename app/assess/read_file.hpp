#pragma once
#include <optional>
#include <string>

namespace assess {

// The whole file (or standard input for "-"); nullopt with `error` set when it cannot be read.
std::optional<std::string> read_file(const std::string& path, std::string& error);

}  // namespace assess
