#pragma once
// A zip archive written in memory with minizip (zlib's contrib): the .docx draft's container and
// the review desk's .xlsx summary.
#include <string>
#include <vector>

namespace sx {

struct ZipEntry {
  std::string name;
  std::string data;
};

// Deflated entries in order; `year`, `month`, `day` stamp every entry (reproducible output).
// Returns an empty vector if minizip reports an error.
std::vector<unsigned char> zip_in_memory(const std::vector<ZipEntry>& entries, int year, int month, int day);

}  // namespace sx
