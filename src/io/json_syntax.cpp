#include "io/json_syntax.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <vector>

namespace followup::io {
namespace {

bool is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

int hex_value(unsigned char c) {
    if (is_digit(c)) {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

class Scanner {
  public:
    explicit Scanner(std::string_view text) : text_(text) {}

    std::optional<JsonSyntaxError> run() {
        while (true) {
            while (pos_ < text_.size() && is_space(byte(pos_))) {
                ++pos_;
            }
            if (pos_ == text_.size()) {
                if (expect_ == Expect::end) {
                    return std::nullopt;
                }
                return unexpected(expected());
            }
            const unsigned char c = byte(pos_);
            switch (expect_) {
            case Expect::value_or_close:
                if (c == ']') {
                    ++pos_;
                    close();
                    break;
                }
                [[fallthrough]];
            case Expect::value:
                if (!value(c)) {
                    return error_;
                }
                break;
            case Expect::key_or_close:
                if (c == '}') {
                    ++pos_;
                    close();
                    break;
                }
                [[fallthrough]];
            case Expect::key:
                if (c != '"') {
                    return unexpected(expected());
                }
                if (!string()) {
                    return error_;
                }
                expect_ = Expect::colon;
                break;
            case Expect::colon:
                if (c != ':') {
                    return unexpected(expected());
                }
                ++pos_;
                expect_ = Expect::value;
                break;
            case Expect::comma_or_close: {
                const bool in_object = stack_.back() == '{';
                if (c == ',') {
                    ++pos_;
                    expect_ = in_object ? Expect::key : Expect::value;
                } else if (c == (in_object ? '}' : ']')) {
                    ++pos_;
                    close();
                } else {
                    return unexpected(expected());
                }
                break;
            }
            case Expect::end:
                return unexpected("after the top-level value");
            }
        }
    }

  private:
    enum class Expect { value, value_or_close, key, key_or_close, colon, comma_or_close, end };

    unsigned char byte(std::size_t at) const { return static_cast<unsigned char>(text_[at]); }

    std::string expected() const {
        switch (expect_) {
        case Expect::value:
            return "; expected a value";
        case Expect::value_or_close:
            return "; expected a value or ']'";
        case Expect::key:
            return "; expected a key (a string in double quotes)";
        case Expect::key_or_close:
            return "; expected a key (a string in double quotes) or '}'";
        case Expect::colon:
            return "; expected ':'";
        case Expect::comma_or_close:
            return stack_.back() == '{' ? "; expected ',' or '}'" : "; expected ',' or ']'";
        case Expect::end:
            break;
        }
        return {};
    }

    // What stands at pos_, as a message names it: never more than one byte of the file.
    std::string what_is_here() const {
        if (pos_ >= text_.size()) {
            return "end of input";
        }
        const unsigned char c = byte(pos_);
        if (c == '"') {
            return "string";
        }
        if (c == '-' || is_digit(c)) {
            return "number";
        }
        if (c > 0x20 && c < 0x7f) {
            return fmt::format("'{}'", static_cast<char>(c));
        }
        return c == 0 ? std::string("NUL byte") : fmt::format("byte 0x{:02X}", c);
    }

    std::optional<JsonSyntaxError> unexpected(std::string_view after) {
        const std::string separator = after.starts_with(";") ? "" : " ";
        return JsonSyntaxError{pos_,
                               fmt::format("unexpected {}{}{}", what_is_here(), separator, after)};
    }

    bool fail(std::size_t at, std::string message) {
        error_ = JsonSyntaxError{at, std::move(message)};
        return false;
    }

    void close() {
        stack_.pop_back();
        after_value();
    }

    void after_value() { expect_ = stack_.empty() ? Expect::end : Expect::comma_or_close; }

    bool value(unsigned char c) {
        switch (c) {
        case '{':
        case '[':
            stack_.push_back(static_cast<char>(c));
            ++pos_;
            expect_ = c == '{' ? Expect::key_or_close : Expect::value_or_close;
            return true;
        case '"':
            if (!string()) {
                return false;
            }
            break;
        case 't':
        case 'f':
        case 'n':
            if (!literal()) {
                return false;
            }
            break;
        default:
            if (c == '-' || is_digit(c)) {
                if (!number()) {
                    return false;
                }
                break;
            }
            error_ = unexpected(expected());
            return false;
        }
        after_value();
        return true;
    }

    bool literal() {
        for (const std::string_view word : {"true", "false", "null"}) {
            const std::size_t end = pos_ + word.size();
            if (text_.substr(pos_, word.size()) == word &&
                (end == text_.size() || !std::isalnum(byte(end)))) {
                pos_ = end;
                return true;
            }
        }
        return fail(pos_, "invalid literal; expected true, false or null");
    }

    bool number() {
        const std::size_t start = pos_;
        auto digits = [&] {
            const std::size_t first = pos_;
            while (pos_ < text_.size() && is_digit(byte(pos_))) {
                ++pos_;
            }
            return pos_ > first;
        };
        if (byte(pos_) == '-') {
            ++pos_;
        }
        bool ok = true;
        if (pos_ < text_.size() && byte(pos_) == '0') {
            ++pos_;
        } else {
            ok = digits();
        }
        if (ok && pos_ < text_.size() && byte(pos_) == '.') {
            ++pos_;
            ok = digits();
        }
        if (ok && pos_ < text_.size() && (byte(pos_) == 'e' || byte(pos_) == 'E')) {
            ++pos_;
            if (pos_ < text_.size() && (byte(pos_) == '+' || byte(pos_) == '-')) {
                ++pos_;
            }
            ok = digits();
        }
        // "01", "1.5.2", "2x": what follows a number must end it.
        if (ok && pos_ < text_.size()) {
            const unsigned char next = byte(pos_);
            ok = !std::isalnum(next) && next != '.' && next != '+' && next != '-';
        }
        return ok || fail(start, "invalid number");
    }

    // A string from its opening quote at pos_; leaves pos_ after its closing quote.
    bool string() {
        const std::size_t start = pos_++;
        while (true) {
            // The common case, plain ASCII, in a tight loop.
            while (pos_ < text_.size()) {
                const unsigned char c = byte(pos_);
                if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
                    break;
                }
                ++pos_;
            }
            if (pos_ >= text_.size()) {
                return fail(start, "unterminated string (no closing '\"')");
            }
            const unsigned char c = byte(pos_);
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (c == '\\') {
                if (!escape(start)) {
                    return false;
                }
            } else if (c < 0x20) {
                return fail(pos_, c == 0 ? std::string("NUL byte in a string; write it as \\u0000")
                                         : fmt::format("control character U+{:04X} in a string; "
                                                       "write it as an escape such as \\n",
                                                       c));
            } else if (!utf8_sequence()) {
                return fail(pos_, fmt::format("invalid UTF-8 byte 0x{:02X} in a string", c));
            }
        }
    }

    bool escape(std::size_t string_start) {
        const std::size_t start = pos_++;
        if (pos_ >= text_.size()) {
            return fail(string_start, "unterminated string (no closing '\"')");
        }
        const unsigned char c = byte(pos_);
        if (c != 'u') {
            if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' ||
                c == 't') {
                ++pos_;
                return true;
            }
            return fail(start, "invalid escape in a string (valid: \\\" \\\\ \\/ \\b \\f \\n "
                               "\\r \\t \\uXXXX)");
        }
        const int code = hex4(pos_ + 1);
        if (code < 0) {
            return fail(start, "invalid \\u escape: four hex digits must follow");
        }
        pos_ += 5;
        if (code >= 0xDC00 && code <= 0xDFFF) {
            return fail(start, "a low surrogate escape (\\uDC00-\\uDFFF) without a high one "
                               "before it");
        }
        if (code >= 0xD800 && code <= 0xDBFF) {
            const int low = text_.substr(pos_, 2) == "\\u" ? hex4(pos_ + 2) : -1;
            if (low < 0xDC00 || low > 0xDFFF) {
                return fail(start, "a high surrogate escape (\\uD800-\\uDBFF) without a low one "
                                   "after it");
            }
            pos_ += 6;
        }
        return true;
    }

    int hex4(std::size_t at) const {
        if (at + 4 > text_.size()) {
            return -1;
        }
        int code = 0;
        for (std::size_t i = at; i < at + 4; ++i) {
            const int digit = hex_value(byte(i));
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }

    // One well-formed UTF-8 sequence of 2 to 4 bytes at pos_ (no overlong forms, no
    // surrogates, nothing past U+10FFFF); advances past it.
    bool utf8_sequence() {
        const unsigned char lead = byte(pos_);
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = static_cast<unsigned char>(lead == 0xE0 ? 0xA0 : 0x80);
            high = static_cast<unsigned char>(lead == 0xED ? 0x9F : 0xBF);
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = static_cast<unsigned char>(lead == 0xF0 ? 0x90 : 0x80);
            high = static_cast<unsigned char>(lead == 0xF4 ? 0x8F : 0xBF);
        } else {
            return false;
        }
        if (pos_ + length > text_.size()) {
            return false;
        }
        for (std::size_t i = 1; i < length; ++i) {
            const unsigned char c = byte(pos_ + i);
            if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF)) {
                return false;
            }
        }
        pos_ += length;
        return true;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    Expect expect_ = Expect::value;
    std::vector<char> stack_; // '{' or '[' for each open container
    std::optional<JsonSyntaxError> error_;
};

} // namespace

std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view text) {
    return Scanner(text).run();
}

std::string text_location(std::string_view text, std::string_view source, std::size_t offset) {
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const std::size_t last_newline = before.rfind('\n');
    const std::size_t column =
        last_newline == std::string_view::npos ? before.size() + 1 : before.size() - last_newline;
    return fmt::format("{}:{}:{}", source, line, column);
}

} // namespace followup::io
