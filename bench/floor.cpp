// followup_floor: what a program pays before followup's own work, for bench/run.
//
// It loads the shared libraries followup loads (libstdc++, fmt, simdjson, libcsv,
// mimalloc), reads a pipeline file into memory (see take_text), walks every field of
// every prospect and touch with simdjson On Demand, and builds nothing. Timed as a whole
// process next to followup's commands, it is a floor: the part of their time that no
// program with these libraries avoids on the machine at hand (process start, the file,
// one pass of parsing; memory in huge pages as followup's, src/io/huge_pages.cpp being
// linked in). What a command takes above it is followup's own: the model, the command,
// the output.
//
// With --write it then saves the same bytes back as safely as followup saves a change:
// a temporary file in the same folder, written, fsync'd, renamed over the file, and the
// folder fsync'd. That is the floor of a command that changes the file (log, add, set),
// which must also lock it, make the new text and keep a backup.
//
// Usage: followup_floor [--write] FILE; prints how many prospects, touches and bytes of
// values.

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <memory>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace od = simdjson::ondemand;

namespace {

struct Counts {
    std::size_t prospects = 0;
    std::size_t touches = 0;
    std::size_t value_bytes = 0;
};

// Every value's token is read, as a reader that keeps it would; objects and lists are
// walked down to their values.
simdjson::error_code walk(od::value value, Counts& counts) {
    od::json_type type{};
    if (auto error = value.type().get(type)) {
        return error;
    }
    if (type == od::json_type::object) {
        od::object object;
        if (auto error = value.get_object().get(object)) {
            return error;
        }
        for (auto field : object) {
            std::string_view key;
            if (auto error = field.unescaped_key().get(key)) {
                return error;
            }
            if (key == "prospects" || key == "attempts") {
                od::array list;
                if (auto error = field.value().get_array().get(list)) {
                    return error;
                }
                const bool touches = key == "attempts";
                for (auto item : list) {
                    (touches ? counts.touches : counts.prospects) += 1;
                    od::value element;
                    if (auto error = item.get(element)) {
                        return error;
                    }
                    if (auto error = walk(element, counts)) {
                        return error;
                    }
                }
            } else if (auto error = walk(field.value(), counts)) {
                return error;
            }
        }
        return simdjson::SUCCESS;
    }
    std::string_view token;
    if (type == od::json_type::array) { // tags, cadence, channel_plan
        od::array list;
        if (auto error = value.get_array().get(list)) {
            return error;
        }
        for (auto item : list) {
            if (auto error = item.raw_json_token().get(token)) {
                return error;
            }
            counts.value_bytes += token.size();
        }
        return simdjson::SUCCESS;
    }
    counts.value_bytes += value.raw_json_token().size();
    return simdjson::SUCCESS;
}

// The text of `fd`, `size` bytes, followed by SIMDJSON_PADDING zero bytes: read into
// memory, in huge pages, whatever its size. followup reads a file under k_map_from the
// same way; a larger one it maps, to cut it into pieces, and copies the pieces into
// memory one after another (io/store.cpp), which keeps its memory down but is no faster
// than one read. Null on failure.
const char* take_text(int fd, std::size_t size, std::unique_ptr<char[]>& buffer) {
    buffer = std::make_unique_for_overwrite<char[]>(size + simdjson::SIMDJSON_PADDING);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t count = ::read(fd, buffer.get() + done, size - done);
        if (count <= 0) {
            return nullptr;
        }
        done += static_cast<std::size_t>(count);
    }
    std::memset(buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return buffer.get();
}

// Replaces `path` with `text` as followup does: temporary file, fsync, rename, folder fsync.
bool save(const std::string& path, std::string_view text) {
    const std::size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : path.substr(0, slash + 1);
    std::string temp = path + ".floor-XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        return false;
    }
    bool ok = true;
    while (ok && !text.empty()) {
        const ssize_t count = ::write(fd, text.data(), text.size());
        ok = count > 0;
        if (ok) {
            text.remove_prefix(static_cast<std::size_t>(count));
        }
    }
    ok = ok && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    ok = ok && ::rename(temp.c_str(), path.c_str()) == 0;
    if (!ok) {
        ::unlink(temp.c_str());
        return false;
    }
    const int folder_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ok = folder_fd >= 0 && ::fsync(folder_fd) == 0;
    if (folder_fd >= 0) {
        ::close(folder_fd);
    }
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    const bool write = argc == 3 && std::string_view(argv[1]) == "--write";
    if (!(argc == 2 && !std::string_view(argv[1]).starts_with("--")) && !write) {
        fmt::print(stderr, "usage: followup_floor [--write] FILE\n");
        return 2;
    }
    const std::string path = argv[argc - 1];
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat status {};
    if (fd < 0 || ::fstat(fd, &status) != 0 || status.st_size == 0) {
        fmt::print(stderr, "followup_floor: cannot read {}: {}\n", path,
                   fd < 0 ? std::strerror(errno) : "empty or unreadable");
        return 1;
    }
    const auto size = static_cast<std::size_t>(status.st_size);
    std::unique_ptr<char[]> buffer;
    const char* const taken = take_text(fd, size, buffer);
    if (taken == nullptr) {
        fmt::print(stderr, "followup_floor: cannot read {}: {}\n", path, std::strerror(errno));
        return 1;
    }
    od::parser parser;
    od::document document;
    od::value root;
    Counts counts;
    const simdjson::padded_string_view text(taken, size, size + simdjson::SIMDJSON_PADDING);
    simdjson::error_code error = parser.iterate(text).get(document);
    if (!error) {
        error = document.get_value().get(root);
    }
    if (!error) {
        error = walk(root, counts);
    }
    if (error) {
        fmt::print(stderr, "followup_floor: {}: {}\n", path, simdjson::error_message(error));
        return 1;
    }
    if (write && !save(path, std::string_view(taken, size))) {
        fmt::print(stderr, "followup_floor: cannot save {}: {}\n", path, std::strerror(errno));
        return 1;
    }
    fmt::print("{} prospects, {} touches, {} bytes of values\n", counts.prospects, counts.touches,
               counts.value_bytes);
    return 0;
}
