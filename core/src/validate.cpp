// Validation of an assessment document against the standard it names (spec "The assessment
// document"): every problem is reported with its JSON path, in Chinese and English.
#include <cmath>
#include <set>

#include "sx/assessment.hpp"
#include "sx/derive.hpp"

namespace sx {

namespace {

class Validator {
 public:
  explicit Validator(ProblemList& errors) : errors_(errors) {}

  void run(const Json& doc) {
    if (!doc.is_object()) {
      fail("", "文档应为 JSON 对象", "the document must be a JSON object");
      return;
    }
    check_header(doc);
    check_free_form(doc, "enterprise", standard_ ? &standard_->enterprise_fields : nullptr);
    check_free_form(doc, "project", standard_ ? &standard_->project_fields : nullptr);
    if (standard_ == nullptr) return;  // the members below are defined by the standard
    check_category(doc);
    if (const Json* facts = object_member(doc, "facts")) check_facts(*facts);
    if (const Json* metrics = object_member(doc, "metrics")) check_metrics(*metrics);
    if (const Json* figures = object_member(doc, "figures")) check_figures(*figures);
    if (const Json* answers = object_member(doc, "answers")) {
      if (table_ != nullptr) check_answers(*answers);
    }
    if (const Json* modes = object_member(doc, "modes")) check_modes(*modes);
  }

 private:
  void fail(const std::string& path, std::string zh, std::string en) {
    errors_.add({path, std::move(zh), std::move(en)});
  }

  static std::string quoted(const std::string& text) { return "\"" + text + "\""; }

  // A value as a message quotes it: JSON text, ill-formed UTF-8 replaced (a document built in
  // code may hold some; dump() would throw), and cut short so that a huge value cannot swell
  // every line the tool prints.
  static std::string shown(const Json& value) {
    constexpr std::size_t kLimit = 60;
    std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() <= kLimit) return text;
    std::size_t cut = kLimit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "…";
  }

