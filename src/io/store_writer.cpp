// The writing half of the data file format (the reading half is store_format.cpp).
//
// The writer puts the canonical text straight into one buffer through a cursor: each
// piece of text is one copy after one check that there is room for it, with no
// std::string append (a capacity check and a length count per call) in between. A
// file of 10,000 prospects is 14.7 MB; writing it through std::string appends took
// 270 M instructions, most of them on the key names, which never need escaping.

#include "core/error.hpp"
#include "io/store_format.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <simdjson.h>

namespace followup::io {
namespace {

constexpr std::array<bool, 256> k_needs_escape = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = 0; c < 0x20; ++c) {
        table[c] = true;
    }
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

// Whether any of the 8 bytes in `word` may need escaping: a control character, '"' or
// '\\'. It may say yes for a byte after one that does (the subtractions borrow), never no
// for one that does, so a yes is checked byte by byte.
bool may_need_escape(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t highs = 0x8080808080808080;
    const std::uint64_t quote = word ^ (ones * '"');
    const std::uint64_t backslash = word ^ (ones * '\\');
    const std::uint64_t control = (word - ones * 0x20) & ~word;
    const std::uint64_t zero_quote = (quote - ones) & ~quote;
    const std::uint64_t zero_backslash = (backslash - ones) & ~backslash;
    return ((control | zero_quote | zero_backslash) & highs) != 0;
}

// The first byte of `text` from `from` on that needs escaping, or text.end().
const char* find_escape(const char* from, const char* end) {
    while (end - from >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, from, sizeof word);
        if (may_need_escape(word)) {
            for (const char* stop = from + 8; from < stop; ++from) {
                if (k_needs_escape[static_cast<unsigned char>(*from)]) {
                    return from;
                }
            }
        } else {
            from += 8;
        }
    }
    while (from < end && !k_needs_escape[static_cast<unsigned char>(*from)]) {
        ++from;
    }
    return from;
}

// Writes `text` escaped for a JSON string, without the quotes, at `out` (which has room
// for 6 bytes per byte of text); returns the end. Most text has nothing to escape and
// is found so 8 bytes at a time, then copied at once.
char* put_escaped(char* out, std::string_view text) {
    static constexpr char k_hex[] = "0123456789abcdef";
    const char* from = text.data();
    const char* const end = from + text.size();
    while (true) {
        const char* const special = find_escape(from, end);
        std::memcpy(out, from, static_cast<std::size_t>(special - from));
        out += special - from;
        if (special == end) {
            return out;
        }
        from = special + 1;
        const auto c = static_cast<unsigned char>(*special);
        *out++ = '\\';
        switch (c) {
        case '"':
            *out++ = '"';
            break;
        case '\\':
            *out++ = '\\';
            break;
        case '\n':
            *out++ = 'n';
            break;
        case '\r':
            *out++ = 'r';
            break;
        case '\t':
            *out++ = 't';
            break;
        case '\b':
            *out++ = 'b';
            break;
        case '\f':
            *out++ = 'f';
            break;
        default:
            std::memcpy(out, "u00", 3);
            out += 3;
            *out++ = k_hex[c >> 4];
            *out++ = k_hex[c & 0xF];
        }
    }
}

void check_utf8(std::string_view text) {
    if (!simdjson::validate_utf8(text.data(), text.size())) {
        throw Error("refusing to write text that is not valid UTF-8 into the data file");
    }
}

// Writes into `out`, which it sizes as it needs. With a sink, it hands `out` over and
// starts it again every k_piece bytes or so, always between two prospects, so that no
// piece ends inside a UTF-8 sequence and each can be checked on its own.
//
// A piece is small enough to be still in the cache when write(2) copies it, and so that
// a save touches few fresh pages for it: with 1 MiB pieces the buffer alone was 320 of
// them, about 1 ms of a 1,000-prospect save on the machines measured (docs/performance.md).
class Writer {
  public:
    static constexpr std::size_t k_piece = std::size_t{256} << 10;

    Writer(std::string& out, const TextSink* sink) : out_(out), sink_(sink) {
        cursor_ = out_.data();
        end_ = out_.data() + out_.size();
    }

    // Hands over what is left, or, without a sink, cuts `out` to what was written.
    void finish() {
        if (sink_ != nullptr) {
            hand_over();
        } else {
            out_.resize(used());
            check_utf8(out_);
        }
    }

