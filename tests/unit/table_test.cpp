#include "render/table.hpp"

#include <doctest/doctest.h>

using namespace followup::render;

TEST_CASE("render_csv") {
    SUBCASE("plain fields are not quoted; lines end in CRLF") {
        const Table table{{"id", "name"}, {{number_cell(1), text_cell("Ann Lee")}}};
        CHECK(render_csv(table) == "id,name\r\n1,Ann Lee\r\n");
    }
    SUBCASE("commas, quotes and newlines are quoted") {
        const Table table{
            {"name", "note", "more"},
            {{text_cell("Lee, Ann"), text_cell("say \"hi\""), text_cell("two\nlines")},
             {text_cell("cr\rhere"), text_cell("\""), text_cell("")}}};
        CHECK(render_csv(table) == "name,note,more\r\n"
                                   "\"Lee, Ann\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                   "\"cr\rhere\",\"\"\"\",\r\n");
    }
    SUBCASE("the header is quoted too") {
        const Table table{{"a,b", "c"}, {}};
        CHECK(render_csv(table) == "\"a,b\",c\r\n");
    }
    SUBCASE("formulas in text are neutralised, numbers never") {
        const Table table{{"text", "n"},
                          {{text_cell("=1+1"), number_cell(-3)},
                           {text_cell("-3"), number_cell(0)},
                           {text_cell("=A1,B1"), number_cell(7)}}};
        CHECK(render_csv(table) == "text,n\r\n'=1+1,-3\r\n'-3,0\r\n\"'=A1,B1\",7\r\n");
    }
}

TEST_CASE("render_tsv") {
    SUBCASE("tab-separated, newline-terminated") {
        const Table table{{"id", "name"}, {{number_cell(12), text_cell("Ann Lee")}}};
        CHECK(render_tsv(table) == "id\tname\n12\tAnn Lee\n");
    }
    SUBCASE("tab, newline, carriage return and backslash are escaped") {
        const Table table{{"note"},
                          {{text_cell("a\tb")},
                           {text_cell("one\ntwo")},
                           {text_cell("cr\r")},
                           {text_cell("c:\\x")}}};
        CHECK(render_tsv(table) == "note\na\\tb\none\\ntwo\ncr\\r\nc:\\\\x\n");
    }
    SUBCASE("formulas are neutralised before escaping") {
        const Table table{{"a", "b"}, {{text_cell("\tx"), text_cell("@SUM(A1)")}}};
        CHECK(render_tsv(table) == "a\tb\n'\\tx\t'@SUM(A1)\n");
    }
    SUBCASE("numbers are never neutralised") {
        const Table table{{"n"}, {{number_cell(-3)}}};
        CHECK(render_tsv(table) == "n\n-3\n");
    }
}

TEST_CASE("DelimitedWriter in batches: the header, then the rows, make the whole table") {
    const Table table{{"id", "name", "note"},
                      {{number_cell(1), text_cell("Lee, Ann"), text_cell("=cmd\there")},
                       {number_cell(2), text_cell("Bo"), text_cell("")}}};
    const Table header_only{table.header, {}};
    for (const Format format : {Format::csv, Format::tsv}) {
        CAPTURE(static_cast<int>(format));
        DelimitedWriter writer(format);
        writer.header(table.header);
        const std::string header = writer.take();
        writer.number(1);
        writer.text("Lee, Ann");
        writer.text("=cmd\there");
        writer.end_row();
        const std::string first_row = writer.take();
        writer.number(2);
        writer.text("Bo");
        writer.text("");
        writer.end_row();
        const std::string second_row = writer.take();
        CHECK(header == render_as(header_only, format, false));
        CHECK(header + first_row + second_row == render_as(table, format, false));
    }
    DelimitedWriter csv(Format::csv);
    csv.number(1);
    csv.text("Lee, Ann");
    csv.text("=cmd\there");
    csv.end_row();
    CHECK(csv.take() == "1,\"Lee, Ann\",'=cmd\there\r\n");
}

