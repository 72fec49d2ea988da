# Warnings and sanitizers as INTERFACE targets, linked only by our own targets so that
# third-party headers and packagers' flags are left alone.
add_library(followup_warnings INTERFACE)
target_compile_options(followup_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
# GCC 12's optimiser takes `"text" + std::string` for an overlapping memcpy (-Wrestrict,
# GCC bug 105329, fixed in GCC 13): eight false warnings in every Release build on Debian
# 12, the first thing a new user's `scripts/demo` would have shown. Off for GCC 12 only;
# clang and newer GCC keep the check.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(followup_warnings INTERFACE -Wno-restrict)
endif()
if(FOLLOWUP_WARNINGS_AS_ERRORS)
  target_compile_options(followup_warnings INTERFACE -Werror)
endif()

add_library(followup_sanitizers INTERFACE)
if(FOLLOWUP_SANITIZE)
  target_compile_options(followup_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(followup_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
