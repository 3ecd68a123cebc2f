// An exported draft handed in as a submission (issue 16): the .docx carries its assessment in a
// custom XML part, the desk scores it as it scores the .json, and a .docx without one, a foreign,
// broken or hostile zip each get a row whose reason says which file to ask for.
#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <map>

#include "csv_report.hpp"
#include "review_support.hpp"
#include "sx/docx_assessment.hpp"
#include "sx/draft.hpp"
#include "sx/evaluation.hpp"
#include "sx/zip_read.hpp"
#include "summary_xlsx.hpp"

namespace {

using sx_review_test::factory_document;
using sx_review_test::workshop_document;

std::string as_text(const std::vector<unsigned char>& bytes) { return {bytes.begin(), bytes.end()}; }

sx::DraftApplication draft_of(const sx::Json& doc) {
  const sx::Assessment assessment = sx_test::assessment(doc);
  return sx::build_draft(sx_test::standard(), assessment, sx::evaluate(assessment), "2020-05-01");
}

std::string docx_of(const sx::Json& doc) { return as_text(sx::render_docx(draft_of(doc))); }

// The CSV row without its first cell (the file name).
std::string row_after_file(const sx_review::ReviewRow& row) {
  const std::string csv = sx_review::review_csv_row(row);
  return csv.substr(csv.find(','));
}

std::string zip_of(const std::vector<sx::ZipEntry>& entries) { return as_text(sx::zip_in_memory(entries, 2020, 5, 1)); }

// A package like the exported draft's, with `item` as its custom XML part.
std::string docx_with_item(const std::string& item) {
  return zip_of({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"},
                 {"customXml/item1.xml", item}});
}

const sx_review::Submission& only(const sx_review::Review& review) { return review.submissions().front(); }

}  // namespace

TEST(DocxSubmission, AnExportedDraftIsScoredLikeItsJson) {
  for (const sx::Json& doc : {workshop_document(), factory_document(), sx_review_test::fixture("discrete-partial.json")}) {
    // Each in a batch of its own: together they are one submission (the next test).
    sx_review::Review from_json(sx_test::standard(), 2020), from_docx(sx_test::standard(), 2020);
    from_json.add("a.json", doc.dump());
    from_docx.add("a.docx", docx_of(doc));
    const auto& json_row = from_json.rows()[0];
    const auto& docx_row = from_docx.rows()[0];
    ASSERT_TRUE(docx_row.readable) << docx_row.error;
    EXPECT_EQ(*only(from_docx).assessment, *only(from_json).assessment);
    EXPECT_EQ(row_after_file(docx_row), row_after_file(json_row));
  }
}

// 第十三条 counts an enterprise's application once: the draft handed in beside the .json it was
// exported from is that application again, not a second one flagged 重复申报, whichever comes first.
TEST(DocxSubmission, ADraftBesideItsJsonIsTheSameSubmission) {
  const sx::Json doc = workshop_document();
  const std::string json = doc.dump(), docx = docx_of(doc);
  for (const bool docx_first : {false, true}) {
    sx_review::Review review(sx_test::standard(), 2020);
    review.add(docx_first ? "a.docx" : "a.json", docx_first ? docx : json);
    review.add(docx_first ? "a.json" : "a.docx", docx_first ? json : docx);
    const auto& rows = review.rows();
    const auto& later = review.submissions()[1];
    EXPECT_TRUE(rows[0].readable);
    EXPECT_FALSE(rows[0].has_flag("duplicate")) << "one application, one file counted";
    EXPECT_FALSE(rows[1].readable);
    EXPECT_EQ(later.problem, sx_review::Problem::SameAsEarlier);
    ASSERT_TRUE(later.same_as.has_value());
    EXPECT_EQ(*later.same_as, 0u);
    EXPECT_TRUE(later.same_assessment_only);
    const std::string earlier = docx_first ? "a.docx" : "a.json";
    EXPECT_EQ(later.reason_zh(), "与 " + earlier + " 是同一份申报（Word 草稿与自评文件中的自评完全相同），只计一次");
  }
}

