// followup check [--repair]: validate the data file and say exactly what is wrong.

#include "cli/commands.hpp"
#include "core/checks.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct CheckOptions {
    bool repair = false;
};

long long count_touches(const Pipeline& pipeline) {
    long long touches = 0;
    for (const Prospect& prospect : pipeline.prospects) {
        touches += static_cast<long long>(prospect.attempts.size());
    }
    return touches;
}

int run_check(const CheckOptions& options, Context& context) {
    // Broken JSON, wrong types and unknown values stop the load with the exact spot; the
    // file is then never written, --repair or not.
    // Only --repair writes, so only --repair takes the lock.
    const auto path = resolve_data_file(context);
    std::optional<io::PipelineUpdate> update;
    io::Loaded read_only;
    if (options.repair) {
        update.emplace(path);
    } else {
        read_only = io::load_pipeline(path);
    }
    if (!(update ? update->file_existed() : read_only.file_existed)) {
        throw Error(fmt::format("no data file at {}", path.string()));
    }
    Pipeline& pipeline = update ? update->pipeline() : read_only.pipeline;
    std::vector<Problem> problems;
    for (const std::string& notice : update ? update->notices() : read_only.notices) {
        problems.push_back({notice, true});
    }
    for (Problem& problem : find_problems(pipeline)) {
        problems.push_back(std::move(problem));
    }
    std::string out;
    const std::string name = path.string();
    bool unrepaired = false;
    for (const Problem& problem : problems) {
        const bool fixed = options.repair && problem.repairable;
        unrepaired = unrepaired || !fixed;
        out += fmt::format("{}: {}{}\n", name, problem.message,
                           fixed                ? " (repaired)"
                           : problem.repairable ? " (check --repair fixes it)"
                                                : "");
    }
    if (options.repair && !problems.empty()) {
        repair(pipeline);
        update->save(); // the version before the repair stays as <file>.bak
        out += fmt::format("{}: repaired; the previous version is in {}.bak\n", name,
                           update->target().string());
    }
    if (problems.empty()) {
        out += fmt::format(
            "{}: ok, {}, {}\n", name,
            plural(static_cast<long long>(pipeline.prospects.size()), "prospect", "prospects"),
            plural(count_touches(pipeline), "touch", "touches"));
    }
    print(out);
    return unrepaired ? 1 : 0;
}

} // namespace

Runner setup_check(CLI::App& command) {
    auto options = std::make_shared<CheckOptions>();
    command.add_flag("--repair", options->repair,
                     "Fix what can be fixed without guessing, after keeping a backup");
    return [options](Context& context) {
        return run_check(*options, context);
    };
}

} // namespace followup::cli
