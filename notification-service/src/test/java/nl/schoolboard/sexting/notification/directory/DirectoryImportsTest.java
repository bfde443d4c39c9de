package nl.schoolboard.sexting.notification.directory;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checking imported files row by row; nothing is written here (the store is not touched by parsing). */
class DirectoryImportsTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private final Validator validator = VALIDATION.getValidator();
    private final DirectoryImports imports = new DirectoryImports(null, validator);

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<RowError> problems(Runnable parse) {
        try {
            parse.run();
        } catch (CsvRejected rejected) {
            return rejected.errors();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void a_good_staff_file_gives_every_member_with_roles_and_language() {
        DirectoryImports.Parsed<StaffMember> parsed = imports.parseStaff(csv("""
                staffRef,roles,email,language
                L-1,SCHOOL_LEADER|team_member,leider@school.example,nl
                C-1,CARE_COORDINATOR,zorg@school.example,EN
                S-1,TEAM_MEMBER,s1@school.example,
                """));

        assertThat(parsed.rows()).isEqualTo(3);
        assertThat(parsed.entries()).containsExactly(
                new StaffMember("L-1", Set.of(StaffRole.SCHOOL_LEADER, StaffRole.TEAM_MEMBER), "leider@school.example",
                        Language.NL),
                new StaffMember("C-1", Set.of(StaffRole.CARE_COORDINATOR), "zorg@school.example", Language.EN),
                new StaffMember("S-1", Set.of(StaffRole.TEAM_MEMBER), "s1@school.example", Language.NL));
    }

    @Test
    void a_dutch_spreadsheet_with_semicolons_and_other_column_spellings_is_read_too() {
        DirectoryImports.Parsed<StaffMember> parsed = imports.parseStaff(csv(
                "Staff ref;Role;E-mail\r\nL-1;SCHOOL_LEADER CARE_COORDINATOR;leider@school.example\r\n"));

        assertThat(parsed.entries()).singleElement().satisfies(member ->
                assertThat(member.roles()).containsExactlyInAnyOrder(StaffRole.SCHOOL_LEADER,
                        StaffRole.CARE_COORDINATOR));
    }

    @Test
    void every_bad_row_is_reported_with_its_number_and_column() {
        List<RowError> errors = problems(() -> imports.parseStaff(csv("""
                staffRef,roles,email,language
                L-1,SCHOOL_LEADER,leider@school.example,nl
                Jan de Vries,TEAM_MEMBER,jan@school.example,nl
                S-2,HEADMASTER,s2@school.example,nl
                S-3,TEAM_MEMBER,not-an-address,de
                L-1,TEAM_MEMBER,ander@school.example,nl
                S-4,,s4@school.example
                """)));

        assertThat(errors).extracting(RowError::row, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "staffRef"),
                org.assertj.core.groups.Tuple.tuple(4, "roles"),
                org.assertj.core.groups.Tuple.tuple(5, "email"),
                org.assertj.core.groups.Tuple.tuple(5, "language"),
                org.assertj.core.groups.Tuple.tuple(6, "staffRef"),
                org.assertj.core.groups.Tuple.tuple(7, "roles"));
        assertThat(errors.get(4).code()).isEqualTo("staff-ref-already-in-row");
        assertThat(errors.get(4).params()).isEqualTo(java.util.Map.of("row", 2));
    }

    @Test
    void a_header_with_missing_or_unknown_columns_is_rejected_at_row_one() {
        List<RowError> errors = problems(() -> imports.parseStaff(csv("staffRef,email,langauge\nS-1,a@b.nl,nl\n")));

        assertThat(errors).extracting(RowError::row).containsOnly(1);
        assertThat(errors).extracting(RowError::field).containsExactlyInAnyOrder("langauge", "roles");
    }

    @Test
    void an_empty_file_or_one_with_only_a_header_is_rejected_rather_than_emptying_the_list() {
        assertThat(problems(() -> imports.parseStaff(csv("")))).singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(1));
        assertThat(problems(() -> imports.parseStaff(csv("staffRef,roles,email\n")))).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("file-lists-nobody"));
    }

    @Test
    void a_row_with_more_values_than_columns_is_reported() {
        assertThat(problems(() -> imports.parseStaff(csv("staffRef,roles,email\nS-1,TEAM_MEMBER,a@b.nl,extra\n"))))
                .singleElement().satisfies(e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.code()).isEqualTo("row-too-wide");
                    assertThat(e.params()).isEqualTo(java.util.Map.of("values", 4, "columns", 3));
                });
    }

    @Test
    void a_row_too_wide_is_reported_in_its_place_among_the_other_rows_problems() {
        assertThat(problems(() -> imports.parseGuardians(csv("""
                pupilRef,email
                P-1,geen adres
                P-2,ouder@thuis.example,extra
                P-3,ook geen adres
                """)))).extracting(RowError::row, RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "email"),
                        org.assertj.core.groups.Tuple.tuple(3, ""),
                        org.assertj.core.groups.Tuple.tuple(4, "email"));
    }

    @Test
    void a_guardians_file_gives_the_guardians_per_pupil_in_file_order() {
        DirectoryImports.Parsed<PupilGuardians> parsed = imports.parseGuardians(csv("""
                pupilRef,name,email,language
                P-1,Mevrouw Jansen,ouder1@thuis.example,nl
                P-2,,ouder3@thuis.example,
                P-1,,parent2@home.example,en
                """));

        assertThat(parsed.rows()).isEqualTo(3);
        assertThat(parsed.entries()).containsExactly(
                new PupilGuardians("P-1", List.of(new Guardian("Mevrouw Jansen", "ouder1@thuis.example", Language.NL),
                        new Guardian(null, "parent2@home.example", Language.EN))),
                new PupilGuardians("P-2", List.of(new Guardian(null, "ouder3@thuis.example", Language.NL))));
    }

    @Test
    void a_guardian_listed_twice_for_a_pupil_or_a_bad_address_is_reported() {
        List<RowError> errors = problems(() -> imports.parseGuardians(csv("""
                pupilRef,email
                P-1,ouder1@thuis.example
                P-1,OUDER1@thuis.example
                P-2,geen adres
                ,ouder4@thuis.example
                """)));

        assertThat(errors).extracting(RowError::row, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "email"),
                org.assertj.core.groups.Tuple.tuple(4, "email"),
                org.assertj.core.groups.Tuple.tuple(5, "pupilRef"));
    }
}
