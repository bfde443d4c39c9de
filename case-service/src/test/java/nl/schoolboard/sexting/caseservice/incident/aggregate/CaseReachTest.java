package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.command.IssueDistributionBan;
import nl.schoolboard.sexting.caseservice.incident.command.ReportIncident;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.origin.CaseOrigins;
import nl.schoolboard.sexting.caseservice.incident.refusal.CaseOutOfReach;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.schoolboard.sexting.caseservice.incident.command.A.CASE;
import static nl.schoolboard.sexting.caseservice.incident.command.A.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case's board and school, checked before the case is loaded, against a real (in-memory) event store. */
class CaseReachTest {

    private final EventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final CaseReach reach = new CaseReach(new CaseOrigins(events, 100));
    private final IssueDistributionBan step = new IssueDistributionBan(CASE, null, NOW, null, false);

    @BeforeEach
    void aCaseAtSchool1OfBoard1() {
        events.publish(new GenericDomainEventMessage<>("IncidentCase", CASE.value(), 0,
                A.report().withPupil("P-1", PersonRole.VICTIM).fact()));
    }

    @Test
    void staff_of_the_cases_school_reach_it() throws Exception {
        assertThat(send(step, caller("board-1", List.of("school-2", "school-1")))).isEqualTo("handled");
    }

    @Test
    void another_boards_staff_find_no_case() {
        assertThatThrownBy(() -> send(step, caller("board-2", List.of("school-1")))).isInstanceOf(CaseOutOfReach.class);
    }

    @Test
    void staff_of_another_school_of_the_board_find_no_case() {
        assertThatThrownBy(() -> send(step, caller("board-1", List.of("school-2")))).isInstanceOf(CaseOutOfReach.class);
    }

    @Test
    void a_board_wide_sender_without_schools_reaches_the_boards_cases() throws Exception {
        assertThat(send(step, MetaData.with(CaseReach.CALLER_BOARD, "board-1"))).isEqualTo("handled");
    }

    @Test
    void the_service_itself_reaches_every_case() throws Exception {
        assertThat(send(step, MetaData.emptyInstance())).isEqualTo("handled");
    }

    @Test
    void a_step_on_a_case_that_does_not_exist_is_answered_as_out_of_reach() {
        IssueDistributionBan elsewhere = new IssueDistributionBan(new nl.schoolboard.sexting.caseservice.incident.model.CaseId("case-2"),
                null, NOW, null, false);
        assertThatThrownBy(() -> send(elsewhere, caller("board-1", List.of("school-1")))).isInstanceOf(CaseOutOfReach.class);
    }

    @Test
    void a_report_opens_a_case_that_does_not_exist_yet_but_not_one_at_another_school() throws Exception {
        ReportIncident report = A.report().withPupil("P-1", PersonRole.VICTIM).command();
        assertThatThrownBy(() -> send(report, caller("board-1", List.of("school-2")))).isInstanceOf(CaseOutOfReach.class);
        ReportIncident newCase = new ReportIncident(new nl.schoolboard.sexting.caseservice.incident.model.CaseId("case-3"),
                report.boardId(), report.schoolId(), report.cameToLightAt(), report.cameToLightHow(), report.materialKind(),
                report.platforms(), report.minorNudeInvolved(), report.involvedPupils(), report.yearGroups(), report.reportedBy());
        assertThat(send(newCase, caller("board-1", List.of("school-1")))).isEqualTo("handled");
    }

    private static MetaData caller(String board, List<String> schools) {
        return MetaData.from(Map.of(CaseReach.CALLER_BOARD, board, CaseReach.CALLER_SCHOOLS, schools));
    }

    private Object send(Object command, MetaData meta) throws Exception {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(meta);
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            return reach.handle(unitOfWork, () -> "handled");
        } finally {
            unitOfWork.rollback();
        }
    }

}