// Another enterprise's draft, or the same enterprise's changed assessment, is not the same submission.
TEST(DocxSubmission, ADraftOfAnotherAssessmentIsNotTheSameSubmission) {
  sx::Json changed = workshop_document();
  changed["enterprise"]["name"] = "另一家企业有限公司";
  sx_review::Review review(sx_test::standard(), 2020);
  review.add("a.json", workshop_document().dump());
  review.add("b.docx", docx_of(changed));
  const auto& rows = review.rows();
  EXPECT_TRUE(rows[1].readable);
  EXPECT_FALSE(review.submissions()[1].same_as.has_value());
  EXPECT_TRUE(rows[0].has_flag("duplicate"));  // one credit code in two files (第十三条)
  EXPECT_TRUE(rows[1].has_flag("duplicate"));
}

TEST(DocxSubmission, TheCarriedJsonComesBackExactlyWhateverItsText) {
  // Markup characters, quotes, Chinese, an emoji, and U+FFFE/U+FFFF, which XML 1.0 forbids.
  sx::Json doc = workshop_document();
  doc["enterprise"]["name"] = "<柯桥&纺织> \"第二份\" ']]> 😀 \xEF\xBF\xBE\xEF\xBF\xBF";
  doc["project"]["summary"] = "第一行\n第二行\t&amp; &#39; <![CDATA[x]]>";
  const std::string docx = docx_of(doc);
  const auto read = sx::read_zip(docx, [](std::string_view name) { return name == "customXml/item1.xml"; });
  ASSERT_EQ(read.entries.size(), 1u);
  EXPECT_EQ(read.entries[0].data.find("\xEF\xBF\xBE"), std::string::npos);  // well-formed XML
  const sx::DocxAssessment carried = sx::assessment_in_docx(docx);
  ASSERT_TRUE(carried.json) << carried.problem.zh;
  EXPECT_EQ(sx::Json::parse(*carried.json), sx_test::assessment(doc).json());
}

TEST(DocxSubmission, ThePackageDeclaresThePartAsOfficeDoes) {
  const std::string docx = docx_of(workshop_document());
  const auto read = sx::read_zip(docx, [](std::string_view) { return true; });
  std::map<std::string, std::string> parts;
  for (const auto& e : read.entries) parts[e.name] = e.data;
  EXPECT_NE(parts["word/_rels/document.xml.rels"].find(
                R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml")"),
            std::string::npos);
  EXPECT_NE(parts["customXml/_rels/item1.xml.rels"].find("relationships/customXmlProps\" Target=\"itemProps1.xml\""),
            std::string::npos);
  EXPECT_NE(parts["[Content_Types].xml"].find(
                R"(<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>)"),
            std::string::npos);
  EXPECT_NE(parts["customXml/itemProps1.xml"].find("<ds:schemaRef ds:uri=\"urn:sx-retrofit:assessment:1\"/>"),
            std::string::npos);
}

// How another program may have written the part back (LibreOffice writes every quote as &quot;).
TEST(DocxSubmission, ThePartIsReadHoweverItsWriterEscaped) {
  const std::string json = sx_test::assessment(workshop_document()).json().dump();
  std::string quoted;
  for (const char c : json) quoted += c == '"' ? std::string("&quot;") : std::string(1, c);
  const std::string numeric = "&#x7B;" + json.substr(1);
  const struct {
    const char* how;
    std::string item;
  } cases[] = {
      {"&quot; and another prefix", R"(<?xml version="1.0" encoding="UTF-8"?><sx:assessment xmlns:sx="urn:sx-retrofit:assessment:1">)" + quoted + "</sx:assessment>"},
      {"a character reference", R"(<assessment xmlns="urn:sx-retrofit:assessment:1">)" + numeric + "</assessment>"},
      {"CDATA", R"(<assessment xmlns="urn:sx-retrofit:assessment:1"><![CDATA[)" + json + "]]></assessment>"},
  };
  for (const auto& c : cases) {
    const auto carried = sx::assessment_in_docx(docx_with_item(c.item));
    ASSERT_TRUE(carried.json) << c.how << ": " << carried.problem.zh;
    EXPECT_EQ(sx::Json::parse(*carried.json), sx::Json::parse(json)) << c.how;
  }
}

