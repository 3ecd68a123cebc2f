#pragma once
// Reading a document's JSON text under the limits a hostile file must not get past: its size, its
// depth, NUL bytes, ill-formed UTF-8 and duplicate keys (issue 9: bounded work on one bad file).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "sx/json.hpp"
#include "sx/message.hpp"

namespace sx {

// Real documents are a few KB (the fixtures 1–3 KB); a megabyte leaves room for long texts in
// `enterprise` and `project` and still bounds the work on one file. Checked before parsing.
inline constexpr std::size_t kMaxDocumentBytes = 1024 * 1024;

// "文件超过 1 MiB 的大小上限" — for a reader that stops at kMaxDocumentBytes + 1 bytes; with the
// file's size when the reader knows it without reading (the page refuses such a file unread).
Message document_too_large();
Message document_too_large(std::uint64_t size);

// The JSON value of `text`, or nullopt with `errors` set (at most kMaxReportedProblems and the
// "and N more" line). Never throws. A key repeated in one object is an error naming its path:
// which value would count is up to the reader, so the document is ambiguous.
std::optional<Json> read_json_text(std::string_view text, Messages& errors);

// Empties `value` depth first without allocating. nlohmann's destructor allocates a stack as
// large as a container to take it apart; out of memory, that destructor throws std::bad_alloc and
// the program terminates. A document that may have exhausted memory is released this way first.
void release(Json& value) noexcept;

}  // namespace sx
