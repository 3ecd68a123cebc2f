#include "file_io.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace assess {

namespace {
// Reads until the end or `limit` + 1 bytes, whichever comes first.
std::optional<std::string> read_some(std::FILE* in, std::size_t limit, std::string& error) {
  std::string text;
  char buffer[65536];
  while (text.size() <= limit) {
    const std::size_t want = std::min(sizeof buffer, limit + 1 - text.size());
    const std::size_t got = std::fread(buffer, 1, want, in);
    text.append(buffer, got);
    if (got < want) break;
  }
  if (std::ferror(in)) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  return text;
}
}  // namespace

std::optional<std::string> read_file(const std::string& path, std::size_t limit, std::string& error) {
  if (path == "-") return read_some(stdin, limit, error);
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (S_ISDIR(info.st_mode)) {
    error = "is a directory";
    return std::nullopt;
  }
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (in == nullptr) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  auto text = read_some(in, limit, error);
  std::fclose(in);
  return text;
}

bool write_file(const std::string& path, const void* data, std::size_t size, std::string& error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    error = std::strerror(errno);
    return false;
  }
  out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
  out.close();
  if (!out) {
    error = "write error";
    return false;
  }
  return true;
}

}  // namespace assess
