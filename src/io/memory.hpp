#pragma once
// How the followup process gets its memory for a large load. See memory.cpp.

#include <cstddef>

namespace followup::io {

// Called before loading a data file of `file_size` bytes. From 4 MiB on (about 3,000
// prospects) it has memory come in 2 MiB pages from then on, where the build and the
// system allow it; below, 4 KiB pages cost less. Later calls do nothing more.
void prepare_for_load(std::size_t file_size);

} // namespace followup::io
