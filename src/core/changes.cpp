#include "core/changes.hpp"

#include <algorithm>

namespace followup {
namespace {

std::string touch_words(const Prospect& prospect, std::size_t index) {
    const Attempt& attempt = prospect.attempts[index];
    return "touch " + std::to_string(index + 1) + " on " + prospect.name + ", " +
           format_date(attempt.at.date) + " " + std::string(to_string(attempt.channel)) + " (" +
           std::string(to_string(attempt.outcome)) + ")";
}

// The fields other than attempts that differ, by their names in the file.
std::vector<std::string> changed_fields(const Prospect& a, const Prospect& b) {
    std::vector<std::string> fields;
    auto check = [&fields](bool differs, const char* name) {
        if (differs) {
            fields.emplace_back(name);
        }
    };
    check(a.name != b.name, "name");
    check(a.company != b.company, "company");
    check(a.email != b.email, "email");
    check(a.phone != b.phone, "phone");
    check(a.tags != b.tags, "tags");
    check(a.dream != b.dream, "dream");
    check(a.created != b.created, "created");
    check(a.next != b.next, "next");
    check(a.cadence != b.cadence, "cadence");
    check(a.notes != b.notes, "notes");
    check(a.extra != b.extra, "other fields");
    return fields;
}

void describe_prospect(const Prospect& from, const Prospect& to, std::vector<std::string>& out) {
    for (std::size_t i = 0; i < from.attempts.size(); ++i) {
        if (std::find(to.attempts.begin(), to.attempts.end(), from.attempts[i]) ==
            to.attempts.end()) {
            out.push_back("removes " + touch_words(from, i));
        }
    }
    for (std::size_t i = 0; i < to.attempts.size(); ++i) {
        if (std::find(from.attempts.begin(), from.attempts.end(), to.attempts[i]) ==
            from.attempts.end()) {
            out.push_back("brings back " + touch_words(to, i));
        }
    }
    if (from.status != to.status) {
        out.push_back("sets the status of " + describe(to) + " from " +
                      std::string(to_string(from.status)) + " to " +
                      std::string(to_string(to.status)));
    }
    const auto fields = changed_fields(from, to);
    if (!fields.empty()) {
        std::string list;
        for (const auto& field : fields) {
            list += (list.empty() ? "" : ", ") + field;
        }
        out.push_back("restores " + list + " of " + describe(to));
    }
}

} // namespace

std::vector<std::string> describe_changes(const Pipeline& from, const Pipeline& to) {
    std::vector<std::string> out;
    for (const Prospect& prospect : from.prospects) {
        const Prospect* other = to.find_by_id(prospect.id);
        if (!other) {
            out.push_back("removes prospect " + describe(prospect) + " and its " +
                          std::to_string(prospect.attempts.size()) + " touches");
        } else if (*other != prospect) {
            describe_prospect(prospect, *other, out);
        }
    }
    for (const Prospect& prospect : to.prospects) {
        if (!from.find_by_id(prospect.id)) {
            out.push_back("brings back prospect " + describe(prospect) + " with its " +
                          std::to_string(prospect.attempts.size()) + " touches");
        }
    }
    if (from.settings != to.settings) {
        out.push_back("restores the settings");
    }
    if (from.extra != to.extra || from.version != to.version) {
        out.push_back("restores other top-level fields");
    }
    return out;
}

} // namespace followup
