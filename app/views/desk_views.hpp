#pragma once
// The parts of 审核台 (screen_desk.cpp), one function each over AppState.
#include <cstddef>
#include <vector>

#include "app_state.hpp"
#include "table_columns.hpp"

namespace sx_app {

// The whole desk, drawn in place of the assessment's screens while it is open.
void draw_desk(AppState& state);
// Search and the district, category and flag filters over the table.
void desk_filters(AppState& state);
// The rows of `order`, sortable by a header click; a click on a row selects it.
void desk_table(AppState& state, const std::vector<std::size_t>& order,
                const std::vector<sx_review::ColumnRef>& columns);
// The charts a bureau puts in its report, over the rows shown (`order`): files per declared
// category and per district, each category's totals in bands.
void desk_charts(AppState& state, const std::vector<std::size_t>& order);
// One row: the file, why it could not be read or every flag explained, and the decision.
void desk_details(AppState& state, std::size_t row);
// The revoked list of 第十四条: imported from a file or pasted, what it gave or why it was refused.
void desk_revoked(AppState& state);
// A row opened read-only: its enterprise, the way back, its four screens drawn with nothing editable.
void desk_viewing(AppState& state);
// 导出汇总表 (.xlsx) and CSV of the rows shown.
void desk_exports(AppState& state);

}  // namespace sx_app
