#include "io/store.hpp"

#include "core/error.hpp"
#include "io/store_format.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <memory>
#include <optional>
#include <span>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace followup::io {
namespace fs = std::filesystem;
namespace {

std::string describe_errno(int error) {
    return std::strerror(error);
}

[[noreturn]] void fail_io(const std::string& what, const fs::path& path, int error) {
    throw Error(fmt::format("{} {}: {}", what, path.string(), describe_errno(error)));
}

// Closes a descriptor on every path out of a function.
class Descriptor {
  public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }
    // Closes the descriptor held, and holds `fd` instead.
    void reset(int fd) {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        fd_ = fd;
    }

  private:
    int fd_;
};

// A whole data file in memory, followed by k_parse_padding zero bytes for the parser:
// either mapped (a regular file of k_map_from or more) or read into a buffer (a smaller
// one, a pipe, a FIFO, /proc).
struct FileText {
    std::unique_ptr<char[]> buffer; // when read
    void* mapping = nullptr;        // when mapped
    std::size_t mapping_length = 0;
    std::size_t size = 0;

    FileText() = default;
    FileText(const FileText&) = delete;
    FileText& operator=(const FileText&) = delete;
    ~FileText() {
        if (mapping != nullptr) {
            ::munmap(mapping, mapping_length);
        }
    }

    // Writable: the reader overwrites three bytes while it reads (see
    // parse_pipeline_writable). A mapping is private, so the file never sees them.
    std::span<char> text() {
        return {mapping != nullptr ? static_cast<char*>(mapping) : buffer.get(), size};
    }

    // Gives the whole pages within [from, to) back to the system. Only a mapping can: its
    // pages come back from the file if an error message needs to count lines through
    // them.
    void release(std::size_t from, std::size_t to) const {
        if (mapping == nullptr) {
            return;
        }
        const std::size_t page = page_size();
        const std::size_t begin = (from + page - 1) / page * page;
        const std::size_t end = to / page * page;
        if (end > begin) {
            (void)::madvise(static_cast<char*>(mapping) + begin, end - begin, MADV_DONTNEED);
        }
    }

    static std::size_t page_size() { return static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)); }
};

// Maps a regular file of `size` bytes privately (what the reader writes into it stays in
// this process), with zero pages after it for the padding. For a large file only (from
// k_map_from, io/store_format.hpp, which says why a small one is read): a mapping spares
// a copy of the whole file and lets its pages go as the reader moves on, so the file
// never sits whole in memory beside its model. False when the file system cannot map
// it: then it is read instead.
bool map_whole_file(int fd, std::size_t size, FileText& file) {
    const std::size_t page = FileText::page_size();
    const std::size_t length = (size + k_parse_padding + page - 1) / page * page;
    // Reserve the whole range as zero pages, then map the file over its start: the bytes
    // after the end of the file, in its last page and beyond, read as zeros.
    void* const region =
        ::mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED) {
        return false;
    }
    // Not populated: the reader only searches it for where to cut the text into pieces,
    // which it copies out with pread (load_pipeline), and reads it whole only to report
    // an error; populating it first kept one thread 4-5 ms at 10,000 prospects before
    // any reading.
    if (::mmap(region, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0) ==
        MAP_FAILED) {
        ::munmap(region, length);
        return false;
    }
    file.mapping = region;
    file.mapping_length = length;
    file.size = size;
    return true;
}

// Data files larger than this are refused before anything is allocated. 1 GiB holds
// about 700,000 prospects, far beyond any pipeline; the limit is there so that a stream
// that never ends (a FIFO fed by `yes`) is refused instead of eating all memory.
constexpr std::size_t k_max_file_size = std::size_t{1} << 30; // 1 GiB

[[noreturn]] void fail_too_large(const fs::path& path) {
    throw Error(fmt::format("cannot read {}: it is larger than 1 GiB, the most followup reads "
                            "(see docs/performance.md)",
                            path.string()));
}