TEST_CASE("DelimitedWriter: fields straight into CSV or TSV, a batch at a time") {
    SUBCASE("CSV: quoting, the formula guard for text only, CRLF") {
        DelimitedWriter csv(Format::csv);
        csv.plain("=header");
        csv.plain("a,b");
        csv.end_row();
        csv.text("=1+1");
        csv.text("Lee, \"Ann\"");
        csv.number(-3);
        csv.end_row();
        CHECK(csv.take() == "=header,\"a,b\"\r\n'=1+1,\"Lee, \"\"Ann\"\"\",-3\r\n");
    }
    SUBCASE("TSV: escapes, the formula guard, LF") {
        DelimitedWriter tsv(Format::tsv);
        tsv.text("a\tb\\c");
        tsv.text("+49 30");
        tsv.plain("-1");
        tsv.end_row();
        CHECK(tsv.take() == "a\\tb\\\\c\t'+49 30\t-1\n");
    }
    SUBCASE("take empties it; the next row starts without a separator") {
        DelimitedWriter csv(Format::csv);
        csv.number(1);
        csv.end_row();
        CHECK(csv.take() == "1\r\n");
        CHECK(csv.take().empty());
        csv.number(2);
        csv.text("");
        csv.end_row();
        CHECK(csv.take() == "2,\r\n");
    }
    SUBCASE("the same text as render_csv for the same table") {
        const Table table{{"id", "name"}, {{number_cell(-7), text_cell("@x")}}};
        DelimitedWriter csv(Format::csv);
        csv.plain("id");
        csv.plain("name");
        csv.end_row();
        csv.number(-7);
        csv.text("@x");
        csv.end_row();
        CHECK(csv.take() == render_csv(table));
    }
}

TEST_CASE("a text cell that starts like a formula gets an apostrophe") {
    auto csv_cell = [](std::string text) {
        const std::string out = render_csv(Table{{"t"}, {{text_cell(std::move(text))}}});
        return out.substr(3, out.size() - 5); // between "t\r\n" and the final "\r\n"
    };
    SUBCASE("risky first characters") {
        CHECK(csv_cell("=1+1") == "'=1+1");
        CHECK(csv_cell("+1") == "'+1");
        CHECK(csv_cell("-3") == "'-3");
        CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
        CHECK(csv_cell("\tx") == "'\tx");
        CHECK(csv_cell("\rx") == "\"'\rx\"");
    }
    SUBCASE("other text is unchanged") {
        CHECK(csv_cell("") == "");
        CHECK(csv_cell("Ann") == "Ann");
        CHECK(csv_cell("a=b") == "a=b");
        CHECK(csv_cell("'=x") == "'=x");
        CHECK(csv_cell(" =x") == " =x");
    }
}

TEST_CASE("fraction_cell") {
    SUBCASE("up to four decimals, rounded") {
        CHECK(fraction_cell(5.0 / 12.0).text == "0.4167");
        CHECK(fraction_cell(12.3456789).text == "12.3457");
    }
    SUBCASE("trailing zeros and a bare point are dropped") {
        CHECK(fraction_cell(0.5).text == "0.5");
        CHECK(fraction_cell(0.25).text == "0.25");
        CHECK(fraction_cell(1.0).text == "1");
        CHECK(fraction_cell(0.0).text == "0");
        CHECK(fraction_cell(0.99999).text == "1");
        CHECK(fraction_cell(0.00004).text == "0");
    }
    SUBCASE("it is a number cell") {
        CHECK(fraction_cell(0.5).is_number);
        CHECK(number_cell(-3).text == "-3");
        CHECK(number_cell(-3).is_number);
        CHECK_FALSE(text_cell("x").is_number);
    }
}

