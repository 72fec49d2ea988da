#include "core/text.hpp"

#include <array>
#include <cstdint>

namespace followup {

// What each letter from U+00C0 to U+017F becomes in a search key; empty: kept as is.
constexpr std::array<std::string_view, 0x180 - 0xC0> k_latin_folds = {
    "a", "a", "a",  "a",  "a", "a", "ae", "c",  "e",  "e", "e", "e", "i",  "i",  "i", "i", "d", "n",
    "o", "o", "o",  "o",  "o", "",  "o",  "u",  "u",  "u", "u", "y", "th", "ss", "a", "a", "a", "a",
    "a", "a", "ae", "c",  "e", "e", "e",  "e",  "i",  "i", "i", "i", "d",  "n",  "o", "o", "o", "o",
    "o", "",  "o",  "u",  "u", "u", "u",  "y",  "th", "y", "a", "a", "a",  "a",  "a", "a", "c", "c",
    "c", "c", "c",  "c",  "c", "c", "d",  "d",  "d",  "d", "e", "e", "e",  "e",  "e", "e", "e", "e",
    "e", "e", "g",  "g",  "g", "g", "g",  "g",  "g",  "g", "h", "h", "h",  "h",  "i", "i", "i", "i",
    "i", "i", "i",  "i",  "i", "i", "ij", "ij", "j",  "j", "k", "k", "k",  "l",  "l", "l", "l", "l",
    "l", "l", "l",  "l",  "l", "n", "n",  "n",  "n",  "n", "n", "n", "n",  "n",  "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r",  "r",  "r",  "r", "s", "s", "s",  "s",  "s", "s", "s", "s",
    "t", "t", "t",  "t",  "t", "t", "u",  "u",  "u",  "u", "u", "u", "u",  "u",  "u", "u", "u", "u",
    "w", "w", "y",  "y",  "y", "z", "z",  "z",  "z",  "z", "z", "s",
};
namespace {

// Decodes one code point at `pos`; returns its length in bytes, 0 when invalid.
std::size_t decode(std::string_view text, std::size_t pos, char32_t& code_point) {
    const auto byte = [&](std::size_t i) {
        return static_cast<std::uint8_t>(text[i]);
    };
    const std::uint8_t lead = byte(pos);
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        code_point = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1Fu;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0Fu;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07u;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (pos + length > text.size()) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) {
            return 0;
        }
        value = (value << 6) | (byte(pos + i) & 0x3Fu);
    }
    // Overlong forms, surrogates and values past Unicode are not UTF-8.
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return 0;
    }
    code_point = value;
    return length;
}

std::size_t code_point_width(char32_t c) {
    if ((c >= 0x0300 && c <= 0x036F) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) {
        return 0;
    }
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

} // namespace

bool is_valid_utf8(std::string_view text) {
    char32_t code_point = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = decode(text, pos, code_point);
        if (length == 0) {
            return false;
        }
        pos += length;
    }
    return true;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    char32_t code_point = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) { // ASCII, most text: one column
            ++width;
            ++pos;
            continue;
        }
        const std::size_t length = decode(text, pos, code_point);
        if (length == 0) { // not UTF-8: count the byte, never loop forever
            ++width;
            ++pos;
            continue;
        }
        width += code_point_width(code_point);
        pos += length;
    }
    return width;
}

std::string plural(long long count, std::string_view one, std::string_view many) {
    return std::to_string(count) + " " + std::string(count == 1 || count == -1 ? one : many);
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const std::string& item : items) {
        if (&item != &items.front()) {
            out += separator;
        }
        out += item;
    }
    return out;
}

std::string search_key(std::string_view text) {
    std::string key;
    key.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            key += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
            continue;
        }
        // Two-byte sequences from U+00C0 to U+017F start with 0xC3, 0xC4 or 0xC5.
        if (byte >= 0xC3 && byte <= 0xC5 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            const unsigned code_point = ((byte & 0x1Fu) << 6) | (next & 0x3Fu);
            if ((next & 0xC0) == 0x80 && code_point >= 0xC0) {
                const std::string_view fold = k_latin_folds[code_point - 0xC0];
                if (!fold.empty()) {
                    key += fold;
                    ++i;
                    continue;
                }
            }
        }
        key += static_cast<char>(byte);
    }
    return key;
}

std::string excerpt(std::string_view value, std::size_t most) {
    static constexpr std::string_view k_hex = "0123456789abcdef";
    std::string out;
    std::size_t taken = 0;
    // `most` bounds what is shown, escapes included: 40 control characters would
    // otherwise take 240 bytes, and a message quoting twelve such values 2.9 KB (R14).
    for (; taken < value.size() && out.size() < most; ++taken) {
        const auto c = static_cast<unsigned char>(value[taken]);
        if (c < 0x20 || c == 0x7f) {
            out += "\\u00";
            out += k_hex[c >> 4];
            out += k_hex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (taken < value.size()) {
        // Never cut a UTF-8 sequence in two.
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) {
            out.pop_back();
        }
        if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) {
            out.pop_back();
        }
        out += "...";
    }
    return out;
}

} // namespace followup
