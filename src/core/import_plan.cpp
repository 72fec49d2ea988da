// The rows of an import, read into prospects or touches: each one added, skipped as a
// duplicate, or refused with the reason.

#include "core/import.hpp"
#include "core/import_text.hpp"
#include "core/text.hpp"
#include "core/touch.hpp"

#include <algorithm>
#include <charconv>
#include <map>

namespace followup {
namespace {

using import_text::lower;
using import_text::one_line;
using import_text::trim;
using import_text::unguard;

// Line breaks as the data file keeps them: "\n", whatever the spreadsheet wrote.
std::string unix_lines(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else {
            out += text[i];
        }
    }
    return out;
}

// The cells of one row, by field.
class RowCells {
  public:
    RowCells(const ImportColumns& columns, const ImportRow& row) : columns_(columns), row_(row) {}

    // The text of the first of the field's columns that has some, trimmed and unguarded;
    // empty when none has.
    std::string text(std::string_view field) const {
        for (std::size_t i = 0; i < columns_.fields.size(); ++i) {
            if (columns_.fields[i] == field && i < row_.fields.size() &&
                !trim(row_.fields[i]).empty()) {
                return unguard(unix_lines(trim(row_.fields[i])));
            }
        }
        return {};
    }
    std::string line(std::string_view field) const { return one_line(text(field)); }

    // More cells with text than the header has columns: a separator inside an unquoted
    // field, most likely, so every column after it would be wrong.
    bool overflows() const {
        for (std::size_t i = columns_.names.size(); i < row_.fields.size(); ++i) {
            if (!trim(row_.fields[i]).empty()) {
                return true;
            }
        }
        return false;
    }

