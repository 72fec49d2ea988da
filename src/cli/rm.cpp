// followup rm PROSPECT: delete a prospect, after saying what goes with it.

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

#include <fmt/format.h>
#include <iostream>
#include <memory>

namespace followup::cli {
namespace {

struct RmOptions {
    std::string prospect;
    bool yes = false;
};

// Asks before deleting, reading the file without the lock: a person thinking at the
// prompt must not block cron's writes. The deletion itself is by id, under the lock.
int run_rm(const RmOptions& options, Context& context) {
    std::int64_t id = 0;
    std::string what;
    {
        const io::Loaded loaded = load_for_reading(context);
        const Prospect& prospect = find_one_prospect(loaded.pipeline, options.prospect);
        id = prospect.id;
        what = fmt::format(
            "{} and {}", describe(prospect),
            plural(static_cast<long long>(prospect.attempts.size()), "touch", "touches"));
    }
    if (!options.yes) {
        if (!context.stdin_is_tty) {
            throw usage_error(fmt::format("rm would delete {}; add --yes to confirm when not "
                                          "at a terminal",
                                          what));
        }
        fmt::print(stderr, "Delete {}? [y/N] ", what);
        std::string answer;
        std::getline(std::cin, answer);
        if (answer != "y" && answer != "Y" && answer != "yes") {
            print("Nothing deleted.\n");
            return 1;
        }
    }
    io::PipelineUpdate update(resolve_data_file(context));
    Pipeline& pipeline = update.pipeline();
    if (!pipeline.find_by_id(id)) {
        throw Error(fmt::format("#{} is gone already: another followup deleted it meanwhile", id));
    }
    // The id is not handed out again: next_id already lies past it.
    pipeline.next_id = pipeline.peek_next_id();
    std::erase_if(pipeline.prospects, [id](const Prospect& p) { return p.id == id; });
    update.save();
    print(fmt::format("Deleted {}.\n", what));
    return 0;
}

} // namespace

Runner setup_rm(CLI::App& command) {
    auto options = std::make_shared<RmOptions>();
    command
        .add_option("PROSPECT", options->prospect,
                    "Id (12 or #12), email, or part of the name or company")
        ->required();
    command.add_flag("-y,--yes", options->yes, "Do not ask for confirmation (for scripts)");
    return [options](Context& context) {
        return run_rm(*options, context);
    };
}

} // namespace followup::cli