TEST(DocxSubmission, AFileWithoutAnAssessmentGetsAReasonNamingTheFileToAskFor) {
  sx::DraftApplication bare = draft_of(workshop_document());
  bare.assessment.clear();
  const std::string docx = as_text(sx::render_docx(bare));
  std::string truncated = docx_of(workshop_document());
  truncated.resize(truncated.size() / 2);
  const std::string xlsx = as_text(sx_review::summary_xlsx(sx_review_test::review_of({{"a.json", workshop_document()}}), 2020, 5, 1));
  const struct {
    const char* what;
    std::string bytes;
    const char* reason;
  } cases[] = {
      {"a Word file saved without the part", docx, "这份 Word 文件里没有自评数据"},
      {"another workbook", xlsx, "这个文件是压缩包，不是 Word 申报书草稿"},
      {"a cut-off download", truncated, "文件已损坏，不能作为 Word（.docx）文件读取"},
      {"a part emptied", docx_with_item(R"(<assessment xmlns="urn:sx-retrofit:assessment:1"/>)"), "自评数据已损坏"},
      {"a part with an unknown entity", docx_with_item(R"(<assessment xmlns="urn:sx-retrofit:assessment:1">&nbsp;</assessment>)"), "自评数据已损坏"},
      {"another program's custom XML", docx_with_item(R"(<a xmlns="urn:example"/>)"), "这份 Word 文件里没有自评数据"},
  };
  for (const auto& c : cases) {
    sx_review::Review review(sx_test::standard(), 2020);
    review.add("submitted.docx", c.bytes);
    const auto& row = review.rows().front();
    EXPECT_FALSE(row.readable) << c.what;
    EXPECT_EQ(only(review).problem, sx_review::Problem::Invalid) << c.what;
    EXPECT_NE(row.error_zh.find(c.reason), std::string::npos) << c.what << ": " << row.error_zh;
    EXPECT_NE(row.error_zh.find("请企业提交本工具导出的 .json 自评文件或未经改动的导出 Word"), std::string::npos) << c.what;
    EXPECT_NE(row.error.find(" / "), std::string::npos) << c.what << ": English too";
  }
}

TEST(DocxSubmission, AnInvalidCarriedAssessmentGetsTheCoresReasons) {
  sx::Json doc = workshop_document();
  doc["type"] = 5;
  const auto assessment_json = doc.dump();
  const std::string docx = docx_with_item(std::string(R"(<assessment xmlns="urn:sx-retrofit:assessment:1">)") +
                                          assessment_json + "</assessment>");
  sx_review::Review review(sx_test::standard(), 2020);
  review.add("a.json", assessment_json);
  review.add("a.docx", docx);
  EXPECT_FALSE(review.rows()[1].readable);
  EXPECT_EQ(review.rows()[1].error, review.rows()[0].error);
}

