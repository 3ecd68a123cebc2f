#pragma once
// A zip archive written in memory with minizip (zlib's contrib), for the .docx container.
#include <string>
#include <vector>

namespace sx::detail {

struct ZipEntry {
  std::string name;
  std::string data;
};

// Deflated entries in order; `year`, `month`, `day` stamp every entry (reproducible output).
// Returns an empty vector if minizip reports an error.
std::vector<unsigned char> zip_in_memory(const std::vector<ZipEntry>& entries, int year, int month, int day);

}  // namespace sx::detail
