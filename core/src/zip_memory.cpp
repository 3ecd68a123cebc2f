#include "sx/zip_memory.hpp"

#include <cstring>

#include "zip.h"

namespace sx {

namespace {
// minizip's I/O callbacks over a growable byte buffer.
struct Buffer {
  std::vector<unsigned char> bytes;
  std::size_t position = 0;
};

voidpf open_buffer(voidpf opaque, const void*, int) { return opaque; }

uLong read_buffer(voidpf, voidpf stream, void* out, uLong size) {
  auto* b = static_cast<Buffer*>(stream);
  const std::size_t n = std::min<std::size_t>(size, b->bytes.size() - std::min(b->position, b->bytes.size()));
  std::memcpy(out, b->bytes.data() + b->position, n);
  b->position += n;
  return static_cast<uLong>(n);
}

uLong write_buffer(voidpf, voidpf stream, const void* in, uLong size) {
  auto* b = static_cast<Buffer*>(stream);
  if (b->position + size > b->bytes.size()) b->bytes.resize(b->position + size);
  std::memcpy(b->bytes.data() + b->position, in, size);
  b->position += size;
  return size;
}

ZPOS64_T tell_buffer(voidpf, voidpf stream) { return static_cast<Buffer*>(stream)->position; }

long seek_buffer(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* b = static_cast<Buffer*>(stream);
  std::size_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = b->position;
  else if (origin == ZLIB_FILEFUNC_SEEK_END) base = b->bytes.size();
  b->position = base + static_cast<std::size_t>(offset);
  return 0;
}

int close_buffer(voidpf, voidpf) { return 0; }
int error_buffer(voidpf, voidpf) { return 0; }
}  // namespace

std::vector<unsigned char> zip_in_memory(const std::vector<ZipEntry>& entries, int year, int month, int day) {
  Buffer buffer;
  zlib_filefunc64_def io{};
  io.zopen64_file = open_buffer;
  io.zread_file = read_buffer;
  io.zwrite_file = write_buffer;
  io.ztell64_file = tell_buffer;
  io.zseek64_file = seek_buffer;
  io.zclose_file = close_buffer;
  io.zerror_file = error_buffer;
  io.opaque = &buffer;
  zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &io);
  if (zip == nullptr) return {};
  bool ok = true;
  for (const auto& entry : entries) {
    zip_fileinfo info{};
    info.tmz_date.tm_year = static_cast<uInt>(year);
    info.tmz_date.tm_mon = static_cast<uInt>(month - 1);
    info.tmz_date.tm_mday = static_cast<uInt>(day);
    ok = ok && zipOpenNewFileInZip(zip, entry.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                   Z_DEFLATED, Z_DEFAULT_COMPRESSION) == ZIP_OK;
    ok = ok && zipWriteInFileInZip(zip, entry.data.data(), static_cast<unsigned>(entry.data.size())) == ZIP_OK;
    ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
  }
  ok = zipClose(zip, nullptr) == ZIP_OK && ok;
  if (!ok) return {};
  return std::move(buffer.bytes);
}

}  // namespace sx
