#include "sx/migrate.hpp"

#include <cstdint>
#include <string>

#include "sx/assessment.hpp"
#include "sx/standard.hpp"

namespace sx {

namespace {

const char* const kVersions = "0 和 1";
const char* const kVersionsEn = "0 and 1";

// Version 0 → 1: `items` becomes `answers`, the metrics move into `metrics` (placed where the
// first of them was, so that the upgraded file reads in the order the user's did).
void upgrade_from_0(Json& doc) {
  const Standard* standard = nullptr;
  const auto id = doc.find("standard");
  if (id != doc.end() && id->is_string()) standard = find_standard(id->get_ref<const std::string&>());
  Json upgraded = Json::object();
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    const std::string& key = it.key();
    if (key == "version") {
      upgraded["version"] = kFormatVersion;
    } else if (key == "items") {
      upgraded["answers"] = std::move(it.value());
    } else if (standard != nullptr && standard->metric(key) != nullptr) {
      upgraded["metrics"][key] = std::move(it.value());
    } else {
      upgraded[key] = std::move(it.value());
    }
  }
  doc = std::move(upgraded);
}

}  // namespace

std::optional<int> migrate_document(Json& doc, Messages& errors) {
  if (!doc.is_object()) return kFormatVersion;
  const auto format = doc.find("format");
  const auto version = doc.find("version");
  if (format == doc.end() || *format != kFormat || version == doc.end() ||
      !version->is_number_integer() || *version == kFormatVersion) {
    return kFormatVersion;
  }
  const std::string shown = version->dump();
  if (!version->is_number_unsigned() && version->get<std::int64_t>() < 0) {
    errors.push_back({"version", "不支持的格式版本 " + shown + "（本工具读取版本 " + kVersions + "）",
                      "unsupported format version " + shown + " (this tool reads versions " +
                          kVersionsEn + ")"});
    return std::nullopt;
  }
  if (*version != 0) {
    errors.push_back({"version",
                      "文件的格式版本为 " + shown + "，是更新版本的自评工具保存的；本工具只能读取版本 " +
                          kVersions + "，请使用最新版本的自评工具打开",
                      "format version " + shown + " was written by a newer version of the tool; "
                          "this one reads versions " + kVersionsEn});
    return std::nullopt;
  }
  // A version-0 document holding version 1's members too is ambiguous: which answers count?
  bool ambiguous = false;
  if (doc.contains("answers")) {
    errors.push_back({"answers", "格式版本 0 的文件中不应有此项：版本 0 的答案写在 items 中",
                      "a version-0 document has its answers in items, not here"});
    ambiguous = true;
  }
  if (doc.contains("metrics")) {
    errors.push_back({"metrics", "格式版本 0 的文件中不应有此项：版本 0 的指标直接写在文档顶层",
                      "a version-0 document has its metrics at the top level, not here"});
    ambiguous = true;
  }
  if (ambiguous) return std::nullopt;
  upgrade_from_0(doc);
  return 0;
}

void name_paths_as_written(Messages& messages, int from) {
  if (from != 0) return;
  const auto starts = [](const std::string& path, const std::string& member) {
    return path.compare(0, member.size(), member) == 0 &&
           (path.size() == member.size() || path[member.size()] == '.' || path[member.size()] == '[');
  };
  for (auto& message : messages) {
    std::string& path = message.path;
    if (starts(path, "answers")) {
      path = "items" + path.substr(7);
    } else if (starts(path, "metrics") && path.size() > 7) {
      path = path.substr(path[7] == '.' ? 8 : 7);  // `metrics.cnc_rate` → `cnc_rate`, `metrics["x y"]` → `["x y"]`
    }
  }
}

}  // namespace sx
