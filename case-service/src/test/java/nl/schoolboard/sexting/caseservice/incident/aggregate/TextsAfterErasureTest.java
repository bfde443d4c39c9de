package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.IssueDistributionBan;
import nl.schoolboard.sexting.caseservice.incident.command.ReportFurtherDistribution;
import nl.schoolboard.sexting.caseservice.incident.command.SkipStep;
import nl.schoolboard.sexting.caseservice.incident.event.DistributionBanIssued;
import nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased;
import nl.schoolboard.sexting.caseservice.incident.event.StepSkipped;
import nl.schoolboard.sexting.caseservice.incident.model.ErasureReason;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Values.BanScope;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import org.junit.jupiter.api.Test;

import static nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCaseProtocolTest.SENDER;
import static nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCaseProtocolTest.VICTIM;
import static nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCaseProtocolTest.reported;
import static nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCaseProtocolTest.sanction;

/**
 * Once a person's data is erased, nothing new is written about them (their key would have to be made again, and could
 * then never be erased); once a whole case's data is erased, nothing new is written in it. Texts about the case as a
 * whole never name a person of the case, so that a person's erasure leaves no reference to them in a text it cannot
 * reach.
 */
class TextsAfterErasureTest extends CaseBehaviour {

    @Test
    void a_text_about_an_erased_person_is_refused_with_the_reason() {
        refused(fixture.given(reported(false), new PersonalDataErased(CASE, EARLIER, SENDER, ErasureReason.SUBJECT_REQUEST))
                       .when(sanction(SENDER)),
                ProtocolViolation.class, "person-erased");
    }

    @Test
    void a_step_without_a_text_about_the_erased_person_is_still_taken() {
        fixture.given(reported(false), new PersonalDataErased(CASE, EARLIER, VICTIM, ErasureReason.SUBJECT_REQUEST))
               .when(new IssueDistributionBan(CASE, null, EARLIER, BanScope.SCHOOL, false))
               .expectEvents(new DistributionBanIssued(CASE, EARLIER, BanScope.SCHOOL, false));
    }

    @Test
    void no_new_text_is_kept_in_a_case_whose_data_was_erased() {
        refused(fixture.given(reported(false), new PersonalDataErased(CASE, EARLIER, null, ErasureReason.RETENTION))
                       .when(new SkipStep(CASE, null, EARLIER, ProtocolStep.TEAM_BRIEFING, "not needed")),
                ProtocolViolation.class, "case-data-erased");
    }

    @Test
    void a_text_about_the_whole_case_never_names_a_person_of_the_case() {
        refused(fixture.given(reported(false))
                       .when(new SkipStep(CASE, null, EARLIER, ProtocolStep.TEAM_BRIEFING, "P-2 left the school")),
                InvalidCommand.class);
        refused(fixture.given(reported(false))
                       .when(new ReportFurtherDistribution(CASE, null, EARLIER, null, "seen with P-1's classmates")),
                InvalidCommand.class, "description");
        fixture.given(reported(false))
               .when(new SkipStep(CASE, null, EARLIER, ProtocolStep.TEAM_BRIEFING, "not needed in a small school"))
               .expectEvents(new StepSkipped(CASE, EARLIER, ProtocolStep.TEAM_BRIEFING,
                       PersonalText.aboutCase(CASE, "not needed in a small school")));
    }
}
