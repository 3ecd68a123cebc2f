# One CTest test per GoogleTest executable, as nlohmann/json registers one per unit file: a test per
# process (gtest_discover_tests) started 700 sanitizer processes that each loaded the font and the
# standard again, four fifths of the native tests' time. A failing run prints GoogleTest's own
# report naming the case; `<build>/tests/test_views --gtest_filter=ViewTest.X` runs one case.
# SHARDS splits a long executable into parts CTest runs side by side (GoogleTest's own sharding);
# COST (seconds, roughly) starts the long ones first on a fresh build, which has no timings yet.
function(sx_gtest target)
  cmake_parse_arguments(arg "" "PREFIX;SHARDS;COST" "" ${ARGN})
  if(NOT arg_COST)
    set(arg_COST 1)
  endif()
  string(REGEX REPLACE "^test_" "${arg_PREFIX}" name "${target}")
  if(NOT arg_SHARDS OR arg_SHARDS LESS 2)
    add_test(NAME ${name} COMMAND ${target})
    set_tests_properties(${name} PROPERTIES COST ${arg_COST})
    return()
  endif()
  math(EXPR last "${arg_SHARDS} - 1")
  foreach(index RANGE ${last})
    math(EXPR part "${index} + 1")
    set(shard "${name}.${part}of${arg_SHARDS}")
    add_test(NAME ${shard} COMMAND ${target})
    set_tests_properties(${shard} PROPERTIES
                         ENVIRONMENT "GTEST_TOTAL_SHARDS=${arg_SHARDS};GTEST_SHARD_INDEX=${index}"
                         COST ${arg_COST})
  endforeach()
endfunction()
