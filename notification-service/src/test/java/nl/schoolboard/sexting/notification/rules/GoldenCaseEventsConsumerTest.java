package nl.schoolboard.sexting.notification.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventDeserializer;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.GoldenCaseEvents;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.GuardiansInformedPayload;
import nl.schoolboard.sexting.contracts.payload.GuardiansInvitedPayload;
import nl.schoolboard.sexting.contracts.payload.SanctionImposedPayload;
import nl.schoolboard.sexting.contracts.payload.PersonReference;
import nl.schoolboard.sexting.contracts.payload.StepBecameOverduePayload;
import nl.schoolboard.sexting.contracts.payload.TeamBriefedPayload;
import nl.schoolboard.sexting.notification.InMemoryDirectory;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The consumer's side of the contract: the golden files the case service is tested against, read the way the
 * Kafka listener reads them ({@link CaseEventDeserializer}) and handed to the real rules. What a rule takes from a
 * payload is asserted field by field, so a change of the contract fails here as well as at the producer.
 */
class GoldenCaseEventsConsumerTest {

    private static final String BOARD = "board-1";
    private static final String SCHOOL = "school-1";
    private static final EnumSet<CaseEventType> ACTED_ON = EnumSet.of(CaseEventType.INCIDENT_REPORTED,
            CaseEventType.STEP_BECAME_OVERDUE, CaseEventType.TEAM_BRIEFED, CaseEventType.GUARDIANS_INFORMED,
            CaseEventType.GUARDIANS_INVITED);

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .staff(BOARD, SCHOOL, "L-1", "leider@school.example", Language.NL, StaffRole.SCHOOL_LEADER)
            .staff(BOARD, SCHOOL, "S-201", "mentor@school.example", Language.NL, StaffRole.TEAM_MEMBER)
            .staff(BOARD, SCHOOL, "S-202", "docent@school.example", Language.EN, StaffRole.TEAM_MEMBER)
            .guardian(BOARD, SCHOOL, "P-1001", null, "ouder@thuis.example", Language.NL);
    private final NotificationRules rules = RuleFixtures.allRules(directory);

    @Test
    void a_step_became_overdue_says_which_step_and_when_it_was_due() {
        StepBecameOverduePayload payload = StepPayloads.stepOverdue(golden(CaseEventType.STEP_BECAME_OVERDUE));

        assertThat(payload.step()).isEqualTo(new Code("VICTIM_CONVERSATION"));
        assertThat(payload.dueAt()).isEqualTo(Instant.parse("2026-11-21T09:15:00Z"));
        assertOneNotice(CaseEventType.STEP_BECAME_OVERDUE, "leider@school.example", MessageKind.STEP_OVERDUE);
    }

    @Test
    void a_team_briefing_names_the_staff_briefed_and_what_was_agreed_about_the_class() {
        TeamBriefedPayload payload = StepPayloads.teamBriefed(golden(CaseEventType.TEAM_BRIEFED));

        assertThat(payload.staff()).containsExactly(new PersonReference("S-201"), new PersonReference("S-202"));
        assertThat(payload.classDiscussion()).isEqualTo(new Code("CLASS_LESSON"));
        assertThat(payload.discussionLead()).isEqualTo(new PersonReference("S-201"));
        assertThat(rules.noticesFor(golden(CaseEventType.TEAM_BRIEFED)).stream()
                .filter(notice -> notice.channel() == Channel.EMAIL))
                .extracting(notice -> notice.recipient().address())
                .containsExactly("mentor@school.example", "docent@school.example");
    }

    @Test
    void guardians_are_told_one_fact_about_one_pupil() {
        GuardiansInformedPayload payload = StepPayloads.guardiansInformed(golden(CaseEventType.GUARDIANS_INFORMED));

        assertThat(payload.pupil()).isEqualTo(new PersonReference("P-1001"));
        assertThat(payload.fact()).isEqualTo(new Code("MEASURES_TAKEN"));
        assertOneNotice(CaseEventType.GUARDIANS_INFORMED, "ouder@thuis.example", MessageKind.GUARDIANS_MEASURES_TAKEN);
    }

    @Test
    void guardians_are_invited_with_a_moment_a_place_and_roles() {
        GuardiansInvitedPayload payload = StepPayloads.guardiansInvited(golden(CaseEventType.GUARDIANS_INVITED));

        assertThat(payload.pupil()).isEqualTo(new PersonReference("P-1001"));
        assertThat(payload.conversationAt()).isEqualTo(Instant.parse("2026-11-24T14:30:00Z"));
        assertThat(payload.place()).isEqualTo(new Code("AT_SCHOOL"));
        assertThat(payload.hosts()).containsExactly(new Code("MENTOR"), new Code("CARE_COORDINATOR"));
        assertOneNotice(CaseEventType.GUARDIANS_INVITED, "ouder@thuis.example", MessageKind.GUARDIANS_INVITATION);
    }

    @Test
    void a_sanction_is_read_for_the_letter_and_tells_nobody() {
        SanctionImposedPayload payload = StepPayloads.sanctionImposed(golden(CaseEventType.SANCTION_IMPOSED));

        assertThat(payload.kind()).isNotNull();
        assertThat(payload.person()).isNotNull();
        assertThat(rules.noticesFor(golden(CaseEventType.SANCTION_IMPOSED))).isEmpty();
    }

    @Test
    void a_reported_incident_alerts_the_school_leader_from_the_envelope_alone() {
        assertThat(rules.noticesFor(golden(CaseEventType.INCIDENT_REPORTED)))
                .extracting(notice -> notice.recipient().address())
                .containsExactly("leider@school.example");
    }

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void every_other_published_type_is_read_and_skipped(CaseEventType type) {
        CaseEvent event = golden(type);

        assertThat(event.type()).isEqualTo(type.typeName());
        if (!ACTED_ON.contains(type)) {
            assertThat(rules.noticesFor(event)).isEmpty();
        }
    }

    @Test
    void fields_and_types_added_later_by_the_producer_are_ignored() throws IOException {
        ObjectNode newer = (ObjectNode) CaseEventJson.mapper().readTree(
                GoldenCaseEvents.bytes(CaseEventType.GUARDIANS_INFORMED));
        newer.put("addedLater", true);
        ((ObjectNode) newer.get("payload")).put("channelPreference", "SMS");
        ObjectNode unknown = newer.deepCopy().put("type", "GuardiansThanked");

        assertThat(StepPayloads.guardiansInformed(read(CaseEventJson.mapper().writeValueAsBytes(newer))).fact())
                .isEqualTo(new Code("MEASURES_TAKEN"));
        assertThat(rules.noticesFor(read(CaseEventJson.mapper().writeValueAsBytes(unknown)))).isEmpty();
    }

    /** The golden event of {@code type} is told to exactly one address, as a message of {@code kind}. */
    private void assertOneNotice(CaseEventType type, String address, MessageKind kind) {
        assertThat(rules.noticesFor(golden(type)))
                .extracting(notice -> notice.recipient().address(), Notice::kind)
                .containsExactly(tuple(address, kind));
    }

    private static CaseEvent golden(CaseEventType type) {
        return read(GoldenCaseEvents.bytes(type));
    }

    private static CaseEvent read(byte[] value) {
        try (CaseEventDeserializer deserializer = new CaseEventDeserializer()) {
            return deserializer.deserialize(Topics.CASE_EVENTS, value);
        }
    }
}
