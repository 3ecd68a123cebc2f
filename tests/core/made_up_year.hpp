#pragma once
// The made-up year "testland-2031" that proves a year is data (issue 15), built from the 2019
// folder where years really differ, as tests/cli/test_cli.sh builds it for `assess --standard`:
// a new id and issue date, line's 数控化率 threshold 60 → 70, workshop renamed 数字化车间, a
// fourth category (智能制造单元) ranked below line, and 表1 with other items (1.1 worth 8 instead of
// 10, a new 5.2 worth 2), and a quick check asking 自动识别 instead of 研发工具普及率. Once
// made_up_year() has run it is known to find_standard and, issued last, is sx::current_standard()
// for the rest of that process.
#include "sx/standard.hpp"
#include "test_support.hpp"

namespace sx_test {

inline constexpr const char* kMadeUpYear = "testland-2031";

inline std::vector<std::pair<std::string, std::string>> made_up_year_files() {
  auto files = folder_files("shaoxing-2019");
  for (auto& [name, text] : files) {
    sx::Json d = sx::Json::parse(text);
    if (name == "standard.json") {
      d["id"] = kMadeUpYear;
      d["issued"] = "2031-01-01";
    } else if (name == "conditions.json") {
      for (auto& c : d.at("conditions")) {
        if (c.at("id") == "line.cnc_rate") c["rule"]["min"] = 70;
      }
      for (auto& c : d.at("categories")) {
        if (c.at("id") == "workshop") c["title"] = "数字化车间";
      }
      d["categories"].insert(d["categories"].begin(),
                             sx::Json{{"id", "cell"}, {"title", "智能制造单元"}, {"title_en", "Smart cell"},
                                      {"article", "第六条之一"}, {"rank", 0}});
      d["conditions"].push_back(sx::Json::parse(R"({"id": "cell.cnc_rate", "category": "cell",
          "article": "第六条之一", "title": "装备数控化率达到50%以上", "title_en": "CNC rate ≥ 50%",
          "text": "单元内关键工序装备数控化率达到50%以上。", "evidence": "单元设备清单及数控设备明细",
          "rule": {"kind": "metric_at_least", "metric": "cnc_rate", "min": 50}})"));
    } else if (name == "quick_check.json") {
      // Its own quick check: 自动识别技术 asked where 2019 asks 研发工具普及率.
      for (auto& q : d.at("questions")) {
        if (q.value("metric", "") == "rd_tools_rate") q = sx::Json{{"fact", "auto_id"}, {"question", "二维码、条形码、电子标签等自动识别技术广泛采用了吗？"}};
      }
    } else if (name == "tables.json") {
      for (auto& section : d.at("discrete").at("sections")) {
        if (section.at("id") == "1") {
          section["max"] = 8;
          section["items"][0]["points"] = 8;
          section["items"][0]["max"] = 8;
          section["items"][0]["published"] = "□无（0分）\n□有（8分）";
        }
        if (section.at("id") == "5") {
          section["max"] = 6;
          section["items"].push_back(sx::Json::parse(R"({"id": "5.2", "title": "数据备份",
              "title_en": "Data backup", "text": "生产数据异地备份并定期演练恢复", "text_en": "Off-site backup",
              "max": 2, "answer": "bool", "points": 2, "published": "□无（0分）\n□有（2分）",
              "evidence": "备份策略及最近一次恢复演练记录"})"));
        }
      }
    }
    text = d.dump(2);
  }
  return files;
}

// The made-up year, loaded and made known once per process.
inline const sx::Standard& made_up_year() {
  static const sx::Standard* year = [] {
    std::vector<std::string> errors;
    auto loaded = sx::load_standard(kMadeUpYear, made_up_year_files(), errors);
    if (!loaded) throw std::runtime_error("the made-up year does not load: " + errors.front());
    std::string error;
    const sx::Standard* added = sx::add_standard(std::move(*loaded), error);
    if (added == nullptr) throw std::runtime_error(error);
    return added;
  }();
  return *year;
}

// A document read as another year's (a 2019 fixture as the made-up year's): the same answers
// under its id. Throws, naming the problems, when the year does not take them.
inline sx::Assessment in_year(const sx::Standard& year, const sx::Assessment& document) {
  sx::Json doc = document.json();
  doc["standard"] = year.id;
  return assessment(doc);
}

}  // namespace sx_test
