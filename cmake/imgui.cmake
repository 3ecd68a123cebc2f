# Dear ImGui 1.86 from Debian's source package (fetched into build/third_party by
# scripts/fetch-sources.sh), wrapped as a static library for the web build. The test-engine item
# hooks are on: the page's test API lists the widgets drawn in the last frame through them.
set(SX_IMGUI_DIR "${SX_THIRD_PARTY_SRC}/imgui")

# One change to ImGui, made on a copy in the build tree: ImFont::FindGlyph reports a character it
# is asked to draw and has no glyph for, so the app's atlas can start with only the characters on
# screen and add the rest as they appear (app/web/glyph_atlas.cpp). The floor uses the original.
file(READ "${SX_IMGUI_DIR}/imgui_draw.cpp" sx_imgui_draw)
set(sx_find_glyph "const ImFontGlyph* ImFont::FindGlyph(ImWchar c) const\n{\n")
string(FIND "${sx_imgui_draw}" "${sx_find_glyph}" sx_found)
if(sx_found EQUAL -1)
  message(FATAL_ERROR "ImFont::FindGlyph not found in ${SX_IMGUI_DIR}/imgui_draw.cpp: "
                      "this ImGui is not the 1.86 the missing-glyph hook was written for")
endif()
string(REPLACE "${sx_find_glyph}"
  "void (*GImFontMissingGlyph)(ImWchar) = NULL;\n${sx_find_glyph}    if (GImFontMissingGlyph && (c >= (size_t)IndexLookup.Size || IndexLookup.Data[c] == (ImWchar)-1))\n        GImFontMissingGlyph(c);\n"
  sx_imgui_draw "${sx_imgui_draw}")
set(sx_imgui_draw_out "${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp")
set(sx_imgui_draw_old "")
if(EXISTS "${sx_imgui_draw_out}")
  file(READ "${sx_imgui_draw_out}" sx_imgui_draw_old)
endif()
if(NOT sx_imgui_draw_old STREQUAL sx_imgui_draw)  # rewritten only when it changes: no rebuilds
  file(WRITE "${sx_imgui_draw_out}" "${sx_imgui_draw}")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${SX_IMGUI_DIR}/imgui_draw.cpp")

add_library(imgui STATIC
  "${SX_IMGUI_DIR}/imgui.cpp"
  "${sx_imgui_draw_out}"
  "${SX_IMGUI_DIR}/imgui_tables.cpp"
  "${SX_IMGUI_DIR}/imgui_widgets.cpp")
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
