#pragma once
// One row of the review desk's table: what the bureau reads of one submitted file, the flags the
// measures' checks raise on it, and the reviewer's decision.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "submission.hpp"
#include "sx/evaluation.hpp"
#include "sx/standard.hpp"

namespace sx_review {

// The reviewer's decision on a row (第十条: the district bureau recommends or does not).
enum class Decision { None, Recommend, NotRecommend, Pending };
// Its id in the CSV and a review file: "recommend", "not_recommend", "pending", "" for none.
const char* decision_id(Decision decision);
// Its words on the desk and in the .xlsx: 推荐, 不推荐, 待定, "" for none.
const char* decision_zh(Decision decision);
std::optional<Decision> decision_from_id(std::string_view id);

// A check that fails (review.json's flags): its code and a sentence in Chinese naming the article.
struct Flag {
  std::string code;
  std::string explanation;
};

// A category's verdict on the document: the evaluation's tri-state, nullopt where the document's
// own standard has no such category.
struct CategoryVerdict {
  std::string category;
  std::optional<sx::Tri> eligible;
};

struct ReviewRow {
  std::string file;
  bool readable = false;  // the file gave an assessment: the document's columns below are set
  std::string error;      // why not, Chinese / English: the CSV's error column
  std::string error_zh;   // the same in Chinese alone, for the desk

  // From the document.
  std::string enterprise;
  std::string credit_code;  // as written
  std::string district;     // the key (keqiao); the standard's districts give its name
  std::string type;         // the table's type (discrete = 表1, process = 表2)
  std::string category;     // the declared category's id; empty when none is declared
  int total = 0;
  bool complete = false;
  // One per category of the review's standard, in its order.
  std::vector<CategoryVerdict> verdicts;
  std::string recommended;  // the category id; empty when none is met
  // The review standard's summary_fields as the document fills them (项目名称, 总投资 …), in order.
  std::vector<std::string> summary;

  // What the document-level flags are drawn from.
  std::vector<std::string> unmet_conditions;  // ids of the declared category's conditions not met
  int missing_count = 0;                      // what the declared category needs and is missing
  std::vector<std::string> first_missing;     // the first few of those, as the check list names them
  bool declares_other_category = false;       // the enterprise says it applied for another one
  // The file's own answers disagree (a rate reported against the rate its figures give): the
  // check list's 须核对 lines, as the enterprise's 导出 shows them. Not a flag of the measures.
  std::vector<std::string> findings;

  std::vector<Flag> flags;  // in the order of review.json's flags
  Decision decision = Decision::None;
  std::string comment;

  bool has_flag(std::string_view code) const;
  // A flag of the review's standard that puts the enterprise's own ✓ in question (review.json's
  // questions_verdicts): its verdicts read 须核查, not 符合, until a reviewer has looked.
  bool verdicts_questioned(const sx::Standard& standard) const;
  // The verdict for a category id of the review's standard.
  std::optional<sx::Tri> verdict(std::string_view category) const;
};

// How many of the missing needs a row keeps by name (the explanation names these, then 等).
inline constexpr std::size_t kMissingNamed = 5;

// The row of one submission, without the flags (they need the whole batch: flags.hpp).
// `standard` is the review's: its categories are the verdict columns.
ReviewRow row_of(const Submission& submission, const sx::Standard& standard);

}  // namespace sx_review
