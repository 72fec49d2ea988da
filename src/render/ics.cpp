#include "render/ics.hpp"

#include "render/due_view.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace followup::render {
namespace {

constexpr std::size_t k_max_line_octets = 75;

// 20261125, as DATE values are written.
std::string ics_date(Date date) {
    std::string text = format_date(date);
    text.erase(std::remove(text.begin(), text.end(), '-'), text.end());
    return text;
}

std::string_view channel_label(Channel channel) {
    switch (channel) {
    case Channel::call:
        return "Call";
    case Channel::email:
        return "Email";
    case Channel::linkedin:
        return "LinkedIn";
    case Channel::video:
        return "Video call";
    case Channel::sms:
        return "Text";
    case Channel::social:
        return "Social";
    case Channel::letter:
        return "Letter";
    case Channel::meeting:
        return "Meeting";
    case Channel::other:
        break;
    }
    return "Follow up";
}

std::string who(const Prospect& prospect) {
    return prospect.company ? fmt::format("{} ({})", prospect.name, *prospect.company)
                            : prospect.name;
}

std::string when_line(const DueEntry& entry, int touch) {
    std::string label = fmt::format("{} with {}", touch_label(touch), describe(*entry.prospect));
    label[0] = 'T'; // "touch 3 of 5" opens the sentence
    if (entry.days_overdue > 0) {
        return fmt::format("{}: {} (it was due {}).", label, overdue_label(entry.days_overdue),
                           format_date(entry.due.date));
    }
    if (entry.days_overdue == 0) {
        return label + ": due today.";
    }
    return fmt::format("{}: due {}.", label, format_date(entry.due.date));
}

std::string description(const DueEntry& entry, const Agenda& agenda) {
    const Prospect& prospect = *entry.prospect;
    const int touch = static_cast<int>(prospect.attempts.size()) + 1;
    std::vector<std::string> lines = {when_line(entry, touch)};
    lines.push_back(fmt::format("Suggested channel: {}.", to_string(entry.suggested_channel)));
    lines.push_back(prospect.attempts.empty()
                        ? "Not touched yet."
                        : fmt::format("Last touch: {}.", last_touch_label(prospect)));
    for (const AbandonedEntry& abandoned : agenda.abandoned) {
        if (abandoned.prospect == &prospect) {
            lines.push_back(
                fmt::format("Being abandoned before the fifth touch: {}.", abandoned.reason));
        }
    }
    for (const std::string& advice : entry.advice) {
        lines.push_back(fmt::format("Advice: {}.", advice));
    }
    if (prospect.email) {
        lines.push_back(fmt::format("Email: {}", *prospect.email));
    }
    if (prospect.phone) {
        lines.push_back(fmt::format("Phone: {}", *prospect.phone));
    }
    lines.push_back(fmt::format("When done: followup log {} --channel {} --outcome OUTCOME",
                                prospect.id, to_string(entry.suggested_channel)));
    std::string out;
    for (const std::string& line : lines) {
        out += (out.empty() ? "" : "\n") + line;
    }
    return out;
}

} // namespace

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\r':
            out += "\\n";
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            const auto byte = static_cast<unsigned char>(c);
            out += (byte < 0x20 && c != '\t') || byte == 0x7f ? ' ' : c;
        }
    }
    return out;
}

std::string ics_fold_line(std::string_view line) {
    std::string out;
    std::size_t limit = k_max_line_octets; // the first line; then 74 after the leading space
    while (line.size() > limit) {
        std::size_t cut = limit;
        // Back up to the start of a UTF-8 sequence (a byte that is not 10xxxxxx).
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        if (cut == 0) {
            cut = limit; // not UTF-8: cut anywhere rather than never
        }
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = k_max_line_octets - 1;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string render_ics(const std::vector<IcsEvent>& events, Date today) {
    std::string out;
    auto line = [&out](std::string_view text) {
        out += ics_fold_line(text);
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//followup//followup//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:Follow-ups");
    const std::string stamp = ics_date(today) + "T000000Z";
    for (const IcsEvent& event : events) {
        line("BEGIN:VEVENT");
        line("UID:" + event.uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + ics_date(event.start));
        line("DTEND;VALUE=DATE:" + ics_date(event.start + std::chrono::days{1}));
        line("SUMMARY:" + ics_escape_text(event.summary));
        line("DESCRIPTION:" + ics_escape_text(event.description));
        line("CATEGORIES:followup");
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

std::vector<IcsEvent> due_events(const Agenda& agenda) {
    std::vector<IcsEvent> events;
    for (const DueEntry& entry : agenda.due) {
        const Prospect& prospect = *entry.prospect;
        const int touch = static_cast<int>(prospect.attempts.size()) + 1;
        events.push_back(IcsEvent{
            fmt::format("followup-{}-{}@followup", prospect.id, ics_date(prospect.created)),
            std::max(entry.due.date, agenda.today),
            fmt::format("{}: {}, {}", channel_label(entry.suggested_channel), who(prospect),
                        touch_label(touch)),
            description(entry, agenda),
        });
    }
    // The agenda lists the most overdue first; a calendar file reads best by day.
    std::stable_sort(events.begin(), events.end(),
                     [](const IcsEvent& a, const IcsEvent& b) { return a.start < b.start; });
    return events;
}

} // namespace followup::render
