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

# Dear ImGui and zlib/minizip sources, from Debian's source packages: scripts/fetch-sources.sh
# (which scripts/install-deps.sh runs) puts them in build/third_party/, or in $SX_THIRD_PARTY.
# Configuring only looks for them: installing belongs to the scripts.
if(DEFINED ENV{SX_THIRD_PARTY} AND NOT "$ENV{SX_THIRD_PARTY}" STREQUAL "")
  get_filename_component(SX_THIRD_PARTY_SRC "$ENV{SX_THIRD_PARTY}" ABSOLUTE BASE_DIR "${PROJECT_SOURCE_DIR}")
else()
  set(SX_THIRD_PARTY_SRC "${PROJECT_SOURCE_DIR}/build/third_party")
endif()
foreach(sx_marker imgui/imgui.h zlib/contrib/minizip/zip.h)
  if(NOT EXISTS "${SX_THIRD_PARTY_SRC}/${sx_marker}")
    message(FATAL_ERROR "${SX_THIRD_PARTY_SRC}/${sx_marker} is missing: run scripts/install-deps.sh "
                        "(or scripts/fetch-sources.sh) first, with the same SX_THIRD_PARTY.")
  endif()
endforeach()
