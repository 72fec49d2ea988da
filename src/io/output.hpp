#pragma once
// Reports written to a file the user names (stats -o): replaced whole, never half-written.

#include <filesystem>
#include <string_view>

namespace followup::io {

// A regular file (or a name not taken yet) is replaced atomically, through a temporary
// file and a rename. Anything else already there (a device such as /dev/null, a FIFO, a
// terminal, /dev/stdout) is opened and written to as it is, never replaced.
void write_output_file(const std::filesystem::path& path, std::string_view text);

} // namespace followup::io
