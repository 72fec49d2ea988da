#include "core/optional_text.hpp"

#include <cstring>
#include <new>

namespace followup {

namespace {

char* make_block(std::string_view text) {
    char* const block = static_cast<char*>(::operator new(sizeof(std::size_t) + text.size()));
    const std::size_t size = text.size();
    std::memcpy(block, &size, sizeof size);
    if (size != 0) {
        std::memcpy(block + sizeof size, text.data(), size);
    }
    return block;
}

} // namespace

OptionalText::OptionalText(std::string_view text) : block_(make_block(text)) {}

OptionalText::OptionalText(const std::optional<std::string>& text)
    : block_(text ? make_block(*text) : nullptr) {}

OptionalText::OptionalText(const OptionalText& other)
    : block_(other.has_value() ? make_block(*other) : nullptr) {}

OptionalText& OptionalText::operator=(const OptionalText& other) {
    if (this != &other) {
        OptionalText copy(other);
        std::swap(block_, copy.block_);
    }
    return *this;
}

OptionalText& OptionalText::operator=(OptionalText&& other) noexcept {
    if (this != &other) {
        reset();
        block_ = std::exchange(other.block_, nullptr);
    }
    return *this;
}

OptionalText::~OptionalText() {
    reset();
}

void OptionalText::reset() noexcept {
    ::operator delete(std::exchange(block_, nullptr));
}

bool operator==(const OptionalText& a, const OptionalText& b) noexcept {
    if (!a.has_value() || !b.has_value()) {
        return a.has_value() == b.has_value();
    }
    return *a == *b;
}

} // namespace followup
