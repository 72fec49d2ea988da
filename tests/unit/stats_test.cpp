// The persistence numbers (core/stats.hpp) on a small pipeline whose every metric was
// worked out by hand, as docs/stats.md defines them. Today is Wednesday 2026-11-25.
#include "core/stats.hpp"
#include "support.hpp"

#include <cmath>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace followup;
using followup::test::attempt;
using followup::test::date;

namespace {

using Row = std::vector<StatValue>;
using Rows = std::vector<Row>;

StatValue n(long long count) {
    return count;
}
StatValue r(long long part, long long whole) {
    return Rate{whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole)};
}
StatValue q(long long part, long long whole) {
    return Ratio{whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole)};
}
StatValue t(const char* text) {
    return std::string(text);
}

bool same(const StatValue& a, const StatValue& b) {
    if (a.index() != b.index()) {
        return false;
    }
    if (const auto* rate = std::get_if<Rate>(&a)) {
        return std::abs(rate->value - std::get<Rate>(b).value) < 1e-9;
    }
    if (const auto* ratio = std::get_if<Ratio>(&a)) {
        return std::abs(ratio->value - std::get<Ratio>(b).value) < 1e-9;
    }
    if (const auto* count = std::get_if<long long>(&a)) {
        return *count == std::get<long long>(b);
    }
    return std::get<std::string>(a) == std::get<std::string>(b);
}

std::string show(const StatValue& value) {
    if (const auto* count = std::get_if<long long>(&value)) {
        return std::to_string(*count);
    }
    if (const auto* rate = std::get_if<Rate>(&value)) {
        return "rate " + std::to_string(rate->value);
    }
    if (const auto* ratio = std::get_if<Ratio>(&value)) {
        return "ratio " + std::to_string(ratio->value);
    }
    return "\"" + std::get<std::string>(value) + "\"";
}

std::string show(const Rows& rows) {
    std::string out;
    for (const Row& row : rows) {
        out += "\n  {";
        for (const StatValue& value : row) {
            out += show(value) + ", ";
        }
        out += "}";
    }
    return out;
}

bool same(const Rows& a, const Rows& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size()) {
            return false;
        }
        for (std::size_t j = 0; j < a[i].size(); ++j) {
            if (!same(a[i][j], b[i][j])) {
                return false;
            }
        }
    }
    return true;
}

#define CHECK_ROWS(table, ...)                                                                     \
    do {                                                                                           \
        const Rows expected_rows = __VA_ARGS__;                                                    \
        CHECK_MESSAGE(same((table).rows, expected_rows), "actual:", show((table).rows),            \
                      "\nexpected:", show(expected_rows));                                         \
    } while (false)

const StatValue& metric(const Summary& summary, std::string_view name) {
    for (const Metric& m : summary.metrics) {
        if (m.name == name) {
            return m.value;
        }
    }
    FAIL("no metric ", std::string(name));
    static const StatValue none;
    return none;
}

#define CHECK_METRIC(summary, name, value)                                                         \
    CHECK_MESSAGE(same(metric(summary, name), value), name, ": ", show(metric(summary, name)))

Attempt touch(const char* at, Channel channel, Outcome outcome, const char* value = nullptr) {
    Attempt a = attempt(at, channel, outcome);
    if (value) {
        a.value = value;
    }
    return a;
}

Prospect make(std::int64_t id, const char* name, Date created, std::vector<std::string> tags,
              Status status, std::vector<Attempt> attempts) {
    Prospect p = test::prospect(id, name, created);
    p.tags = std::move(tags);
    p.status = status;
    p.attempts = std::move(attempts);
    return p;
}

constexpr auto call = Channel::call;
constexpr auto email = Channel::email;
constexpr auto linkedin = Channel::linkedin;
constexpr auto video = Channel::video;

