#include "core/error.hpp"
#include "io/csv_reader.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace std::string_literals;
using followup::Error;
using followup::ImportRow;
using followup::io::detect_delimiter;
using followup::io::read_csv;

namespace {

using Fields = std::vector<std::string>;

std::vector<Fields> fields_of(const std::vector<ImportRow>& rows) {
    std::vector<Fields> out;
    for (const ImportRow& row : rows) {
        out.push_back(row.fields);
    }
    return out;
}

std::vector<std::size_t> numbers_of(const std::vector<ImportRow>& rows) {
    std::vector<std::size_t> out;
    for (const ImportRow& row : rows) {
        out.push_back(row.number);
    }
    return out;
}

// The message of the Error that reading `bytes` throws, or "" when it throws none.
std::string error_of(std::string_view bytes) {
    try {
        read_csv(bytes, "in.csv");
    } catch (const Error& error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST_CASE("read_csv") {
    SUBCASE("plain rows, numbered from 1 with the header") {
        const auto table = read_csv("Name,Email\nAnn,ann@acme.com\nBob,bob@x.io\n", "in.csv");
        CHECK(table.delimiter == ',');
        CHECK(fields_of(table.rows) ==
              std::vector<Fields>{{"Name", "Email"}, {"Ann", "ann@acme.com"}, {"Bob", "bob@x.io"}});
        CHECK(numbers_of(table.rows) == std::vector<std::size_t>{1, 2, 3});
    }
    SUBCASE("a UTF-8 byte order mark is not part of the first header") {
        const auto table = read_csv("\xEF\xBB\xBFName,Email\r\nAnn,a@b.c\r\n", "in.csv");
        CHECK(table.rows.front().fields.front() == "Name");
    }
    SUBCASE("CRLF line ends give the same rows as LF, with no blank rows between") {
        const auto crlf = read_csv("a,b\r\n1,2\r\n3,4\r\n", "in.csv");
        const auto lf = read_csv("a,b\n1,2\n3,4\n", "in.csv");
        CHECK(fields_of(crlf.rows) == fields_of(lf.rows));
        CHECK(numbers_of(crlf.rows) == std::vector<std::size_t>{1, 2, 3});
    }
    SUBCASE("quoted fields hold separators, doubled quotes and line breaks") {
        const auto table = read_csv(
            "name,note\r\n\"Lee, Ann\",\"said \"\"hi\"\"\r\nthen left\"\r\nBob,x\r\n", "in.csv");
        REQUIRE(table.rows.size() == 3);
        CHECK(table.rows[1].fields == Fields{"Lee, Ann", "said \"hi\"\r\nthen left"});
        // A field spanning two lines is one row: Bob is on row 3, as a spreadsheet shows it.
        CHECK(numbers_of(table.rows) == std::vector<std::size_t>{1, 2, 3});
    }
    SUBCASE("blank rows, and rows of empty cells as Excel writes them, are counted, not "
            "returned") {
        const auto table = read_csv("a,b\n\n1,2\n,\n\r\n3,4\n,,\n\n", "in.csv");
        CHECK(fields_of(table.rows) == std::vector<Fields>{{"a", "b"}, {"1", "2"}, {"3", "4"}});
        CHECK(numbers_of(table.rows) == std::vector<std::size_t>{1, 3, 6});
    }
    SUBCASE("the last row needs no line end") {
        const auto table = read_csv("a,b\n1,2", "in.csv");
        CHECK(fields_of(table.rows) == std::vector<Fields>{{"a", "b"}, {"1", "2"}});
    }
    SUBCASE("spaces around unquoted fields go; inside quotes they stay") {
        const auto table = read_csv("a,b\n  Ann Lee ,\" padded \"\n", "in.csv");
        CHECK(table.rows[1].fields == Fields{"Ann Lee", " padded "});
    }
    SUBCASE("semicolons are detected (European Excel), commas then stay in the fields") {
        const auto table = read_csv("Name;Company\nAnn;Lee, Smith & Co\n", "in.csv");
        CHECK(table.delimiter == ';');
        CHECK(table.rows[1].fields == Fields{"Ann", "Lee, Smith & Co"});
    }
    SUBCASE("tabs are detected, and empty cells between tabs are kept") {
        const auto table = read_csv("Name\tCompany\tEmail\nAnn\t\tann@x.io\n", "in.csv");
        CHECK(table.delimiter == '\t');
        CHECK(table.rows[1].fields == Fields{"Ann", "", "ann@x.io"});
    }
    SUBCASE("Excel's sep= line sets the separator and is not a row") {
        const auto table = read_csv("sep=;\r\nName,x;Company\r\nAnn,y;Acme\r\n", "in.csv");
        CHECK(table.delimiter == ';');
        CHECK(fields_of(table.rows) ==
              std::vector<Fields>{{"Name,x", "Company"}, {"Ann,y", "Acme"}});
        CHECK(numbers_of(table.rows) == std::vector<std::size_t>{1, 2});
    }
    SUBCASE("a delimiter given wins over detection") {
        const auto table = read_csv("a;b|c\n1;2|3\n", "in.csv", '|');
        CHECK(table.delimiter == '|');
        CHECK(table.rows[0].fields == Fields{"a;b", "c"});
    }
    SUBCASE("UTF-8 text passes through unchanged") {
        const auto table = read_csv("Name\nBjörn Ångström\n陈伟\n", "in.csv");
        CHECK(table.rows[1].fields == Fields{"Björn Ångström"});
        CHECK(table.rows[2].fields == Fields{"陈伟"});
    }
    SUBCASE("an empty file has no rows") {
        CHECK(read_csv("", "in.csv").rows.empty());
        CHECK(read_csv("\xEF\xBB\xBF\r\n\r\n", "in.csv").rows.empty());
    }
}

TEST_CASE("read_csv refuses what it cannot read, naming the row") {
    SUBCASE("text that is not UTF-8 (a Latin-1 file)") {
        const std::string message = error_of("Name\nAnn\nBj\xF6rn\n");
        CHECK(message.find("in.csv row 3: column 1 is not UTF-8") == 0);
        CHECK(message.find("CSV UTF-8") != std::string::npos);
    }
    SUBCASE("UTF-16, a workbook, NUL bytes") {
        CHECK(error_of("\xFF\xFEN\0a\0"s).find("UTF-16") != std::string::npos);
        CHECK(error_of("PK\x03\x04rest").find(".xlsx") != std::string::npos);
        CHECK(error_of("a,b\n1,\0\n"s).find("NUL") != std::string::npos);
    }
    SUBCASE("a quote inside an unquoted field") {
        CHECK(error_of("Name\nAnn\nAnn \"A\" Lee\n").find("in.csv row 3 (line 3): a quote") == 0);
    }
    SUBCASE("text after a closing quote") {
        CHECK(error_of("Name,Co\n\"Ann\" Lee,X\n").find("in.csv row 2 (line 2): text after") == 0);
    }
    SUBCASE("a quoted field never closed, reported on the row it opens") {
        CHECK(error_of("Name,Co\nAnn,X\n\"Bob,Y\nCy,Z\n") ==
              "in.csv row 3: a quoted field is never closed (a \" is missing)");
    }
    SUBCASE("the line is counted past fields that span lines") {
        CHECK(error_of("a\n\"x\ny\"\nb\"c\n").find("row 3 (line 4)") != std::string::npos);
    }
}

TEST_CASE("detect_delimiter") {
    CHECK(detect_delimiter("a,b,c\n") == ',');
    CHECK(detect_delimiter("a;b;c\n1;2,5;3\n") == ';');
    CHECK(detect_delimiter("a\tb\n") == '\t');
    SUBCASE("separators inside quotes do not count") {
        CHECK(detect_delimiter("\"a;b;c;d\",e\n") == ',');
    }
    SUBCASE("a file with one column, or a tie, is comma-separated") {
        CHECK(detect_delimiter("Name\nAnn\n") == ',');
        CHECK(detect_delimiter("a,b;c\n") == ',');
    }
}