  // The keys a member may take, listed in a message: "met、partial 或 unmet", "met, partial or
  // unmet". Only the standard knows them; a space stands between 或 and a Latin word.
  static std::string listed_zh(const std::vector<std::string>& keys) {
    const auto latin = [](unsigned char c) { return c < 0x80; };
    std::string text;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (i > 0 && i + 1 == keys.size()) {
        if (!text.empty() && latin(static_cast<unsigned char>(text.back()))) text += ' ';
        text += "或";
        if (!keys[i].empty() && latin(static_cast<unsigned char>(keys[i].front()))) text += ' ';
      } else if (i > 0) {
        text += "、";
      }
      text += keys[i];
    }
    return text;
  }
  static std::string listed_en(const std::vector<std::string>& keys) {
    std::string text;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (i > 0) text += i + 1 == keys.size() ? " or " : ", ";
      text += keys[i];
    }
    return text;
  }
  template <typename T>
  static std::vector<std::string> keys_of(const std::vector<T>& list, std::string T::*key) {
    std::vector<std::string> keys;
    for (const auto& entry : list) keys.push_back(entry.*key);
    return keys;
  }

  // The member as an object, or nullptr (absent, or wrong type — which is reported).
  const Json* object_member(const Json& doc, const char* key) {
    const auto it = doc.find(key);
    if (it == doc.end()) return nullptr;
    if (!it->is_object()) {
      fail(key, "应为 JSON 对象", "must be a JSON object");
      return nullptr;
    }
    return &*it;
  }

  const Json* required_string(const Json& doc, const char* key) {
    const auto it = doc.find(key);
    if (it == doc.end()) {
      fail(key, "缺少必填项", "required member is missing");
      return nullptr;
    }
    if (!it->is_string()) {
      fail(key, "应为字符串", "must be a string");
      return nullptr;
    }
    return &*it;
  }

  void check_header(const Json& doc) {
    if (const Json* format = required_string(doc, "format")) {
      if (*format != kFormat) {
        fail("format", "应为 " + quoted(kFormat), "must be " + quoted(kFormat));
      }
    }
    const auto version = doc.find("version");
    if (version == doc.end()) {
      fail("version", "缺少必填项", "required member is missing");
    } else if (!version->is_number_integer() || *version != kFormatVersion) {
      fail("version", "不支持的格式版本（本工具读取版本 1）",
           "unsupported format version (this tool reads version 1)");
    }
    if (const Json* id = required_string(doc, "standard")) {
      standard_ = find_standard(id->get_ref<const std::string&>());
      if (standard_ == nullptr) {
        fail("standard", "未知的认定标准 " + shown(*id), "unknown standard " + shown(*id));
      }
    }
    if (const Json* type = required_string(doc, "type")) {
      if (standard_ != nullptr) {
        table_ = standard_->table(type->get_ref<const std::string&>());
        if (table_ == nullptr) {
          std::vector<std::string> named;  // "discrete 离散型"
          for (const auto& table : standard_->tables) named.push_back(table.type + " " + table.label);
          fail("type", "未知的企业类型 " + shown(*type) + "（应为 " + listed_zh(named) + "）",
               "unknown type " + shown(*type) + " (must be " + listed_en(keys_of(standard_->tables, &Table::type)) + ")");
        }
      }
    }
  }

  void check_category(const Json& doc) {
    const auto it = doc.find("category");
    if (it == doc.end()) return;
    if (!it->is_string() || standard_->category(it->get<std::string>()) == nullptr) {
      const auto categories = keys_of(standard_->categories, &Category::id);
      fail("category", "未知的申报类别 " + shown(*it) + "（应为 " + listed_zh(categories) + "）",
           "unknown category " + shown(*it) + " (must be " + listed_en(categories) + ")");
    }
  }

  // enterprise and project keep any key; the ones the product knows must be text.
  void check_free_form(const Json& doc, const char* key, const std::vector<Field>* known) {
    const Json* object = object_member(doc, key);
    if (object == nullptr || known == nullptr) return;
    for (const auto& field : *known) {
      const auto it = object->find(field.key);
      if (it != object->end() && !it->is_string()) {
        fail(path_member(key, field.key), "应为字符串", "must be a string");
      }
    }
  }

  // An array of distinct option keys; `known` says whether a key is an option.
  template <typename Known>
  void check_option_set(const Json& value, const std::string& path, Known known) {
    if (!value.is_array()) {
      fail(path, "应为选项数组", "must be an array of options");
      return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const auto& entry = value[i];
      const std::string at = path_index(path, i);
      if (!entry.is_string()) {
        fail(at, "应为选项名称字符串", "must be an option name (string)");
      } else if (!known(entry.get_ref<const std::string&>())) {
        fail(at, "未知选项 " + shown(entry), "unknown option " + shown(entry));
      } else if (!seen.insert(entry.get<std::string>()).second) {
        fail(at, "重复的选项 " + shown(entry), "duplicate option " + shown(entry));
      }
    }
  }

  void check_facts(const Json& facts) {
    for (const auto& [key, value] : facts.items()) {
      const std::string path = path_member("facts", key);
      const FactDef* def = standard_->fact(key);
      if (def == nullptr) {
        fail(path, "未知的条件事实 " + quoted(key), "unknown fact " + quoted(key));
      } else if (def->is_set) {
        check_option_set(value, path, [def](const std::string& k) { return def->option(k); });
      } else if (!value.is_boolean()) {
        fail(path, "应为 true 或 false", "must be true or false");
      }
    }
  }

  // A finite number (nlohmann already refuses NaN and overflow when parsing; documents built
  // in code can still carry them).
  bool check_number(const Json& value, const std::string& path) {
    if (!value.is_number()) {
      fail(path, "应为数字", "must be a number");
      return false;
    }
    if (!std::isfinite(value.get<double>())) {
      fail(path, "数值超出范围", "the number is out of range");
      return false;
    }
    return true;
  }

  static std::string number_text(double value) {
    Json j = value;
    if (value == std::floor(value) && std::fabs(value) < 1e15) j = static_cast<long long>(value);
    return j.dump();
  }

  void check_metrics(const Json& metrics) {
    for (const auto& [key, value] : metrics.items()) {
      const std::string path = path_member("metrics", key);
      const MetricDef* def = standard_->metric(key);
      if (def == nullptr) {
        fail(path, "未知的指标 " + quoted(key), "unknown metric " + quoted(key));
        continue;
      }
      if (!check_number(value, path)) continue;
      const double v = value.get<double>();
      if ((def->min && v < *def->min) || (def->max && v > *def->max)) {
        const std::string lo = def->min ? number_text(*def->min) : "-∞";
        const std::string hi = def->max ? number_text(*def->max) : "∞";
        fail(path, "数值 " + number_text(v) + " 超出范围 [" + lo + ", " + hi + "]",
             "value " + number_text(v) + " is outside [" + lo + ", " + hi + "]");
      }
    }
  }

  void check_figures(const Json& figures) {
    bool all_valid = true;
    for (const auto& [key, value] : figures.items()) {
      const std::string path = path_member("figures", key);
      const FigureDef* def = standard_->figure(key);
      if (def == nullptr) {
        fail(path, "未知的原始数据项 " + quoted(key), "unknown figure " + quoted(key));
        all_valid = false;
        continue;
      }
      if (!check_number(value, path)) {
        all_valid = false;
        continue;
      }
      const double v = value.get<double>();
      if (v < 0) {
        fail(path, "不能为负数", "must not be negative");
        all_valid = false;
      } else if (v > def->max) {
        // The published bound keeps every figure far from where arithmetic on it could overflow.
        fail(path, "数值 " + number_text(v) + " 超出范围 [0, " + number_text(def->max) + "]",
             "value " + number_text(v) + " is outside [0, " + number_text(def->max) + "]");
        all_valid = false;
      } else if (def->integer && v != std::floor(v)) {
        fail(path, "应为整数", "must be a whole number");
        all_valid = false;
      }
    }
    if (!all_valid) return;
    // Impossible pairs (more CNC units than key units, a zero baseline) are errors too.
    Assessment probe(standard_->id, table_ ? table_->type : standard_->tables.front().type);
    for (const auto& [key, value] : figures.items()) probe.set_figure(key, value.get<double>());
    for (const auto& derivation : standard_->derivations) {
      if (auto derived = derive(derivation, probe, standard_); derived.error) errors_.add(*derived.error);
    }
  }

  void check_answers(const Json& answers) {
    for (const auto& [id, value] : answers.items()) {
      const std::string path = path_member("answers", id);
      const Item* item = table_->item(id);
      if (item == nullptr) {
        fail(path, "表中没有评价项目 " + quoted(id), "no item " + quoted(id) + " in this table");
        continue;
      }
      switch (item->kind) {
        case AnswerKind::Bool:
          if (!value.is_boolean()) fail(path, "应为 true 或 false", "must be true or false");
          break;
        case AnswerKind::Set:
          check_option_set(value, path, [item](const std::string& k) { return item->option(k); });
          break;
        case AnswerKind::Choice:
          if (!value.is_string()) {
            fail(path, "应为一个选项名称", "must be one option name");
          } else if (item->option(value.get_ref<const std::string&>()) == nullptr) {
            fail(path, "未知选项 " + shown(value), "unknown option " + shown(value));
          }
          break;
        case AnswerKind::Metric:
          fail(path, "此项由 metrics." + item->metric + " 的数值决定，不在 answers 中作答",
               "this item is decided by metrics." + item->metric + ", not answered here");
          break;
      }
      check_requirements(answers, *item, value, path);
    }
  }

  // Spec inconsistency 8: 4.3 (MES–ERP integration) cannot be claimed without 4.1 and 4.2.
  void check_requirements(const Json& answers, const Item& item, const Json& value,
                          const std::string& path) {
    if (value != true) return;
    const auto unmet = item.unmet_requirements([&](const std::string& id) {
      const auto it = answers.find(id);
      return it != answers.end() && *it == true;
    });
    if (unmet.empty()) return;
    std::string missing;
    for (const auto& required : unmet) {
      const Item* other = table_->item(required);
      missing += (missing.empty() ? "" : "、") + required +
                 (other != nullptr ? "（" + other->title + "）" : std::string());
    }
    std::string ids;
    for (const auto& required : item.requires_items) ids += (ids.empty() ? "" : " and ") + required;
    fail(path, "须先有 " + missing + " 才能申报此项", "cannot be claimed without " + ids);
  }

  void check_modes(const Json& modes) {
    for (const auto& [key, ratings] : modes.items()) {
      const std::string path = path_member("modes", key);
      const Mode* mode = standard_->mode(key);
      if (mode == nullptr) {
        fail(path, "未知的新模式 " + quoted(key), "unknown mode " + quoted(key));
        continue;
      }
      if (!ratings.is_object()) {
        fail(path, "应为 JSON 对象（要素序号 → 评价）", "must be an object (element number → rating)");
        continue;
      }
      const std::size_t count = mode->elements.size();
      for (const auto& [n, rating] : ratings.items()) {
        const std::string at = path_member(path, n);
        if (!is_element_number(n, count)) {
          fail(at, "要素序号应为 1 到 " + std::to_string(count),
               "element number must be 1 to " + std::to_string(count));
        } else if (!rating.is_string() || standard_->rating(rating.get<std::string>()) == nullptr) {
          const auto ratings = keys_of(standard_->ratings, &Rating::key);
          fail(at, "评价应为 " + listed_zh(ratings) + "，而不是 " + shown(rating),
               "rating must be " + listed_en(ratings) + ", not " + shown(rating));
        }
      }
    }
  }

  static bool is_element_number(const std::string& n, std::size_t count) {
    if (n.empty() || n.size() > 3 || n[0] == '0') return false;
    for (const char c : n) {
      if (c < '0' || c > '9') return false;
    }
    const auto value = static_cast<std::size_t>(std::stoi(n));
    return value >= 1 && value <= count;
  }

  ProblemList& errors_;
  const Standard* standard_ = nullptr;
  const Table* table_ = nullptr;
};

}  // namespace

Messages validate_assessment(const Json& doc) {
  ProblemList errors;
  Validator(errors).run(doc);
  return errors.take();
}

}  // namespace sx