  private:
    const ImportColumns& columns_;
    const ImportRow& row_;
};

struct Rejection {
    std::string reason;
};

std::string quoted(std::string_view text) {
    return "'" + excerpt(text) + "'";
}

std::optional<Date> parse_date_cell(const std::string& text, std::string_view field) {
    if (text.empty()) {
        return std::nullopt;
    }
    // "2026-11-02", or a CRM's "2026-11-02 14:23" / "2026-11-02T14:23:00.000Z": the day.
    const auto date = parse_iso_date(std::string_view(text).substr(0, 10));
    if (!date ||
        (text.size() > 10 && ((text[10] != ' ' && text[10] != 'T') || text.size() == 11))) {
        throw Rejection{std::string(field) + " " + quoted(text) +
                        " is not a date; write it as YYYY-MM-DD"};
    }
    return date;
}

// "HH:MM", "HH:MM:SS", "HH:MM:SS.fff", each with an optional Z or +HH:MM.
std::optional<TimeOfDay> parse_time_cell(std::string_view text) {
    std::string clean(trim(text));
    if (clean.size() > 8 && clean[8] == '.') {
        std::size_t end = 9;
        while (end < clean.size() && clean[end] >= '0' && clean[end] <= '9') {
            ++end;
        }
        clean.erase(8, end - 8);
    }
    const auto stamp = parse_timestamp("2000-01-01T" + clean);
    return stamp ? stamp->time : std::nullopt;
}

Timestamp parse_when_cells(const std::string& date_text, const std::string& time_text, Date today) {
    if (date_text.empty()) {
        throw Rejection{"no date"};
    }
    const auto date = parse_date_cell(date_text, "date");
    Timestamp when{*date, std::nullopt};
    const std::string_view time_part =
        date_text.size() > 11 ? std::string_view(date_text).substr(11) : time_text;
    if (!trim(time_part).empty()) {
        when.time = parse_time_cell(time_part);
        if (!when.time) {
            throw Rejection{"time " + quoted(trim(time_part)) +
                            " is not a time of day; write it as HH:MM"};
        }
    }
    if (when.date > today) {
        throw Rejection{"date " + format_date(when.date) +
                        " is in the future; a touch is imported once it has happened"};
    }
    return when;
}

bool is_email_address(std::string_view text) {
    const std::size_t at = text.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < text.size() &&
           text.find('@', at + 1) == std::string_view::npos &&
           text.find(' ') == std::string_view::npos;
}

bool parse_yes_no(std::string_view text, bool& value) {
    const std::string word = lower(text);
    if (word.empty() || word == "false" || word == "no" || word == "n" || word == "0") {
        value = false;
        return true;
    }
    if (word == "true" || word == "yes" || word == "y" || word == "1" || word == "x") {
        value = true;
        return true;
    }
    return false;
}

// "Phone call" -> "phone-call": how channel and outcome cells are compared.
std::string word_key(std::string_view text) {
    std::string out = lower(one_line(text));
    std::replace(out.begin(), out.end(), ' ', '-');
    std::replace(out.begin(), out.end(), '_', '-');
    return out;
}

// A channel or outcome cell: followup's own word, else a CRM's word for it ("Phone Call",
// "Left voicemail"), compared as lower-case words joined by '-'.
template <typename Value, typename Parse>
Value parse_word_cell(const std::string& text, std::string_view what, Parse parse,
                      const std::map<std::string, Value, std::less<>>& aliases,
                      const std::string& valid) {
    const std::string key = word_key(text);
    if (key.empty()) {
        throw Rejection{"no " + std::string(what)};
    }
    if (const auto value = parse(key)) {
        return *value;
    }
    if (const auto alias = aliases.find(key); alias != aliases.end()) {
        return alias->second;
    }
    throw Rejection{std::string(what) + " " + quoted(text) + " is not one of " + valid};
}

Channel parse_channel_cell(const std::string& text) {
    static const std::map<std::string, Channel, std::less<>> k_aliases = {
        {"phone", Channel::call},
        {"phone-call", Channel::call},
        {"e-mail", Channel::email},
        {"inmail", Channel::linkedin},
        {"linkedin-message", Channel::linkedin},
        {"text", Channel::sms},
        {"in-person", Channel::meeting},
        {"letter", Channel::letter}};
    return parse_word_cell(
        text, "channel", [](std::string_view key) { return parse_channel(key); }, k_aliases,
        channel_names());
}

Outcome parse_outcome_cell(const std::string& text) {
    static const std::map<std::string, Outcome, std::less<>> k_aliases = {
        {"noanswer", Outcome::no_answer},
        {"busy", Outcome::no_answer},
        {"left-voicemail", Outcome::voicemail},
        {"left-a-voicemail", Outcome::voicemail}};
    return parse_word_cell(
        text, "outcome", [](std::string_view key) { return parse_outcome(key); }, k_aliases,
        outcome_names());
}

std::optional<std::string> optional_text(std::string text) {
    return text.empty() ? std::nullopt : std::optional(std::move(text));
}

Prospect read_prospect(const RowCells& cells, Date today) {
    Prospect prospect;
    prospect.name = cells.line("name");
    if (prospect.name.empty()) {
        prospect.name = one_line(cells.line("first_name") + " " + cells.line("last_name"));
    }
    if (prospect.name.empty()) {
        throw Rejection{"no name"};
    }
    prospect.company = optional_text(cells.line("company"));
    prospect.email = optional_text(cells.line("email"));
    if (prospect.email && !is_email_address(*prospect.email)) {
        throw Rejection{"email " + quoted(*prospect.email) + " is not an email address"};
    }
    prospect.phone = optional_text(cells.line("phone"));
    const std::string tags = cells.text("tags");
    std::size_t start = 0;
    while (start <= tags.size()) {
        const std::size_t end = std::min(tags.find_first_of(",;", start), tags.size());
        const std::string tag = one_line(std::string_view(tags).substr(start, end - start));
        if (!tag.empty() && !prospect.has_tag(tag)) {
            prospect.tags.push_back(tag);
        }
        start = end + 1;
    }
    if (const std::string status = cells.line("status"); !status.empty()) {
        const auto parsed = parse_status(lower(status));
        if (!parsed) {
            throw Rejection{"status " + quoted(status) + " is not one of " + status_names()};
        }
        prospect.status = *parsed;
    }
    if (const std::string dream = cells.line("dream"); !parse_yes_no(dream, prospect.dream)) {
        throw Rejection{"dream " + quoted(dream) + " is not yes or no"};
    }
    prospect.notes = optional_text(cells.text("notes"));
    prospect.created = parse_date_cell(cells.line("created"), "created").value_or(today);
    prospect.next = parse_date_cell(cells.line("next"), "next");
    return prospect;
}

// What makes two prospects one person: the email, or the name and company.
std::string email_key(const Prospect& prospect) {
    return prospect.email ? lower(*prospect.email) : std::string();
}
std::string name_key(const Prospect& prospect) {
    return lower(one_line(prospect.name)) + '\n' + lower(one_line(prospect.company_or_empty()));
}

class ProspectIndex {
  public:
    explicit ProspectIndex(const Pipeline& pipeline) {
        for (const Prospect& prospect : pipeline.prospects) {
            const std::string who = describe(prospect);
            if (prospect.email) {
                by_email_.emplace(email_key(prospect), "already in the pipeline as " + who);
            }
            by_name_.emplace(name_key(prospect), "already in the pipeline as " + who);
        }
    }

