#include "sx/zip_read.hpp"

#include <algorithm>
#include <cstring>

#include "unzip.h"

namespace sx {

namespace {
// minizip's I/O callbacks over bytes that are only read.
struct Source {
  std::string_view bytes;
  std::size_t position = 0;
};

voidpf open_source(voidpf opaque, const void*, int) { return opaque; }

uLong read_source(voidpf, voidpf stream, void* out, uLong size) {
  auto* s = static_cast<Source*>(stream);
  const std::size_t left = s->bytes.size() - std::min(s->position, s->bytes.size());
  const std::size_t n = std::min<std::size_t>(size, left);
  if (n > 0) std::memcpy(out, s->bytes.data() + s->position, n);
  s->position += n;
  return static_cast<uLong>(n);
}

uLong write_nothing(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T tell_source(voidpf, voidpf stream) { return static_cast<Source*>(stream)->position; }

long seek_source(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* s = static_cast<Source*>(stream);
  std::size_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = s->position;
  else if (origin == ZLIB_FILEFUNC_SEEK_END) base = s->bytes.size();
  if (offset > s->bytes.size() - std::min(base, s->bytes.size())) return -1;
  s->position = base + static_cast<std::size_t>(offset);
  return 0;
}

int close_source(voidpf, voidpf) { return 0; }
int error_source(voidpf, voidpf) { return 0; }

// Inflates the current entry into `out`, stopping one byte past `limit`.
ZipProblem inflate_current(unzFile zip, std::size_t limit, std::string& out) {
  if (unzOpenCurrentFile(zip) != UNZ_OK) return ZipProblem::Corrupt;
  char chunk[16384];
  ZipProblem problem = ZipProblem::None;
  while (true) {
    const int got = unzReadCurrentFile(zip, chunk, sizeof chunk);
    if (got < 0) {
      problem = ZipProblem::Corrupt;
      break;
    }
    if (got == 0) break;
    if (out.size() + static_cast<std::size_t>(got) > limit) {
      problem = ZipProblem::EntryTooLarge;
      break;
    }
    out.append(chunk, static_cast<std::size_t>(got));
  }
  // A CRC mismatch shows only at the close.
  if (unzCloseCurrentFile(zip) != UNZ_OK && problem == ZipProblem::None) problem = ZipProblem::Corrupt;
  return problem;
}
}  // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

ZipRead read_zip(std::string_view bytes, const std::function<bool(std::string_view)>& wanted, const ZipLimits& limits) {
  ZipRead read;
  if (!looks_like_zip(bytes)) {
    read.problem = ZipProblem::NotAZip;
    return read;
  }
  Source source{bytes};
  zlib_filefunc64_def io{};
  io.zopen64_file = open_source;
  io.zread_file = read_source;
  io.zwrite_file = write_nothing;
  io.ztell64_file = tell_source;
  io.zseek64_file = seek_source;
  io.zclose_file = close_source;
  io.zerror_file = error_source;
  io.opaque = &source;
  unzFile zip = unzOpen2_64("memory", &io);
  if (zip == nullptr) {
    read.problem = ZipProblem::NotAZip;
    return read;
  }
  unz_global_info64 global{};
  if (unzGetGlobalInfo64(zip, &global) != UNZ_OK) {
    read.problem = ZipProblem::NotAZip;
  } else if (global.number_entry > limits.max_entries) {
    read.problem = ZipProblem::TooManyEntries;
  }
  for (int status = read.problem == ZipProblem::None ? unzGoToFirstFile(zip) : UNZ_END_OF_LIST_OF_FILE;
       status == UNZ_OK; status = unzGoToNextFile(zip)) {
    // The central directory's count is the archive's word; the walk is bounded on its own.
    if (read.names.size() >= limits.max_entries) {
      read.problem = ZipProblem::TooManyEntries;
      break;
    }
    unz_file_info64 info{};
    char name[1024];
    if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) {
      read.problem = ZipProblem::Corrupt;
      break;
    }
    read.names.emplace_back(name);
    if (!wanted(read.names.back())) continue;
    if (info.uncompressed_size > limits.max_entry_bytes) {
      read.problem = ZipProblem::EntryTooLarge;
      read.entry = name;
      break;
    }
    ZipEntry entry{name, {}};
    entry.data.reserve(static_cast<std::size_t>(info.uncompressed_size));
    read.problem = inflate_current(zip, limits.max_entry_bytes, entry.data);
    if (read.problem != ZipProblem::None) {
      read.entry = name;
      break;
    }
    read.entries.push_back(std::move(entry));
  }
  unzClose(zip);
  return read;
}

}  // namespace sx
