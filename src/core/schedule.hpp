#pragma once
// The cadence: when each prospect is due next, and when it counts as abandoned before
// the fifth touch. docs/cadence.md says the same in a salesperson's words.

#include "core/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace followup {

// Most sales need five touches; stopping before the fifth is what the tool flags.
constexpr int k_fifth_touch = 5;

// The settings in force, after the file's `settings` were applied to the defaults.
struct Rules {
    std::vector<int> cadence_days{3, 4, 7, 14}; // wait after touch 1, 2, 3, 4
    int after_fifth_days = 30;
    int dream_days = 7;
    int nurture_days = 90;
    int abandon_after_days = 14;
    bool skip_weekends = true;
    std::vector<Channel> channel_plan{Channel::call, Channel::email, Channel::call,
                                      Channel::linkedin, Channel::video};
};

Rules rules_from(const std::optional<Settings>& settings);

struct DueDate {
    Date date;
    bool set_by_hand = false; // from `next`: kept as given, even on a weekend
};

// When the prospect should be touched next; nullopt when it never should (won, dnc).
std::optional<DueDate> due_date(const Prospect& prospect, const Rules& rules);

// Why the prospect counts as abandoned before the fifth touch on `today`, or nullopt
// when it does not: fewer than five touches, not won and not dnc, and either closed
// lost or more than `abandon_after_days` past its due date.
std::optional<std::string> abandonment_reason(const Prospect& prospect, const Rules& rules,
                                              Date today);

// The channel for the next touch: the channel plan's entry for that touch, but never
// the channel that just failed to reach the person.
Channel suggested_channel(const Prospect& prospect, const Rules& rules);

// "touch 4 of 5", or "touch 7" past the fifth.
std::string touch_label(int touch_number);

} // namespace followup
