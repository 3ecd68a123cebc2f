#pragma once
// The revoked list (第十四条) as a workbook (.xlsx) a bureau keeps it in: the first sheet, codes in
// its first column and the year of revocation in the second, a header row or none. Text cells
// may be shared strings or inline; a year may be a number (2019), text, or a date cell.
#include <string_view>

#include "revoked_list.hpp"

namespace sx_review {

// Reads the workbook's first sheet as the CSV reader reads a list: any bad row refuses the whole
// list and names the row (the sheet's row number). A package that is no workbook, broken or
// oversized refuses the list with a line 0 problem. Never throws but std::bad_alloc.
RevokedListRead read_revoked_xlsx(std::string_view bytes);

// A list file of either kind: a zip is read as .xlsx, anything else as CSV or text.
RevokedListRead read_revoked_file(std::string_view bytes);

}  // namespace sx_review
