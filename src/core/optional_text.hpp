#pragma once
// An optional string in the space of one pointer.
//
// A touch has three optional texts (note, value, objection) and a prospect four; a
// pipeline holds tens of thousands of each. As std::optional<std::string> each is 40
// bytes even when absent, which made texts most of the model's memory
// (docs/performance.md). Here an absent text is a null pointer and a present one a
// single block holding its length and its bytes. It reads like the optional it replaces
// (`if (note)`, `*note`, `note->size()`, `note.value_or("")`), but hands out
// std::string_view: the text is never changed in place, only replaced.

#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace followup {

class OptionalText {
  public:
    OptionalText() noexcept = default;
    OptionalText(std::nullopt_t) noexcept {}
    OptionalText(std::string_view text);
    OptionalText(const std::string& text) : OptionalText(std::string_view(text)) {}
    OptionalText(const char* text) : OptionalText(std::string_view(text)) {}
    OptionalText(const std::optional<std::string>& text);
    OptionalText(const OptionalText& other);
    OptionalText(OptionalText&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
    OptionalText& operator=(const OptionalText& other);
    OptionalText& operator=(OptionalText&& other) noexcept;
    ~OptionalText();

    bool has_value() const noexcept { return block_ != nullptr; }
    explicit operator bool() const noexcept { return has_value(); }
    // Only when has_value(), as with std::optional. Inline: every table and save reads it.
    std::string_view operator*() const noexcept {
        std::size_t size = 0;
        std::memcpy(&size, block_, sizeof size);
        return {block_ + sizeof size, size};
    }
    std::string_view value_or(std::string_view fallback) const noexcept {
        return has_value() ? **this : fallback;
    }
    void reset() noexcept;

    // `text->empty()`: the view, behind the arrow std::optional has.
    struct Arrow {
        std::string_view view;
        const std::string_view* operator->() const noexcept { return &view; }
    };
    Arrow operator->() const noexcept { return Arrow{**this}; }

    friend bool operator==(const OptionalText& a, const OptionalText& b) noexcept;
    // As std::optional compares with a value: equal only when present and the same.
    friend bool operator==(const OptionalText& a, std::string_view b) noexcept {
        return a.has_value() && *a == b;
    }
    friend bool operator==(const OptionalText& a, const std::string& b) noexcept {
        return a == std::string_view(b);
    }
    friend bool operator==(const OptionalText& a, const char* b) noexcept {
        return a == std::string_view(b);
    }
    friend bool operator==(const OptionalText& a, std::nullopt_t) noexcept {
        return !a.has_value();
    }

  private:
    // A std::size_t length, then the bytes; null when there is no text.
    char* block_ = nullptr;
};

} // namespace followup
