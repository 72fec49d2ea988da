#include "core/lookup.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace followup {
namespace {

char fold(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool equals_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return fold(x) == fold(y); });
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [](char x, char y) { return fold(x) == fold(y); }) != haystack.end();
}

std::optional<std::int64_t> parse_id(std::string_view query) {
    if (!query.empty() && query.front() == '#') {
        query.remove_prefix(1);
    }
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(query.data(), query.data() + query.size(), id);
    if (query.empty() || error != std::errc{} || end != query.data() + query.size()) {
        return std::nullopt;
    }
    return id;
}

} // namespace

std::vector<const Prospect*> find_prospects(const Pipeline& pipeline, std::string_view query) {
    std::vector<const Prospect*> found;
    if (query.empty()) {
        return found;
    }
    if (const auto id = parse_id(query)) {
        if (const Prospect* prospect = pipeline.find_by_id(*id)) {
            found.push_back(prospect);
        }
        return found;
    }
    const bool is_email = query.find('@') != std::string_view::npos;
    for (const Prospect& prospect : pipeline.prospects) {
        if (is_email ? prospect.email && equals_folded(*prospect.email, query)
                     : equals_folded(prospect.name, query)) {
            found.push_back(&prospect);
        }
    }
    if (!found.empty() || is_email) {
        return found;
    }
    for (const Prospect& prospect : pipeline.prospects) {
        if (contains_folded(prospect.name, query) ||
            contains_folded(prospect.company_or_empty(), query)) {
            found.push_back(&prospect);
        }
    }
    return found;
}

} // namespace followup
