#pragma once
// Dates the product writes into a draft (填报日期), as YYYY-MM-DD.
#include <string_view>

namespace sx {

// True for a real day of the Gregorian calendar written YYYY-MM-DD, year 2000 to 9999:
// 2024-02-29 is one, 2023-02-29, 2024-02-31, 2024-13-01 and 2024-2-3 are not.
bool is_calendar_date(std::string_view text);

}  // namespace sx
