package nl.schoolboard.sexting.caseservice.eventstore;

import com.mongodb.client.model.Updates;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A police decision and a team briefing stored before the victim's voice was recorded load on the MongoDB-wire store
 * with the wishes {@code NOT_RECORDED}, through the whole chain the service reads with; that includes a police decision
 * stored before roles became codes (no revision at all). New events are read as written.
 */
class WishesWereNotRecordedIT {

    private static final Instant AT = Instant.parse("2025-03-10T08:30:00Z");
    private static final PersonRef MENTOR = new PersonRef("S-1");

    private static final EventsOfOld STORE = new EventsOfOld("wishes-were-not-recorded");

    @Test
    void old_police_decisions_and_briefings_load_with_the_wishes_not_recorded() {
        CaseId caseId = CaseId.random();
        STORE.store(caseId,
                new PoliceContacted(caseId, AT, Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, "PL09-1",
                        ReportWish.WANTS_REPORT, ReportWish.WANTS_REPORT),
                new PoliceContacted(caseId, AT, Values.PoliceDecision.AANGIFTE, ConversationRole.SCHOOL_LEADER, null,
                        ReportWish.WANTS_REPORT, ReportWish.WANTS_REPORT),
                new TeamBriefed(caseId, AT, List.of(MENTOR), null, false, Values.ClassDiscussion.MENTOR_CONVERSATION,
                        MENTOR, DiscussionWish.AGREES, DiscussionWish.AGREES, null));
        writtenWithoutWishes(caseId, 0, "2", "\"WANTS_REPORT\"");
        writtenWithoutWishes(caseId, 1, null, "\"WANTS_REPORT\"");
        writtenWithoutWishes(caseId, 2, null, "\"AGREES\"");

        List<Object> read = STORE.payloads(caseId, asTheServiceReads());

        PoliceContacted revisionTwo = (PoliceContacted) read.get(0);
        assertThat(revisionTwo.decision()).isEqualTo(Values.PoliceDecision.MELDING);
        assertThat(revisionTwo.victimWish()).isEqualTo(ReportWish.NOT_RECORDED);
        assertThat(revisionTwo.parentsWish()).isEqualTo(ReportWish.NOT_RECORDED);
        PoliceContacted noRevision = (PoliceContacted) read.get(1);
        assertThat(noRevision.decidedByRole()).isEqualTo(ConversationRole.SCHOOL_LEADER);
        assertThat(noRevision.victimWish()).isEqualTo(ReportWish.NOT_RECORDED);
        TeamBriefed briefed = (TeamBriefed) read.get(2);
        assertThat(briefed.classDiscussion()).isEqualTo(Values.ClassDiscussion.MENTOR_CONVERSATION);
        assertThat(briefed.victimWish()).isEqualTo(DiscussionWish.NOT_RECORDED);
        assertThat(briefed.parentsWish()).isEqualTo(DiscussionWish.NOT_RECORDED);
        assertThat(briefed.discussionReason()).isNull();
    }

    @Test
    void new_decisions_keep_the_wishes_they_were_written_with() {
        CaseId caseId = CaseId.random();
        PoliceContacted contacted = new PoliceContacted(caseId, AT, Values.PoliceDecision.MELDING,
                ConversationRole.SCHOOL_LEADER, null, ReportWish.DOES_NOT_WANT, ReportWish.NOT_ASKED);
        TeamBriefed briefed = new TeamBriefed(caseId, AT, List.of(MENTOR), null, false,
                Values.ClassDiscussion.NOT_DISCUSSED, null, DiscussionWish.NOT_ASKED, DiscussionWish.NOT_ASKED, null);
        STORE.store(caseId, contacted, briefed);

        assertThat(STORE.stored(caseId, 0).getString("payloadRevision")).isEqualTo("3");
        assertThat(STORE.stored(caseId, 1).getString("payloadRevision")).isEqualTo("2");
        assertThat(STORE.payloads(caseId, asTheServiceReads())).containsExactly(contacted, briefed);
    }

    private static EventUpcaster asTheServiceReads() {
        return new EventUpcasterChain(new MovedEventTypes(), new RolesBecameCodes(), new WishesWereNotRecorded());
    }

    /** Rewrites a stored event as it was written before the wishes: without them, at an older revision. */
    private static void writtenWithoutWishes(CaseId caseId, long sequence, String revision, String wish) {
        String payload = STORE.stored(caseId, sequence).getString("serializedPayload");
        String without = payload.replace(",\"victimWish\":" + wish, "").replace(",\"parentsWish\":" + wish, "")
                .replace(",\"discussionReason\":null", "");
        assertThat(without).doesNotContain("Wish").doesNotContain("discussionReason");
        STORE.rewrite(caseId, sequence, Updates.set("serializedPayload", without),
                Updates.set("payloadRevision", revision));
    }
}