void read_whole_file(int fd, const fs::path& path, FileText& file) {
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        fail_io("cannot read", path, errno);
    }
    if (S_ISDIR(info.st_mode)) {
        throw Error(fmt::format("cannot read {}: it is a folder, not a data file", path.string()));
    }
    // A device (/dev/zero, a terminal) is no data file, and may never end.
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)) {
        throw Error(fmt::format("cannot read {}: it is a device, not a data file", path.string()));
    }
    const bool regular = S_ISREG(info.st_mode);
    const auto expected = static_cast<std::size_t>(std::max<off_t>(info.st_size, 0));
    if (expected > k_max_file_size) {
        fail_too_large(path);
    }
    if (regular && expected >= k_map_from && map_whole_file(fd, expected, file)) {
        return;
    }
    // One byte more than the file, so that one read() finds its end without growing the
    // buffer. The buffer is not zero-filled first (std::string::resize would): read()
    // writes every byte used, and filling 150 MB twice costs as much as reading it.
    std::size_t capacity = regular ? expected + 1 : std::size_t{64} << 10;
    file.buffer.reset(new char[capacity + k_parse_padding]);
    while (true) {
        if (file.size == capacity) {
            // The file grew while being read, or is a pipe: grow, within the limit.
            if (capacity > k_max_file_size) {
                fail_too_large(path);
            }
            capacity = std::min(capacity * 2, k_max_file_size + 1);
            std::unique_ptr<char[]> bigger(new char[capacity + k_parse_padding]);
            std::memcpy(bigger.get(), file.buffer.get(), file.size);
            file.buffer = std::move(bigger);
        }
        const ssize_t count = ::read(fd, file.buffer.get() + file.size, capacity - file.size);
        if (count < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail_io("cannot read", path, errno);
        }
        if (count == 0) {
            break;
        }
        file.size += static_cast<std::size_t>(count);
    }
    if (file.size > k_max_file_size) {
        fail_too_large(path);
    }
    std::memset(file.buffer.get() + file.size, 0, k_parse_padding);
}

// Reads exactly into.size() bytes of the file from `offset` on. False when the file ends
// before (another program cut it short) or cannot be read: the reader then reads the
// mapping, whose guard reports it (TruncationGuard).
bool read_at(int fd, std::size_t offset, std::span<char> into) {
    while (!into.empty()) {
        const ssize_t count = ::pread(fd, into.data(), into.size(), static_cast<off_t>(offset));
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0) {
            return false;
        }
        into = into.subspan(static_cast<std::size_t>(count));
        offset += static_cast<std::size_t>(count);
    }
    return true;
}

void write_all(int fd, std::string_view text, const fs::path& path) {
    while (!text.empty()) {
        const ssize_t count = ::write(fd, text.data(), text.size());
        if (count < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail_io("cannot write", path, errno);
        }
        text.remove_prefix(static_cast<std::size_t>(count));
    }
}

void fsync_folder(const fs::path& folder) {
    Descriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0) {
        ::fsync(fd.get());
    }
}

// Creates the folder and any missing parents with mode 0700: they will hold personal data.
void create_private_folders(const fs::path& folder) {
    if (folder.empty() || fs::exists(folder)) {
        return;
    }
    create_private_folders(folder.parent_path());
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
        fail_io("cannot create the folder", folder, errno);
    }
}

fs::path folder_of(const fs::path& file) {
    return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

// Temporary files are named after the data file so that a later write can tell which
// leftovers (from a process killed mid-write) are its own to clean up.
std::string temp_prefix(const fs::path& target) {
    return "." + target.filename().string() + ".tmp-";
}

void remove_stale_temp_files(const fs::path& target) {
    const std::string prefix = temp_prefix(target);
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder_of(target), error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(prefix)) {
            fs::remove(entry.path(), error);
        }
    }
}

// While a mapped file is read, a program that cuts it short (an editor saving in place;
// followup itself only ever replaces the file by rename) would kill followup with SIGBUS,
// a bare "Bus error", at the next page read. This says what happened instead, with the
// exit status of a data error. (A piece copied with pread comes out short instead; the
// reader then reads the mapping whole, and faults there.) The handler may only call
// async-signal-safe functions, so its message is written before.
class TruncationGuard {
  public:
    explicit TruncationGuard(const std::string& display)
        : message_(fmt::format("followup: error: {} was cut short by another program while "
                               "followup read it; run the command again\n",
                               display)) {
        s_message = message_.data();
        s_length = message_.size();
        struct sigaction action {};
        action.sa_handler = &on_sigbus;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &previous_);
    }
    ~TruncationGuard() {
        ::sigaction(SIGBUS, &previous_, nullptr);
        s_message = nullptr;
    }
    TruncationGuard(const TruncationGuard&) = delete;
    TruncationGuard& operator=(const TruncationGuard&) = delete;

  private:
    // Both of the reader's threads may fault on the cut file at once: the first says so
    // and ends the process; any other waits for that end, so the line is written once.
    static void on_sigbus(int /*signal*/) {
        if (s_reported.test_and_set()) {
            while (true) {
                ::pause();
            }
        }
        if (s_message != nullptr) {
            (void)!::write(STDERR_FILENO, s_message, s_length);
        }
        ::_exit(1);
    }

    static inline std::atomic_flag s_reported = ATOMIC_FLAG_INIT;
    static inline const char* s_message = nullptr;
    static inline std::size_t s_length = 0;
    std::string message_;
    struct sigaction previous_ {};
};

} // namespace

