#pragma once
// The text clean-ups shared by the two halves of import (import.cpp matches the columns,
// import_plan.cpp reads the rows). Internal to import; pure.

#include <string>
#include <string_view>

namespace followup::import_text {

// Without leading and trailing spaces, tabs and line breaks.
std::string_view trim(std::string_view text);
// ASCII letters in lower case; other bytes as they are.
std::string lower(std::string_view text);
// A header as aliases are matched: ASCII letters and digits, lower case, everything else
// but non-ASCII letters dropped ("First Name", "first_name" and "FIRSTNAME" give
// "firstname").
std::string header_key(std::string_view text);
// Trimmed, every run of spaces, tabs and line breaks inside made one space.
std::string one_line(std::string_view text);
// Undoes the guard CSV writers put before text a spreadsheet would run as a formula:
// "'=SUM(A1)" is read back as "=SUM(A1)".
std::string unguard(std::string text);

} // namespace followup::import_text
