#pragma once
// Reports written to a file the user names (stats -o): replaced whole, never half-written.

#include <filesystem>
#include <string_view>

namespace followup::io {

void write_output_file(const std::filesystem::path& path, std::string_view text);

} // namespace followup::io
