#include "table_columns.hpp"

#include <algorithm>

namespace sx_review {

namespace {
std::string field_label(const sx::Standard& standard, sx::FieldKind kind, const char* key, const char* fallback) {
  for (const auto& field : standard.enterprise_fields) {
    if (field.kind == kind && (kind != sx::FieldKind::Text || field.key == key)) return field.label;
  }
  return fallback;
}

std::string category_title(const sx::Standard& standard, const std::string& id) {
  const sx::Category* category = standard.category(id);
  return category != nullptr ? category->title : id;
}

std::string joined(const std::vector<Flag>& flags, const sx::Standard& standard, bool explanations) {
  std::string text;
  for (const auto& flag : flags) {
    const sx::ReviewFlag* def = standard.review.flag(flag.code);
    const std::string& part = explanations ? flag.explanation : (def != nullptr ? def->label : flag.code);
    text += (text.empty() ? "" : explanations ? "\n" : "、") + part;
  }
  return text;
}
}  // namespace

const char* verdict_zh(sx::Tri state) {
  switch (state) {
    case sx::Tri::True: return "✓ 符合";
    case sx::Tri::False: return "× 不符合";
    case sx::Tri::Unknown: return "? 待补充";
  }
  return "";
}

std::vector<ColumnRef> table_columns(const sx::Standard& standard) {
  std::vector<ColumnRef> columns = {{Column::File, ""},     {Column::Enterprise, ""}, {Column::CreditCode, ""},
                                    {Column::District, ""}, {Column::Type, ""},       {Column::Category, ""},
                                    {Column::Total, ""},    {Column::Complete, ""}};
  for (const auto& category : standard.categories) columns.push_back({Column::Verdict, category.id});
  for (const Column c : {Column::Recommended, Column::Flags, Column::FlagDetails, Column::Decision, Column::Comment,
                         Column::Error}) {
    columns.push_back({c, ""});
  }
  return columns;
}

std::vector<ColumnRef> summary_columns(const sx::Standard& standard) {
  std::vector<ColumnRef> columns = table_columns(standard);
  auto at = columns.begin();
  while (at != columns.end() && at->column != Column::District) ++at;
  if (at != columns.end()) ++at;
  std::vector<ColumnRef> fields;
  for (std::size_t i = 0; i < standard.review.summary_fields.size(); ++i) fields.push_back({Column::Field, "", i});
  columns.insert(at, fields.begin(), fields.end());
  return decision_first(std::move(columns));
}

std::vector<ColumnRef> decision_first(std::vector<ColumnRef> columns) {
  const auto place = [](Column c) {
    switch (c) {
      case Column::File: return 0;
      case Column::Enterprise: return 1;
      case Column::Category: return 2;
      case Column::Total: return 3;
      case Column::Flags: return 4;
      case Column::Decision: return 5;
      case Column::Comment: return 6;
      case Column::Verdict: return 7;
      case Column::Recommended: return 8;
      default: return 9;
    }
  };
  std::stable_sort(columns.begin(), columns.end(),
                   [&](const ColumnRef& a, const ColumnRef& b) { return place(a.column) < place(b.column); });
  return columns;
}

std::string column_title(const sx::Standard& standard, const ColumnRef& column) {
  switch (column.column) {
    case Column::File: return "文件";
    case Column::Enterprise: return field_label(standard, sx::FieldKind::Text, "name", "企业名称");
    case Column::CreditCode: return field_label(standard, sx::FieldKind::CreditCode, "", "统一社会信用代码");
    case Column::District: return field_label(standard, sx::FieldKind::District, "", "所在区、县（市）");
    case Column::Type: return "类型";
    case Column::Category: return "申报类别";
    case Column::Total: return "总分";
    // Every item of the score table answered; not the declared category's needs (the 填报不完整 flag).
    case Column::Complete: return "评分表填完";
    case Column::Verdict: return category_title(standard, column.category);
    case Column::Recommended: return "建议类别";  // as the app says it: 建议申报 the highest category met
    case Column::Flags: return "审核标记";
    case Column::FlagDetails: return "标记说明";
    // As the Word 审核情况表 names them: the decision, then the words written with it.
    case Column::Decision: return "审核结论";
    case Column::Comment: return "审核意见";
    case Column::Error: return "文件问题";
    case Column::Field: {
      if (column.field >= standard.review.summary_fields.size()) return "";
      const auto& wanted = standard.review.summary_fields[column.field];
      const auto& fields = wanted.part == "project" ? standard.project_fields : standard.enterprise_fields;
      for (const auto& field : fields) {
        if (field.key == wanted.key) return field.label;
      }
      return wanted.key;
    }
  }
  return "";
}

std::string cell_text(const sx::Standard& standard, const ReviewRow& row, const ColumnRef& column) {
  switch (column.column) {
    case Column::File: return row.file;
    case Column::Decision: return decision_zh(row.decision);
    case Column::Comment: return row.comment;
    case Column::Error: return row.error_zh;
    default: break;
  }
  if (!row.readable) return "";
  switch (column.column) {
    case Column::Enterprise: return row.enterprise;
    case Column::CreditCode: return row.credit_code;
    case Column::District: {
      const sx::Field* district = standard.district(row.district);
      return district != nullptr ? district->label : row.district;
    }
    case Column::Type: {
      const sx::Table* table = standard.table(row.type);
      return table != nullptr ? table->number + " " + table->label : row.type;
    }
    case Column::Category: return row.category.empty() ? "" : category_title(standard, row.category);
    case Column::Total: return std::to_string(row.total);
    case Column::Complete: return row.complete ? "是" : "否";
    case Column::Verdict: {
      const auto verdict = row.verdict(column.category);
      if (!verdict) return "";
      // The enterprise's own answers meet it, but a check of the batch says those answers may not hold.
      if (*verdict == sx::Tri::True && row.verdicts_questioned(standard)) return "! 自评符合，须核查";
      return verdict_zh(*verdict);
    }
    case Column::Recommended: return row.recommended.empty() ? "" : category_title(standard, row.recommended);
    case Column::Flags: {
      std::string text = joined(row.flags, standard, false);
      if (!row.findings.empty()) text += (text.empty() ? "" : "、") + std::string("数据须核对");
      return text;
    }
    case Column::FlagDetails: {
      // What the file says against itself comes after the flags: the reviewer checks it too.
      std::string text = joined(row.flags, standard, true);
      for (const auto& finding : row.findings) text += (text.empty() ? "" : "\n") + ("须核对：" + finding);
      return text;
    }
    case Column::Field: return column.field < row.summary.size() ? row.summary[column.field] : "";
    default: return "";
  }
}

}  // namespace sx_review
