#include "sx/json_text.hpp"

#include <set>
#include <vector>

#include "json_error_zh.hpp"

namespace sx {

namespace {

// A problem at a byte offset, named by its line and column (format_message_zh reads it in Chinese).
Message at_offset(std::string_view text, std::size_t offset, std::string zh, std::string en) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return Message{position_path(line, column), std::move(zh), std::move(en)};
}

// A comma missing between two members or elements: the parser notices at the next value (the
// end of `"standard"` on the line below), but the comma belongs right after the previous value,
// where a reader looks for it. Returns that offset, or npos when the message is another one.
std::size_t missing_comma_at(std::string_view text, std::size_t offset, const std::string& what) {
  const bool missing_separator = what.find("; expected '}'") != std::string::npos ||
                                 what.find("; expected ']'") != std::string::npos;
  // The next thing read is a value (a string, number, literal, '{' or '['), not a separator.
  const auto quoted = what.find("unexpected '");
  const bool value_next = quoted == std::string::npos ? what.find("unexpected end of input") == std::string::npos
                                                      : (what[quoted + 12] == '{' || what[quoted + 12] == '[');
  if (!missing_separator || !value_next || offset >= text.size()) return std::string_view::npos;
  // Back to where the offending value starts: its opening quote, or the start of a number,
  // literal or bracket.
  std::size_t start = offset;
  if (text[offset] == '"') {
    start = offset == 0 ? 0 : offset - 1;
    while (start > 0 && !(text[start] == '"' && text[start - 1] != '\\')) --start;
  } else {
    while (start > 0 && std::string_view(" \t\r\n,:[]{}\"").find(text[start - 1]) == std::string_view::npos) --start;
  }
  std::size_t end = start;
  while (end > 0 && std::string_view(" \t\r\n").find(text[end - 1]) != std::string_view::npos) --end;
  return end == 0 ? std::string_view::npos : end;
}

// The bytes of the UTF-8 sequence a lead byte starts (Unicode table 3-7), 0 for a byte that
// cannot start one.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Where the first byte sequence that is not well-formed UTF-8 starts (the parser notices it a
// byte or more later, at the byte that cannot continue it), or npos.
std::size_t first_ill_formed_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    const std::size_t length = sequence_length(lead);
    if (length == 0 || i + length > text.size()) return i;
    unsigned char low = 0x80, high = 0xBF;  // the second byte's range (Unicode table 3-7)
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
    for (std::size_t k = 1; k < length; ++k) {
      const unsigned char b = byte(i + k);
      if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF)) return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

// Whether the text ends inside the character starting at `at`: a lead byte and too few of its
// continuation bytes, and nothing after them — a file cut off mid-character, not one in GBK.
bool ends_inside_character(std::string_view text, std::size_t at) {
  const std::size_t length = sequence_length(static_cast<unsigned char>(text[at]));
  if (length < 2 || at + length <= text.size()) return false;
  for (std::size_t k = at + 1; k < text.size(); ++k) {
    const auto b = static_cast<unsigned char>(text[k]);
    if (b < 0x80 || b > 0xBF) return false;
  }
  return true;
}

// The parser recurses per nesting level; a version-1 document nests four deep, so anything
// past this is refused before parsing (a file of 500,000 '[' must not exhaust the stack).
constexpr int kMaxDepth = 64;

// nlohmann quotes the token it was reading ("…; last read: '…'", "number overflow parsing '…'").
// That token can be a whole unterminated string of the file, invalid UTF-8 included; the message
// must stay short and valid UTF-8 (it goes to a terminal, a CSV cell and the web API's JSON).
constexpr std::size_t kTokenExcerpt = 40;

std::string cut_utf8(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

std::string parser_message(std::string what) {
  for (const char* marker : {"last read: '", "parsing '"}) {
    const auto start = what.find(marker);
    if (start == std::string::npos) continue;
    const auto from = start + std::char_traits<char>::length(marker);
    auto to = what.find("'; expected ", from);
    if (to == std::string::npos) to = what.rfind('\'');
    if (to == std::string::npos || to < from) break;
    if (to - from > kTokenExcerpt) {
      std::size_t cut = from + kTokenExcerpt;
      while (cut > from && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) --cut;
      what = what.substr(0, cut) + "…" + what.substr(to);
    }
    break;
  }
  // Ill-formed bytes become U+FFFD.
  return Json::parse(Json(what).dump(-1, ' ', false, Json::error_handler_t::replace))
      .get<std::string>();
}

std::optional<Message> too_deep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > kMaxDepth) {
        return at_offset(text, i, "嵌套超过 " + std::to_string(kMaxDepth) + " 层",
                         "nested deeper than " + std::to_string(kMaxDepth) + " levels");
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return std::nullopt;
}

