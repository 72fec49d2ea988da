#include "cli/commands.hpp"

namespace followup::cli {

// Every command, in the order `followup --help` lists them. The example line of each
// shows in its --help and in `followup help COMMAND`.
const std::vector<CommandSpec>& command_table() {
    static const std::vector<CommandSpec> table = {
        {"due", "Who to touch today, on which channel, and who is being abandoned",
         "followup due --within 3", setup_due},
        {"add", "Add a prospect", "followup add \"Ann Lee\" --company Acme --email ann@acme.com",
         setup_add},
        {"log", "Record a touch (a call, an email, a meeting...) on a prospect",
         "followup log ann --channel call --outcome voicemail --note \"left a message\"",
         setup_log},
        {"show", "One prospect and the whole timeline of touches", "followup show acme",
         setup_show},
        {"list", "All prospects, with their touches and next due date",
         "followup list --status active --format csv > pipeline.csv", setup_list},
        {"stats", "How persistent you are, against the numbers that close deals",
         "followup stats --by touch --format csv", setup_stats},
        {"set", "Change a prospect's details, status or cadence", "followup set ann --status won",
         setup_set},
        {"snooze", "Move a prospect's next touch to another day", "followup snooze ann +2w",
         setup_snooze},
        {"away", "Plan time away: nothing falls due, and it does not count as abandoning",
         "followup away 2026-12-21 2027-01-01", setup_away},
        {"rm", "Delete a prospect and its touches", "followup rm 12 --yes", setup_rm},
        {"undo", "Take back the last change, after saying what it was", "followup undo --dry-run",
         setup_undo},
        {"check", "Validate the data file; --repair fixes what is safe to fix",
         "followup check --repair", setup_check},
        {"import", "Add prospects (or, with --attempts, touches) from a CSV or CRM export",
         "followup import hubspot-contacts.csv --dry-run", setup_import},
        {"export", "The pipeline as json, one row per touch as csv, or due touches as ics",
         "followup export --format ics -o followups.ics", setup_export},
        {"completion", "Print the shell completion script for bash, zsh or fish",
         "followup completion bash > ~/.local/share/bash-completion/completions/followup",
         setup_completion},
    };
    return table;
}

} // namespace followup::cli
