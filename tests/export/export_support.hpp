#pragma once
// Helpers shared by the export tests: this folder's fixtures, drafts built from them, and the
// entries of a .docx read back with minizip's unzip.
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "sx/assessment.hpp"
#include "sx/draft.hpp"
#include "sx/evaluation.hpp"
#include "test_support.hpp"
#include "unzip.h"

namespace sx_export {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string fixture(const std::string& name) { return read_text(std::string(SX_EXPORT_FIXTURES) + "/" + name); }

// Documents are built as in the core tests.
using sx_test::assessment;
using sx_test::document;

inline sx::DraftApplication draft(const sx::Json& doc, const std::string& date = "2020-03-15") {
  const sx::Assessment a = assessment(doc);
  const sx::Standard& s = *sx::find_standard("shaoxing-2019");
  return sx::build_draft(s, a, sx::evaluate(s, a), date);
}

inline sx::DraftApplication draft_of_fixture(const std::string& name) { return draft(sx::Json::parse(fixture(name))); }

// Every entry of a zip archive, read back through minizip's reader (a file, as unzip.c reads one).
inline std::map<std::string, std::string> unzip_all(const std::vector<unsigned char>& bytes, const std::string& path) {
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  std::map<std::string, std::string> entries;
  unzFile zip = unzOpen(path.c_str());
  if (zip == nullptr) return entries;
  for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
    char name[256];
    unz_file_info info;
    if (unzGetCurrentFileInfo(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) break;
    std::string data(info.uncompressed_size, '\0');
    if (unzOpenCurrentFile(zip) != UNZ_OK) break;
    const int read = unzReadCurrentFile(zip, data.data(), static_cast<unsigned>(data.size()));
    if (unzCloseCurrentFile(zip) == UNZ_OK && read == static_cast<int>(data.size())) entries[name] = data;
  }
  unzClose(zip);
  return entries;
}

// XML's five escapes undone.
inline std::string unescape_xml(std::string text) {
  const std::pair<const char*, const char*> kDecode[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : kDecode) {
    for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += std::string(to).size()) {
      text.replace(at, std::string(from).size(), to);
    }
  }
  return text;
}

// What Word shows of a WordprocessingML part: its <w:t> texts unescaped, <w:br/> as a line break,
// one line per paragraph.
inline std::string docx_text(const std::string& xml) {
  std::string out;
  std::size_t at = 0;
  while ((at = xml.find('<', at)) != std::string::npos) {
    const std::size_t end = xml.find('>', at);
    if (end == std::string::npos) break;
    const std::string tag = xml.substr(at, end - at + 1);
    if (tag == "</w:p>" || tag == "<w:br/>") out += '\n';
    if (tag == "<w:t>" || tag.rfind("<w:t ", 0) == 0) {
      const std::size_t close = xml.find("</w:t>", end);
      if (close == std::string::npos) break;
      out += unescape_xml(xml.substr(end + 1, close - end - 1));
      at = close;
      continue;
    }
    at = end + 1;
  }
  return out;
}

}  // namespace sx_export
