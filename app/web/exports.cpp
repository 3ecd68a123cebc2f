// Functions the page calls (web/*.js through Module._sx_*): text from the IME bridge, fonts and
// files that finished loading, and the test API window.sxApp. Strings returned stay valid until
// the next call.
#include <emscripten/emscripten.h>

#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_html5.h"
#include "bridge.hpp"
#include "route.hpp"
#include "runtime.hpp"
#include "sx/docx_assessment.hpp"
#include "sx/json_text.hpp"
#include "screens.hpp"
#include "type_scale.hpp"

namespace {
std::string returned;

const char* give(std::string text) {
  returned = std::move(text);
  return returned.c_str();
}
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void sx_text_input(const char* utf8) {
  ImGui_ImplHtml5_AddText(utf8);
}

EMSCRIPTEN_KEEPALIVE void sx_key_tap(int dom_key_code) { ImGui_ImplHtml5_TapKey(dom_key_code); }

EMSCRIPTEN_KEEPALIVE int sx_wants_text_input() { return ImGui::GetIO().WantTextInput ? 1 : 0; }

// The page fetched a font file: it hands the bytes over and the atlas takes what it needs.
EMSCRIPTEN_KEEPALIVE void sx_font_loaded(int file, const unsigned char* data, int size) {
  auto& rt = sx_app::runtime();
  rt.atlas.set_font_data(static_cast<sx_app::FontFile>(file),
                         std::vector<unsigned char>(data, data + size));
  rt.settle_frames = 2;
  // The page is up when the GB2312 file comes (after the first frame and the UI file): a good time
  // to put the rest of the UI font in the atlas, so that scrolling to new text later costs no rebuild.
  if (rt.atlas.has_font(sx_app::FontFile::Gb2312) && rt.atlas.has_font(sx_app::FontFile::Ui)) {
    rt.atlas.complete_ui_font();
    // And every screen's title in the title's size: opening a screen for the first time then
    // costs no rebuild either.
    for (const auto& screen : sx_app::screens()) {
      rt.atlas.request_text(static_cast<std::size_t>(sx_app::TextSize::Title), screen.title);
    }
  }
  // The first frame needs the first screen's glyphs: whichever file brings them first.
  if (file != static_cast<int>(sx_app::FontFile::Gb2312) && !rt.started) {
    rt.started = true;
    sx_app::frame_now();  // the first frame need not wait for the next animation frame
  }
  sx_app::request_frame();
}

// The page's URL names a screen (opened at it, or the back and forward buttons): show it. An
// address that names nothing here is replaced by the current screen's.
EMSCRIPTEN_KEEPALIVE void sx_follow_route(const char* route) {
  auto& rt = sx_app::runtime();
  if (sx_app::follow_route(rt.state, route)) {
    rt.route = sx_app::route_of(rt.state);
  } else {
    rt.route = sx_app::route_of(rt.state);
    sx_js_route(rt.route.c_str(), 0);
  }
  rt.settle_frames = 2;
  sx_app::request_frame();
}

namespace {
// The page asks for a frame when it has handed over a few (sx_desk_show), not one a file.
void desk_file_done() { ++sx_app::runtime().state.desk.reading_done; }
}  // namespace

// 审核台: the page starts reading `count` files for the desk (the progress bar counts them).
EMSCRIPTEN_KEEPALIVE void sx_desk_reading(int count) {
  auto& desk = sx_app::runtime().state.desk;
  if (!desk_reading(desk)) desk.reading_total = desk.reading_done = 0;
  desk.reading_total += count;
  desk.open = true;
  sx_app::request_frame();
}


// 审核台: one file read (its bytes as they are), one refused for its size, one unreadable.
EMSCRIPTEN_KEEPALIVE void sx_desk_file(const char* name, const char* bytes, int size) {
  auto& rt = sx_app::runtime();
  sx_app::desk_add_file(rt.state.desk, *rt.state.new_standard, rt.state.desk.year, name,
                        std::string_view(bytes, static_cast<std::size_t>(size)));
  desk_file_done();
}
EMSCRIPTEN_KEEPALIVE void sx_desk_file_too_large(const char* name, double size) {
  auto& rt = sx_app::runtime();
  sx_app::desk_add_unread(rt.state.desk, *rt.state.new_standard, rt.state.desk.year, name, static_cast<std::size_t>(size));
  desk_file_done();
}
EMSCRIPTEN_KEEPALIVE void sx_desk_file_unreadable(const char* name) {
  auto& rt = sx_app::runtime();
  sx_app::desk_add_unread(rt.state.desk, *rt.state.new_standard, rt.state.desk.year, name, std::nullopt);
  desk_file_done();
}
// 审核台: a revoked list the reviewer picked (its text as it is; the review reads it).
EMSCRIPTEN_KEEPALIVE void sx_desk_revoked(const char* name, const char* bytes, int size) {
  auto& rt = sx_app::runtime();
  sx_app::desk_set_revoked(rt.state.desk, *rt.state.new_standard, rt.state.desk.year, name,
                           std::string_view(bytes, static_cast<std::size_t>(size)));
  rt.settle_frames = 2;
  sx_app::request_frame();
}

// 审核台: a review file the reviewer opened (its bytes as they are; the review reads them).
EMSCRIPTEN_KEEPALIVE void sx_desk_review_file(const char*, const char* bytes, int size) {
  auto& rt = sx_app::runtime();
  sx_app::desk_open_review_file(rt.state.desk, *rt.state.new_standard, rt.state.desk.year,
                                std::string_view(bytes, static_cast<std::size_t>(size)));
  rt.settle_frames = 2;
  sx_app::request_frame();
}

// 审核台: draw the files handed over so far (the progress bar, the table).
EMSCRIPTEN_KEEPALIVE void sx_desk_show() {
  // The batch's flags (第十三条's duplicates across every file) and the table's order are worked out
  // here, in the page's hand-over of the files, so the frame that shows them only draws: with them
  // that frame held the page 50–70 ms while a thousand files came.
  auto& desk = sx_app::runtime().state.desk;
  if (desk.review) {
    desk.review->rows();
    sx_app::desk_order(desk);
  }
  sx_app::runtime().settle_frames = 2;
  sx_app::request_frame();
}

// The desk is showing: a drop of files goes to it rather than to the assessment.
EMSCRIPTEN_KEEPALIVE int sx_desk_open() { return sx_app::runtime().state.desk.open ? 1 : 0; }

// 审核台, for the tests and the performance script: the files in the batch, and how many of those
// being read have come (of how many).
EMSCRIPTEN_KEEPALIVE int sx_api_desk_files() {
  const auto& desk = sx_app::runtime().state.desk;
  return desk.review ? static_cast<int>(desk.review->size()) : 0;
}
EMSCRIPTEN_KEEPALIVE int sx_api_desk_reading(int done) {
  const auto& desk = sx_app::runtime().state.desk;
  return done != 0 ? desk.reading_done : desk.reading_total;
}
// The row whose details are open (-1: none).
EMSCRIPTEN_KEEPALIVE int sx_api_desk_selected() {
  const auto& desk = sx_app::runtime().state.desk;
  return desk.selected ? static_cast<int>(*desk.selected) : -1;
}

// A font file could not be fetched: what waited for it is drawn with the fallback glyph instead.
EMSCRIPTEN_KEEPALIVE void sx_font_failed(int file) {
  sx_app::runtime().atlas.font_failed(static_cast<sx_app::FontFile>(file));
  sx_app::request_frame();
}

// The page read a file: its bytes as they are (the core judges its size, its UTF-8 and its JSON).
EMSCRIPTEN_KEEPALIVE void sx_file_opened(const char* name, const char* bytes, int size) {
  auto& rt = sx_app::runtime();
  if (auto document = sx_app::read_document(rt.state, name, std::string(bytes, static_cast<std::size_t>(size)))) {
    sx_app::offer_import(rt.state, name, std::move(*document));
  }
  rt.settle_frames = 2;
  sx_app::request_frame();
}

namespace {
void refuse_file(const std::string& name, const std::string& reason) {
  auto& rt = sx_app::runtime();
  sx_app::Notice notice;
  notice.level = sx_app::NoticeLevel::Error;
  notice.title = "无法打开“" + name + "”：" + reason + "。当前内容未改动。";
  rt.state.modal = std::move(notice);
  rt.settle_frames = 2;
  sx_app::request_frame();
}
}  // namespace

// The largest file the core reads: the page refuses a larger one from its size, reading nothing.
EMSCRIPTEN_KEEPALIVE double sx_max_document_bytes() { return static_cast<double>(sx::kMaxDocumentBytes); }
// The same for an exported draft (.docx) handed to the desk: it may carry pictures.
EMSCRIPTEN_KEEPALIVE double sx_max_package_bytes() { return static_cast<double>(sx::kMaxPackageBytes); }
EMSCRIPTEN_KEEPALIVE void sx_file_too_large(const char* name, double size) {
  refuse_file(name, sx::document_too_large(static_cast<std::uint64_t>(size)).zh);
}
// The browser could not read the file at all.
EMSCRIPTEN_KEEPALIVE void sx_file_unreadable(const char* name) { refuse_file(name, "浏览器无法读取该文件"); }

// The result picture could not be made (its script or QR module did not load: offline before
// they were ever stored, or a server that lacks them).
EMSCRIPTEN_KEEPALIVE void sx_picture_failed() {
  sx_app::Notice notice;
  notice.key = "picture";
  notice.level = sx_app::NoticeLevel::Warning;
  notice.title = "结果长图未能生成：所需文件未能下载。请检查网络后再试。";
  sx_app::set_notice(sx_app::runtime().state, std::move(notice));
  sx_app::runtime().settle_frames = 2;
  sx_app::request_frame();
}

// Another tab changed the autosave (web/storage.js, the `storage` event).
EMSCRIPTEN_KEEPALIVE void sx_storage_changed() { sx_app::sync_with_other_tabs(sx_app::runtime()); }

// The page is hidden (0) or being closed (1): the pending save is written now.
EMSCRIPTEN_KEEPALIVE void sx_flush_save(int closing) {
  sx_app::flush_save(sx_app::runtime(), closing != 0);
  sx_app::save_desk(sx_app::runtime());
}

EMSCRIPTEN_KEEPALIVE void sx_request_frame() {
  sx_app::runtime().settle_frames = 2;
  sx_app::request_frame();
}

EMSCRIPTEN_KEEPALIVE int sx_frame_count() { return sx_app::runtime().frame; }
EMSCRIPTEN_KEEPALIVE int sx_blink_frame_count() { return sx_app::runtime().blink_frames; }
EMSCRIPTEN_KEEPALIVE int sx_work_pending() { return sx_app::work_pending() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* sx_api_state() {
  return give(sx::serialise(sx_app::runtime().state.document()));
}

EMSCRIPTEN_KEEPALIVE const char* sx_api_evaluation() {
  return give(sx::to_json(sx_app::runtime().state.evaluation()).dump());
}

// Replaces the document when it is valid; returns the core's errors as JSON (empty when loaded).
EMSCRIPTEN_KEEPALIVE const char* sx_api_load(const char* text) {
  auto parsed = sx::parse_assessment(std::string(text));
  sx::Json errors = sx::Json::array();
  for (const auto& e : parsed.errors) errors.push_back({{"path", e.path}, {"zh", e.zh}, {"en", e.en}});
  if (parsed.assessment) {
    auto& rt = sx_app::runtime();
    sx_app::replace_document(rt.state, std::move(*parsed.assessment));
    sx_app::schedule_autosave();
    rt.settle_frames = 2;
    sx_app::request_frame();
  }
  return give(errors.dump());
}

EMSCRIPTEN_KEEPALIVE const char* sx_api_screens() {
  sx::Json ids = sx::Json::array();
  for (const auto& screen : sx_app::screens()) ids.push_back(screen.id);
  return give(ids.dump());
}

// Switches the screen as the navigation does; the page waits for the next frame to see it.
EMSCRIPTEN_KEEPALIVE int sx_api_show(const char* id) {
  auto& rt = sx_app::runtime();
  if (sx_app::find_screen(id) == nullptr) return 0;
  sx_app::show_screen(rt.state, id);
  rt.settle_frames = 3;
  sx_app::request_frame();
  return 1;
}

EMSCRIPTEN_KEEPALIVE const char* sx_api_widgets() { return give(sx_app::widgets_json()); }

EMSCRIPTEN_KEEPALIVE double sx_api_atlas_ms() { return sx_app::runtime().last_atlas_ms; }
EMSCRIPTEN_KEEPALIVE double sx_api_first_frame_atlas_ms() { return sx_app::runtime().first_frame_atlas_ms; }
EMSCRIPTEN_KEEPALIVE int sx_api_first_frame_glyphs() { return sx_app::runtime().first_frame_glyphs; }

EMSCRIPTEN_KEEPALIVE double sx_api_font_pixels() {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.empty() ? 0.0 : atlas->Fonts[0]->FontSize;
}

EMSCRIPTEN_KEEPALIVE void sx_api_mark_frames(int on) { sx_app::runtime().mark_frames = on != 0; }

// Each frame since the last call, with where its time went (FrameCost); drains them.
EMSCRIPTEN_KEEPALIVE const char* sx_api_frame_costs() {
  auto& costs = sx_app::runtime().frame_costs;
  sx::Json out = sx::Json::array();
  for (const auto& c : costs) {
    out.push_back({{"total", c.total}, {"draws", c.draws}, {"draw", c.draw}, {"atlas", c.atlas},
                   {"present", c.present}, {"mirror", c.mirror}});
  }
  costs.clear();
  return give(out.dump());
}

EMSCRIPTEN_KEEPALIVE int sx_api_glyph_count() { return sx_app::runtime().atlas.glyph_count(); }

EMSCRIPTEN_KEEPALIVE int sx_api_focus_ring() { return sx_app::runtime().a11y.ring ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int sx_api_save_pending() { return sx_app::autosave_waiting() ? 1 : 0; }

}  // extern "C"
