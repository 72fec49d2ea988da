#include "core/touch.hpp"

#include <algorithm>

namespace followup {
namespace {

// What an outcome says about where the deal stands now.
void apply_outcome(Prospect& prospect, Outcome outcome) {
    switch (outcome) {
    case Outcome::won:
        prospect.status = Status::won;
        break;
    case Outcome::lost:
        prospect.status = Status::lost;
        break;
    case Outcome::not_interested:
        if (!prospect.dream && prospect.status != Status::dnc) {
            prospect.status = Status::nurture;
        }
        break;
    case Outcome::connected:
    case Outcome::replied:
    case Outcome::meeting:
        if (prospect.status == Status::nurture || prospect.status == Status::lost) {
            prospect.status = Status::active;
        }
        break;
    case Outcome::no_answer:
    case Outcome::voicemail:
    case Outcome::objection:
        break;
    }
}

} // namespace

int record_attempt(Prospect& prospect, Attempt attempt, std::optional<Date> next) {
    prospect.next = next;
    // Later than every attempt at or before it: a backdated touch slots into its place.
    const auto position =
        std::upper_bound(prospect.attempts.begin(), prospect.attempts.end(), attempt,
                         [](const Attempt& a, const Attempt& b) { return is_before(a.at, b.at); });
    const bool is_latest = position == prospect.attempts.end();
    const Outcome outcome = attempt.outcome;
    const auto index = position - prospect.attempts.begin();
    prospect.attempts.insert(position, std::move(attempt));
    // A touch filled in after later ones says nothing about where the deal stands now.
    if (is_latest) {
        apply_outcome(prospect, outcome);
    }
    return static_cast<int>(index) + 1;
}

} // namespace followup
