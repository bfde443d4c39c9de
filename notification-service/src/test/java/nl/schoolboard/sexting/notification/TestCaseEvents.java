package nl.schoolboard.sexting.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventTypes;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload.InvolvedPupil;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Case events as case-service publishes them, with pupil data in the payload that must never reach a mail. */
public final class TestCaseEvents {

    public static final String VICTIM_REF = "LL-2031-0042";
    public static final String PERPETRATOR_REF = "LL-2029-0777";
    public static final String REPORTER_ID = "staff-user-981";
    public static final String BOARD = "board-noord";
    public static final String SCHOOL = "school-de-horizon";
    public static final Instant RECORDED_AT = Instant.parse("2025-03-14T08:30:00Z");

    /** Payload words that identify pupils or describe the incident; none may appear in anything sent. */
    public static final List<String> PAYLOAD_WORDS =
            List.of(VICTIM_REF, PERPETRATOR_REF, "VICTIM", "PERPETRATOR", "SNAPCHAT", "WHATSAPP", "PHOTO",
                    "PUPIL_TOLD_STAFF", "3-havo", REPORTER_ID);

    private TestCaseEvents() {
    }

    public static String newCaseId() {
        return "case-" + UUID.randomUUID();
    }

    public static CaseEvent incidentReported(String caseId) {
        return incidentReported(caseId, "corr-" + UUID.randomUUID());
    }

    public static CaseEvent incidentReported(String caseId, String correlationId) {
        IncidentReportedPayload payload = new IncidentReportedPayload(
                RECORDED_AT.minusSeconds(3600),
                "PUPIL_TOLD_STAFF",
                "PHOTO",
                List.of("SNAPCHAT", "WHATSAPP"),
                true,
                List.of(new InvolvedPupil(VICTIM_REF, "VICTIM"), new InvolvedPupil(PERPETRATOR_REF, "PERPETRATOR")),
                List.of("3-havo"));
        return new CaseEvent(UUID.randomUUID(), CaseEventTypes.INCIDENT_REPORTED,
                CaseEventTypes.INCIDENT_REPORTED_VERSION, RECORDED_AT.minusSeconds(60), RECORDED_AT, BOARD, SCHOOL,
                caseId, 0, new Actor(REPORTER_ID, "TEAM_MEMBER"), correlationId, CaseEventJson.toTree(payload));
    }

    /** A type this service has no rule for (yet): it must be skipped, not mailed and not dead-lettered. */
    public static CaseEvent otherEvent(String caseId) {
        ObjectNode payload = CaseEventJson.mapper().createObjectNode().put("attendedBy", "CARE_COORDINATOR");
        return new CaseEvent(UUID.randomUUID(), "VictimInterviewed", 1, RECORDED_AT, RECORDED_AT, BOARD, SCHOOL,
                caseId, 1, new Actor(REPORTER_ID, "CARE_COORDINATOR"), "corr-" + UUID.randomUUID(), payload);
    }
}