    // Why `prospect` is a duplicate, or nullopt; remembers it as row `row` otherwise.
    std::optional<std::string> check_and_add(const Prospect& prospect, std::size_t row) {
        const std::string email = email_key(prospect);
        if (!email.empty()) {
            if (const auto found = by_email_.find(email); found != by_email_.end()) {
                return found->second + " (same email)";
            }
        }
        const std::string name = name_key(prospect);
        if (const auto found = by_name_.find(name); found != by_name_.end()) {
            return found->second + " (same name and company)";
        }
        const std::string where = "already in this file, row " + std::to_string(row);
        if (!email.empty()) {
            by_email_.emplace(email, where);
        }
        by_name_.emplace(name, where);
        return std::nullopt;
    }

  private:
    std::map<std::string, std::string> by_email_;
    std::map<std::string, std::string> by_name_;
};

std::string candidates(const std::vector<const Prospect*>& found) {
    std::string out;
    for (std::size_t i = 0; i < found.size() && i < 5; ++i) {
        out += (i > 0 ? ", " : "") + describe(*found[i]);
    }
    return found.size() > 5 ? out + " and " + std::to_string(found.size() - 5) + " more" : out;
}

// The prospect a touch row names: by id, else by email, else by name (and company).
// The pipeline's prospects by email and by name (both in lower case), in id order.
struct PeopleIndex {
    std::map<std::string, std::vector<const Prospect*>> by_email;
    std::map<std::string, std::vector<const Prospect*>> by_name;