// Nine prospects, 24 touches (14 with a time of day), 14 that reached the person.
//  #1 Ann   saas      active   5 touches (fifth reached)
//  #2 Bob   smb       active   1 touch 11-03, due 11-06: abandoned
//  #3 Cara  saas,smb  won      2 touches, won on the 2nd
//  #4 Dev   -         active   never touched, added 11-10: abandoned (15 days)
//  #5 Eve   smb       lost     2 touches: abandoned
//  #6 Finn  saas      won      6 touches, won on the 6th
//  #7 Gus   gov       dnc      4 touches
//  #8 Hana  saas      won      1 touch, won on the 1st
//  #9 Ivy   -         nurture  3 touches, due 2027-02-01
Pipeline sample() {
    Pipeline pipeline;
    pipeline.prospects = {
        make(1, "Ann", date(2026, 11, 2), {"saas"}, Status::active,
             {touch("2026-11-02T09:00:00+01:00", call, Outcome::no_answer),
              touch("2026-11-05T09:30:00+01:00", call, Outcome::voicemail),
              touch("2026-11-09T14:00:00+01:00", email, Outcome::replied, "case study"),
              touch("2026-11-16T10:00:00+01:00", linkedin, Outcome::connected),
              touch("2026-11-24T16:00:00+01:00", call, Outcome::meeting, "pricing sheet")}),
        make(2, "Bob", date(2026, 11, 3), {"smb"}, Status::active,
             {touch("2026-11-03", call, Outcome::no_answer)}),
        make(3, "Cara", date(2026, 10, 5), {"saas", "smb"}, Status::won,
             {touch("2026-10-05T11:00:00Z", email, Outcome::connected),
              touch("2026-10-12T11:30:00Z", call, Outcome::won)}),
        make(4, "Dev", date(2026, 11, 10), {}, Status::active, {}),
        make(5, "Eve", date(2026, 9, 28), {"smb"}, Status::lost,
             {touch("2026-09-28", call, Outcome::connected),
              touch("2026-10-01", email, Outcome::lost)}),
        make(6, "Finn", date(2026, 9, 1), {"saas"}, Status::won,
             {touch("2026-09-01T09:00:00+02:00", call, Outcome::no_answer),
              touch("2026-09-04T09:00:00+02:00", call, Outcome::no_answer),
              touch("2026-09-08T15:00:00+02:00", email, Outcome::replied),
              touch("2026-09-15T10:00:00+02:00", video, Outcome::meeting, "demo"),
              touch("2026-09-29T10:00:00+02:00", call, Outcome::objection),
              touch("2026-10-29T13:00:00+01:00", email, Outcome::won, "discount")}),
        make(7, "Gus", date(2026, 11, 10), {"gov"}, Status::dnc,
             {touch("2026-11-10", email, Outcome::no_answer),
              touch("2026-11-13", call, Outcome::no_answer),
              touch("2026-11-17", linkedin, Outcome::no_answer),
              touch("2026-11-20", email, Outcome::not_interested)}),
        make(8, "Hana", date(2026, 11, 23), {"saas"}, Status::won,
             {touch("2026-11-23T17:30:00+01:00", call, Outcome::won)}),
        make(9, "Ivy", date(2026, 10, 13), {}, Status::nurture,
             {touch("2026-10-13", call, Outcome::no_answer),
              touch("2026-10-16", email, Outcome::no_answer),
              touch("2026-11-02", call, Outcome::not_interested)}),
    };
    return pipeline;
}

const Date k_today = date(2026, 11, 25);

StatsScope since(Date day) {
    StatsScope scope;
    scope.since = day;
    return scope;
}

StatsScope tagged(const char* tag) {
    StatsScope scope;
    scope.tag = tag;
    return scope;
}

StatsTable by(StatsKey key, const Pipeline& pipeline, const StatsScope& scope = {}) {
    return stats_by(key, pipeline, Rules{}, k_today, scope);
}

} // namespace