// Builds the document from the parser's events (nlohmann's SAX interface), as nlohmann's own DOM
// builder does, with two differences: a key an object already holds is reported with its JSON
// path (nlohmann keeps the last one silently), and members are appended without ordered_json's
// linear search for an existing key, which made a megabyte of distinct keys take seconds.
class DocumentBuilder {
 public:
  using number_integer_t = Json::number_integer_t;
  using number_unsigned_t = Json::number_unsigned_t;
  using number_float_t = Json::number_float_t;
  using string_t = Json::string_t;
  using binary_t = Json::binary_t;

  DocumentBuilder() = default;
  DocumentBuilder(const DocumentBuilder&) = delete;
  DocumentBuilder& operator=(const DocumentBuilder&) = delete;
  ~DocumentBuilder() { release(root_); }  // a parse cut short, out of memory among other things

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool value) { return add(Json(value)); }
  bool number_integer(number_integer_t value) { return add(Json(value)); }
  bool number_unsigned(number_unsigned_t value) { return add(Json(value)); }
  bool number_float(number_float_t value, const string_t& /*text*/) { return add(Json(value)); }
  bool string(string_t& value) { return add(Json(std::move(value))); }
  bool binary(binary_t& value) { return add(Json::binary(std::move(value))); }

  bool start_object(std::size_t /*size*/) { return open(Json::object()); }
  bool start_array(std::size_t /*size*/) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(string_t& key) {
    Frame& frame = frames_.back();
    frame.key = std::move(key);
    if (!frame.keys.insert(frame.key).second) {
      const std::string shown =
          cut_utf8(Json(frame.key).dump(-1, ' ', false, Json::error_handler_t::replace), 60);
      duplicates_.add({path_member(frame.path, frame.key),
                       "重复的键 " + shown + "（同一对象中只能出现一次）", "duplicate key " + shown});
    }
    return true;
  }

  // The lexer's and parser's errors are thrown as nlohmann's DOM builder throws them.
  template <class Exception>
  bool parse_error(std::size_t /*position*/, const std::string& /*token*/, const Exception& error) {
    throw error;
  }

  Json& root() { return root_; }
  ProblemList& duplicates() { return duplicates_; }

 private:
  struct Frame {
    Json* value = nullptr;
    std::string path;
    std::string key;        // the member being read, in an object
    std::size_t index = 0;  // the element being read, in an array
    std::set<std::string> keys;
  };

  bool add(Json value) {
    place(std::move(value));
    return true;
  }

  // Places a value in the innermost open container; returns where it is. A container only ever
  // grows at its innermost level, so the pointers held by `frames_` stay valid.
  Json* place(Json value) {
    if (frames_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Frame& parent = frames_.back();
    if (parent.value->is_array()) {
      ++parent.index;
      auto& elements = parent.value->get_ref<Json::array_t&>();
      elements.push_back(std::move(value));
      return &elements.back();
    }
    // ordered_map is a vector of pairs; appending skips its search for the key (see above).
    auto& members =
        static_cast<Json::object_t::Container&>(parent.value->get_ref<Json::object_t&>());
    members.emplace_back(parent.key, std::move(value));
    return &members.back().second;
  }

  bool open(Json empty) {
    std::string path;
    if (!frames_.empty()) {
      const Frame& parent = frames_.back();
      path = parent.value->is_object() ? path_member(parent.path, parent.key)
                                       : path_index(parent.path, parent.index);
    }
    Json* value = place(std::move(empty));
    frames_.push_back({value, std::move(path), {}, 0, {}});
    return true;
  }

  bool close() {
    frames_.pop_back();
    return true;
  }

  Json root_;
  std::vector<Frame> frames_;
  ProblemList duplicates_;
};

}  // namespace