fs::path resolve_data_file(const fs::path& path) {
    // Follow symlinks one by one, so that a link to a file not created yet is written
    // through too (weakly_canonical stops at a dangling final link).
    fs::path current = fs::absolute(path);
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code error;
        if (!fs::is_symlink(fs::symlink_status(current, error))) {
            break;
        }
        const fs::path target = fs::read_symlink(current, error);
        if (error) {
            break;
        }
        current = target.is_absolute() ? target : current.parent_path() / target;
    }
    std::error_code error;
    fs::path resolved = fs::weakly_canonical(current, error);
    return error ? current : resolved;
}

Loaded::~Loaded() {
    if (!keep_until_exit || pipeline.prospects.empty()) {
        return;
    }
    // Kept in a list no one frees, so LeakSanitizer sees it reachable and stays quiet.
    static auto* const kept = new std::vector<std::vector<Prospect>>();
    try {
        kept->push_back(std::move(pipeline.prospects));
    } catch (...) { // out of memory: then they are freed as usual
    }
}

Loaded load_pipeline(const fs::path& path, const std::string& display, TouchNotes touch_notes) {
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) {
            return Loaded{};
        }
        fail_io("cannot open", path, errno);
    }
    const std::string& name = display.empty() ? path.string() : display;
    FileText file;
    read_whole_file(fd.get(), path, file);
    // Only a mapping can be cut short under the reader; a file read is already whole.
    std::optional<TruncationGuard> guard;
    if (file.mapping != nullptr) {
        guard.emplace(name);
    }
    Loaded loaded;
    try {
        ReadOptions options;
        options.progress = [&file](std::size_t from, std::size_t to) {
            file.release(from, to);
        };
        options.touch_notes = touch_notes;
        if (file.mapping != nullptr) {
            // The pieces copied into the heap's huge pages rather than read from the
            // mapping's small ones (docs/performance.md): 10,000 prospects' `due` 6 ms
            // sooner.
            options.copy = [fd = fd.get()](std::size_t offset, std::span<char> into) {
                return read_at(fd, offset, into);
            };
        }
        loaded.pipeline = parse_pipeline_writable(file.text(), name, &loaded.notices, options);
    } catch (const NewerFormatError&) {
        throw; // not broken: its message says to upgrade followup
    } catch (const Error& error) {
        // Say how to recover a broken file.
        const std::string backup = path.string() + ".bak";
        if (::access(backup.c_str(), R_OK) != 0) {
            throw;
        }
        throw Error(fmt::format("{}; correct it there by hand, or copy back {}, the version "
                                "before the last change",
                                error.what(), backup),
                    error.kind());
    }
    loaded.file_existed = true;
    return loaded;
}

