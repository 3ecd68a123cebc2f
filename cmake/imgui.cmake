# Dear ImGui 1.86 from Debian's source package (fetched into build/third_party by
# scripts/fetch-sources.sh), wrapped as a static library for the web build. The test-engine item
# hooks are on: the page's test API lists the widgets drawn in the last frame through them.
set(SX_IMGUI_DIR "${SX_THIRD_PARTY_SRC}/imgui")

# Five changes to ImGui, made on copies in the build tree (the floor uses the original):
# - ImFont::FindGlyph reports a character it is asked to draw and has no glyph for, with the font
#   (one per text size) that lacks it, so the app's
#   atlas can start with only the characters on screen and add the rest as they appear
#   (app/web/glyph_atlas.cpp);
# - ImFont::CalcWordWrapPositionA hands each line break to the app, which keeps Chinese
#   punctuation off the start of a line (app/ui/line_break.cpp);
# - ImFont::CalcTextSizeA takes a wrapped text's size from the app's cache (app/ui/text_size_cache.cpp);
# - ImGui::TextEx reports each text it lays out, with its rectangle, before clipping, so the
#   accessibility mirror (app/ui/widget_log.cpp) holds all of a screen's text, not just the buttons;
# - in the web build, ImFontAtlas::AddFontDefault is left without ProggyClean's data (below).
# sx_patch_imgui(<file> <anchor> <replacement> [<anchor> <replacement> ...]): every anchor must be
# found (else this is not the 1.86 the hooks were written for) and is replaced wherever it occurs.
function(sx_patch_imgui file)
  file(READ "${SX_IMGUI_DIR}/${file}" text)
  # Each pair read through ARGV<n>: the C++ in them has semicolons, which a CMake list would split.
  math(EXPR last "${ARGC} - 1")
  foreach(i RANGE 1 ${last} 2)
    math(EXPR j "${i} + 1")
    set(anchor "${ARGV${i}}")
    set(replacement "${ARGV${j}}")
    string(FIND "${text}" "${anchor}" found)
    if(found EQUAL -1)
      message(FATAL_ERROR "\"${anchor}\" not found in ${SX_IMGUI_DIR}/${file}: "
                          "this ImGui is not the 1.86 the hooks were written for")
    endif()
    string(REPLACE "${anchor}" "${replacement}" text "${text}")
  endforeach()
  set(out "${CMAKE_BINARY_DIR}/imgui/${file}")
  set(old "")
  if(EXISTS "${out}")
    file(READ "${out}" old)
  endif()
  if(NOT old STREQUAL text)  # rewritten only when it changes: no rebuilds
    file(WRITE "${out}" "${text}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${SX_IMGUI_DIR}/${file}")
endfunction()

set(sx_find_glyph "const ImFontGlyph* ImFont::FindGlyph(ImWchar c) const\n{\n")
set(sx_wrap "const char* ImFont::CalcWordWrapPositionA(float scale, const char* text, const char* text_end, float wrap_width) const\n{\n")
set(sx_wrap_return "    return s;\n}\n\nImVec2 ImFont::CalcTextSizeA")
# CJK text has no spaces: unpatched, ImGui takes a whole run of it for one word and cuts it
# wherever the width runs out, so a Latin token inside the run ("（GB/T 4754-2017）制造") has no
# break opportunity around it. A line may break before and after every ideograph (as in CSS);
# the hook then keeps tokens and punctuation whole.
set(sx_word_start "            word_width += char_width;\n            if (inside_word)\n")
set(sx_word_flags "            inside_word = (c != '.' && c != ',' && c != ';' && c != '!' && c != '?' && c != '\\\"');\n")
# A wrapped text's size comes from the app's cache (app/ui/text_size_cache.cpp), which measures
# it here on a miss (the flag keeps that measure from asking the cache again); a rebuilt glyph
# table bumps the generation the cache is valid for.
set(sx_text_size "ImVec2 ImFont::CalcTextSizeA(float size, float max_width, float wrap_width, const char* text_begin, const char* text_end, const char** remaining) const\n{\n")
set(sx_lookup_table "void ImFont::BuildLookupTable()\n{\n")
# The web app always gives its own fonts (app/web/glyph_atlas.cpp): ProggyClean, which
# AddFontDefault would decode, stays out of its first download (9 KB). The native tests use it.
set(sx_default_font "    const char* ttf_compressed_base85 = GetDefaultCompressedFontDataTTFBase85();\n    const ImWchar* glyph_ranges = font_cfg.GlyphRanges != NULL ? font_cfg.GlyphRanges : GetGlyphRangesDefault();\n    ImFont* font = AddFontFromMemoryCompressedBase85TTF(ttf_compressed_base85, font_cfg.SizePixels, &font_cfg, glyph_ranges);\n    return font;\n")
if(EMSCRIPTEN)
  set(sx_default_font_out "    IM_ASSERT(0 && \"the app gives its own fonts\");\n    return NULL;\n")