    void pipeline(const Pipeline& pipeline) {
        // Never written back: it would lose every touch's note.
        if (pipeline.touch_notes_left_out) {
            throw Error("internal error: refusing to write a pipeline read without its touches' "
                        "notes; please report the command line");
        }
        raw("{\n  \"version\": ");
        integer(pipeline.version);
        if (pipeline.next_id) {
            raw(",\n  \"next_id\": ");
            integer(*pipeline.next_id);
        }
        if (pipeline.settings) {
            raw(",\n  \"settings\": ");
            settings(*pipeline.settings);
        }
        raw(",\n  \"prospects\": [");
        for (std::size_t i = 0; i < pipeline.prospects.size(); ++i) {
            raw(i == 0 ? "\n    " : ",\n    ");
            prospect(pipeline.prospects[i]);
            if (sink_ != nullptr && used() >= k_piece) {
                hand_over();
            }
        }
        raw(pipeline.prospects.empty() ? "]" : "\n  ]");
        extra(pipeline.extra, "  ");
        raw("\n}\n");
    }

  private:
    std::size_t used() const { return static_cast<std::size_t>(cursor_ - out_.data()); }

    void hand_over() {
        const std::string_view piece(out_.data(), used());
        check_utf8(piece);
        (*sink_)(piece);
        cursor_ = out_.data();
    }

    // Makes room for `more` bytes after the cursor.
    void reserve(std::size_t more) {
        if (static_cast<std::size_t>(end_ - cursor_) >= more) {
            return;
        }
        const std::size_t written = used();
        out_.resize(std::max(out_.size() * 2, written + more));
        cursor_ = out_.data() + written;
        end_ = out_.data() + out_.size();
    }

    void raw(std::string_view text) {
        reserve(text.size());
        std::memcpy(cursor_, text.data(), text.size());
        cursor_ += text.size();
    }

    void character(char c) {
        reserve(1);
        *cursor_++ = c;
    }

    void string(std::string_view text) {
        reserve(text.size() * 6 + 2);
        *cursor_++ = '"';
        cursor_ = put_escaped(cursor_, text);
        *cursor_++ = '"';
    }

    // A word of followup's own vocabulary (a channel, an outcome, a status): quoted, with
    // nothing to escape.
    void word(std::string_view text) {
        reserve(text.size() + 2);
        *cursor_++ = '"';
        std::memcpy(cursor_, text.data(), text.size());
        cursor_ += text.size();
        *cursor_++ = '"';
    }

    void integer(std::int64_t value) {
        reserve(24);
        cursor_ = std::to_chars(cursor_, cursor_ + 24, value).ptr;
    }

    void timestamp(const Timestamp& value) {
        reserve(k_timestamp_text_max + 2);
        *cursor_++ = '"';
        cursor_ += format_timestamp_into(
            value, std::span<char, k_timestamp_text_max>(cursor_, k_timestamp_text_max));
        *cursor_++ = '"';
    }

    void date(Date value) { timestamp(Timestamp{value, std::nullopt}); }

    // A key followup knows: written as it is, since none needs escaping. The object's
    // first key comes after "{" instead of a comma.
    void key(std::string_view indent, std::string_view name, bool first = false) {
        reserve(indent.size() + name.size() + 6);
        *cursor_++ = first ? '{' : ',';
        *cursor_++ = '\n';
        std::memcpy(cursor_, indent.data(), indent.size());
        cursor_ += indent.size();
        *cursor_++ = '"';
        std::memcpy(cursor_, name.data(), name.size());
        cursor_ += name.size();
        std::memcpy(cursor_, "\": ", 3);
        cursor_ += 3;
    }

    void string_field(std::string_view indent, std::string_view name, const OptionalText& value) {
        if (value) {
            key(indent, name);
            string(*value);
        }
    }

