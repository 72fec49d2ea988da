#include "io/output.hpp"

#include "io/store.hpp"

namespace followup::io {

void write_output_file(const std::filesystem::path& path, std::string_view text) {
    write_file_atomically(resolve_data_file(path), text, Backup::none);
}

} // namespace followup::io
