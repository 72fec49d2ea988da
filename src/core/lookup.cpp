#include "core/lookup.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace followup {
namespace {

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
    // Case and accents do not matter: "bjorn" finds Björn.
    const std::string wanted = search_key(query);
    const bool is_email = query.find('@') != std::string_view::npos;
    for (const Prospect& prospect : pipeline.prospects) {
        if (is_email ? prospect.email && search_key(*prospect.email) == wanted
                     : search_key(prospect.name) == wanted) {
            found.push_back(&prospect);
        }
    }
    if (!found.empty() || is_email) {
        return found;
    }
    for (const Prospect& prospect : pipeline.prospects) {
        if (search_key(prospect.name).find(wanted) != std::string::npos ||
            search_key(prospect.company_or_empty()).find(wanted) != std::string::npos) {
            found.push_back(&prospect);
        }
    }
    return found;
}

} // namespace followup
