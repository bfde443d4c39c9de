package nl.schoolboard.sexting.caseservice.eventstore;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.PersonLinked;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.StepState;
import nl.schoolboard.sexting.caseservice.incident.model.StepStatus;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases recorded before people became facts (issue 12) load on the MongoDB-wire store and mean what they meant: no
 * stored event changed shape (the facts and the assessment are new events), so no upcaster is needed, and until an
 * assessment is decided a sender or forwarder is still the one suspected, and a track opened by linking a staff member
 * stays open.
 */
class OldPeopleKeepTheirMeaningIT {

    private static final EventsOfOld STORE = new EventsOfOld("old-people");

    @Test
    void a_case_stored_with_roles_only_loads_and_its_sender_is_still_the_one_suspected() {
        CaseId caseId = CaseId.random();
        PersonRef teacher = new PersonRef("S-9");
        CaseFact reported = A.report().withPupil("P-1", PersonRole.VICTIM).withPupil("P-2", PersonRole.SENDER).fact();
        STORE.store(caseId, reported,
                new PersonLinked(A.CASE, A.NOW, teacher, PersonKind.STAFF, PersonRole.STAFF_MEMBER),
                new ReportingDutyTrackOpened(A.CASE, A.NOW, teacher));

        CaseFile file = new CaseFile();
        STORE.payloads(caseId, new EventUpcasterChain(new MovedEventTypes(), new RolesBecameCodes()))
                .forEach(payload -> file.apply((CaseFact) payload));

        assertThat(file.isSuspected(new PersonRef("P-2"))).isTrue();
        assertThat(file.isSuspected(new PersonRef("P-1"))).isFalse();
        assertThat(file.isVictim(new PersonRef("P-1"))).isTrue();
        assertThat(file.perpetrators(true)).extracting(CaseFile.Person::ref).containsExactly(new PersonRef("P-2"));
        assertThat(file.onReportingDutyTrack()).isTrue();
        assertThat(file.checklist()).filteredOn(line -> line.step() == ProtocolStep.BOARD_INFORMED)
                .extracting(StepStatus::state).containsExactly(StepState.OPEN);
        assertThat(file.checklist()).filteredOn(line -> line.step() == ProtocolStep.SEXTORTION_ADVICE
                        || line.step() == ProtocolStep.SUSPENSION_FORMALITIES)
                .extracting(StepStatus::state).containsOnly(StepState.NOT_APPLICABLE);
    }
}
