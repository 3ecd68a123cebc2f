#include "sx/docx_assessment.hpp"

#include <algorithm>
#include <cstdint>

#include "sx/markup_escape.hpp"
#include "sx/zip_read.hpp"

namespace sx {

const char* const kAssessmentContentType =
    R"(<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>)";
const char* const kAssessmentRelationship =
    R"(<Relationship Id="rIdAssessment" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>)";

namespace {
// The part holds the JSON text as XML character data. JSON's structure is ASCII; inside its
// strings U+FFFE and U+FFFF, which XML forbids, become \ufffe and \uffff (the same JSON value),
// and & < > become entities. Everything else, Chinese included, stays as it is, readable.
std::string json_as_xml_text(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (static_cast<unsigned char>(c) == 0xEF && json.substr(i + 1, 1) == "\xBF" &&
             (json.substr(i + 2, 1) == "\xBE" || json.substr(i + 2, 1) == "\xBF")) {
      out += json[i + 2] == '\xBE' ? "\\ufffe" : "\\uffff";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

enum class Found { Yes, No, Malformed };

// The character data of the element in our namespace, wherever the part's writer put the
// namespace declaration and whatever prefix it chose.
Found assessment_of_part(std::string_view xml, std::string& json) {
  const std::size_t ns = xml.find(kAssessmentNamespace);
  if (ns == std::string_view::npos) return Found::No;
  // The start tag declaring the namespace: from the '<' before it to the '>' after it.
  const std::size_t open = xml.rfind('<', ns);
  const std::size_t close = xml.find('>', ns);
  if (open == std::string_view::npos || close == std::string_view::npos) return Found::Malformed;
  std::size_t name_end = open + 1;
  while (name_end < close && xml[name_end] != ' ' && xml[name_end] != '\t' && xml[name_end] != '\n' &&
         xml[name_end] != '\r' && xml[name_end] != '/' && xml[name_end] != '>') {
    ++name_end;
  }
  const std::string_view qname = xml.substr(open + 1, name_end - open - 1);
  const std::size_t colon = qname.find(':');
  if (qname.substr(colon == std::string_view::npos ? 0 : colon + 1) != "assessment") return Found::No;
  if (xml[close - 1] == '/') return Found::Malformed;  // an empty element: no assessment in it
  const std::string end_tag = "</" + std::string(qname) + ">";
  const std::size_t end = xml.find(end_tag, close + 1);
  if (end == std::string_view::npos) return Found::Malformed;
  auto text = unescape_xml(xml.substr(close + 1, end - close - 1));
  if (!text) return Found::Malformed;
  json = std::move(*text);
  return Found::Yes;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
  return out;
}

// customXml/item1.xml, customXml/item2.xml …: the data items (not their properties or rels).
bool is_custom_xml_item(std::string_view name) {
  const std::string n = lower(name);
  return n.rfind("customxml/item", 0) == 0 && n.find('/', 10) == std::string::npos &&
         n.rfind("customxml/itemprops", 0) != 0 && n.size() > 4 && n.compare(n.size() - 4, 4, ".xml") == 0;
}

const std::string kAskFor =
    "请企业提交本工具导出的 .json 自评文件或未经改动的导出 Word";
const std::string kAskForEn = "ask the enterprise for the tool's .json assessment file or the Word draft as exported";
}  // namespace

std::vector<ZipEntry> assessment_parts(std::string_view json) {
  return {{"customXml/item1.xml",
           std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n<assessment xmlns=\"" +
               kAssessmentNamespace + "\" type=\"application/json\">" + json_as_xml_text(json) + "</assessment>"},
          {"customXml/itemProps1.xml",
           std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
               "\n<ds:datastoreItem ds:itemID=\"{6B1F3C2E-5A7D-4E1B-9C3A-2F8E0D4B7A61}\" "
               "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"><ds:schemaRefs>"
               "<ds:schemaRef ds:uri=\"" + kAssessmentNamespace + "\"/></ds:schemaRefs></ds:datastoreItem>"},
          {"customXml/_rels/item1.xml.rels",
           R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           "\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps\" "
           "Target=\"itemProps1.xml\"/></Relationships>"}};
}

Message package_too_large(std::size_t size) {
  return {"", "Word 文件大小为 " + std::to_string(size) + " 字节，超过 8 MiB 的大小上限，未读取（导出的 Word 通常只有几十 KB）",
          "the Word file is " + std::to_string(size) + " bytes, larger than the 8 MiB limit; not read"};
}

DocxAssessment assessment_in_docx(std::string_view bytes) {
  DocxAssessment result;
  if (bytes.size() > kMaxPackageBytes) {
    result.problem = package_too_large(bytes.size());
    return result;
  }
  // The part's text is the JSON (≤ 1 MiB) with & < > as entities: twice that bounds a real one.
  const ZipRead read = read_zip(bytes, is_custom_xml_item, {1000, 2 * 1024 * 1024});
  switch (read.problem) {
    case ZipProblem::None: break;
    case ZipProblem::NotAZip:
    case ZipProblem::Corrupt:
      result.problem = {"", "文件已损坏，不能作为 Word（.docx）文件读取：" + kAskFor,
                        "the file is damaged and cannot be read as a Word (.docx) file: " + kAskForEn};
      return result;
    case ZipProblem::TooManyEntries:
      result.problem = {"", "Word 文件中的部件超过 1000 个，未读取（导出的 Word 只有十几个）：" + kAskFor,
                        "the Word file holds more than 1000 parts; not read: " + kAskForEn};
      return result;
    case ZipProblem::EntryTooLarge:
      result.problem = {"", "Word 文件中的“" + read.entry + "”超过 2 MiB 的大小上限，未读取：" + kAskFor,
                        "\"" + read.entry + "\" in the Word file is larger than the 2 MiB limit; not read: " + kAskForEn};
      return result;
  }
  bool malformed = false;
  for (const auto& entry : read.entries) {
    std::string json;
    const Found found = assessment_of_part(entry.data, json);
    if (found == Found::Yes) {
      result.json = std::move(json);
      return result;
    }
    malformed = malformed || found == Found::Malformed;
  }
  const bool word = std::find(read.names.begin(), read.names.end(), "word/document.xml") != read.names.end();
  if (malformed) {
    result.problem = {"", "这份 Word 文件里的自评数据已损坏：" + kAskFor,
                      "the assessment inside this Word file is damaged: " + kAskForEn};
  } else if (word) {
    result.problem = {"", "这份 Word 文件里没有自评数据（可能不是本工具导出的，或经 WPS/Word 另存过）：" + kAskFor,
                      "this Word file carries no assessment (not exported by this tool, or saved again by WPS/Word): " +
                          kAskForEn};
  } else {
    result.problem = {"", "这个文件是压缩包，不是 Word 申报书草稿，里面没有自评数据：" + kAskFor,
                      "this file is a zip archive, not a Word draft, and carries no assessment: " + kAskForEn};
  }
  return result;
}

}  // namespace sx