TEST_CASE("summarize") {
    const Pipeline pipeline = sample();
    const Rules rules;
    SUBCASE("every metric, in the documented order, worked out by hand") {
        const Summary s = summarize(pipeline, rules, k_today, {});
        std::vector<std::string> names;
        for (const Metric& m : s.metrics) {
            names.push_back(m.name);
        }
        CHECK(names == std::vector<std::string>{"prospects",
                                                "active",
                                                "nurture",
                                                "won",
                                                "lost",
                                                "dnc",
                                                "touches",
                                                "touches_per_prospect",
                                                "reached_fifth_touch",
                                                "reached_fifth_touch_rate",
                                                "abandoned_before_fifth",
                                                "abandoned_before_fifth_rate",
                                                "gave_up_after_one",
                                                "gave_up_after_one_rate",
                                                "connect_rate",
                                                "reply_rate",
                                                "meeting_rate",
                                                "value_rate",
                                                "won_at_first_touch_rate",
                                                "won_at_fifth_or_later_rate"});
        CHECK_METRIC(s, "prospects", n(9));
        CHECK_METRIC(s, "active", n(3));  // Ann, Bob, Dev
        CHECK_METRIC(s, "nurture", n(1)); // Ivy
        CHECK_METRIC(s, "won", n(3));     // Cara, Finn, Hana
        CHECK_METRIC(s, "lost", n(1));    // Eve
        CHECK_METRIC(s, "dnc", n(1));     // Gus
        CHECK_METRIC(s, "touches", n(24));
        CHECK_METRIC(s, "touches_per_prospect", q(24, 9));
        CHECK_METRIC(s, "reached_fifth_touch", n(2)); // Ann, Finn
        CHECK_METRIC(s, "reached_fifth_touch_rate", r(2, 9));
        CHECK_METRIC(s, "abandoned_before_fifth", n(3)); // Bob, Dev, Eve
        CHECK_METRIC(s, "abandoned_before_fifth_rate", r(3, 9));
        CHECK_METRIC(s, "gave_up_after_one", n(2)); // Bob (1 touch), Eve (2); not Dev (0)
        CHECK_METRIC(s, "gave_up_after_one_rate", r(2, 9));
        CHECK_METRIC(s, "connect_rate", r(14, 24));
        CHECK_METRIC(s, "reply_rate", r(2, 24));
        CHECK_METRIC(s, "meeting_rate", r(2, 24));
        CHECK_METRIC(s, "value_rate", r(4, 24));
        CHECK_METRIC(s, "won_at_first_touch_rate", r(1, 3));    // Hana
        CHECK_METRIC(s, "won_at_fifth_or_later_rate", r(1, 3)); // Finn
        CHECK(s.stopped_at == std::vector<long long>{2, 2, 1, 1, 2});
    }
    SUBCASE("the benchmarks stand next to their four metrics only") {
        const Summary s = summarize(pipeline, rules, k_today, {});
        for (const Metric& m : s.metrics) {
            CAPTURE(m.name);
            if (m.name == "reached_fifth_touch_rate") {
                CHECK(m.benchmark == doctest::Approx(0.08));
                CHECK(m.benchmark_note == "only 8% of reps make a fifth attempt");
            } else if (m.name == "gave_up_after_one_rate") {
                CHECK(m.benchmark == doctest::Approx(0.44));
            } else if (m.name == "won_at_first_touch_rate") {
                CHECK(m.benchmark == doctest::Approx(0.02));
            } else if (m.name == "won_at_fifth_or_later_rate") {
                CHECK(m.benchmark == doctest::Approx(0.80));
            } else {
                CHECK_FALSE(m.benchmark);
            }
        }
    }
    SUBCASE("--since: prospects added since, touches made since") {
        const Summary s = summarize(pipeline, rules, k_today, since(date(2026, 11, 1)));
        CHECK_METRIC(s, "prospects", n(5)); // Ann, Bob, Dev, Gus, Hana
        CHECK_METRIC(s, "active", n(3));
        CHECK_METRIC(s, "won", n(1));
        CHECK_METRIC(s, "dnc", n(1));
        CHECK_METRIC(s, "nurture", n(0));
        CHECK_METRIC(s, "touches", n(12));                 // including Ivy's, added in October
        CHECK_METRIC(s, "touches_per_prospect", q(11, 5)); // their whole history
        CHECK_METRIC(s, "reached_fifth_touch", n(1));
        CHECK_METRIC(s, "abandoned_before_fifth", n(2));
        CHECK_METRIC(s, "gave_up_after_one", n(1));
        CHECK_METRIC(s, "connect_rate", r(6, 12));
        CHECK_METRIC(s, "reply_rate", r(1, 12));
        CHECK_METRIC(s, "value_rate", r(2, 12));
        CHECK_METRIC(s, "won_at_first_touch_rate", r(1, 1));
        CHECK_METRIC(s, "won_at_fifth_or_later_rate", r(0, 1));
        CHECK(s.stopped_at == std::vector<long long>{2, 0, 0, 1, 1});
    }
    SUBCASE("--until: both ends included") {
        StatsScope scope;
        scope.until = date(2026, 10, 31);
        const Summary s = summarize(pipeline, rules, k_today, scope);
        CHECK_METRIC(s, "prospects", n(4)); // Cara, Eve, Finn, Ivy
        CHECK_METRIC(s, "touches", n(12));
        CHECK_METRIC(s, "touches_per_prospect", q(13, 4));
        CHECK_METRIC(s, "connect_rate", r(8, 12));
        CHECK_METRIC(s, "won_at_fifth_or_later_rate", r(1, 2));
        scope.since = date(2026, 10, 5);
        scope.until = date(2026, 10, 5);
        const Summary one_day = summarize(pipeline, rules, k_today, scope);
        CHECK_METRIC(one_day, "prospects", n(1)); // Cara, added that very day
        CHECK_METRIC(one_day, "touches", n(1));
    }
    SUBCASE("--tag") {
        const Summary s = summarize(pipeline, rules, k_today, tagged("saas"));
        CHECK_METRIC(s, "prospects", n(4)); // Ann, Cara, Finn, Hana
        CHECK_METRIC(s, "touches", n(14));
        CHECK_METRIC(s, "reached_fifth_touch_rate", r(2, 4));
        CHECK_METRIC(s, "connect_rate", r(10, 14));
        CHECK_METRIC(s, "won", n(3));
        StatsScope both = tagged("saas");
        both.since = date(2026, 11, 1);
        const Summary november = summarize(pipeline, rules, k_today, both);
        CHECK_METRIC(november, "prospects", n(2)); // Ann, Hana
        CHECK_METRIC(november, "touches", n(6));
        CHECK_METRIC(summarize(pipeline, rules, k_today, tagged("nobody")), "prospects", n(0));
    }
    SUBCASE("a deal won by hand counts its last touch; won with no touch counts neither") {
        Pipeline by_hand;
        by_hand.prospects = {make(1, "A", date(2026, 9, 1), {}, Status::won,
                                  {touch("2026-09-01", call, Outcome::connected),
                                   touch("2026-09-02", call, Outcome::connected),
                                   touch("2026-09-03", call, Outcome::connected),
                                   touch("2026-09-04", call, Outcome::connected),
                                   touch("2026-09-05", call, Outcome::meeting)}),
                             make(2, "B", date(2026, 9, 1), {}, Status::won, {}),
                             make(3, "C", date(2026, 9, 1), {}, Status::won,
                                  {touch("2026-09-01", call, Outcome::won),
                                   touch("2026-09-08", email, Outcome::replied)})};
        const Summary s = summarize(by_hand, rules, k_today, {});
        CHECK_METRIC(s, "won_at_fifth_or_later_rate", r(1, 3)); // A
        CHECK_METRIC(s, "won_at_first_touch_rate", r(1, 3));    // C, its first `won`
    }
    SUBCASE("an empty pipeline: zeros, no division by zero") {
        const Summary s = summarize(Pipeline{}, rules, k_today, {});
        REQUIRE(s.metrics.size() == 20);
        for (const Metric& m : s.metrics) {
            CAPTURE(m.name);
            if (const auto* rate = std::get_if<Rate>(&m.value)) {
                CHECK(rate->value == 0.0);
            } else if (const auto* ratio = std::get_if<Ratio>(&m.value)) {
                CHECK(ratio->value == 0.0);
            } else {
                CHECK(std::get<long long>(m.value) == 0);
            }
        }
        CHECK(s.stopped_at == std::vector<long long>{0, 0, 0, 0, 0});
    }
}

