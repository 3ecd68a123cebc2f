#pragma once
// The manufacturing divisions of GB/T 4754-2017 (门类 C, 大类 13–43) for the 所属行业 choice, each
// with the enterprise type (离散型 / 流程型) most firms in it would choose and why. The suggestion is
// advice shown beside the type choice; the enterprise decides from its own production process.
#include <string>
#include <vector>

namespace sx_app {

struct Industry {
  const char* code;    // "C17"
  const char* name;    // "纺织业"
  const char* type;    // suggested table type: "discrete", "process", or "" (no suggestion)
  const char* reason;  // why, in plain words
};

const std::vector<Industry>& industries();
// The text stored in enterprise.industry: "C17 纺织业" (the form the fixtures and drafts use).
std::string industry_text(const Industry& industry);
// The division a stored text starts with ("C17", "C17 纺织业（袜业）"); nullptr if none.
const Industry* find_industry(const std::string& text);

}  // namespace sx_app
