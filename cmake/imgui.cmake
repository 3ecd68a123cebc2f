# Dear ImGui 1.86 from Debian's source package (fetched into build/third_party by
# scripts/fetch-sources.sh), wrapped as a static library for the web build. The test-engine item
# hooks are on: the page's test API lists the widgets drawn in the last frame through them.
set(SX_IMGUI_DIR "${SX_THIRD_PARTY_SRC}/imgui")
add_library(imgui STATIC
  "${SX_IMGUI_DIR}/imgui.cpp"
  "${SX_IMGUI_DIR}/imgui_draw.cpp"
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