    void int_list(const std::vector<int>& values) {
        character('[');
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0) {
                raw(", ");
            }
            integer(values[i]);
        }
        character(']');
    }

    void channel_list(const std::vector<Channel>& channels) {
        character('[');
        for (std::size_t i = 0; i < channels.size(); ++i) {
            if (i > 0) {
                raw(", ");
            }
            word(to_string(channels[i]));
        }
        character(']');
    }

    void month_day(std::string_view indent, std::string_view name,
                   const std::optional<MonthDay>& value) {
        if (value) {
            key(indent, name);
            const char text[] = {'"',
                                 static_cast<char>('0' + value->month / 10 % 10),
                                 static_cast<char>('0' + value->month % 10),
                                 '-',
                                 static_cast<char>('0' + value->day / 10 % 10),
                                 static_cast<char>('0' + value->day % 10),
                                 '"'};
            raw(std::string_view(text, sizeof text));
        }
    }

    // Fields this version does not know: their keys came from a file, so they are
    // escaped; their values are kept exactly as read.
    // The fields kept from the file that this version does not know. `opens` when none
    // came before in the object: the first then writes its '{' instead of a comma.
    void extra(const ExtraFields& fields, std::string_view indent, bool opens = false) {
        for (const ExtraField& field : fields) {
            raw(opens ? "{\n" : ",\n");
            opens = false;
            raw(indent);
            string(field.key);
            raw(": ");
            raw(field.raw_json);
        }
    }

    void settings(const Settings& settings) {
        constexpr std::string_view indent = "    ";
        bool empty = true;
        // The first field opens the object; later ones follow a comma.
        auto field = [&](std::string_view name) {
            key(indent, name, empty);
            empty = false;
        };
        if (settings.cadence_days) {
            field("cadence_days");
            int_list(*settings.cadence_days);
        }
        auto number = [&](std::string_view name, const std::optional<int>& value) {
            if (value) {
                field(name);
                integer(*value);
            }
        };
        number("after_fifth_days", settings.after_fifth_days);
        number("dream_days", settings.dream_days);
        number("nurture_days", settings.nurture_days);
        number("abandon_after_days", settings.abandon_after_days);
        if (settings.skip_weekends) {
            field("skip_weekends");
            raw(*settings.skip_weekends ? "true" : "false");
        }
        if (settings.channel_plan) {
            field("channel_plan");
            channel_list(*settings.channel_plan);
        }
        if (settings.away) {
            field("away");
            character('[');
            for (std::size_t i = 0; i < settings.away->size(); ++i) {
                const AwayPeriod& period = (*settings.away)[i];
                raw(i == 0 ? "\n      {\"from\": " : ",\n      {\"from\": ");
                date(period.from);
                raw(", \"to\": ");
                date(period.to);
                character('}');
            }
            raw(settings.away->empty() ? "]" : "\n    ]");
        }
        extra(settings.extra, indent, empty);
        raw(empty && settings.extra.empty() ? "{}" : "\n  }");
    }

    void prospect(const Prospect& prospect) {
        constexpr std::string_view indent = "      ";
        key(indent, "id", true);
        integer(prospect.id);
        key(indent, "name");
        string(prospect.name);
        string_field(indent, "company", prospect.company);
        string_field(indent, "email", prospect.email);
        string_field(indent, "phone", prospect.phone);
        key(indent, "tags");
        character('[');
        for (std::size_t i = 0; i < prospect.tags.size(); ++i) {
            if (i > 0) {
                raw(", ");
            }
            string(prospect.tags[i]);
        }
        character(']');
        key(indent, "status");
        word(to_string(prospect.status));
        key(indent, "dream");
        raw(prospect.dream ? "true" : "false");
        key(indent, "created");
        date(prospect.created);
        if (prospect.next) {
            key(indent, "next");
            date(*prospect.next);
        }
        if (prospect.cadence) {
            key(indent, "cadence");
            int_list(*prospect.cadence);
        }
        if (prospect.channel_plan) {
            key(indent, "channel_plan");
            channel_list(*prospect.channel_plan);
        }
        month_day(indent, "birthday", prospect.birthday);
        month_day(indent, "anniversary", prospect.anniversary);
        string_field(indent, "notes", prospect.notes);
        key(indent, "attempts");
        character('[');
        for (std::size_t i = 0; i < prospect.attempts.size(); ++i) {
            raw(i == 0 ? "\n        " : ",\n        ");
            attempt(prospect.attempts[i]);
        }
        raw(prospect.attempts.empty() ? "]" : "\n      ]");
        extra(prospect.extra, indent);
        raw("\n    }");
    }

    void attempt(const Attempt& attempt) {
        constexpr std::string_view indent = "          ";
        key(indent, "at", true);
        timestamp(attempt.at);
        key(indent, "channel");
        word(to_string(attempt.channel));
        key(indent, "outcome");
        word(to_string(attempt.outcome));
        string_field(indent, "note", attempt.note);
        string_field(indent, "value", attempt.value);
        string_field(indent, "objection", attempt.objection);
        if (attempt.answers) {
            key(indent, "answers");
            raw("true");
        }
        extra(attempt.extra, indent);
        raw("\n        }");
    }

    std::string& out_;
    const TextSink* sink_;
    char* cursor_ = nullptr;
    char* end_ = nullptr;
};

} // namespace

void append_json_string(std::string& out, std::string_view text) {
    const std::size_t start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char* cursor = out.data() + start;
    *cursor++ = '"';
    cursor = put_escaped(cursor, text);
    *cursor++ = '"';
    out.resize(static_cast<std::size_t>(cursor - out.data()));
}

std::string serialize_pipeline(const Pipeline& pipeline) {
    // About 260 bytes a prospect and 170 an attempt: the buffer rarely grows. Its bytes
    // are zeroed by resize() first, which costs a pass over it, but no more copies.
    std::size_t estimate = 64;
    for (const Prospect& prospect : pipeline.prospects) {
        estimate += 320 + prospect.attempts.size() * 200;
    }
    std::string out(estimate, '\0');
    Writer writer(out, nullptr);
    writer.pipeline(pipeline);
    writer.finish();
    return out;
}

void write_pipeline(const Pipeline& pipeline, const TextSink& sink) {
    std::string piece(Writer::k_piece + (Writer::k_piece >> 2), '\0');
    Writer writer(piece, &sink);
    writer.pipeline(pipeline);
    writer.finish();
}

} // namespace followup::io
