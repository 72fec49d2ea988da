// followup undo: put back the version of the file before the last change, after saying
// in words what that takes back. The version undone becomes the backup, so a second
// undo redoes it.

#include "cli/commands.hpp"
#include "core/changes.hpp"
#include "core/error.hpp"
#include "io/store_format.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct UndoOptions {
    bool dry_run = false;
};

int run_undo(const UndoOptions& options, Context& context) {
    io::PipelineUpdate update(resolve_data_file(context));
    const std::filesystem::path backup_path = update.target().string() + ".bak";
    const io::Loaded backup = io::load_pipeline(backup_path);
    if (!backup.file_existed) {
        throw Error(fmt::format("nothing to undo: there is no backup at {} (one is kept from "
                                "the first change on)",
                                backup_path.string()));
    }
    const auto changes = describe_changes(update.pipeline(), backup.pipeline);
    std::string out;
    if (changes.empty()) {
        out = "The backup holds the same pipeline; nothing to take back.\n";
    } else {
        out = options.dry_run ? "Undo would:\n" : "Undo:\n";
        for (const auto& change : changes) {
            out += fmt::format("  - {}\n", change);
        }
    }
    if (!options.dry_run && !changes.empty()) {
        update.pipeline() = backup.pipeline;
        update.save();
    }
    print(out);
    return 0;
}

} // namespace

Runner setup_undo(CLI::App& command) {
    auto options = std::make_shared<UndoOptions>();
    command.add_flag("-n,--dry-run", options->dry_run, "Only say what undo would take back");
    return [options](Context& context) {
        return run_undo(*options, context);
    };
}

} // namespace followup::cli
