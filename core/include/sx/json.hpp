#pragma once
// The one JSON type of the product: insertion-ordered, so a document the user wrote keeps its
// key order on a round trip.
#include <nlohmann/json.hpp>

namespace sx {
using Json = nlohmann::ordered_json;
}
