#pragma once
// What `followup check` looks for beyond what the loader already refuses (broken JSON,
// wrong types, unknown values, duplicate ids), and what `check --repair` may fix alone.

#include "core/model.hpp"

#include <string>
#include <vector>

namespace followup {

struct Problem {
    std::string message;     // "prospect #12: the tag \"saas\" appears twice"
    bool repairable = false; // check --repair fixes it without guessing
};

std::vector<Problem> find_problems(const Pipeline& pipeline);

// Fixes every repairable problem; leaves the others for a person.
void repair(Pipeline& pipeline);

} // namespace followup