void release(Json& value) noexcept {
  // Recursion is as deep as the document, which read_json_text keeps to kMaxDepth.
  if (value.is_array()) {
    auto& elements = *value.get_ptr<Json::array_t*>();
    while (!elements.empty()) {
      release(elements.back());
      elements.pop_back();
    }
  } else if (value.is_object()) {
    auto& members = static_cast<Json::object_t::Container&>(*value.get_ptr<Json::object_t*>());
    while (!members.empty()) {
      release(members.back().second);
      members.pop_back();
    }
  }
}

Message document_too_large() {
  return {"", "文件超过 1 MiB 的大小上限（申报文件通常只有几 KB）",
          "the file is larger than the 1 MiB limit (documents are a few KB)"};
}

namespace {
std::string grouped(std::uint64_t n) {  // 1048577 → "1,048,577"
  std::string digits = std::to_string(n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}
}  // namespace

Message document_too_large(std::uint64_t size) {
  return {"", "文件大小为 " + grouped(size) + " 字节，超过 1 MiB（" + grouped(kMaxDocumentBytes) +
                  " 字节）的大小上限，未读取（申报文件通常只有几 KB）",
          "the file is " + std::to_string(size) + " bytes, larger than the 1 MiB limit (documents are a few KB); not read"};
}

std::optional<Json> read_json_text(std::string_view text, Messages& errors) {
  if (text.size() > kMaxDocumentBytes) {
    errors.push_back(document_too_large());
    return std::nullopt;
  }
  std::size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t' ||
                                 text[start] == '\n' || text[start] == '\r')) {
    ++start;
  }
  if (start == text.size()) {
    errors.push_back({"", "文件为空", "the document is empty"});
    return std::nullopt;
  }
  if (auto deep = too_deep(text)) {
    errors.push_back(std::move(*deep));
    return std::nullopt;
  }
  // nlohmann takes a NUL byte outside a string for the end of the input and would accept
  // `{…}\0garbage`; JSON text never holds one (inside a string it must be escaped).
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    errors.push_back(at_offset(text, nul, "不是有效的 JSON：含有 NUL 字节", "not valid JSON: a NUL byte"));
    return std::nullopt;
  }
  DocumentBuilder builder;
  try {
    Json::sax_parse(text.begin(), text.end(), &builder);
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character; a character that is not
    // UTF-8 is named where it starts.
    std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    std::string what = e.what();
    if (what.find("ill-formed UTF-8") != std::string::npos) {
      const std::size_t bad = first_ill_formed_utf8(text);
      if (bad != std::string_view::npos && bad <= offset) offset = bad;
      if (bad != std::string_view::npos && ends_inside_character(text, bad)) {
        errors.push_back(at_offset(text, bad, "不是有效的 JSON：文件在此处意外结束（内容不完整），最后一个字只有一半",
                                   "not valid JSON: the file ends here, in the middle of a character (cut off)"));
        return std::nullopt;
      }
    }
    const auto colon = what.find(": ", what.find("parse error"));
    if (colon != std::string::npos) what = what.substr(colon + 2);
    const std::size_t comma = missing_comma_at(text, offset, what);
    if (comma != std::string_view::npos) {
      const char close = what.find("expected ']'") != std::string::npos ? ']' : '}';
      errors.push_back(at_offset(text, comma, std::string("不是有效的 JSON：此处缺少英文逗号“,”（或应以“") + close + "”结束）",
                                 std::string("not valid JSON: syntax error - a comma ',' (or '") + close + "') is missing here"));
      return std::nullopt;
    }
    what = parser_message(std::move(what));
    errors.push_back(at_offset(text, offset, "不是有效的 JSON：" + json_error_zh(what), "not valid JSON: " + what));
    return std::nullopt;
  } catch (const Json::exception& e) {
    // Number overflow (1e999) is an out_of_range error without a byte position.
    std::string what = e.what();
    const auto bracket = what.find("] ");
    if (bracket != std::string::npos) what = what.substr(bracket + 2);
    what = parser_message(std::move(what));
    errors.push_back({"", "不是有效的 JSON：" + json_error_zh(what), "not valid JSON: " + what});
    return std::nullopt;
  }
  if (!builder.duplicates().empty()) {
    errors = builder.duplicates().take();
    return std::nullopt;
  }
  return std::move(builder.root());
}

}  // namespace sx
