#pragma once
// iCalendar (RFC 5545) text: the due touches as all-day events a calendar app imports.
// Pure: the caller hands in the agenda and today, so the same day gives the same file.

#include "core/agenda.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace followup::render {

// One all-day event.
struct IcsEvent {
    std::string uid;
    Date start;
    std::string summary;
    std::string description;
};

// TEXT as RFC 5545 3.3.11 writes it: backslash, semicolon and comma escaped, a line
// break as \n; other control characters (which TEXT cannot hold) become spaces.
std::string ics_escape_text(std::string_view text);

// One content line folded as RFC 5545 3.1 asks: no line longer than 75 octets, each
// continuation starting with a space, never inside a UTF-8 sequence; CRLF line ends.
std::string ics_fold_line(std::string_view line);

// A VCALENDAR holding `events`, stamped (DTSTAMP) at midnight UTC of `today`.
std::string render_ics(const std::vector<IcsEvent>& events, Date today);

// The agenda's due touches as events: each due prospect once, on its due date, or today
// when overdue; its UID stays the same from one export to the next.
std::vector<IcsEvent> due_events(const Agenda& agenda);

} // namespace followup::render
