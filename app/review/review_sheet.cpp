#include "review_sheet.hpp"

#include <algorithm>
#include <iterator>
#include <numeric>

#include "table_columns.hpp"
#include "table_order.hpp"

namespace sx_review {

namespace {
sx::Block block(sx::BlockKind kind, std::string text = {}) {
  sx::Block b;
  b.kind = kind;
  b.text = std::move(text);
  return b;
}

std::string cell(const sx::Standard& standard, const ReviewRow& row, Column column) {
  return cell_text(standard, row, {column, {}});
}

// "2020-05-01" → "2020 年 5 月 1 日"; as given when it is not such a date.
std::string date_zh(const std::string& date) {
  if (date.size() != 10) return date;
  return date.substr(0, 4) + " 年 " + std::to_string(std::stoi(date.substr(5, 2))) + " 月 " +
         std::to_string(std::stoi(date.substr(8, 2))) + " 日";
}
}  // namespace

sx::DraftApplication review_sheet(const Review& review, const std::vector<std::size_t>& order, const std::string& date) {
  const sx::Standard& standard = review.standard();
  const auto& rows = review.rows();
  sx::DraftApplication sheet;
  sheet.title = "绍兴市传统产业智能化改造项目认定申报审核情况表";
  sheet.date = date;
  sheet.form = true;
  sheet.blocks.push_back(block(sx::BlockKind::Title, sheet.title));

  std::vector<std::string> districts;
  std::size_t recommend = 0, not_recommend = 0, pending = 0, flagged = 0, unreadable = 0;
  // A copy of an earlier file, or an exported draft beside its .json, is the same submission: it is
  // counted once and named in the summary, not listed as a file that could not be read.
  const auto& submissions = review.submissions();
  const auto repeated = [&](std::size_t index) { return submissions[index].same_as.has_value(); };
  std::string repeats;
  std::size_t repeat_count = 0;
  for (const std::size_t index : order) {
    const ReviewRow& row = rows[index];
    if (repeated(index)) {
      ++repeat_count;
      repeats += (repeats.empty() ? "" : "；") + row.file + " 同 " + rows[*submissions[index].same_as].file;
      continue;
    }
    if (!row.readable) {
      ++unreadable;
      continue;
    }
    if (!row.district.empty() && std::find(districts.begin(), districts.end(), row.district) == districts.end()) {
      districts.push_back(row.district);  // by key; named below
    }
    recommend += row.decision == Decision::Recommend;
    not_recommend += row.decision == Decision::NotRecommend;
    pending += row.decision == Decision::Pending;
    flagged += !row.flags.empty();
  }
  // In the standard's order (越城区, 柯桥区, 上虞区 …), as a bureau lists them, not the files' order.
  const auto key_of = [](const sx::Field& d) { return d.key; };
  std::stable_sort(districts.begin(), districts.end(), [&](const std::string& a, const std::string& b) {
    return place_in(standard.districts, key_of, a) < place_in(standard.districts, key_of, b);
  });
  std::string joined;
  for (const auto& key : districts) {
    const sx::Field* district = standard.district(key);
    joined += (joined.empty() ? "" : "、") + (district != nullptr ? district->label : key);
  }
  sheet.blocks.push_back(block(sx::BlockKind::Paragraph,
                               "报送单位（区、县（市）经信局、滨海新区经发部门）：______________________"));
  sheet.blocks.push_back(block(sx::BlockKind::Paragraph, "企业所在地：" + (joined.empty() ? std::string("—") : joined) +
                                                             "　　制表日期：" + date_zh(date)));
  const std::size_t received = order.size() - repeat_count;
  const std::size_t reviewed = received - unreadable;
  // Files and submissions told apart: 5 files of which 2 repeat others are 3 submissions, said so
  // in one sentence (a newcomer read “共收到申报材料 3 份” against 5 files handed in as a miscount).
  std::string summary = repeat_count == 0 ? "共收到申报材料 " + std::to_string(received) + " 份"
                                          : "共收到 " + std::to_string(order.size()) + " 个文件，其中 " +
                                                std::to_string(repeat_count) + " 个与另一文件是同一份申报、只计一次（" +
                                                repeats + "），计申报材料 " + std::to_string(received) + " 份";
  summary += "，可读取的 " + std::to_string(reviewed) +
                        " 份中：推荐 " + std::to_string(recommend) + " 家，不推荐 " + std::to_string(not_recommend) +
                        " 家，待定 " + std::to_string(pending) + " 家，未作结论 " +
                        std::to_string(reviewed - recommend - not_recommend - pending) + " 家；带审核标记的 " +
                        std::to_string(flagged) + " 份。";
  if (unreadable > 0) summary += "另有 " + std::to_string(unreadable) + " 份文件无法读取，见表末。";
  sheet.blocks.push_back(block(sx::BlockKind::Paragraph, summary));

  sx::Block table = block(sx::BlockKind::Table);
  table.rows.push_back({"序号", "企业名称\n统一社会信用代码", "申报类别", "自评总分", "审核标记", "审核结论", "审核意见"});
  // 序号 holds four digits on one line; 申报类别 holds 智能制造示范车间 and 审核标记 不满足申报类别 on one
  // line each (at 14 and 12 they broke, “智能制造示范车/间”, and each row took three lines); 审核意见,
  // free text, gives the room.
  table.widths = {6, 27, 19, 6, 14, 8, 20};
  std::size_t number = 0;
  std::vector<std::size_t> readable_first;
  std::copy_if(order.begin(), order.end(), std::back_inserter(readable_first), [&](std::size_t i) { return !repeated(i); });
  std::stable_partition(readable_first.begin(), readable_first.end(), [&](std::size_t i) { return rows[i].readable; });
  for (const std::size_t index : readable_first) {
    const ReviewRow& row = rows[index];
    std::vector<std::string> cells{std::to_string(++number)};
    if (row.readable) {
      cells.push_back(cell(standard, row, Column::Enterprise) + "\n" + cell(standard, row, Column::CreditCode));
      cells.push_back(cell(standard, row, Column::Category));
      cells.push_back(cell(standard, row, Column::Total));
      // The flags' short names, one a line (the .xlsx carries their explanations).
      std::string flags;
      for (const auto& flag : row.flags) {
        const sx::ReviewFlag* def = standard.review.flag(flag.code);
        flags += (flags.empty() ? "" : "\n") + (def != nullptr ? def->label : flag.code);
      }
      cells.push_back(flags.empty() ? "无" : flags);
    } else {
      cells.push_back(row.file + "\n文件无法读取：" + row.error_zh);
      cells.push_back("—");
      cells.push_back("—");
      cells.push_back("—");
    }
    cells.push_back(cell(standard, row, Column::Decision));
    cells.push_back(cell(standard, row, Column::Comment));
    table.rows.push_back(std::move(cells));
  }
  if (order.empty()) table.rows.push_back({"", "（无申报材料）", "", "", "", "", ""});
  sheet.blocks.push_back(std::move(table));

  sx::Block box = block(sx::BlockKind::Box, "区、县（市）经信局（滨海新区经发部门）初审意见（第十条）：");
  box.rows = {{"经办人：　　　　　　　　负责人：　　　　　　　　"}, {"（盖章）"}, {"        年    月    日"}};
  sheet.blocks.push_back(std::move(box));
  return sheet;
}

sx::DraftApplication review_sheet(const Review& review, const std::string& date) {
  std::vector<std::size_t> order(review.rows().size());
  std::iota(order.begin(), order.end(), 0);
  return review_sheet(review, order, date);
}

}  // namespace sx_review
