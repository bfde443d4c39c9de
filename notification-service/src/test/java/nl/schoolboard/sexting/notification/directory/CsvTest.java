package nl.schoolboard.sexting.notification.directory;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void rows_are_numbered_as_a_spreadsheet_shows_them_and_empty_rows_are_skipped() {
        List<Csv.Row> rows = Csv.parse("a,b\r\n1,2\r\n\r\n3,4\n");

        assertThat(rows).extracting(Csv.Row::number).containsExactly(1, 2, 4);
        assertThat(rows.get(2).values()).containsExactly("3", "4");
    }

    @Test
    void quoted_values_may_hold_separators_quotes_and_line_breaks() {
        List<Csv.Row> rows = Csv.parse("name,note\n\"Jansen, M.\",\"zegt \"\"hoi\"\"\"\n\"twee\nregels\",x\nlast,row");

        assertThat(rows.get(1).values()).containsExactly("Jansen, M.", "zegt \"hoi\"");
        assertThat(rows.get(2).values()).containsExactly("twee\nregels", "x");
        assertThat(rows.get(3).number()).as("the line break inside quotes counts").isEqualTo(5);
    }

    @Test
    void a_semicolon_header_makes_semicolons_the_separator() {
        List<Csv.Row> rows = Csv.parse("staffRef;roles;email\nS-1;TEAM_MEMBER,CARE_COORDINATOR;a@b.nl");

        assertThat(rows.get(1).values()).containsExactly("S-1", "TEAM_MEMBER,CARE_COORDINATOR", "a@b.nl");
    }

    @Test
    void values_are_stripped_of_surrounding_blanks() {
        assertThat(Csv.parse(" a , b ").get(0).values()).containsExactly("a", "b");
    }

    @Test
    void a_quote_that_is_never_closed_makes_the_file_unreadable_at_its_row() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,\"open\n2,3"))
                .isInstanceOfSatisfying(Csv.Unreadable.class, e -> assertThat(e.row).isEqualTo(2));
    }

    @Test
    void utf8_with_a_byte_order_mark_and_windows_1252_are_both_read() {
        byte[] utf8 = "\uFEFFnaam\nZoë".getBytes(StandardCharsets.UTF_8);
        byte[] windows = "naam\nZoë".getBytes(Charset.forName("windows-1252"));

        assertThat(Csv.decode(utf8)).isEqualTo("naam\nZoë");
        assertThat(Csv.decode(windows)).isEqualTo("naam\nZoë");
    }
}