TEST_CASE("parse_stats_key") {
    CHECK(parse_stats_key("touch") == StatsKey::touch);
    CHECK(parse_stats_key("hour") == StatsKey::hour);
    CHECK(parse_stats_key("weekday") == StatsKey::weekday);
    CHECK_FALSE(parse_stats_key("Touch"));
    CHECK_FALSE(parse_stats_key("day"));
    CHECK_FALSE(parse_stats_key(""));
    CHECK(stats_key_names() == "touch, channel, week, month, outcome, tag, weekday, hour");
}

TEST_CASE("stats_by") {
    const Pipeline pipeline = sample();
    SUBCASE("touch: rows 1 to the most touches anyone had") {
        const StatsTable table = by(StatsKey::touch, pipeline);
        CHECK(table.columns == std::vector<std::string>{"touch", "reached", "connected", "replied",
                                                        "meetings", "won", "stopped_here"});
        CHECK_ROWS(table, {{n(1), n(8), n(3), n(0), n(0), n(1), n(2)},
                           {n(2), n(6), n(2), n(0), n(0), n(1), n(2)},
                           {n(3), n(4), n(3), n(2), n(0), n(0), n(1)},
                           {n(4), n(3), n(3), n(0), n(1), n(0), n(1)},
                           {n(5), n(2), n(2), n(0), n(1), n(0), n(1)},
                           {n(6), n(1), n(1), n(0), n(0), n(1), n(1)}});
    }
    SUBCASE("touch: rows 1 to 5 even when nobody got that far") {
        // smb: Bob (1 touch), Cara (2), Eve (2)
        CHECK_ROWS(by(StatsKey::touch, pipeline, tagged("smb")),
                   {{n(1), n(3), n(2), n(0), n(0), n(0), n(1)},
                    {n(2), n(2), n(2), n(0), n(0), n(1), n(2)},
                    {n(3), n(0), n(0), n(0), n(0), n(0), n(0)},
                    {n(4), n(0), n(0), n(0), n(0), n(0), n(0)},
                    {n(5), n(0), n(0), n(0), n(0), n(0), n(0)}});
    }
    SUBCASE("touch: prospect-level, by the date they were added") {
        // Added since 11-01: Ann (5), Bob (1), Dev (0), Gus (4), Hana (1).
        CHECK_ROWS(by(StatsKey::touch, pipeline, since(date(2026, 11, 1))),
                   {{n(1), n(4), n(1), n(0), n(0), n(1), n(2)},
                    {n(2), n(2), n(0), n(0), n(0), n(0), n(0)},
                    {n(3), n(2), n(1), n(1), n(0), n(0), n(0)},
                    {n(4), n(2), n(2), n(0), n(0), n(0), n(1)},
                    {n(5), n(1), n(1), n(0), n(1), n(0), n(1)}});
    }
    SUBCASE("channel: only the channels used, in the channel order") {
        const StatsTable table = by(StatsKey::channel, pipeline);
        CHECK(table.columns == std::vector<std::string>{"channel", "touches", "connected",
                                                        "connect_rate", "replied", "reply_rate",
                                                        "meetings", "won"});
        CHECK_ROWS(table, {{t("call"), n(13), n(6), r(6, 13), n(0), r(0, 13), n(1), n(2)},
                           {t("email"), n(8), n(6), r(6, 8), n(2), r(2, 8), n(0), n(1)},
                           {t("linkedin"), n(2), n(1), r(1, 2), n(0), r(0, 2), n(0), n(0)},
                           {t("video"), n(1), n(1), r(1, 1), n(0), r(0, 1), n(1), n(0)}});
    }
    SUBCASE("channel: touch-level, by the date of the touch") {
        // November's touches, Ivy's too though she was added in October; no video.
        CHECK_ROWS(by(StatsKey::channel, pipeline, since(date(2026, 11, 1))),
                   {{t("call"), n(7), n(3), r(3, 7), n(0), r(0, 7), n(1), n(1)},
                    {t("email"), n(3), n(2), r(2, 3), n(1), r(1, 3), n(0), n(0)},
                    {t("linkedin"), n(2), n(1), r(1, 2), n(0), r(0, 2), n(0), n(0)}});
    }
    SUBCASE("month: touches by touch date, new prospects by the date added") {
        const StatsTable table = by(StatsKey::month, pipeline);
        CHECK(table.columns == std::vector<std::string>{"period", "touches", "new_prospects",
                                                        "connected", "meetings", "won"});
        CHECK_ROWS(table, {{t("2026-09"), n(6), n(2), n(4), n(1), n(0)},
                           {t("2026-10"), n(6), n(2), n(4), n(0), n(2)},
                           {t("2026-11"), n(12), n(5), n(6), n(1), n(1)}});
    }
    SUBCASE("week and month: every period from the first to the last, empty ones too") {
        Pipeline year_end;
        year_end.prospects = {
            make(1, "Q1", date(2026, 12, 22), {}, Status::active,
                 {touch("2026-12-22", call, Outcome::no_answer),
                  touch("2027-01-01", email, Outcome::replied), // Friday of 2026-W53
                  touch("2027-01-12", call, Outcome::meeting)}),
            make(2, "Q2", date(2027, 1, 3), {}, Status::active, {})}; // Sunday of 2026-W53
        CHECK_ROWS(by(StatsKey::week, year_end), {{t("2026-W52"), n(1), n(1), n(0), n(0), n(0)},
                                                  {t("2026-W53"), n(1), n(1), n(1), n(0), n(0)},
                                                  {t("2027-W01"), n(0), n(0), n(0), n(0), n(0)},
                                                  {t("2027-W02"), n(1), n(0), n(1), n(1), n(0)}});
        year_end.prospects.push_back(make(3, "Q3", date(2027, 3, 15), {}, Status::won,
                                          {touch("2027-03-15", call, Outcome::won)}));
        CHECK_ROWS(by(StatsKey::month, year_end), {{t("2026-12"), n(1), n(1), n(0), n(0), n(0)},
                                                   {t("2027-01"), n(2), n(1), n(2), n(1), n(0)},
                                                   {t("2027-02"), n(0), n(0), n(0), n(0), n(0)},
                                                   {t("2027-03"), n(1), n(1), n(1), n(0), n(1)}});
    }
    SUBCASE("week: --since leaves out earlier touches and prospects added earlier") {
        // From Monday 11-16: Ann 11-16, 11-24; Gus 11-17, 11-20; Hana 11-23 (added then).
        CHECK_ROWS(by(StatsKey::week, pipeline, since(date(2026, 11, 16))),
                   {{t("2026-W47"), n(3), n(0), n(2), n(0), n(0)},
                    {t("2026-W48"), n(2), n(1), n(2), n(1), n(1)}});
    }
    SUBCASE("outcome: the outcomes that occurred, with their share") {
        const StatsTable table = by(StatsKey::outcome, pipeline);
        CHECK(table.columns == std::vector<std::string>{"outcome", "touches", "share"});
        CHECK_ROWS(table, {{t("no-answer"), n(9), r(9, 24)},
                           {t("voicemail"), n(1), r(1, 24)},
                           {t("connected"), n(3), r(3, 24)},
                           {t("replied"), n(2), r(2, 24)},
                           {t("meeting"), n(2), r(2, 24)},
                           {t("objection"), n(1), r(1, 24)},
                           {t("not-interested"), n(2), r(2, 24)},
                           {t("won"), n(3), r(3, 24)},
                           {t("lost"), n(1), r(1, 24)}});
        CHECK_ROWS(by(StatsKey::outcome, pipeline, tagged("gov")),
                   {{t("no-answer"), n(3), r(3, 4)}, {t("not-interested"), n(1), r(1, 4)}});
    }
    SUBCASE("tag: one row per tag, sorted; a prospect counts under each of its tags") {
        const StatsTable table = by(StatsKey::tag, pipeline);
        CHECK(table.columns ==
              std::vector<std::string>{"tag", "prospects", "touches", "touches_per_prospect",
                                       "reached_fifth_touch", "won", "abandoned_before_fifth"});
        CHECK_ROWS(table, {{t("gov"), n(1), n(4), q(4, 1), n(0), n(0), n(0)},
                           {t("saas"), n(4), n(14), q(14, 4), n(2), n(3), n(0)},
                           {t("smb"), n(3), n(5), q(5, 3), n(0), n(1), n(2)}});
        // --tag smb keeps Bob, Cara and Eve; Cara's other tag shows too.
        CHECK_ROWS(by(StatsKey::tag, pipeline, tagged("smb")),
                   {{t("saas"), n(1), n(2), q(2, 1), n(0), n(1), n(0)},
                    {t("smb"), n(3), n(5), q(5, 3), n(0), n(1), n(2)}});
    }
    SUBCASE("weekday: all seven days, Monday first") {
        const StatsTable table = by(StatsKey::weekday, pipeline);
        CHECK(table.columns ==
              std::vector<std::string>{"weekday", "touches", "connected", "connect_rate"});
        CHECK_ROWS(table, {{t("Monday"), n(8), n(7), r(7, 8)},
                           {t("Tuesday"), n(9), n(4), r(4, 9)},
                           {t("Wednesday"), n(0), n(0), r(0, 0)},
                           {t("Thursday"), n(3), n(2), r(2, 3)},
                           {t("Friday"), n(4), n(1), r(1, 4)},
                           {t("Saturday"), n(0), n(0), r(0, 0)},
                           {t("Sunday"), n(0), n(0), r(0, 0)}});
    }
    SUBCASE("hour: only the hours with timed touches") {
        const StatsTable table = by(StatsKey::hour, pipeline);
        CHECK(table.columns ==
              std::vector<std::string>{"hour", "touches", "connected", "connect_rate"});
        CHECK_ROWS(table, {{n(9), n(4), n(0), r(0, 4)},
                           {n(10), n(3), n(3), r(3, 3)},
                           {n(11), n(2), n(2), r(2, 2)},
                           {n(13), n(1), n(1), r(1, 1)},
                           {n(14), n(1), n(1), r(1, 1)},
                           {n(15), n(1), n(1), r(1, 1)},
                           {n(16), n(1), n(1), r(1, 1)},
                           {n(17), n(1), n(1), r(1, 1)}});
        CHECK_ROWS(by(StatsKey::hour, pipeline, tagged("gov")), {}); // Gus: no times
    }
    SUBCASE("an empty pipeline") {
        const Pipeline empty;
        CHECK_ROWS(by(StatsKey::touch, empty), {{n(1), n(0), n(0), n(0), n(0), n(0), n(0)},
                                                {n(2), n(0), n(0), n(0), n(0), n(0), n(0)},
                                                {n(3), n(0), n(0), n(0), n(0), n(0), n(0)},
                                                {n(4), n(0), n(0), n(0), n(0), n(0), n(0)},
                                                {n(5), n(0), n(0), n(0), n(0), n(0), n(0)}});
        for (const StatsKey key : {StatsKey::channel, StatsKey::week, StatsKey::month,
                                   StatsKey::outcome, StatsKey::tag, StatsKey::hour}) {
            CHECK(by(key, empty).rows.empty());
        }
        const StatsTable weekdays = by(StatsKey::weekday, empty);
        REQUIRE(weekdays.rows.size() == 7);
        CHECK_ROWS(weekdays, {{t("Monday"), n(0), n(0), r(0, 0)},
                              {t("Tuesday"), n(0), n(0), r(0, 0)},
                              {t("Wednesday"), n(0), n(0), r(0, 0)},
                              {t("Thursday"), n(0), n(0), r(0, 0)},
                              {t("Friday"), n(0), n(0), r(0, 0)},
                              {t("Saturday"), n(0), n(0), r(0, 0)},
                              {t("Sunday"), n(0), n(0), r(0, 0)}});
    }
}
