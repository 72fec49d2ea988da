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
    std::vector<AwayPeriod> away; // nothing falls due on these days
};

// A lost deal is worth another try for a year; after that it is left alone.
constexpr int k_reengage_window_days = 365;

// When a lost deal was lost: the last touch with outcome `lost`, else (status set by hand)
// the last touch, else the day the prospect was added.
Date lost_on(const Prospect& prospect);

// Why a prospect is due: the cadence, or one of the ways followup keeps the door open.
enum class DueReason {
    first_touch, // never touched yet
    cadence,     // the next touch of the sequence
    by_hand,     // a `next` date set with log --next or snooze
    check_back,  // "not now" (nurture): check back after nurture_days
    reengage,    // closed lost less than a year ago: try again after nurture_days
};
std::string_view to_string(DueReason reason);

// The rules in force: each setting from the data file's `settings`, else from
// `user_defaults` (the user's configuration), else built in.
Rules rules_from(const std::optional<Settings>& settings, const Settings& user_defaults = {});

struct DueDate {
    Date date;
    DueReason reason = DueReason::cadence;
    bool set_by_hand() const { return reason == DueReason::by_hand; }
};

// The first day on or after `date` that is not away (and, when skip_weekends, not a
// Saturday or Sunday).
Date first_working_day(Date date, const Rules& rules);
// How many days of [from, to) fall in an away period.
int days_away_between(Date from, Date to, const Rules& rules);

// When the prospect should be touched next; nullopt when it never should (won, dnc).
// The agenda leaves out deals lost more than a year ago. A date set by hand is kept, even on a
// weekend, but never inside a period away.
std::optional<DueDate> due_date(const Prospect& prospect, const Rules& rules);

// Why the prospect counts as abandoned before the fifth touch on `today`, or nullopt
// when it does not: fewer than five touches, not won and not dnc, and either closed
// lost or more than `abandon_after_days` past its due date (days away not counted).
std::optional<std::string> abandonment_reason(const Prospect& prospect, const Rules& rules,
                                              Date today);
// The same, given the prospect's due date (due_date(prospect, rules)): the agenda needs
// both for every prospect, and computes the due date once.
std::optional<std::string> abandonment_reason(const Prospect& prospect, const Rules& rules,
                                              Date today, const std::optional<DueDate>& due);

// The channel for the next touch: the channel plan's entry for that touch, but never
// the channel that just failed to reach the person. The prospect's own plan wins.
Channel suggested_channel(const Prospect& prospect, const Rules& rules);

// "touch 4 of 5", or "touch 7" past the fifth.
std::string touch_label(int touch_number);

} // namespace followup
