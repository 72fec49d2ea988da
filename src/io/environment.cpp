#include "io/environment.hpp"

#include <cstdlib>
#include <ctime>

namespace followup::io {
namespace {

Date date_of(const std::tm& local) {
    return make_date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                     static_cast<unsigned>(local.tm_mday));
}

} // namespace

std::optional<std::string> process_env(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

std::optional<std::filesystem::path> default_data_file(const EnvLookup& env) {
    // The XDG spec says relative paths in these variables are to be ignored.
    if (auto data_home = env("XDG_DATA_HOME"); data_home && data_home->front() == '/') {
        return std::filesystem::path(*data_home) / "followup" / "followup.json";
    }
    if (auto home = env("HOME")) {
        return std::filesystem::path(*home) / ".local" / "share" / "followup" / "followup.json";
    }
    return std::nullopt;
}

Date local_today() {
    return local_now().date;
}

Timestamp local_now() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Timestamp{date_of(local), TimeOfDay{local.tm_hour, local.tm_min, local.tm_sec,
                                               static_cast<int>(local.tm_gmtoff / 60)}};
}

int local_utc_offset_minutes(Date date, int hour, int minute) {
    const std::chrono::year_month_day ymd{date};
    std::tm local{};
    local.tm_year = static_cast<int>(ymd.year()) - 1900;
    local.tm_mon = static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
    local.tm_mday = static_cast<int>(static_cast<unsigned>(ymd.day()));
    local.tm_hour = hour;
    local.tm_min = minute;
    local.tm_isdst = -1; // let the zone rules decide
    std::mktime(&local);
    return static_cast<int>(local.tm_gmtoff / 60);
}

} // namespace followup::io
