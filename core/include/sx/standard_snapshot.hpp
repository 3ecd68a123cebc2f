#pragma once
// A Standard as compact bytes. The build loads each folder of core/standards/ from its JSON (with
// every check load_standard makes) and embeds the snapshot (tools/standard_snapshot); the binaries
// read it at start, so the page's first frame parses no JSON (issue 15).
#include <optional>
#include <string>
#include <string_view>

#include "sx/standard.hpp"

namespace sx {

std::string write_snapshot(const Standard& standard);

// nullopt and `error` (what disagreed, at which byte) when `bytes` are not a snapshot written by
// this build's write_snapshot.
std::optional<Standard> read_snapshot(std::string_view bytes, std::string& error);

}  // namespace sx
