#pragma once
// Small text helpers shared by the rules and the renderers.

#include <string>
#include <string_view>
#include <vector>

namespace followup {

bool is_valid_utf8(std::string_view text);
// Columns the text takes in a terminal: wide East Asian characters and emoji count two,
// combining marks none. Assumes valid UTF-8.
std::size_t display_width(std::string_view text);
std::string plural(long long count, std::string_view one, std::string_view many);
// The items with `separator` between them: join({"a", "b"}, ", ") is "a, b".
std::string join(const std::vector<std::string>& items, std::string_view separator);
// The text as a person searching would type it: lower case, and Latin letters without
// their accents ("Björn Ångström" -> "bjorn angstrom", "Straße" -> "strasse"), so a
// name can be found from a keyboard without them. Other characters are kept.
std::string search_key(std::string_view text);
// A value as an error message quotes it: about `most` bytes, escapes included (never half
// a character, "..." when cut), control characters written as \u001b, so one bad cell
// can neither flood the terminal nor send it escape sequences.
std::string excerpt(std::string_view value, std::size_t most = 40);

} // namespace followup
