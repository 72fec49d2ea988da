#pragma once
// The setup function of every command; command_table() in commands.cpp lists them.

#include "cli/context.hpp"

namespace followup::cli {

Runner setup_add(CLI::App& command);
Runner setup_log(CLI::App& command);
Runner setup_set(CLI::App& command);
Runner setup_snooze(CLI::App& command);
Runner setup_rm(CLI::App& command);
Runner setup_list(CLI::App& command);
Runner setup_show(CLI::App& command);
Runner setup_due(CLI::App& command);
Runner setup_stats(CLI::App& command);
Runner setup_undo(CLI::App& command);
Runner setup_away(CLI::App& command);
Runner setup_check(CLI::App& command);
Runner setup_import(CLI::App& command);
Runner setup_export(CLI::App& command);
Runner setup_completion(CLI::App& command);

} // namespace followup::cli
