#pragma once
// Reading entries out of a zip archive held in memory (a submitted .docx, a revoked list's .xlsx),
// with minizip's unzip. A package from outside is bounded before anything is inflated: the number
// of entries, each wanted entry's declared size, and what inflating actually gives (a zip may lie
// about its sizes), so a zip bomb costs a few kilobytes of work.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sx/zip_memory.hpp"

namespace sx {

enum class ZipProblem {
  None,
  NotAZip,         // no zip signature, or no central directory minizip can find
  TooManyEntries,  // more entries than the limit: refused before any is read
  EntryTooLarge,   // a wanted entry declares, or inflates to, more than the limit
  Corrupt,         // a wanted entry cannot be inflated (bad data, unknown method, encrypted)
};

struct ZipLimits {
  std::size_t max_entries = 1000;
  std::size_t max_entry_bytes = 1024 * 1024;
};

struct ZipRead {
  ZipProblem problem = ZipProblem::None;
  std::string entry;               // the entry a problem concerns, if any
  std::vector<std::string> names;  // every entry's name, in the archive's order
  std::vector<ZipEntry> entries;   // the wanted ones, inflated, in the archive's order
};

// True when the bytes open with a zip's local file header ("PK\3\4").
bool looks_like_zip(std::string_view bytes);

// Lists the archive and inflates the entries `wanted` accepts (by name). Never throws but
// std::bad_alloc; the first problem stops the read.
ZipRead read_zip(std::string_view bytes, const std::function<bool(std::string_view)>& wanted,
                 const ZipLimits& limits = {});

}  // namespace sx
