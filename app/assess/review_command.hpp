#pragma once
// `assess review FILE… [--revoked LIST] [--year YYYY] [--xlsx OUT] [--csv OUT]`: the review
// desk's batch on the command line (issue 16), for a bureau that scripts it.
#include <string>
#include <vector>

namespace assess {

// `args` after "review"; `today` is YYYY-MM-DD (the default review year, the .xlsx's date).
// Exit status as `assess score --csv`: 1 if a file could not be read at all (or a usage error, an
// unreadable or malformed revoked list, an output that cannot be written), else 2 if a file is not
// a valid assessment document (too large included), else 0. Every file gets its row either way.
// -1: the arguments are not a review's (the caller prints the usage).
int review_batch(const std::vector<std::string>& args, const std::string& today);

}  // namespace assess
