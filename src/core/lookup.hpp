#pragma once
// Finding the prospect a person means by "12", "#12", "ann@acme.com" or "acme".

#include "core/model.hpp"

#include <string_view>
#include <vector>

namespace followup {

// The prospects that `query` names, in id order. An id (`12`, `#12`) or an email address
// names at most one; otherwise an exact full-name match (ignoring ASCII case) wins, and
// failing that every prospect whose name or company contains the query.
std::vector<const Prospect*> find_prospects(const Pipeline& pipeline, std::string_view query);

} // namespace followup
