package nl.schoolboard.sexting.caseservice.eventstore;

import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import com.mongodb.client.model.Updates;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.PressStatementPrepared;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored while roles were free text (revision none) load on the MongoDB-wire store with codes only: a role
 * that was a code stays, words become {@code OTHER}, and the words are nowhere in what is read.
 */
class RolesBecameCodesIT {

    private static final Instant AT = Instant.parse("2025-03-10T08:30:00Z");
    private static final String A_NAME = "mevrouw Jan de Vries";

    private static final EventsOfOld STORE = new EventsOfOld("roles-became-codes");

    @Test
    void old_events_with_roles_as_text_load_with_role_codes_and_without_the_words() {
        CaseId caseId = CaseId.random();
        STORE.store(caseId,
                new VictimInterviewed(caseId, AT, new PersonRef("P-1"), true,
                        List.of(ConversationRole.MENTOR, ConversationRole.PUPIL), null, false, null),
                new PoliceContacted(caseId, AT, Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, "PL09-1",
                        ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED),
                new PoliceContacted(caseId, AT, Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, "PL09-2",
                        ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED),
                new PressStatementPrepared(caseId, AT, "De school heeft maatregelen genomen.",
                        ConversationRole.SCHOOL_LEADER));
        writtenAsOfOld(caseId, 0, "[\"MENTOR\",\"PUPIL\"]", "[\"MENTOR\",\"" + A_NAME + "\",\"de mentor van 3B\"]",
                true);
        writtenAsOfOld(caseId, 1, "\"SCHOOL_LEADER\"", "\"SCHOOL_LEADER\"", false);
        writtenAsOfOld(caseId, 2, "\"SCHOOL_LEADER\"", "\"" + A_NAME + "\"", false);
        writtenAsOfOld(caseId, 3, "\"SCHOOL_LEADER\"", "\"" + A_NAME + "\"", false);

        List<? extends DomainEventMessage<?>> read =
                STORE.read(caseId, new EventUpcasterChain(new MovedEventTypes(), new RolesBecameCodes()));

        assertThat(read).hasSize(4);
        assertThat(((VictimInterviewed) read.get(0).getPayload()).attendeeRoles())
                .containsExactly(ConversationRole.MENTOR, ConversationRole.OTHER);
        assertThat(((PoliceContacted) read.get(1).getPayload()).decidedByRole()).isEqualTo(ConversationRole.SCHOOL_LEADER);
        assertThat(((PoliceContacted) read.get(2).getPayload()).decidedByRole()).isEqualTo(ConversationRole.OTHER);
        assertThat(((PressStatementPrepared) read.get(3).getPayload()).approvedByRole())
                .isEqualTo(ConversationRole.OTHER);
        assertThat(read).allSatisfy(event -> assertThat(event.getPayload().toString()).doesNotContain("Vries", "3B"));
    }

    @Test
    void new_events_are_written_as_their_latest_revision_and_read_unchanged() {
        CaseId caseId = CaseId.random();
        PoliceContacted contacted = new PoliceContacted(caseId, AT, Values.PoliceDecision.AANGIFTE,
                ConversationRole.SCHOOL_LEADER, null, ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED);
        STORE.store(caseId, contacted);

        assertThat(STORE.stored(caseId, 0).getString("payloadRevision")).isEqualTo("3");
        assertThat(STORE.payloads(caseId, new EventUpcasterChain(new RolesBecameCodes(), new WishesWereNotRecorded())))
                .containsExactly(contacted);
    }

    /** Rewrites a stored event as it was written before revision 2: no revision, the role field as text. */
    private static void writtenAsOfOld(CaseId caseId, long sequence, String codes, String asText, boolean list) {
        String payload = STORE.stored(caseId, sequence).getString("serializedPayload");
        assertThat(payload).as("event %d (list: %s)", sequence, list).contains(codes);
        STORE.rewrite(caseId, sequence, Updates.set("serializedPayload", payload.replace(codes, asText)),
                Updates.set("payloadRevision", null));
    }
}
