#pragma once
// What going from one version of the pipeline to another does, in words a person checks
// before `followup undo` takes it back: "removes touch 3 on Ann Lee, 2026-11-24 call".

#include "core/model.hpp"

#include <string>
#include <vector>

namespace followup {

// Each change that turns `from` into `to`, one sentence each, by prospect id.
std::vector<std::string> describe_changes(const Pipeline& from, const Pipeline& to);

} // namespace followup
