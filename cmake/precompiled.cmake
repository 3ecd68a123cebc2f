# Precompiled headers. nlohmann/json (and GoogleTest in a test) is most of what each translation
# unit parses: about 2.5 s of the 5 s a test file takes to compile under the sanitizers, and the
# project has some 150 files. Each library parses it once; the tests share one header built once.
# -DSX_PCH=OFF builds without them (and so catches a file that leans on them for an #include).
option(SX_PCH "Precompile nlohmann/json (and GoogleTest for the tests)" ON)

set(SX_PCH_HEADERS <nlohmann/json.hpp> <string> <string_view> <vector> <map> <optional> <memory>)

function(sx_precompile target)
  if(SX_PCH)
    target_precompile_headers(${target} PRIVATE ${SX_PCH_HEADERS})
  endif()
endfunction()

# The tests' shared header: an empty object library builds it; every test reuses it.
function(sx_test_precompile_base)
  if(NOT SX_PCH)
    return()
  endif()
  set(source "${CMAKE_CURRENT_BINARY_DIR}/sx_test_pch.cpp")
  if(NOT EXISTS "${source}")
    file(WRITE "${source}" "// The tests' precompiled header is built with this empty file.\n")
  endif()
  add_library(sx_test_pch OBJECT "${source}")
  target_link_libraries(sx_test_pch PRIVATE nlohmann_json_header GTest::gtest)
  target_compile_options(sx_test_pch PRIVATE ${SX_WARNINGS})
  target_precompile_headers(sx_test_pch PRIVATE <gtest/gtest.h> ${SX_PCH_HEADERS})
endfunction()

function(sx_test_precompile target)
  if(SX_PCH)
    target_precompile_headers(${target} REUSE_FROM sx_test_pch)
  endif()
endfunction()