FileLock::FileLock(const fs::path& data_file, std::chrono::milliseconds wait)
    : lock_path_(data_file.string() + ".lock") {
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (true) {
        Descriptor fd(::open(lock_path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
        if (fd.get() < 0) {
            fail_io("cannot create the lock file", lock_path_, errno);
        }
        if (::flock(fd.get(), LOCK_EX | LOCK_NB) == 0) {
            // The previous holder removes the lock file as it lets go; if that happened
            // between our open and our flock, we hold a lock on a file nobody else sees.
            struct stat held {};
            struct stat current {};
            if (::fstat(fd.get(), &held) == 0 && ::stat(lock_path_.c_str(), &current) == 0 &&
                held.st_ino == current.st_ino && held.st_dev == current.st_dev) {
                fd_ = fd.release();
                return;
            }
            continue;
        }
        if (errno != EWOULDBLOCK) {
            fail_io("cannot lock", lock_path_, errno);
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            throw Error(fmt::format(
                "{} is busy: another followup has been writing it for {} s (lock {}); try "
                "again in a moment",
                data_file.string(), std::chrono::duration_cast<std::chrono::seconds>(wait).count(),
                lock_path_.string()));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

FileLock::~FileLock() {
    // Removed while still held, so a waiter that opened it retries on a fresh file.
    ::unlink(lock_path_.c_str());
    ::close(fd_);
}

PipelineUpdate::PipelineUpdate(const fs::path& path, std::chrono::milliseconds lock_wait)
    : target_(resolve_data_file(path)) {
    create_private_folders(folder_of(target_));
    lock_.emplace(target_, lock_wait);
    loaded_ = load_pipeline(target_, path.string());
    loaded_.keep_until_exit = true;
}

void PipelineUpdate::save() {
    write_file_atomically(
        target_, [this](const TextSink& sink) { write_pipeline(loaded_.pipeline, sink); },
        Backup::keep);
}

void write_file_atomically(const fs::path& target, std::string_view text, Backup backup) {
    write_file_atomically(
        target, [text](const TextSink& sink) { sink(text); }, backup);
}

namespace {

// The backup about to be replaced, moved to `temp_path` (an empty temporary file, which it
// replaces) and opened to be written over with the new version; -1, leaving it where it
// is, when there is none, when it is not a plain file of this user's with no other name,
// or when another process has it open.
//
// Dropping the last name of the old backup made the file system free its blocks there
// and then: on the ext4 followup was measured on, 12-16 ms for a 14 MB file (10,000
// prospects), 13 of a `log`'s 98 ms. Written over, the blocks are reused and nothing is
// freed (the journal files of SQLite's PERSIST mode do the same), and the fsync has no
// new blocks to record. A backup with another name (a hard link kept by a snapshot tool)
// is never written into.
//
// Readers take no lock: one that opened this file while it was the data file, two writes
// ago, may be reading it still, and must never see it change. A write lease is granted
// only when no other process has the file open or mapped, and while it is held (until the
// descriptor is closed, after the fsync) an open of it waits. The lease's break signal
// is SIGURG, which is ignored unless handled: SIGIO, the default, would kill followup.
//
// The cost: while the new version is written the backup has no name, so a write that
// fails or is killed leaves no <file>.bak, where it used to leave the one before. The
// data file itself is untouched until the final rename, as always.
int recycle_backup(const fs::path& backup_path, const fs::path& temp_path) {
    Descriptor fd(::open(backup_path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
    struct stat info {};
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode) ||
        info.st_nlink != 1 || info.st_uid != ::geteuid()) {
        return -1;
    }
    if (::fcntl(fd.get(), F_SETSIG, SIGURG) != 0 || ::fcntl(fd.get(), F_SETLEASE, F_WRLCK) != 0) {
        return -1;
    }
    if (::rename(backup_path.c_str(), temp_path.c_str()) != 0) {
        return -1;
    }
    return fd.release();
}

} // namespace

void write_file_atomically(const fs::path& target,
                           const std::function<void(const TextSink&)>& produce, Backup backup) {
    const fs::path folder = folder_of(target);
    const fs::path backup_path = target.string() + ".bak";
    std::string temp_name = (folder / (temp_prefix(target) + "XXXXXX")).string();
    Descriptor fd(::mkstemp(temp_name.data())); // mode 0600
    if (fd.get() < 0) {
        fail_io("cannot create a temporary file in", folder, errno);
    }
    const fs::path temp_path(temp_name);
    try {
        struct stat existing {};
        const bool target_exists = ::stat(target.c_str(), &existing) == 0;
        // Only a backup about to be replaced: with no data file, it may be all that is left.
        if (backup == Backup::keep && target_exists) {
            if (const int recycled = recycle_backup(backup_path, temp_path); recycled >= 0) {
                fd.reset(recycled);
            }
        }
        if (target_exists && ::fchmod(fd.get(), existing.st_mode & 0777) != 0) {
            fail_io("cannot set the mode of", temp_path, errno);
        }
        const int out = fd.get();
        off_t written = 0;
        produce([out, &temp_path, &written](std::string_view piece) {
            write_all(out, piece, temp_path);
            // Starts writing this piece to the disk now, while the next is made, so that
            // the fsync below waits only for the last (10 ms less at 10k prospects). Only
            // a head start: the fsync is what makes the file safe, and where the call is
            // not supported, nothing changes.
            (void)::sync_file_range(out, written, static_cast<off_t>(piece.size()),
                                    SYNC_FILE_RANGE_WRITE);
            written += static_cast<off_t>(piece.size());
        });
        // A recycled backup may be longer than the new version.
        if (::ftruncate(fd.get(), written) != 0) {
            fail_io("cannot write", temp_path, errno);
        }
        if (::fsync(fd.get()) != 0) {
            fail_io("cannot write", temp_path, errno);
        }
        if (::close(fd.release()) != 0) {
            fail_io("cannot write", temp_path, errno);
        }
        if (backup == Backup::keep) {
            // The version being replaced stays as <file>.bak: a hard link costs no copy.
            // A <file>.bak-new found here was left by a killed write (we hold the lock).
            const fs::path backup_temp = target.string() + ".bak-new";
            ::unlink(backup_temp.c_str());
            if (target_exists && ::link(target.c_str(), backup_temp.c_str()) == 0) {
                ::rename(backup_temp.c_str(), backup_path.c_str());
                // rename(2) does nothing when both names are links to one file, as a kill
                // between this rename and the next one leaves .bak and the file: so the
                // name may still be there.
                ::unlink(backup_temp.c_str());
            }
        }
        if (::rename(temp_path.c_str(), target.c_str()) != 0) {
            fail_io("cannot replace", target, errno);
        }
    } catch (...) {
        ::unlink(temp_path.c_str());
        throw;
    }
    fsync_folder(folder);
    remove_stale_temp_files(target);
}

} // namespace followup::io
