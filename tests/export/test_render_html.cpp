// The print page: one standalone, well-formed HTML5 document with A4 print CSS, the draft's content
// in order, and every user string escaped so that it reads back as the same text.
#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "export_support.hpp"

namespace {

struct Tag {
  std::string name;
  bool end = false;
  std::string attributes;
};

// The page's tags in order, with the CSS of <style> skipped as raw text; fails on a stray '<'.
std::vector<Tag> tags_of(const std::string& html, std::string& error) {
  std::vector<Tag> tags;
  std::size_t at = 0;
  while ((at = html.find('<', at)) != std::string::npos) {
    const std::size_t end = html.find('>', at);
    if (end == std::string::npos) {
      error = "unclosed tag at " + std::to_string(at);
      return tags;
    }
    std::string inside = html.substr(at + 1, end - at - 1);
    at = end + 1;
    if (inside.rfind("!doctype", 0) == 0) continue;
    Tag tag;
    tag.end = !inside.empty() && inside[0] == '/';
    if (tag.end) inside.erase(0, 1);
    const std::size_t space = inside.find(' ');
    tag.name = inside.substr(0, space);
    tag.attributes = space == std::string::npos ? "" : inside.substr(space);
    if (tag.name.empty() || tag.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789") != std::string::npos) {
      error = "not a tag: <" + inside + ">";
      return tags;
    }
    tags.push_back(tag);
    if (tag.name == "style" && !tag.end) at = html.find("</style>", at);
  }
  return tags;
}

// Every element closed in order (void elements excepted), the whole page inside one <html>.
::testing::AssertionResult well_formed(const std::string& html) {
  static const std::set<std::string> kVoid = {"meta", "br", "col"};
  std::string error;
  const auto tags = tags_of(html, error);
  if (!error.empty()) return ::testing::AssertionFailure() << error;
  std::vector<std::string> open;
  for (const auto& tag : tags) {
    if (tag.attributes.find(" on") != std::string::npos) return ::testing::AssertionFailure() << "an event handler";
    if (kVoid.count(tag.name)) continue;
    if (!tag.end) {
      if (open.empty() && tag.name != "html") return ::testing::AssertionFailure() << "<" << tag.name << "> outside <html>";
      open.push_back(tag.name);
      continue;
    }
    if (open.empty() || open.back() != tag.name) {
      return ::testing::AssertionFailure() << "</" << tag.name << "> closes <" << (open.empty() ? "" : open.back()) << ">";
    }
    open.pop_back();
  }
  if (!open.empty()) return ::testing::AssertionFailure() << "<" << open.back() << "> never closed";
  return ::testing::AssertionSuccess();
}

// What a browser shows for an element's escaped text: entities decoded, <br> as a line break.
std::string shown_text(std::string html) {
  const std::pair<const char*, const char*> kDecode[] = {
      {"<br>", "\n"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : kDecode) {
    for (std::size_t at = 0; (at = html.find(from, at)) != std::string::npos; at += std::string(to).size()) {
      html.replace(at, std::string(from).size(), to);
    }
  }
  return html;
}

std::string cell_after(const std::string& html, const std::string& label) {
  const std::string open = "<td>" + label + "</td><td>";
  const std::size_t at = html.find(open);
  if (at == std::string::npos) return "";
  const std::size_t start = at + open.size();
  return html.substr(start, html.find("</td>", start) - start);
}

}  // namespace

TEST(RenderHtml, AStandaloneA4PageInChinese) {
  const std::string html = sx::render_html(sx_export::draft_of_fixture("discrete-factory.json"));
  EXPECT_TRUE(well_formed(html));
  EXPECT_EQ(html.rfind("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">", 0), 0u);
  EXPECT_NE(html.find("@page { size: A4;"), std::string::npos);
  EXPECT_NE(html.find("font-family: FangSong, STFangsong, \"仿宋\", \"Noto Serif CJK SC\", serif"), std::string::npos);
  EXPECT_NE(html.find("font-family: SimHei, \"黑体\", \"Noto Sans CJK SC\", sans-serif"), std::string::npos);
  EXPECT_NE(html.find("th, td { border: 1px solid #000;"), std::string::npos);
  // Nothing is fetched from anywhere and nothing runs.
  for (const char* outside : {"http", "url(", "<script", "<link", "<img", "@import"}) {
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  }
}

TEST(RenderHtml, TheDraftsContentInOrder) {
  const auto draft = sx_export::draft_of_fixture("discrete-factory.json");
  const std::string html = sx::render_html(draft);
  std::size_t at = html.find("<h1>绍兴市传统产业智能化改造项目认定申报书<br>（草稿）</h1>");
  ASSERT_NE(at, std::string::npos);
  for (const char* heading : {"一、企业基本情况", "二、项目基本情况", "三、认定条件对照", "四、自评分表",
                              "五、智能制造新模式关键要素自评", "六、改造成效", "七、差距与改进计划",
                              "八、证明材料清单", "九、真实性承诺书", "十、初审意见"}) {
    const std::size_t next = html.find(std::string("<h2>") + heading + "</h2>", at);
    ASSERT_NE(next, std::string::npos) << heading;
    at = next;
  }
  EXPECT_NE(html.find("<h3>离散型智能制造模式：基本具备</h3>"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"strong\"><td></td><td>合计</td><td></td><td>95</td><td>100</td><td></td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("<td>暂估，专家组酌情认定</td>"), std::string::npos);
  EXPECT_NE(html.find("<li>4.1 企业资源计划系统（ERP）：ERP 系统合同、上线验收报告及运行截图</li>"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"box\">"), std::string::npos);
  // The page breaks of the model: after the cover and before 九.
  std::size_t breaks = 0;
  for (std::size_t p = 0; (p = html.find("<div class=\"pagebreak\"></div>", p)) != std::string::npos; ++p) ++breaks;
  EXPECT_EQ(breaks, 2u);
}

TEST(RenderHtml, UserStringsAreEscapedAndReadBackAsText) {
  const auto draft = sx_export::draft_of_fixture("hostile.json");
  const std::string html = sx::render_html(draft);
  EXPECT_TRUE(well_formed(html));
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot; &#39;单引号&#39; 😀 𠀀<br>第二行"),
            std::string::npos);
  EXPECT_EQ(shown_text(cell_after(html, "企业名称")), draft.enterprise);
  EXPECT_EQ(shown_text(cell_after(html, "项目名称")), "<b>不是标签</b>");
  EXPECT_EQ(shown_text(cell_after(html, "项目概况")), "第一段\n第二段 & 更多");
  const std::size_t title = html.find("<title>");
  EXPECT_EQ(html.find('<', title + 7), html.find("</title>"));  // the name in <title> is text too
}

TEST(RenderHtml, ControlCharactersAndOddModelsDoNotBreakThePage) {
  sx::DraftApplication draft;
  draft.title = "t";
  sx::Block text;
  text.text = std::string("控制\x01字符\r\n下一行");
  draft.blocks.push_back(text);
  sx::Block list;
  list.kind = sx::BlockKind::Checklist;
  list.rows = {{}, {"只有一格"}};
  draft.blocks.push_back(list);
  sx::Block table;
  table.kind = sx::BlockKind::Table;
  table.rows = {{"a", "b"}, {"c"}};
  table.widths = {0, -3};
  draft.blocks.push_back(table);
  const std::string html = sx::render_html(draft);
  EXPECT_TRUE(well_formed(html));
  EXPECT_NE(html.find("<p>控制 字符<br>下一行</p>"), std::string::npos);
  EXPECT_NE(html.find("<li></li>"), std::string::npos);
}
