#include "core/model.hpp"

#include <algorithm>
#include <array>

namespace followup {
namespace {

constexpr std::array<std::string_view, 5> k_status_names = {"active", "nurture", "won", "lost",
                                                            "dnc"};
constexpr std::array<std::string_view, 9> k_channel_names = {
    "call", "email", "linkedin", "video", "sms", "social", "letter", "meeting", "other"};
constexpr std::array<std::string_view, 9> k_outcome_names = {
    "no-answer", "voicemail",      "connected", "replied", "meeting",
    "objection", "not-interested", "won",       "lost"};

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::string_view, N>& names,
                               std::string_view text) {
    const auto found = std::find(names.begin(), names.end(), text);
    if (found == names.end()) {
        return std::nullopt;
    }
    return static_cast<Enum>(found - names.begin());
}

template <std::size_t N>
std::string join_names(const std::array<std::string_view, N>& names) {
    std::string out;
    for (const auto name : names) {
        if (!out.empty()) {
            out += ", ";
        }
        out += name;
    }
    return out;
}

} // namespace

std::string_view to_string(Status status) {
    return k_status_names[static_cast<std::size_t>(status)];
}
std::string_view to_string(Channel channel) {
    return k_channel_names[static_cast<std::size_t>(channel)];
}
std::string_view to_string(Outcome outcome) {
    return k_outcome_names[static_cast<std::size_t>(outcome)];
}

std::optional<Status> parse_status(std::string_view text) {
    return parse_name<Status>(k_status_names, text);
}
std::optional<Channel> parse_channel(std::string_view text) {
    return parse_name<Channel>(k_channel_names, text);
}
std::optional<Outcome> parse_outcome(std::string_view text) {
    return parse_name<Outcome>(k_outcome_names, text);
}

std::string status_names() {
    return join_names(k_status_names);
}
std::string channel_names() {
    return join_names(k_channel_names);
}
std::string outcome_names() {
    return join_names(k_outcome_names);
}

bool reached_person(Outcome outcome) {
    return outcome != Outcome::no_answer && outcome != Outcome::voicemail;
}

std::string describe(const Prospect& prospect) {
    std::string text = "#" + std::to_string(prospect.id) + " " + prospect.name;
    if (prospect.company && !prospect.company->empty()) {
        text += " (";
        text += *prospect.company;
        text += ')';
    }
    return text;
}

bool Prospect::has_tag(std::string_view tag) const {
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

std::int64_t Pipeline::peek_next_id() const {
    std::int64_t highest = 0;
    for (const Prospect& prospect : prospects) {
        highest = std::max(highest, prospect.id);
    }
    return std::max(next_id.value_or(1), highest + 1);
}

std::int64_t Pipeline::take_next_id() {
    const std::int64_t id = peek_next_id();
    next_id = id + 1;
    return id;
}

namespace {
// Prospects are kept sorted by id, so a lookup by id is a binary search.
template <typename Prospects>
auto find_in(Prospects& prospects, std::int64_t id) -> decltype(&*prospects.begin()) {
    const auto found = std::lower_bound(
        prospects.begin(), prospects.end(), id,
        [](const Prospect& prospect, std::int64_t key) { return prospect.id < key; });
    return found != prospects.end() && found->id == id ? &*found : nullptr;
}
} // namespace

Prospect* Pipeline::find_by_id(std::int64_t id) {
    return find_in(prospects, id);
}
const Prospect* Pipeline::find_by_id(std::int64_t id) const {
    return find_in(prospects, id);
}

} // namespace followup
