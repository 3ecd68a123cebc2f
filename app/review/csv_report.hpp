#pragma once
// `assess score --csv`: one row per file for a bureau reviewing many submissions at once.
#include <string>

#include "sx/evaluation.hpp"

namespace assess {

// The first line, after a UTF-8 byte order mark.
std::string csv_header();
std::string csv_row(const std::string& file, const sx::Assessment& assessment,
                    const sx::Evaluation& evaluation);
std::string csv_error_row(const std::string& file, const std::string& error);

}  // namespace assess