TEST_CASE("render_aligned") {
    SUBCASE("numbers right, text left, UTF-8 names measured in columns") {
        const Table table{
            {"id", "name", "touches"},
            {{number_cell(1), text_cell("Zo\xC3\xAB"), number_cell(3)},
             {number_cell(12), text_cell("\xE6\x97\xA5\xE6\x9C\xAC"), number_cell(10)},
             {number_cell(7), text_cell("Ann"), number_cell(0)}}};
        CHECK(render_aligned(table, false) == "id  name  touches\n"
                                              " 1  Zo\xC3\xAB         3\n"
                                              "12  \xE6\x97\xA5\xE6\x9C\xAC       10\n"
                                              " 7  Ann         0\n");
    }
    SUBCASE("no trailing spaces after a short last column") {
        const Table table{{"name", "company"},
                          {{text_cell("Ann"), text_cell("Acme")},
                           {text_cell("Jos\xC3\xA9"), text_cell("")},
                           {text_cell("Bo"), text_cell("X")}}};
        CHECK(render_aligned(table, false) == "name  company\n"
                                              "Ann   Acme\n"
                                              "Jos\xC3\xA9\n"
                                              "Bo    X\n");
    }
    SUBCASE("control characters become spaces") {
        const Table table{{"note", "n"}, {{text_cell("a\nb"), number_cell(1)}}};
        CHECK(render_aligned(table, false) == "note  n\na b   1\n");
    }
    SUBCASE("colour wraps the text, padding stays outside") {
        const Table table{{"name", "n"}, {{text_cell("Ann", style::red), number_cell(5)}}};
        CHECK(render_aligned(table, true) == "\x1b[1mname\x1b[0m  \x1b[1mn\x1b[0m\n"
                                             "\x1b[31mAnn\x1b[0m   5\n");
        CHECK(render_aligned(table, false) == "name  n\nAnn   5\n");
    }
    SUBCASE("appended, it is the same text, and the text before it keeps its spaces") {
        // The empty header and the empty cell make lines of nothing but padding, which
        // are trimmed back to their own start and no further.
        const Table table{{"", "n"},
                          {{text_cell(""), text_cell("")}, {text_cell("Ann"), number_cell(5)}}};
        std::string out = "before  ";
        append_aligned(out, table, false);
        CHECK(out == "before  " + render_aligned(table, false));
        CHECK(out == "before       n\n\nAnn  5\n");
        std::string blank_header = "before  ";
        append_aligned(blank_header, Table{{""}, {{text_cell("x")}}}, false);
        CHECK(blank_header == "before  \nx\n");
    }
    SUBCASE("the text grows its buffer once: room for the table, and for what is said after") {
        Table table{{"name", "note"}, {}};
        for (std::size_t i = 0; i < 500; ++i) {
            table.rows.push_back(
                row_of(text_cell("Zoë " + std::to_string(i)), text_cell(std::string(i % 40, 'x'))));
        }
        for (const bool color : {false, true}) {
            std::string out = "heading\n";
            append_aligned(out, table, color, 10'000);
            CHECK(out == "heading\n" + render_aligned(table, color));
            CHECK(out.capacity() >= out.size() + 10'000);
        }
    }
}

TEST_CASE("row_of: the cells in order, with their text, style and kind") {
    const std::string long_name(40, 'x'); // longer than any short-string buffer
    Cell name = text_cell(long_name, style::bold);
    const auto row = row_of(std::move(name), number_cell(42), text_cell(""));
    REQUIRE(row.size() == 3);
    CHECK(row[0].text == long_name);
    CHECK(row[0].style == style::bold);
    CHECK_FALSE(row[0].is_number);
    CHECK(row[1].text == "42");
    CHECK(row[1].is_number);
    CHECK(row[2].text.empty());
    CHECK(row.capacity() == 3); // made to measure, not grown
}

TEST_CASE("paint") {
    CHECK(paint("x", style::red, true) == "\x1b[31mx\x1b[0m");
    CHECK(paint("x", style::red, false) == "x");
    CHECK(paint("x", style::none, true) == "x");
}
