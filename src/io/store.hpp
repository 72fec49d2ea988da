#pragma once
// The data file on disk: reading it, and rewriting it without ever losing it.
//
// Reads take no lock: every write replaces the file with rename(2), so a reader sees
// either the old file or the new one, never half of one. Read-modify-write sessions hold
// an exclusive lock on "<file>.lock" from before the read until after the rename, so a
// cron job and a person never overwrite each other's changes.

#include "core/model.hpp"
#include "io/store_format.hpp" // TextSink

#include <chrono>
#include <filesystem>
#include <optional>

namespace followup::io {

// The pipeline as loaded, and whether there was a file at all (a missing file is an
// empty pipeline until the first write creates it).
struct Loaded {
    Pipeline pipeline;
    bool file_existed = false;
    std::vector<std::string> notices; // what the load put in order (see parse_pipeline)
    // Set by the command's load helpers: the prospects are then never freed, but kept
    // until the process ends, which frees all its memory at once. Freeing 100,000
    // prospects one string at a time would cost milliseconds for nothing.
    bool keep_until_exit = false;

    Loaded() = default;
    Loaded(Loaded&&) = default; // no copies: a pipeline may be 100 MB
    Loaded& operator=(Loaded&&) = default;
    ~Loaded();
};

// `display` names the file in error messages (default: the path itself), so that a file
// read through a symlink is still called what the user called it.
// `touch_notes`: see TouchNotes (io/store_format.hpp).
Loaded load_pipeline(const std::filesystem::path& path, const std::string& display = {},
                     TouchNotes touch_notes = TouchNotes::keep);

// An exclusive lock on the data file, held for the life of the object.
class FileLock {
  public:
    FileLock(const std::filesystem::path& data_file, std::chrono::milliseconds wait);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

  private:
    std::filesystem::path lock_path_;
    int fd_ = -1;
};

// A read-modify-write session: locks, then loads (with keep_until_exit set: one session
// a process). save() writes the new version
// atomically: a temporary file in the same folder (mode 0600, or the file's own mode),
// fsync, the old version kept as "<file>.bak", rename over the file, fsync the folder.
// A symlinked data file is written through the link.
class PipelineUpdate {
  public:
    explicit PipelineUpdate(const std::filesystem::path& path,
                            std::chrono::milliseconds lock_wait = std::chrono::seconds(10));

    Pipeline& pipeline() { return loaded_.pipeline; }
    bool file_existed() const { return loaded_.file_existed; }
    const std::filesystem::path& target() const { return target_; }
    const std::vector<std::string>& notices() const { return loaded_.notices; }
    void save();

  private:
    std::filesystem::path target_; // the real file, after following symlinks
    std::optional<FileLock> lock_;
    Loaded loaded_;
};

// The real file a path names, following symlinks even when the final file does not exist.
std::filesystem::path resolve_data_file(const std::filesystem::path& path);

enum class Backup { keep, none };
// Writes `text` to `target` atomically (see PipelineUpdate::save); with Backup::keep the
// version it replaces stays as "<target>.bak".
void write_file_atomically(const std::filesystem::path& target, std::string_view text,
                           Backup backup);
// The same for a text made piece by piece: `produce` hands each piece to the sink it is
// given. If it throws, the file is left as it was.
void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(const TextSink&)>& produce, Backup backup);

} // namespace followup::io
