#include "io/output.hpp"

#include "core/error.hpp"
#include "io/store.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace followup::io {
namespace {

[[noreturn]] void fail(std::string_view what, const std::filesystem::path& path, int error) {
    throw Error(fmt::format("{} {}: {}", what, path.string(), std::strerror(error)));
}

// Writes to what is at `path` without replacing it, as `> path` in a shell does.
void write_in_place(const std::filesystem::path& path, std::string_view text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        fail("cannot open", path, errno);
    }
    while (!text.empty()) {
        const ssize_t count = ::write(fd, text.data(), text.size());
        if (count < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int error = errno;
            ::close(fd);
            fail("cannot write", path, error);
        }
        text.remove_prefix(static_cast<std::size_t>(count));
    }
    if (::close(fd) != 0 && errno != EINTR) {
        fail("cannot write", path, errno);
    }
}

} // namespace

void write_output_file(const std::filesystem::path& path, std::string_view text) {
    struct stat info {};
    // stat follows symlinks: /dev/stdout is a link to /proc/self/fd/1, a pipe or terminal.
    if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
        if (S_ISDIR(info.st_mode)) {
            throw Error(fmt::format("cannot write {}: it is a folder", path.string()));
        }
        write_in_place(path, text);
        return;
    }
    write_file_atomically(resolve_data_file(path), text, Backup::none);
}

} // namespace followup::io
