# Third-party code comes from Debian: nlohmann/json and GoogleTest as installed packages for the
# native build; for Emscripten, whose sysroot must not see /usr/include, the nlohmann/ folder is
# linked into a build-tree include directory (../shared/notes/stack.md).
find_path(SX_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH REQUIRED)
if(EMSCRIPTEN)
  set(SX_THIRD_PARTY_INCLUDE "${CMAKE_BINARY_DIR}/third_party/include")
  file(MAKE_DIRECTORY "${SX_THIRD_PARTY_INCLUDE}")
  if(NOT EXISTS "${SX_THIRD_PARTY_INCLUDE}/nlohmann")
    file(CREATE_LINK "${SX_NLOHMANN_DIR}/nlohmann" "${SX_THIRD_PARTY_INCLUDE}/nlohmann" SYMBOLIC)
  endif()
else()
  set(SX_THIRD_PARTY_INCLUDE "${SX_NLOHMANN_DIR}")
endif()
add_library(nlohmann_json_header INTERFACE)
target_include_directories(nlohmann_json_header SYSTEM INTERFACE "${SX_THIRD_PARTY_INCLUDE}")

# Dear ImGui and zlib/minizip sources: fetched from Debian's source packages into the build tree
# by the project's own script (never vendored).
set(SX_THIRD_PARTY_SRC "${PROJECT_SOURCE_DIR}/build/third_party")
if(NOT EXISTS "${SX_THIRD_PARTY_SRC}/imgui/imgui.h" OR
   NOT EXISTS "${SX_THIRD_PARTY_SRC}/zlib/contrib/minizip/zip.h")
  execute_process(COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/fetch-sources.sh"
                  RESULT_VARIABLE sx_fetch_result)
  if(NOT sx_fetch_result EQUAL 0)
    message(FATAL_ERROR "scripts/fetch-sources.sh failed; it needs apt-get and Debian's source archive")
  endif()
endif()
