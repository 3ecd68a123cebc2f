#include "policy_text.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace sx_app {

namespace {
std::string text_of(const sx::Json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void add(std::vector<Passage>& out, Passage::Kind kind, std::string anchor, std::string lead, std::string text) {
  if (text.empty() && lead.empty()) return;
  out.push_back({kind, std::move(anchor), std::move(lead), std::move(text)});
}

// "（二）项目已建成投产。" → "（二）".
std::string clause_number(const std::string& clause) {
  static const std::string open = "（", close = "）";
  if (clause.compare(0, open.size(), open) != 0) return {};
  const std::size_t end = clause.find(close);
  return end == std::string::npos ? std::string() : clause.substr(0, end + close.size());
}

void measures(const sx::Json& m, std::vector<Passage>& out) {
  if (!m.is_object()) return;
  if (const auto notice = m.find("notice"); notice != m.end() && notice->is_object()) {
    add(out, Passage::Kind::Title, "通知", "", text_of(*notice, "title"));
    add(out, Passage::Kind::Note, "通知", "", text_of(*notice, "number"));
    if (const auto body = notice->find("body"); body != notice->end() && body->is_array()) {
      for (const auto& p : *body) {
        if (p.is_string()) add(out, Passage::Kind::Text, "通知", "", p.get<std::string>());
      }
    }
    add(out, Passage::Kind::Note, "通知", "", text_of(*notice, "issuer"));
    add(out, Passage::Kind::Note, "通知", "", text_of(*notice, "date"));
  }
  add(out, Passage::Kind::Title, "办法", "", text_of(m, "title"));
  const auto chapters = m.find("chapters");
  if (chapters == m.end() || !chapters->is_array()) return;
  for (const auto& chapter : *chapters) {
    add(out, Passage::Kind::Heading, text_of(chapter, "title"), "", text_of(chapter, "title"));
    const auto articles = chapter.find("articles");
    if (articles == chapter.end() || !articles->is_array()) continue;
    for (const auto& article : *articles) {
      const std::string id = text_of(article, "id");
      add(out, Passage::Kind::Text, id, id, text_of(article, "text"));
      const auto clauses = article.find("clauses");
      if (clauses == article.end() || !clauses->is_array()) continue;
      for (const auto& clause : *clauses) {
        if (!clause.is_string()) continue;
        const std::string text = clause.get<std::string>();
        add(out, Passage::Kind::Text, id + clause_number(text), "", text);
      }
    }
  }
}

// 附件: the five modes' key elements, numbered as published (一、… and 1.…).
void annex(const sx::Standard& s, std::vector<Passage>& out) {
  static const char* const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  add(out, Passage::Kind::Title, "附件", "", "附件：智能制造新模式关键要素");
  for (std::size_t i = 0; i < s.modes.size(); ++i) {
    const sx::Mode& mode = s.modes[i];
    const std::string anchor = "附件 " + mode.title;
    add(out, Passage::Kind::Heading, anchor, "", (i < 10 ? std::string(numerals[i]) + "、" : "") + mode.title);
    for (std::size_t n = 0; n < mode.elements.size(); ++n) {
      add(out, Passage::Kind::Text, anchor + " 要素" + std::to_string(n + 1), std::to_string(n + 1) + ".",
          mode.elements[n]);
    }
    add(out, Passage::Kind::Text, anchor, "", mode.closing);
  }
}

void tables(const sx::Standard& s, std::vector<Passage>& out) {
  add(out, Passage::Kind::Title, "认定标准", "", "认定标准");
  add(out, Passage::Kind::Text, "认定标准", "", text_of(s.measures(), "standard_preamble"));
  for (const auto& table : s.tables) {
    add(out, Passage::Kind::Title, table.number, "", table.title);
    for (const auto& section : table.sections) {
      add(out, Passage::Kind::Heading, table.number + " " + section.id, "",
          section.id + "." + section.title + "（" + std::to_string(section.max) + "分）");
      for (const auto& item : section.items) {
        const std::string anchor = table.number + " " + item.id;
        add(out, Passage::Kind::Text, anchor, item.id, item.text);
        add(out, Passage::Kind::Note, anchor, "", item.published);
      }
    }
    add(out, Passage::Kind::Note, table.number, "", table.note);
  }
}

std::string lower_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

const std::vector<Passage>& policy_passages(const sx::Standard& standard) {
  static std::map<const sx::Standard*, std::vector<Passage>> built;
  auto it = built.find(&standard);
  if (it == built.end()) {
    std::vector<Passage> out;
    measures(standard.measures(), out);
    annex(standard, out);
    tables(standard, out);
    it = built.emplace(&standard, std::move(out)).first;
  }
  return it->second;
}

std::size_t find_in(const std::string& text, const std::string& query) {
  if (query.empty()) return std::string::npos;
  return lower_ascii(text).find(lower_ascii(query));
}

std::string excerpt(const std::string& text, std::size_t at, std::size_t length) {
  // `length` and the lead-in are in bytes; a CJK character is three.
  std::size_t begin = at > 24 ? at - 24 : 0;
  while (begin > 0 && continuation(text[begin])) --begin;
  std::size_t end = std::min(text.size(), begin + length);
  while (end < text.size() && continuation(text[end])) ++end;
  std::string out = text.substr(begin, end - begin);
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return (begin > 0 ? "…" : "") + out + (end < text.size() ? "…" : "");
}

}  // namespace sx_app
