// The draft's 填报日期 (`assess export --date`): real calendar days only (issue 9: 2024-02-31).
#include <gtest/gtest.h>

#include "sx/date.hpp"

TEST(Date, OnlyRealDaysWrittenYYYYMMDD) {
  struct Row {
    const char* text;
    bool valid;
  };
  const Row rows[] = {
      {"2024-02-29", true},   // leap year
      {"2023-02-29", false},  // not a leap year
      {"2023-02-28", true},
      {"2000-02-29", true},   // divisible by 400
      {"2100-02-29", false},  // divisible by 100, not by 400
      {"2024-02-30", false},
      {"2024-02-31", false},
      {"2024-01-31", true},
      {"2024-03-31", true},
      {"2024-04-30", true},
      {"2024-04-31", false},
      {"2024-06-31", false},
      {"2024-09-31", false},
      {"2024-11-31", false},
      {"2024-12-31", true},
      {"2024-13-01", false},
      {"2024-00-10", false},
      {"2024-01-00", false},
      {"2024-01-32", false},
      {"1999-12-31", false},  // before the standard existed
      {"9999-12-31", true},
      {"2024-2-3", false},    // the format is fixed-width
      {"2024-02-3", false},
      {"24-02-03", false},
      {"2024/02/03", false},
      {"2024-02-03 ", false},
      {" 2024-02-03", false},
      {"2024-02-0x", false},
      {"+024-02-03", false},
      {"2024--2-03", false},
      {"", false},
      {"2024年2月3日", false},
  };
  for (const auto& row : rows) EXPECT_EQ(sx::is_calendar_date(row.text), row.valid) << row.text;
}
