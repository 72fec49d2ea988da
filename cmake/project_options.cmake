# Warnings and sanitizers as INTERFACE targets, linked only by our own targets so that
# third-party headers and packagers' flags are left alone.
add_library(followup_warnings INTERFACE)
target_compile_options(followup_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
if(FOLLOWUP_WARNINGS_AS_ERRORS)
  target_compile_options(followup_warnings INTERFACE -Werror)
endif()

add_library(followup_sanitizers INTERFACE)
if(FOLLOWUP_SANITIZE)
  target_compile_options(followup_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(followup_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