else()
  set(sx_default_font_out "${sx_default_font}")
endif()
sx_patch_imgui(imgui_draw.cpp
  "${sx_word_start}"
  "            word_width += char_width;\n            const bool sx_ideograph = c >= 0x2E80;\n            if (inside_word && !sx_ideograph)\n"
  "${sx_word_flags}"
  "            if (sx_ideograph)\n                word_end = next_s;\n            inside_word = !sx_ideograph && (c != '.' && c != ',' && c != ';' && c != '!' && c != '?' && c != '\\\"');\n"
  "${sx_find_glyph}"
  "void (*GImFontMissingGlyph)(const ImFont*, ImWchar) = NULL;\n${sx_find_glyph}    if (GImFontMissingGlyph && (c >= (size_t)IndexLookup.Size || IndexLookup.Data[c] == (ImWchar)-1))\n        GImFontMissingGlyph(this, c);\n"
  "${sx_wrap}"
  "const char* (*GImWrapAdjust)(const char*, const char*, const char*) = NULL;\n${sx_wrap}"
  "${sx_wrap_return}"
  "    return GImWrapAdjust ? GImWrapAdjust(text, s, text_end) : s;\n}\n\nImVec2 ImFont::CalcTextSizeA"
  "${sx_text_size}"
  "ImVec2 (*GImTextSizeCache)(const ImFont*, float, float, const char*, const char*) = NULL;\nstatic bool GImTextSizeMeasuring = false;\n${sx_text_size}    if (GImTextSizeCache && !GImTextSizeMeasuring && wrap_width > 0.0f && max_width == FLT_MAX && remaining == NULL)\n    {\n        GImTextSizeMeasuring = true;\n        const ImVec2 sx_size = GImTextSizeCache(this, size, wrap_width, text_begin, text_end ? text_end : text_begin + strlen(text_begin));\n        GImTextSizeMeasuring = false;\n        return sx_size;\n    }\n"
  "${sx_lookup_table}"
  "int GImFontGeneration = 0;\n${sx_lookup_table}    ++GImFontGeneration;\n"
  "${sx_default_font}"
  "${sx_default_font_out}")
set(sx_text_ex "void ImGui::TextEx(const char* text, const char* text_end, ImGuiTextFlags flags)\n{\n")
set(sx_text_bb "ImRect bb(text_pos, text_pos + text_size);\n")
sx_patch_imgui(imgui_widgets.cpp
  "${sx_text_ex}"
  "void (*GImTextShown)(const char*, const char*, const ImRect&) = NULL;\n${sx_text_ex}"
  "${sx_text_bb}"
  "${sx_text_bb}        if (GImTextShown) GImTextShown(text_begin, text_end, bb);\n")

add_library(imgui STATIC
  "${SX_IMGUI_DIR}/imgui.cpp"
  "${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp"
  "${SX_IMGUI_DIR}/imgui_tables.cpp"
  "${CMAKE_BINARY_DIR}/imgui/imgui_widgets.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${SX_IMGUI_DIR}" "${SX_IMGUI_DIR}/backends")
target_compile_definitions(imgui PUBLIC
  IMGUI_ENABLE_TEST_ENGINE
  IMGUI_DISABLE_FILE_FUNCTIONS
  IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS
  IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_METRICS_WINDOW)
target_compile_options(imgui PRIVATE -w)
target_sources(imgui PRIVATE "${SX_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${SX_IMGUI_DIR}/misc/cpp")
# Rare characters in names (U+20000 and beyond) need 32-bit ImWchar.
target_compile_definitions(imgui PUBLIC IMGUI_USE_WCHAR32)
# Natively ImGui runs only under the headless view tests: its assertions (compiled out by NDEBUG in
# this Release build) are turned on and reported to the test instead of aborting.
if(NOT EMSCRIPTEN)
  target_compile_definitions(imgui PUBLIC
    IMGUI_USER_CONFIG="${PROJECT_SOURCE_DIR}/tests/app/imconfig_test.h")
endif()
