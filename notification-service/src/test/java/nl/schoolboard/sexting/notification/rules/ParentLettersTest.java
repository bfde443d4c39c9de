package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Attachment;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.letters.InMemorySanctionDecisions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import static nl.schoolboard.sexting.notification.TestCaseEvents.PERPETRATOR_REF;
import static nl.schoolboard.sexting.notification.TestCaseEvents.VICTIM_REF;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.BOARD_MAILBOX;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.LETTERS;
import static nl.schoolboard.sexting.notification.TestCaseEvents.NEVER_IN_A_MESSAGE;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.PERPETRATOR_GUARDIAN;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.SCHOOL_MAILBOX;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.VICTIM_GUARDIAN_EN;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.VICTIM_GUARDIAN_NL;
import static org.assertj.core.api.Assertions.assertThat;

/** Parents get an invitation and the school's decision as letters, and their replies reach the school itself. */
class ParentLettersTest {

    private static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-11-24T14:30:00Z");

    private final InMemorySanctionDecisions decisions = new InMemorySanctionDecisions();
    private final GuardiansInvitedRule invitations = new GuardiansInvitedRule(
            RuleFixtures.parentMail(RuleFixtures.directory()), LETTERS);
    private final GuardiansInformedRule informing = new GuardiansInformedRule(
            RuleFixtures.parentMail(RuleFixtures.directory()), LETTERS, decisions);
    private final SanctionImposedRule sanctions = new SanctionImposedRule(decisions);

    @Test
    void the_parents_of_a_suspected_pupil_are_invited_with_when_where_and_with_whom_in_a_letter() {
        List<Notice> notices = invitations.noticesFor(TestCaseEvents.guardiansInvited("case-7", PERPETRATOR_REF,
                TUESDAY_AFTERNOON, "AT_SCHOOL", "MENTOR", "CARE_COORDINATOR"));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.recipient().address()).isEqualTo(PERPETRATOR_GUARDIAN);
            assertThat(notice.kind()).isEqualTo(MessageKind.GUARDIANS_INVITATION);
            assertThat(notice.message().replyTo()).as("the school's own mailbox").isEqualTo(SCHOOL_MAILBOX);
            assertThat(notice.message().subject()).isEqualTo("Uitnodiging voor een gesprek met school");
            assertThat(notice.message().body()).startsWith("Beste ouder/verzorger,")
                    .contains("Wanneer: dinsdag 24 november 2026 om 15:30",
                            "Waar: op school, Schoolstraat 1, Groningen", "Met: de mentor en de zorgcoördinator");
            Attachment letter = notice.message().attachments().get(0);
            assertThat(letter.fileName()).isEqualTo("uitnodiging-gesprek.pdf");
            assertThat(letter.contentType()).isEqualTo(Attachment.PDF);
            assertThat(text(letter)).contains("Uitnodiging voor een gesprek", "De Horizon",
                    "dinsdag 24 november 2026", "15:30", "de mentor en de zorgcoördinator", "050-1234567",
                    SCHOOL_MAILBOX);
            assertThat(text(letter) + notice.message().body()).doesNotContain(NEVER_IN_A_MESSAGE);
        });
    }

    @Test
    void each_guardian_reads_the_invitation_in_their_language() {
        List<Notice> notices = invitations.noticesFor(TestCaseEvents.guardiansInvited("case-7", VICTIM_REF,
                TUESDAY_AFTERNOON, "ONLINE", "SCHOOL_LEADER"));

        assertThat(notices).extracting(notice -> notice.recipient().address())
                .containsExactly(VICTIM_GUARDIAN_NL, VICTIM_GUARDIAN_EN);
        assertThat(text(notices.get(0).message().attachments().get(0))).contains("Mevrouw Jansen,", "online");
        assertThat(text(notices.get(1).message().attachments().get(0)))
                .contains("Invitation to a conversation", "Tuesday 24 November 2026", "the head of school");
    }

    @Test
    void the_letter_about_a_measure_states_the_decision_for_this_pupil_only() {
        sanctions.noticesFor(TestCaseEvents.sanctionImposed("case-8", PERPETRATOR_REF, "SUSPENSION", "2026-11-23",
                "2026-11-25"));
        sanctions.noticesFor(TestCaseEvents.sanctionImposed("case-8", "LL-2030-0101", "DETENTION", "2026-11-26",
                "2026-11-26"));

        List<Notice> notices = informing.noticesFor(
                TestCaseEvents.guardiansInformed("case-8", PERPETRATOR_REF, "SANCTION_IMPOSED"));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.message().replyTo()).isEqualTo(SCHOOL_MAILBOX);
            String letter = text(notice.message().attachments().get(0));
            assertThat(letter).contains("Besluit over een maatregel voor uw kind", "schorsing",
                    "maandag 23 november 2026", "woensdag 25 november 2026")
                    .doesNotContain("nablijven", "26 november", "LL-2030-0101")
                    .doesNotContain(NEVER_IN_A_MESSAGE);
        });
    }

    @Test
    void a_school_without_a_contact_has_replies_go_to_its_boards_mailbox_never_to_no_reply() {
        List<Notice> notices = informing.noticesFor(TestCaseEvents.atSchool(
                TestCaseEvents.guardiansInformed("case-9", VICTIM_REF, "MEASURES_TAKEN"), "other-school"));

        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.message().replyTo()).isEqualTo(BOARD_MAILBOX);
            assertThat(notice.message().attachments()).as("no letter for this message").isEmpty();
        });
    }

    static String text(Attachment pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
