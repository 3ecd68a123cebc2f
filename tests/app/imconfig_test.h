#pragma once
// ImGui's user config for the native (test) build, named by cmake/imgui.cmake: every IM_ASSERT is
// checked, also in Release, and a failure is handed to the test (tests/app/test_views.cpp
// records it and fails the test) instead of aborting the run, so one report lists them all.

void sx_imgui_assert_failed(const char* expr, const char* file, int line);

#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : sx_imgui_assert_failed(#_EXPR, __FILE__, __LINE__))
