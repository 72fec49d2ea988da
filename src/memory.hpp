#pragma once
// How the followup process gets its memory. See memory.cpp.

namespace followup {

// Asks for memory in 2 MiB pages from here on, where the build and the system allow it.
// Call first thing in main.
void use_large_pages();

} // namespace followup
