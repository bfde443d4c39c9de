package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.command.ImposeSanction;
import nl.schoolboard.sexting.caseservice.incident.command.RecordSanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.PersonFactsRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionFormalityRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionImposed;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.people.Act;
import nl.schoolboard.sexting.caseservice.incident.people.Affiliation;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.people.SanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.people.Sector;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expulsion procedure's steps and the sanction kinds schools use besides the old ones, given/when/then
 * (docs/protocol-api.md lists the rules).
 */
class ExpulsionProcedureTest extends CaseBehaviour {

    static final PersonRef VICTIM = new PersonRef("P-1");
    static final PersonRef FORWARDER = new PersonRef("P-2");

    static Object reported() {
        return A.report().withPupil(VICTIM.value(), PersonRole.VICTIM).withPupil(FORWARDER.value(), PersonRole.FORWARDER)
                .aboutAMinorNude(false).cameToLightAt(EARLIER).fact();
    }

    static PersonFactsRecorded inSector(Sector sector) {
        return new PersonFactsRecorded(CASE, EARLIER, FORWARDER, new PersonFacts(Set.of(Act.FORWARDED), null, null,
                List.of(), 15, null, Affiliation.PUPIL_OF_THIS_SCHOOL, sector), null);
    }

    static SanctionImposed expulsionProcedure() {
        return new SanctionImposed(CASE, EARLIER, FORWARDER, Values.SanctionKind.EXPULSION_PROCEDURE, null, null, null);
    }

    static SanctionFormalityRecorded taken(SanctionFormality step) {
        return new SanctionFormalityRecorded(CASE, EARLIER, FORWARDER, step);
    }

    static RecordSanctionFormality take(SanctionFormality step) {
        return new RecordSanctionFormality(CASE, null, EARLIER, FORWARDER, step);
    }

    @Test
    void an_expulsion_procedure_hears_the_pupil_and_the_parents_first() {
        refused(fixture.given(reported(), inSector(Sector.VO), expulsionProcedure())
                       .when(take(SanctionFormality.INSPECTIE_CONSULTED)),
                ProtocolViolation.class, "expulsion-step-out-of-order");
    }

    @Test
    void the_inspectie_is_consulted_before_another_school_is_found() {
        refused(fixture.given(reported(), inSector(Sector.VO), expulsionProcedure(), taken(SanctionFormality.PUPIL_AND_PARENTS_HEARD))
                       .when(take(SanctionFormality.OTHER_SCHOOL_FOUND)),
                ProtocolViolation.class, "expulsion-step-out-of-order");
    }

    @Test
    void the_expulsion_steps_are_recorded_in_order() {
        fixture.given(reported(), inSector(Sector.VO), expulsionProcedure(), taken(SanctionFormality.PUPIL_AND_PARENTS_HEARD))
               .when(take(SanctionFormality.INSPECTIE_CONSULTED))
               .expectEvents(taken(SanctionFormality.INSPECTIE_CONSULTED));
    }

    @Test
    void the_expulsion_steps_are_for_a_pupil_in_an_expulsion_procedure() {
        refused(fixture.given(reported(), inSector(Sector.VO))
                       .when(take(SanctionFormality.PUPIL_AND_PARENTS_HEARD)),
                ProtocolViolation.class, "no-expulsion-procedure");
    }

    @Test
    void a_case_with_an_expulsion_procedure_asks_for_its_steps_before_closing() {
        CaseFile file = new CaseFile();
        for (Object fact : List.of(reported(), inSector(Sector.VO), expulsionProcedure(),
                taken(SanctionFormality.PUPIL_AND_PARENTS_HEARD), taken(SanctionFormality.INSPECTIE_CONSULTED))) {
            file.apply((CaseFact) fact);
        }
        assertThat(file.openRequiredSteps()).contains(ProtocolStep.EXPULSION_PROCEDURE);

        file.apply(taken(SanctionFormality.OTHER_SCHOOL_FOUND));
        assertThat(file.openRequiredSteps()).doesNotContain(ProtocolStep.EXPULSION_PROCEDURE);
    }

    @Test
    void an_mbo_students_expulsion_asks_for_no_steps_of_the_vo_procedure() {
        CaseFile file = new CaseFile();
        for (Object fact : List.of(reported(), inSector(Sector.MBO), expulsionProcedure())) {
            file.apply((CaseFact) fact);
        }
        assertThat(file.openRequiredSteps()).doesNotContain(ProtocolStep.EXPULSION_PROCEDURE);
    }

    @Test
    void a_time_out_and_a_restorative_assignment_are_sanctions_for_the_suspected() {
        for (Values.SanctionKind kind : List.of(Values.SanctionKind.TIME_OUT, Values.SanctionKind.RESTORATIVE_ASSIGNMENT)) {
            fixture.given(reported(), inSector(Sector.VO))
                   .when(new ImposeSanction(CASE, null, EARLIER, FORWARDER, kind, null, null, "herstel"))
                   .expectEvents(new SanctionImposed(CASE, EARLIER, FORWARDER, kind, null, null,
                           PersonalText.about(CASE, FORWARDER, "herstel")));
            refused(fixture.given(reported(), inSector(Sector.VO))
                           .when(new ImposeSanction(CASE, null, EARLIER, VICTIM, kind, null, null, "herstel")),
                    ProtocolViolation.class);
        }
    }
}
