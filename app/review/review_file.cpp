#include "review_file.hpp"

#include <utility>

#include "sx/assessment.hpp"
#include "sx/json.hpp"

namespace sx_review {

namespace {
constexpr const char* kFormat = "sx-retrofit-review";
constexpr int kVersion = 1;

// The problem's id in the file, and back.
const std::pair<Problem, const char*> kProblems[] = {
    {Problem::None, ""},           {Problem::Unreadable, "unreadable"},       {Problem::TooLarge, "too_large"},
    {Problem::Invalid, "invalid"}, {Problem::OutOfMemory, "out_of_memory"}, {Problem::SameAsEarlier, "same_as_earlier"},
};
const char* problem_id(Problem problem) {
  for (const auto& [p, id] : kProblems) {
    if (p == problem) return id;
  }
  return "";
}
Problem problem_named(const std::string& id) {
  for (const auto& [p, name] : kProblems) {
    if (id == name) return p;
  }
  return Problem::Unreadable;
}

std::string text_at(const sx::Json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}
}  // namespace

std::string review_file(const Review& review) {
  sx::Json file = {{"format", kFormat}, {"version", kVersion}, {"year", review.year()}};
  sx::Json revoked = sx::Json::array();
  for (const auto& entry : review.revoked().entries()) {
    revoked.push_back({{"code", entry.code}, {"year", entry.year ? sx::Json(*entry.year) : sx::Json(nullptr)}});
  }
  file["revoked"] = std::move(revoked);
  sx::Json files = sx::Json::array();
  const auto& rows = review.rows();
  for (std::size_t i = 0; i < review.size(); ++i) {
    const Submission& submission = review.submissions()[i];
    sx::Json entry = {{"file", submission.file}};
    entry["document"] = submission.assessment ? sx::Json::parse(sx::serialise(*submission.assessment)) : sx::Json(nullptr);
    if (!submission.readable()) {
      entry["problem"] = problem_id(submission.problem);
      const sx::Message reason = submission.reasons.empty() ? sx::Message{} : submission.reasons.front();
      entry["reason_zh"] = submission.reason_zh();
      entry["reason_en"] = reason.en;
    }
    entry["decision"] = decision_id(rows[i].decision);
    entry["comment"] = rows[i].comment;
    files.push_back(std::move(entry));
  }
  file["files"] = std::move(files);
  return file.dump(1) + "\n";
}

bool read_review_file(std::string_view text, Review& review, std::vector<std::string>& errors) {
  sx::Json file;
  try {
    file = sx::Json::parse(text.begin(), text.end());
  } catch (const sx::Json::exception&) {
    errors.push_back("不是有效的审核文件：不是 JSON");
    return false;
  }
  if (!file.is_object() || text_at(file, "format") != kFormat) {
    errors.push_back("不是审核文件（format 应为 \"sx-retrofit-review\"）；企业的自评文件请用“打开自评文件”打开");
    return false;
  }
  if (!file.contains("version") || file["version"] != kVersion) {
    errors.push_back("审核文件的版本不是本工具能读的版本 1");
    return false;
  }
  if (!file.contains("files") || !file["files"].is_array()) {
    errors.push_back("审核文件缺少文件列表（files）");
    return false;
  }
  if (file.contains("revoked") && file["revoked"].is_array() && !file["revoked"].empty()) {
    RevokedList list = review.revoked();
    std::size_t line = list.entries().size();
    for (const auto& entry : file["revoked"]) {
      if (!entry.is_object()) continue;
      RevokedEntry revoked;
      revoked.code = code_key(text_at(entry, "code"));
      if (entry.contains("year") && entry["year"].is_number_integer()) revoked.year = entry["year"].get<int>();
      revoked.line = ++line;
      if (!revoked.code.empty()) list.add(std::move(revoked));
    }
    review.set_revoked(std::move(list));
  }
  for (const auto& entry : file["files"]) {
    if (!entry.is_object()) continue;
    const std::string name = text_at(entry, "file");
    Submission submission;
    if (entry.contains("document") && entry["document"].is_object()) {
      submission = read_submission(name, entry["document"].dump());
    } else {
      const Problem problem = problem_named(text_at(entry, "problem"));
      submission = unread_submission(name, problem == Problem::None ? Problem::Unreadable : problem,
                                     {"", text_at(entry, "reason_zh"), text_at(entry, "reason_en")});
    }
    const auto decision = decision_from_id(text_at(entry, "decision")).value_or(Decision::None);
    const std::string comment = text_at(entry, "comment");
    if (const auto earlier = review.find_same(submission); earlier && submission.readable()) {
      if (review.row(*earlier).decision == Decision::None) review.set_decision(*earlier, decision);
      if (review.row(*earlier).comment.empty()) review.set_comment(*earlier, comment);
      continue;
    }
    const std::size_t index = review.add(std::move(submission));
    review.set_decision(index, decision);
    review.set_comment(index, comment);
  }
  return true;
}

}  // namespace sx_review