    explicit PeopleIndex(const Pipeline& pipeline) {
        for (const Prospect& prospect : pipeline.prospects) {
            if (prospect.email) {
                by_email[lower(*prospect.email)].push_back(&prospect);
            }
            by_name[lower(one_line(prospect.name))].push_back(&prospect);
        }
    }
};

const std::vector<const Prospect*>&
lookup(const std::map<std::string, std::vector<const Prospect*>>& index, const std::string& key) {
    static const std::vector<const Prospect*> k_none;
    const auto found = index.find(key);
    return found == index.end() ? k_none : found->second;
}

const Prospect& find_touched(const RowCells& cells, const Pipeline& pipeline,
                             const PeopleIndex& people) {
    if (std::string id_text = cells.line("prospect_id"); !id_text.empty()) {
        if (id_text.front() == '#') {
            id_text.erase(0, 1);
        }
        std::int64_t id = 0;
        const auto [end, error] =
            std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
        if (error != std::errc{} || end != id_text.data() + id_text.size()) {
            throw Rejection{"prospect_id " + quoted(cells.line("prospect_id")) + " is not an id"};
        }
        if (const Prospect* prospect = pipeline.find_by_id(id)) {
            return *prospect;
        }
        throw Rejection{"no prospect #" + std::to_string(id) +
                        " in the pipeline; 'followup list' shows the ids"};
    }
    std::vector<const Prospect*> found;
    std::string wanted;
    if (const std::string email = lower(cells.line("email")); !email.empty()) {
        wanted = "with email " + quoted(cells.line("email"));
        found = lookup(people.by_email, email);
    } else {
        std::string name = cells.line("name");
        if (name.empty()) {
            name = one_line(cells.line("first_name") + " " + cells.line("last_name"));
        }
        if (name.empty()) {
            throw Rejection{"no prospect: the id, email and name are all empty"};
        }
        const std::string company = cells.line("company");
        wanted = "named " + quoted(name) + (company.empty() ? "" : " at " + quoted(company));
        for (const Prospect* prospect : lookup(people.by_name, lower(name))) {
            if (company.empty() ||
                lower(one_line(prospect->company_or_empty())) == lower(company)) {
                found.push_back(prospect);
            }
        }
    }
    if (found.empty()) {
        throw Rejection{"no prospect " + wanted +
                        " in the pipeline; import the prospects first ('followup import "
                        "contacts.csv')"};
    }
    if (found.size() > 1) {
        throw Rejection{"more than one prospect " + wanted + ": " + candidates(found) +
                        "; add a prospect_id column"};
    }
    return *found.front();
}

Attempt read_attempt(const RowCells& cells, Date today) {
    Attempt attempt;
    attempt.at = parse_when_cells(cells.line("date"), cells.line("time"), today);
    attempt.channel = parse_channel_cell(cells.line("channel"));
    attempt.outcome = parse_outcome_cell(cells.line("outcome"));
    attempt.note = optional_text(cells.text("note"));
    attempt.value = optional_text(cells.text("value"));
    return attempt;
}

// The same touch: one day, the same minute (or no time on either), channel, outcome,
// note and value.
bool same_touch(const Attempt& a, const Attempt& b) {
    if (a.at.date != b.at.date || a.at.time.has_value() != b.at.time.has_value()) {
        return false;
    }
    if (a.at.time &&
        (a.at.time->hour != b.at.time->hour || a.at.time->minute != b.at.time->minute)) {
        return false;
    }
    return a.channel == b.channel && a.outcome == b.outcome &&
           a.note.value_or("") == b.note.value_or("") &&
           a.value.value_or("") == b.value.value_or("");
}

// The touches planned so far, by prospect id (indexes into the plan's touches).
using PlannedByProspect = std::map<std::int64_t, std::vector<std::size_t>>;

std::optional<std::string> duplicate_touch(const Prospect& prospect, const Attempt& attempt,
                                           const std::vector<PlannedTouch>& planned,
                                           const PlannedByProspect& by_prospect) {
    for (std::size_t i = 0; i < prospect.attempts.size(); ++i) {
        if (same_touch(prospect.attempts[i], attempt)) {
            return "already in the pipeline: touch " + std::to_string(i + 1) + " on " +
                   describe(prospect);
        }
    }
    if (const auto found = by_prospect.find(prospect.id); found != by_prospect.end()) {
        for (const std::size_t index : found->second) {
            if (same_touch(planned[index].attempt, attempt)) {
                return "already in this file, row " + std::to_string(planned[index].row);
            }
        }
    }
    return std::nullopt;
}

// Where the lines under the table start (rows.size() when there are none): rows of one
// cell, below a blank row, in a table of three columns or more.
std::size_t footer_start(const std::vector<ImportRow>& rows, const ImportColumns& columns) {
    std::size_t start = rows.size();
    if (columns.names.size() < 3) {
        return start;
    }
    while (start > columns.header_index + 1 && rows[start - 1].fields.size() == 1) {
        --start;
    }
    const bool below_blank = start < rows.size() && start > columns.header_index + 1 &&
                             rows[start].number > rows[start - 1].number + 1;
    return below_blank ? start : rows.size();
}

bool has_no_touch(const RowCells& cells) {
    return cells.line("date").empty() && cells.line("channel").empty() &&
           cells.line("outcome").empty();
}

} // namespace

