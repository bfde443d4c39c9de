package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.InviteGuardians;
import nl.schoolboard.sexting.caseservice.incident.event.GuardiansInvited;
import nl.schoolboard.sexting.caseservice.incident.event.PersonLinked;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationPlace;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCaseProtocolTest.SENDER;
import static nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCaseProtocolTest.TEACHER;
import static nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCaseProtocolTest.VICTIM;
import static nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCaseProtocolTest.reported;
import static org.hamcrest.Matchers.containsString;

/** Parents are invited to a conversation for their child: a pupil of the case, at a moment still to come. */
class GuardiansInvitationTest extends CaseBehaviour {

    static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(6));

    @Test
    void the_parents_of_a_suspected_pupil_are_invited_with_when_where_and_with_whom() {
        fixture.given(reported(false))
               .when(new InviteGuardians(CASE, null, EARLIER, SENDER, NEXT_WEEK, ConversationPlace.AT_SCHOOL,
                       List.of("MENTOR", "SCHOOL_LEADER", "MENTOR")))
               .expectEvents(new GuardiansInvited(CASE, EARLIER, SENDER, NEXT_WEEK, ConversationPlace.AT_SCHOOL,
                       List.of(ConversationRole.MENTOR, ConversationRole.SCHOOL_LEADER)));
    }

    @Test
    void a_staff_member_has_no_parents_to_invite() {
        refused(fixture.given(reported(false), new PersonLinked(CASE, EARLIER, TEACHER, PersonKind.STAFF, PersonRole.BYSTANDER))
                       .when(new InviteGuardians(CASE, null, EARLIER, TEACHER, NEXT_WEEK, ConversationPlace.ONLINE,
                               List.of("CARE_COORDINATOR"))),
                ProtocolViolation.class);
    }

    @Test
    void the_conversation_lies_ahead_and_names_who_takes_part_by_role() {
        fixture.given(reported(false))
               .when(new InviteGuardians(CASE, null, EARLIER, VICTIM, EARLIER.minusSeconds(60), null,
                       List.of("Meneer de Vries")))
               .expectException(InvalidCommand.class)
               .expectExceptionMessage(containsString("conversationAt"));
    }
}