// A zip bomb or an oversized part is refused from what the archive declares, before inflating; a
// part lying about its size is stopped at what it declared (minizip reads no further) and fails
// its check; an archive of too many entries is refused from its directory.
TEST(DocxSubmission, HostilePackagesAreRefusedBoundedAndWithAReason) {
  const std::string huge(3 * 1024 * 1024, ' ');  // deflates to a few KB
  const std::string bomb = docx_with_item(std::string(R"(<assessment xmlns="urn:sx-retrofit:assessment:1">)") + huge + "</assessment>");
  ASSERT_LT(bomb.size(), 64u * 1024);

  std::string liar = docx_of(workshop_document());
  int patched = 0;
  // Every header of customXml/item1.xml (local and central) now declares 100 bytes.
  for (std::size_t at = liar.find("customXml/item1.xml"); at != std::string::npos; at = liar.find("customXml/item1.xml", at + 1)) {
    for (const auto& [signature, offset] : {std::pair<std::string_view, std::size_t>{"PK\x03\x04", 22}, {"PK\x01\x02", 24}}) {
      const std::size_t before = signature[2] == '\x03' ? 30 : 46;  // the header's fixed part
      if (at < before || std::string_view(liar).substr(at - before, 4) != signature) continue;
      const std::size_t header = at - before;
      const std::uint32_t declared = 100;
      std::memcpy(&liar[header + offset], &declared, 4);
      ++patched;
    }
  }
  ASSERT_EQ(patched, 2);

  std::vector<sx::ZipEntry> many{{"word/document.xml", "<w:document/>"}};
  for (int i = 0; i < 1001; ++i) many.push_back({"word/media/image" + std::to_string(i) + ".png", "x"});

  const std::string over(sx::kMaxPackageBytes + 1, 'P');
  std::string too_large = "PK\x03\x04" + over.substr(4);

  const struct {
    const char* what;
    std::string bytes;
    sx_review::Problem problem;
    const char* reason;
  } cases[] = {
      {"a part of 3 MiB of blanks", bomb, sx_review::Problem::Invalid, "“customXml/item1.xml”超过 2 MiB 的大小上限，未读取"},
      {"a part lying about its size", liar, sx_review::Problem::Invalid, "文件已损坏"},
      {"1002 entries", zip_of(many), sx_review::Problem::Invalid, "部件超过 1000 个，未读取"},
      {"over 8 MiB", too_large, sx_review::Problem::TooLarge, "超过 8 MiB 的大小上限，未读取"},
  };
  for (const auto& c : cases) {
    const auto start = std::chrono::steady_clock::now();
    sx_review::Review review(sx_test::standard(), 2020);
    review.add("hostile.docx", c.bytes);
    review.add("fine.json", workshop_document().dump());
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(only(review).problem, c.problem) << c.what;
    EXPECT_NE(review.rows()[0].error_zh.find(c.reason), std::string::npos) << c.what << ": " << review.rows()[0].error_zh;
    EXPECT_TRUE(review.rows()[1].readable) << c.what << ": the batch goes on";
    EXPECT_LT(ms, 200.0 * sx_test::kSlowdown) << c.what;
  }
}

TEST(DocxSubmission, ZipReadStopsAtTheDeclaredLimitBeforeInflating) {
  const std::string zip = zip_of({{"a.txt", std::string(5000, 'a')}, {"b.txt", "b"}});
  const auto limited = sx::read_zip(zip, [](std::string_view) { return true; }, {10, 4096});
  EXPECT_EQ(limited.problem, sx::ZipProblem::EntryTooLarge);
  EXPECT_EQ(limited.entry, "a.txt");
  EXPECT_TRUE(limited.entries.empty());
  const auto few = sx::read_zip(zip, [](std::string_view) { return true; }, {1, 1 << 20});
  EXPECT_EQ(few.problem, sx::ZipProblem::TooManyEntries);
  const auto fine = sx::read_zip(zip, [](std::string_view name) { return name == "b.txt"; });
  ASSERT_EQ(fine.problem, sx::ZipProblem::None);
  EXPECT_EQ(fine.names, (std::vector<std::string>{"a.txt", "b.txt"}));
  ASSERT_EQ(fine.entries.size(), 1u);
  EXPECT_EQ(fine.entries[0].data, "b");
  EXPECT_EQ(sx::read_zip("{\"format\":1}", [](std::string_view) { return true; }).problem, sx::ZipProblem::NotAZip);
}

// Two drafts of one assessment (exported twice) are two files, as two .json files in other bytes
// are: only a draft beside a .json is known to be one hand-in.
TEST(DocxSubmission, TwoDraftsOfOneAssessmentStayTwoFiles) {
  sx_review::Review review(sx_test::standard(), 2020);
  const sx::Json doc = workshop_document();
  review.add("a.docx", docx_of(doc));
  review.add("b.docx", as_text(sx::render_docx(sx::build_draft(sx_test::standard(), sx_test::assessment(doc),
                                                               sx::evaluate(sx_test::assessment(doc)), "2020-06-01"))));
  EXPECT_TRUE(review.rows()[1].readable);
  EXPECT_TRUE(review.rows()[1].has_flag("duplicate"));
}
