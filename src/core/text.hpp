#pragma once
// Small text helpers shared by the rules and the renderers.

#include <string>
#include <string_view>

namespace followup {

bool is_valid_utf8(std::string_view text);
// Columns the text takes in a terminal: wide East Asian characters and emoji count two,
// combining marks none. Assumes valid UTF-8.
std::size_t display_width(std::string_view text);
std::string plural(long long count, std::string_view one, std::string_view many);

} // namespace followup
