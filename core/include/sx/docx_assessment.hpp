#pragma once
// The exported draft (.docx) carries the assessment it was made from, so that an enterprise can
// hand the bureau one file (issue 16). The assessment's JSON sits in a custom XML data part of the
// package (ECMA-376 Part 1 §22.5, customXml/item1.xml with its itemProps1.xml), related from the
// document part; Word keeps such parts through an edit and save. The review desk reads it back.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sx/message.hpp"
#include "sx/zip_memory.hpp"

namespace sx {

// The custom XML part's namespace (its root element is <assessment> in it) and schema reference.
inline constexpr const char* kAssessmentNamespace = "urn:sx-retrofit:assessment:1";
// A submitted .docx may carry pictures (a scanned seal); only the custom XML part is inflated.
inline constexpr std::size_t kMaxPackageBytes = 8 * 1024 * 1024;

// The package's parts that carry `json` (the assessment's JSON text): the item, its properties and
// the item's relationship to them. The caller adds kAssessmentContentType and kAssessmentRelationship.
std::vector<ZipEntry> assessment_parts(std::string_view json);
// What [Content_Types].xml and word/_rels/document.xml.rels need for those parts.
extern const char* const kAssessmentContentType;
extern const char* const kAssessmentRelationship;

struct DocxAssessment {
  std::optional<std::string> json;  // the assessment's JSON text, when the package carries one
  Message problem;                  // why not, Chinese and English
};

// The assessment inside a .docx's bytes. A package without the part, a foreign zip, a broken or
// oversized one (too many entries, a part inflating past its limit: refused before or while
// inflating) each give a problem saying what to ask the enterprise for. Never throws but bad_alloc.
DocxAssessment assessment_in_docx(std::string_view bytes);

// "文件大小为 … 字节，超过 8 MiB…": a .docx refused from its size alone.
Message package_too_large(std::size_t size);

}  // namespace sx
