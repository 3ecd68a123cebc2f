// The standards this binary knows: the ones the build embedded (as snapshots of core/standards/,
// tools/standard_snapshot) and any read at run time (add_standard).
#include <cstdlib>
#include <map>

#include "embedded_standards.hpp"
#include "sx/standard.hpp"
#include "sx/standard_snapshot.hpp"

namespace sx {

namespace {
std::map<std::string, Standard, std::less<>>& registry() {
  // Built on first use. A snapshot this build cannot read leaves its standard out (find_standard
  // gives nullptr); tests/core/test_standard_data.cpp checks each one against its folder.
  static auto standards = [] {
    std::map<std::string, Standard, std::less<>> loaded;
    for (std::size_t i = 0; i < detail::kEmbeddedStandardCount; ++i) {
      const auto& embedded = detail::kEmbeddedStandards[i];
      std::string error;
      if (auto standard = read_snapshot(std::string_view(embedded.bytes, embedded.size), error)) {
        loaded.emplace(embedded.id, std::move(*standard));
      }
    }
    return loaded;
  }();
  return standards;
}
}  // namespace

const Standard* find_standard(std::string_view id) {
  const auto& standards = registry();
  const auto it = standards.find(id);
  return it == standards.end() ? nullptr : &it->second;
}

const Standard& current_standard() {
  const Standard* latest = nullptr;
  for (const auto& entry : registry()) {
    if (latest == nullptr || entry.second.issued > latest->issued) latest = &entry.second;
  }
  // The build embeds at least one standard, and test_standard_data checks each loads.
  if (latest == nullptr) std::abort();
  return *latest;
}

const Standard* add_standard(Standard standard, std::string& error) {
  auto& standards = registry();
  if (standards.count(standard.id) != 0) {
    error = "a standard with the id \"" + standard.id + "\" is already loaded";
    return nullptr;
  }
  const std::string id = standard.id;
  return &standards.emplace(id, std::move(standard)).first->second;
}

std::vector<std::string> standard_ids() {
  std::vector<std::string> ids;
  for (const auto& entry : registry()) ids.push_back(entry.first);
  return ids;
}

}  // namespace sx
