#include "core/import.hpp"

#include "core/error.hpp"
#include "core/import_text.hpp"
#include "core/text.hpp"
#include "core/touch.hpp"

#include <algorithm>
#include <charconv>

namespace followup {
namespace {

using import_text::header_key;
using import_text::lower;
using import_text::one_line;
using import_text::trim;

struct FieldAliases {
    std::string_view field;
    std::vector<std::string_view> keys; // as header_key spells them
};

// Column names as HubSpot, Salesforce and LinkedIn export them, as people name them in a
// spreadsheet, and the commonest German, French and Spanish ones (CRMs export headers in
// the account's language, and European Excel separates with ';').
const std::vector<FieldAliases> k_name_aliases = {
    {"name",
     {"name", "fullname", "contactname", "contact", "prospect", "prospectname", "leadname",
      "person", "contactperson"}},
    // Spanish exports say "Nombre" (first name) and "Apellidos"; alone, it is the whole name,
    // which a first name alone becomes too.
    {"first_name",
     {"firstname", "first", "givenname", "forename", "vorname", "prénom", "prenom", "nombre"}},
    {"last_name",
     {"lastname", "last", "surname", "familyname", "nachname", "nom", "apellido", "apellidos"}},
    {"company",
     {"company", "companyname", "account", "accountname", "organization", "organisation",
      "organizationname", "organisationname", "employer", "currentcompany", "firma", "unternehmen",
      "entreprise", "société", "societe", "empresa"}},
    {"email",
     {"email", "emailaddress", "workemail", "businessemail", "primaryemail", "mail", "emailadresse",
      "adresseemail", "courriel", "correo", "correoelectrónico"}},
};

const std::vector<FieldAliases>& aliases(ImportKind kind) {
    static const std::vector<FieldAliases> prospects = [] {
        std::vector<FieldAliases> all = k_name_aliases;
        all.push_back(
            {"phone",
             {"phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "telephone", "tel",
              "workphone", "businessphone", "directphone", "cell", "cellphone", "telefon",
              "telefonnummer", "mobiltelefon", "téléphone", "teléfono", "telefono"}});
        all.push_back({"tags", {"tags", "tag", "labels", "label"}});
        all.push_back({"status", {"status"}});
        all.push_back({"dream", {"dream", "dreamclient"}});
        all.push_back(
            {"notes", {"notes", "note", "description", "comments", "comment", "notizen"}});
        all.push_back({"created", {"created", "added", "dateadded"}});
        all.push_back({"next", {"next", "nextdate"}});
        return all;
    }();
    static const std::vector<FieldAliases> attempts = [] {
        std::vector<FieldAliases> all = {{"prospect_id", {"prospectid", "followupid"}}};
        all.insert(all.end(), k_name_aliases.begin(), k_name_aliases.end());
        all.push_back(
            {"date", {"date", "at", "when", "datetime", "timestamp", "activitydate", "touchdate"}});
        all.push_back({"time", {"time", "activitytime"}});
        all.push_back({"channel", {"channel", "type", "activitytype", "touchtype"}});
        all.push_back(
            {"outcome", {"outcome", "result", "disposition", "calloutcome", "activityoutcome"}});
        all.push_back({"note", {"note", "notes", "description", "comments", "comment"}});
        all.push_back({"value", {"value"}});
        return all;
    }();
    return kind == ImportKind::prospects ? prospects : attempts;
}

std::string_view field_of_key(ImportKind kind, std::string_view key) {
    for (const FieldAliases& entry : aliases(kind)) {
        if (std::find(entry.keys.begin(), entry.keys.end(), key) != entry.keys.end()) {
            return entry.field;
        }
    }
    return {};
}

bool names_someone(std::string_view field) {
    return field == "name" || field == "first_name" || field == "last_name" || field == "email" ||
           field == "prospect_id";
}

// The header's columns as an error message names them: each shortened and made
// printable, and no more than a dozen, since the header is the file's own text.
std::string column_list(const std::vector<std::string>& names) {
    constexpr std::size_t k_most = 12;
    std::vector<std::string> quoted;
    for (std::size_t i = 0; i < names.size() && i < k_most; ++i) {
        quoted.push_back("'" + excerpt(names[i]) + "'");
    }
    if (names.size() > k_most) {
        quoted.push_back("and " + std::to_string(names.size() - k_most) + " more");
    }
    return join(quoted, ", ");
}

std::size_t find_header(const std::vector<ImportRow>& rows, ImportKind kind,
                        const std::vector<ColumnMap>& maps) {
    const std::size_t limit = std::min<std::size_t>(rows.size(), 10);
    for (std::size_t i = 0; i < limit; ++i) {
        for (const std::string& cell : rows[i].fields) {
            const std::string key = header_key(cell);
            const bool mapped = std::any_of(maps.begin(), maps.end(), [&](const ColumnMap& map) {
                return header_key(map.column) == key;
            });
            if (!key.empty() && (mapped || names_someone(field_of_key(kind, key)))) {
                return i;
            }
        }
    }
    return 0;
}

void require_columns(const ImportColumns& columns, std::string_view source) {
    auto has = [&columns](std::string_view field) {
        return std::find(columns.fields.begin(), columns.fields.end(), field) !=
               columns.fields.end();
    };
    std::vector<std::string> missing;
    if (columns.kind == ImportKind::prospects) {
        if (!has("name") && !has("first_name") && !has("last_name")) {
            missing.emplace_back("the name (Name, Full Name, or First Name and Last Name)");
        }
    } else {
        if (!has("prospect_id") && !has("email") && !has("name") && !has("first_name") &&
            !has("last_name")) {
            missing.emplace_back("the prospect (prospect_id, Email or Name)");
        }
        if (!has("date")) {
            missing.emplace_back("the date (Date)");
        }
        if (!has("channel")) {
            missing.emplace_back("the channel (Channel)");
        }
        if (!has("outcome")) {
            missing.emplace_back("the outcome (Outcome)");
        }
    }
    if (!missing.empty()) {
        throw Error(std::string(source) + ": no column for " + join(missing, ", nor for ") +
                    " among " + column_list(columns.names) +
                    "; name the column with --map \"COLUMN=FIELD\"");
    }
}

} // namespace

namespace import_text {

std::string_view trim(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string header_key(std::string_view text) {
    std::string out;
    for (const char c : lower(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            static_cast<unsigned char>(c) >= 0x80) {
            out += c;
        }
    }
    return out;
}

std::string one_line(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : trim(text)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = true;
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += c;
    }
    return out;
}

std::string unguard(std::string text) {
    if (text.size() > 1 && text[0] == '\'' &&
        std::string_view("=+-@\t\r").find(text[1]) != std::string_view::npos) {
        text.erase(0, 1);
    }
    return text;
}

} // namespace import_text

std::optional<ColumnMap> parse_column_map(std::string_view text) {
    const std::size_t equals = text.rfind('=');
    if (equals == std::string_view::npos || trim(text.substr(0, equals)).empty()) {
        return std::nullopt;
    }
    return ColumnMap{std::string(trim(text.substr(0, equals))),
                     lower(trim(text.substr(equals + 1)))};
}

const std::vector<std::string_view>& import_fields(ImportKind kind) {
    static const std::vector<std::string_view> prospects = {
        "name", "first_name", "last_name", "company", "email",   "phone",
        "tags", "status",     "dream",     "notes",   "created", "next"};
    static const std::vector<std::string_view> attempts = {
        "prospect_id", "name", "first_name", "last_name", "company", "email",
        "date",        "time", "channel",    "outcome",   "note",    "value"};
    return kind == ImportKind::prospects ? prospects : attempts;
}

ImportColumns match_columns(const std::vector<ImportRow>& rows, ImportKind kind,
                            const std::vector<ColumnMap>& maps, std::string_view source) {
    const auto& known = import_fields(kind);
    for (const ColumnMap& map : maps) {
        if (!map.field.empty() && std::find(known.begin(), known.end(), map.field) == known.end()) {
            std::vector<std::string> names(known.begin(), known.end());
            throw usage_error("--map \"" + map.column + "=" + map.field + "\": unknown field '" +
                              map.field + "' (valid: " + join(names, ", ") +
                              "; nothing after '=' ignores the column)");
        }
    }
    if (rows.empty()) {
        throw Error(std::string(source) + ": the file is empty; it needs a header row, then one " +
                    (kind == ImportKind::prospects ? "row per prospect" : "row per touch"));
    }
    ImportColumns columns;
    columns.kind = kind;
    columns.header_index = find_header(rows, kind, maps);
    for (const std::string& cell : rows[columns.header_index].fields) {
        columns.names.push_back(one_line(cell));
    }
    columns.fields.assign(columns.names.size(), std::string());
    std::vector<bool> decided(columns.names.size(), false);
    for (const ColumnMap& map : maps) {
        const std::string key = header_key(map.column);
        std::size_t found = columns.names.size();
        for (std::size_t i = 0; i < columns.names.size() && found == columns.names.size(); ++i) {
            if (!decided[i] && header_key(columns.names[i]) == key) {
                found = i;
            }
        }
        if (found == columns.names.size()) {
            throw usage_error("--map \"" + map.column + "=" + map.field + "\": no column '" +
                              map.column + "' in " + std::string(source) +
                              " (columns: " + column_list(columns.names) + ")");
        }
        const auto taken = std::find(columns.fields.begin(), columns.fields.end(), map.field);
        if (!map.field.empty() && taken != columns.fields.end()) {
            throw usage_error(
                "--map: both '" +
                excerpt(columns.names[static_cast<std::size_t>(taken - columns.fields.begin())]) +
                "' and '" + excerpt(columns.names[found]) + "' are mapped to " + map.field);
        }
        columns.fields[found] = map.field;
        decided[found] = true;
    }
    std::vector<std::string> mapped;
    for (const ColumnMap& map : maps) {
        mapped.push_back(map.field);
    }
    for (std::size_t i = 0; i < columns.names.size(); ++i) {
        if (decided[i]) {
            continue;
        }
        const std::string_view field = field_of_key(kind, header_key(columns.names[i]));
        // Several columns for one field ("Phone", "Mobile") are read in order, the first
        // with text winning; a field given to a column by --map takes no other.
        if (!field.empty() && std::find(mapped.begin(), mapped.end(), field) == mapped.end()) {
            columns.fields[i] = std::string(field);
        }
    }
    require_columns(columns, source);
    return columns;
}

} // namespace followup
