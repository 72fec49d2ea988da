#include "core/checks.hpp"

#include <algorithm>

namespace followup {
namespace {

std::int64_t highest_id(const Pipeline& pipeline) {
    return pipeline.prospects.empty() ? 0 : pipeline.prospects.back().id;
}

bool has_duplicate_or_empty_tags(const Prospect& prospect) {
    for (std::size_t i = 0; i < prospect.tags.size(); ++i) {
        if (prospect.tags[i].empty() ||
            std::find(prospect.tags.begin(), prospect.tags.begin() + static_cast<std::ptrdiff_t>(i),
                      prospect.tags[i]) != prospect.tags.begin() + static_cast<std::ptrdiff_t>(i)) {
            return true;
        }
    }
    return false;
}

} // namespace

std::vector<Problem> find_problems(const Pipeline& pipeline) {
    std::vector<Problem> problems;
    if (pipeline.next_id && *pipeline.next_id <= highest_id(pipeline)) {
        problems.push_back({"next_id is " + std::to_string(*pipeline.next_id) +
                                " but ids go up to " + std::to_string(highest_id(pipeline)) +
                                ": a new prospect would reuse an id",
                            true});
    }
    if (pipeline.settings && pipeline.settings->cadence_days &&
        pipeline.settings->cadence_days->empty()) {
        problems.push_back({"settings: cadence_days is empty", true});
    }
    for (const Prospect& prospect : pipeline.prospects) {
        const std::string where = "prospect #" + std::to_string(prospect.id) + ": ";
        if (prospect.name.empty()) {
            problems.push_back({where + "the name is empty; give it one with 'followup set " +
                                    std::to_string(prospect.id) + " --name NAME'",
                                false});
        }
        if (has_duplicate_or_empty_tags(prospect)) {
            problems.push_back({where + "a tag is empty or appears twice", true});
        }
        if (prospect.cadence && prospect.cadence->empty()) {
            problems.push_back({where + "cadence is empty", true});
        }
    }
    return problems;
}

void repair(Pipeline& pipeline) {
    if (pipeline.next_id && *pipeline.next_id <= highest_id(pipeline)) {
        pipeline.next_id = highest_id(pipeline) + 1;
    }
    if (pipeline.settings && pipeline.settings->cadence_days &&
        pipeline.settings->cadence_days->empty()) {
        pipeline.settings->cadence_days.reset();
    }
    for (Prospect& prospect : pipeline.prospects) {
        std::vector<std::string> tags;
        for (auto& tag : prospect.tags) {
            if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end()) {
                tags.push_back(std::move(tag));
            }
        }
        prospect.tags = std::move(tags);
        if (prospect.cadence && prospect.cadence->empty()) {
            prospect.cadence.reset();
        }
    }
}

} // namespace followup
