#pragma once
// The review table's columns as people read them: the desk's headers and cells and the .xlsx
// 申报汇总表's, in Chinese. (The CSV keeps ids for tools: csv_report.hpp.)
#include <string>
#include <vector>

#include "review_row.hpp"
#include "sx/standard.hpp"

namespace sx_review {

enum class Column {
  File,
  Enterprise,
  CreditCode,
  District,
  Type,
  Category,     // declared
  Total,
  Complete,
  Verdict,      // one per category of the standard
  Recommended,
  Flags,        // the flags' short names
  FlagDetails,  // their explanations, one a line (the desk may show them on demand instead)
  Decision,
  Comment,
  Error,        // why the file gave no assessment
  Field,        // one of the document's own fields (review.json's summary_fields): the .xlsx's
};

struct ColumnRef {
  Column column = Column::File;
  std::string category;   // Verdict: the category's id
  std::size_t field = 0;  // Field: its index in review.json's summary_fields
  bool operator==(const ColumnRef& other) const {
    return column == other.column && category == other.category && field == other.field;
  }
};

// Every column of the desk's table in its order; the verdicts follow the standard's categories.
std::vector<ColumnRef> table_columns(const sx::Standard& standard);
// The 申报汇总表's: the desk's, with the document's fields a bureau forwards (项目名称, 总投资 …,
// review.json's summary_fields) after the district, in decision_first order (printed two pages
// across, its 审核结论 was on the second page, far from the enterprise's name).
std::vector<ColumnRef> summary_columns(const sx::Standard& standard);
// What a reviewer decides on first, beside the enterprise: file, enterprise, declared category,
// total, flags, decision, comment, the verdicts, the recommended category; then the rest (code,
// district, fields, type, complete, flag details, problems) in the order given. The desk's
// table and the .xlsx both show their columns so; the CSV keeps the command line's order.
std::vector<ColumnRef> decision_first(std::vector<ColumnRef> columns);
// Its header: 企业名称, 智能工厂 …; field names as the standard's document.json words them.
std::string column_title(const sx::Standard& standard, const ColumnRef& column);
// A cell as the desk shows it: 表1 离散型, 智能制造示范车间, ✓ 符合, 推荐 … (numbers as digits).
std::string cell_text(const sx::Standard& standard, const ReviewRow& row, const ColumnRef& column);
// The words of a category verdict, as the app's tags say it: ✓ 符合, × 不符合, ? 待补充.
const char* verdict_zh(sx::Tri state);

}  // namespace sx_review
