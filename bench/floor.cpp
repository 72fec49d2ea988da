// followup_floor: what a program pays before followup's own work, for bench/run.
//
// It loads the shared libraries followup loads (libstdc++, fmt, simdjson, libcsv,
// mimalloc), maps a pipeline file as followup does, walks every field of every prospect
// and touch with simdjson On Demand, and builds nothing. Timed as a whole process next
// to followup's commands, it is a floor: the part of their time that no program with
// these libraries avoids on the machine at hand (process start, the map, one pass of
// parsing; memory in huge pages as followup's, src/io/huge_pages.cpp being linked in).
// What a command takes above it is followup's own: the model, the command, the output.
//
// Usage: followup_floor FILE; prints how many prospects, touches and bytes of values.

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <simdjson.h>
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

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        fmt::print(stderr, "usage: followup_floor FILE\n");
        return 2;
    }
    const int fd = ::open(argv[1], O_RDONLY | O_CLOEXEC);
    struct stat status {};
    if (fd < 0 || ::fstat(fd, &status) != 0 || status.st_size == 0) {
        fmt::print(stderr, "followup_floor: cannot read {}: {}\n", argv[1],
                   fd < 0 ? std::strerror(errno) : "empty or unreadable");
        return 1;
    }
    // As followup maps it: zero pages after the text for simdjson's padding.
    const auto size = static_cast<std::size_t>(status.st_size);
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t length = (size + simdjson::SIMDJSON_PADDING + page - 1) / page * page;
    void* area =
        ::mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (area == MAP_FAILED ||
        ::mmap(area, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
        fmt::print(stderr, "followup_floor: cannot map {}: {}\n", argv[1], std::strerror(errno));
        return 1;
    }
    od::parser parser;
    od::document document;
    od::value root;
    Counts counts;
    const simdjson::padded_string_view text(static_cast<const char*>(area), size, length);
    simdjson::error_code error = parser.iterate(text).get(document);
    if (!error) {
        error = document.get_value().get(root);
    }
    if (!error) {
        error = walk(root, counts);
    }
    if (error) {
        fmt::print(stderr, "followup_floor: {}: {}\n", argv[1], simdjson::error_message(error));
        return 1;
    }
    fmt::print("{} prospects, {} touches, {} bytes of values\n", counts.prospects, counts.touches,
               counts.value_bytes);
    return 0;
}
