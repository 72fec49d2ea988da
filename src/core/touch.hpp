#pragma once
// What logging a touch does to a prospect, and the rules that change its status.

#include "core/model.hpp"

#include <optional>

namespace followup {

// Adds the attempt in time order and applies its outcome: `won` and `lost` close the
// prospect, `not-interested` moves it to nurture ("not now", unless it is a dream client,
// who is never let go), and a conversation on a nurtured or lost prospect makes it active
// again. Only the latest touch moves the status: one logged with an earlier date than
// touches already there slots into its place and leaves the status alone. A hand-set `next` date
// only lasts until the next touch, so it is replaced by `next` (which may be nullopt). Returns the
// touch's number (1 for the first).
int record_attempt(Prospect& prospect, Attempt attempt, std::optional<Date> next);

} // namespace followup