ImportPlan plan_import(const std::vector<ImportRow>& rows, const ImportColumns& columns,
                       const Pipeline& pipeline, Date today) {
    ImportPlan plan;
    plan.kind = columns.kind;
    ProspectIndex index(pipeline);
    const PeopleIndex people(pipeline);
    const std::size_t footer = footer_start(rows, columns);
    PlannedByProspect planned_touches;
    for (std::size_t i = columns.header_index + 1; i < rows.size(); ++i) {
        const ImportRow& row = rows[i];
        const RowCells cells(columns, row);
        ++plan.rows_read;
        if (i >= footer) {
            plan.passed_over.push_back({row.number, "a note under the table"});
            continue;
        }
        if (columns.kind == ImportKind::attempts && has_no_touch(cells)) {
            plan.passed_over.push_back({row.number, "no touch in this row"});
            continue;
        }
        try {
            if (cells.overflows()) {
                throw Rejection{std::to_string(row.fields.size()) +
                                " fields where the header has " +
                                std::to_string(columns.names.size()) +
                                " (a separator inside a field that is not in quotes?)"};
            }
            if (columns.kind == ImportKind::prospects) {
                Prospect prospect = read_prospect(cells, today);
                if (auto duplicate = index.check_and_add(prospect, row.number)) {
                    plan.duplicates.push_back({row.number, std::move(*duplicate)});
                    continue;
                }
                plan.prospects.push_back(std::move(prospect));
                plan.prospect_rows.push_back(row.number);
            } else {
                const Prospect& prospect = find_touched(cells, pipeline, people);
                Attempt attempt = read_attempt(cells, today);
                if (auto duplicate =
                        duplicate_touch(prospect, attempt, plan.touches, planned_touches)) {
                    plan.duplicates.push_back({row.number, std::move(*duplicate)});
                    continue;
                }
                planned_touches[prospect.id].push_back(plan.touches.size());
                plan.touches.push_back({row.number, prospect.id, std::move(attempt)});
            }
        } catch (const Rejection& rejection) {
            plan.rejected.push_back({row.number, rejection.reason});
        }
    }
    return plan;
}

std::vector<std::int64_t> apply_import(Pipeline& pipeline, const ImportPlan& plan) {
    std::vector<std::int64_t> ids;
    for (Prospect prospect : plan.prospects) {
        prospect.id = pipeline.take_next_id();
        ids.push_back(prospect.id);
        pipeline.prospects.push_back(std::move(prospect));
    }
    // Oldest first, so that the latest touch is the one that sets the status.
    std::vector<const PlannedTouch*> touches;
    for (const PlannedTouch& touch : plan.touches) {
        touches.push_back(&touch);
    }
    std::stable_sort(touches.begin(), touches.end(), [](const auto* a, const auto* b) {
        return is_before(a->attempt.at, b->attempt.at);
    });
    for (const PlannedTouch* touch : touches) {
        Prospect* prospect = pipeline.find_by_id(touch->prospect_id);
        if (prospect == nullptr) {
            continue;
        }
        // As with `log`: a date set by hand lasts until the next touch, not past an older one.
        const bool latest = prospect->attempts.empty() ||
                            !is_before(touch->attempt.at, prospect->attempts.back().at);
        record_attempt(*prospect, touch->attempt, latest ? std::nullopt : prospect->next);
    }
    return ids;
}

} // namespace followup
