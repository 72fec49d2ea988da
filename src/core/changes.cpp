#include "core/changes.hpp"

#include <algorithm>
#include <array>

namespace followup {
namespace {

// Past this many, prospects or touches of one kind (an import's, say) are counted in one
// line rather than listed one a line.
constexpr std::size_t k_listed = 3;

enum class LineKind { other, removes_prospect, restores_prospect, removes_touch, restores_touch };

struct Line {
    LineKind kind = LineKind::other;
    std::string text;
    std::string item;             // what a summary names: "#14 Ann Lee (Acme)"
    std::int64_t prospect_id = 0; // whose
    std::size_t touches = 0;      // a whole prospect's touches
};

std::string count_of(std::size_t count, std::string_view one, std::string_view many) {
    return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

// "removes 12 prospects and their 4 touches: #14 Ann Lee (Acme), #15 Bo Ek, #16 Cy Li and
// 9 more".
std::string summary(LineKind kind, const std::vector<const Line*>& lines) {
    std::size_t touches = 0;
    std::vector<std::int64_t> prospects;
    for (const Line* line : lines) {
        touches += line->touches;
        if (std::find(prospects.begin(), prospects.end(), line->prospect_id) == prospects.end()) {
            prospects.push_back(line->prospect_id);
        }
    }
    std::string text;
    switch (kind) {
    case LineKind::removes_prospect:
        text = "removes " + count_of(lines.size(), "prospect", "prospects") +
               (touches == 0 ? "" : " and their " + count_of(touches, "touch", "touches"));
        break;
    case LineKind::restores_prospect:
        text = "brings back " + count_of(lines.size(), "prospect", "prospects") +
               (touches == 0 ? "" : " with their " + count_of(touches, "touch", "touches"));
        break;
    case LineKind::removes_touch:
    case LineKind::restores_touch:
        text = std::string(kind == LineKind::removes_touch ? "removes " : "brings back ") +
               count_of(lines.size(), "touch", "touches") + " on " +
               count_of(prospects.size(), "prospect", "prospects");
        break;
    case LineKind::other:
        break;
    }
    text += ": ";
    for (std::size_t i = 0; i < k_listed; ++i) {
        text += (i > 0 ? "; " : "") + lines[i]->item;
    }
    return text + " and " + std::to_string(lines.size() - k_listed) + " more";
}

// The lines as sentences, each kind with more than k_listed lines said once, where its
// first line was.
std::vector<std::string> sentences(const std::vector<Line>& lines) {
    std::array<std::vector<const Line*>, 5> by_kind;
    for (const Line& line : lines) {
        by_kind[static_cast<std::size_t>(line.kind)].push_back(&line);
    }
    std::vector<std::string> out;
    for (const Line& line : lines) {
        const auto& same = by_kind[static_cast<std::size_t>(line.kind)];
        if (line.kind == LineKind::other || same.size() <= k_listed) {
            out.push_back(line.text);
        } else if (same.front() == &line) {
            out.push_back(summary(line.kind, same));
        }
    }
    return out;
}

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

void describe_prospect(const Prospect& from, const Prospect& to, std::vector<Line>& out) {
    for (std::size_t i = 0; i < from.attempts.size(); ++i) {
        if (std::find(to.attempts.begin(), to.attempts.end(), from.attempts[i]) ==
            to.attempts.end()) {
            out.push_back({LineKind::removes_touch, "removes " + touch_words(from, i),
                           touch_words(from, i), from.id, 0});
        }
    }
    for (std::size_t i = 0; i < to.attempts.size(); ++i) {
        if (std::find(from.attempts.begin(), from.attempts.end(), to.attempts[i]) ==
            from.attempts.end()) {
            out.push_back({LineKind::restores_touch, "brings back " + touch_words(to, i),
                           touch_words(to, i), to.id, 0});
        }
    }
    if (from.status != to.status) {
        out.push_back(Line{LineKind::other,
                           "sets the status of " + describe(to) + " from " +
                               std::string(to_string(from.status)) + " to " +
                               std::string(to_string(to.status)),
                           {},
                           to.id,
                           0});
    }
    const auto fields = changed_fields(from, to);
    if (!fields.empty()) {
        std::string list;
        for (const auto& field : fields) {
            list += (list.empty() ? "" : ", ") + field;
        }
        out.push_back(
            Line{LineKind::other, "restores " + list + " of " + describe(to), {}, to.id, 0});
    }
}

} // namespace

std::vector<std::string> describe_changes(const Pipeline& from, const Pipeline& to) {
    std::vector<Line> lines;
    for (const Prospect& prospect : from.prospects) {
        const Prospect* other = to.find_by_id(prospect.id);
        if (!other) {
            lines.push_back({LineKind::removes_prospect,
                             "removes prospect " + describe(prospect) + " and its " +
                                 std::to_string(prospect.attempts.size()) + " touches",
                             describe(prospect), prospect.id, prospect.attempts.size()});
        } else if (*other != prospect) {
            describe_prospect(prospect, *other, lines);
        }
    }
    for (const Prospect& prospect : to.prospects) {
        if (!from.find_by_id(prospect.id)) {
            lines.push_back({LineKind::restores_prospect,
                             "brings back prospect " + describe(prospect) + " with its " +
                                 std::to_string(prospect.attempts.size()) + " touches",
                             describe(prospect), prospect.id, prospect.attempts.size()});
        }
    }
    std::vector<std::string> out = sentences(lines);
    if (from.settings != to.settings) {
        out.push_back("restores the settings");
    }
    if (from.extra != to.extra || from.version != to.version) {
        out.push_back("restores other top-level fields");
    }
    return out;
}

} // namespace followup
