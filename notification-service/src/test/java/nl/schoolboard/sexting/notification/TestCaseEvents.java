package nl.schoolboard.sexting.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload.InvolvedPupil;
import nl.schoolboard.sexting.contracts.payload.PersonReference;
import nl.schoolboard.sexting.contracts.payload.YearGroup;

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

    /**
     * Pupil references, incident details and a name (the one a test puts in a briefing's summary): none may ever be
     * in a message, whatever the rule and the channel.
     */
    public static final List<String> NEVER_IN_A_MESSAGE = List.of(VICTIM_REF, PERPETRATOR_REF, "SNAPCHAT", "WHATSAPP",
            "PHOTO", "3-havo", REPORTER_ID, "Jan de Vries");

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
                new Code("PUPIL_TOLD_STAFF"),
                new Code("PHOTO"),
                List.of(new Code("SNAPCHAT"), new Code("WHATSAPP")),
                true,
                List.of(new InvolvedPupil(new PersonReference(VICTIM_REF), new Code("VICTIM")),
                        new InvolvedPupil(new PersonReference(PERPETRATOR_REF), new Code("PERPETRATOR"))),
                List.of(new YearGroup("3-havo")));
        return new CaseEvent(UUID.randomUUID(), CaseEventType.INCIDENT_REPORTED.typeName(),
                CaseEventType.INCIDENT_REPORTED.schemaVersion(), RECORDED_AT.minusSeconds(60), RECORDED_AT, BOARD, SCHOOL,
                caseId, 0, new Actor(REPORTER_ID, "TEAM_MEMBER"), correlationId, CaseEventJson.toTree(payload));
    }

    /** {@code StepBecameOverdue} as the case service maps it: the step's code and its due time. */
    public static CaseEvent stepOverdue(String caseId, String step, Instant dueAt) {
        ObjectNode payload = CaseEventJson.mapper().createObjectNode().put("step", step).put("dueAt", dueAt.toString());
        return new CaseEvent(UUID.randomUUID(), CaseEventType.STEP_BECAME_OVERDUE.typeName(),
                CaseEventType.STEP_BECAME_OVERDUE.schemaVersion(),
                dueAt, RECORDED_AT, BOARD, SCHOOL, caseId, 3, new Actor("system", "SYSTEM"),
                "corr-" + UUID.randomUUID(), payload);
    }

    /**
     * {@code TeamBriefed} as the case service maps it: staff references, yes/no and codes; the shared summary (free
     * text) is dropped by the case service and never on Kafka.
     */
    public static CaseEvent teamBriefed(String caseId, List<String> staff, String classDiscussion, String lead) {
        ObjectNode payload = CaseEventJson.mapper().createObjectNode();
        payload.putArray("staff").addAll(staff.stream().map(ref -> CaseEventJson.mapper().getNodeFactory()
                .textNode(ref)).toList());
        payload.put("namesShared", false);
        payload.put("classDiscussion", classDiscussion);
        payload.put("discussionLead", lead);
        return new CaseEvent(UUID.randomUUID(), CaseEventType.TEAM_BRIEFED.typeName(),
                CaseEventType.TEAM_BRIEFED.schemaVersion(),
                RECORDED_AT.minusSeconds(600), RECORDED_AT, BOARD, SCHOOL, caseId, 4,
                new Actor("user-leader", "SCHOOL_LEADER"), "corr-" + UUID.randomUUID(), payload);
    }

    /** {@code GuardiansInformed} as the case service maps it: the pupil's reference and the fact's code. */
    public static CaseEvent guardiansInformed(String caseId, String pupil, String fact) {
        ObjectNode payload = CaseEventJson.mapper().createObjectNode().put("pupil", pupil).put("fact", fact);
        return new CaseEvent(UUID.randomUUID(), CaseEventType.GUARDIANS_INFORMED.typeName(),
                CaseEventType.GUARDIANS_INFORMED.schemaVersion(),
                RECORDED_AT.minusSeconds(300), RECORDED_AT, BOARD, SCHOOL, caseId, 5,
                new Actor("user-leader", "SCHOOL_LEADER"), "corr-" + UUID.randomUUID(), payload);
    }

    /** {@code GuardiansInvited} as the case service maps it: the pupil, a moment, a place code, role codes. */
    public static CaseEvent guardiansInvited(String caseId, String pupil, java.time.Instant at, String place,
                                             String... hosts) {
        ObjectNode payload = CaseEventJson.mapper().createObjectNode().put("pupil", pupil)
                .put("conversationAt", at.toString()).put("place", place);
        java.util.Arrays.stream(hosts).forEach(payload.putArray("hosts")::add);
        return new CaseEvent(UUID.randomUUID(), CaseEventType.GUARDIANS_INVITED.typeName(),
                CaseEventType.GUARDIANS_INVITED.schemaVersion(),
                RECORDED_AT.minusSeconds(300), RECORDED_AT, BOARD, SCHOOL, caseId, 6,
                new Actor("user-leader", "SCHOOL_LEADER"), "corr-" + UUID.randomUUID(), payload);
    }

    /** {@code SanctionImposed} as the case service maps it: the person, the kind's code and the period. */
    public static CaseEvent sanctionImposed(String caseId, String person, String kind, String from, String until) {
        ObjectNode payload = CaseEventJson.mapper().createObjectNode().put("person", person).put("kind", kind)
                .put("from", from).put("until", until);
        return new CaseEvent(UUID.randomUUID(), CaseEventType.SANCTION_IMPOSED.typeName(),
                CaseEventType.SANCTION_IMPOSED.schemaVersion(),
                RECORDED_AT.minusSeconds(400), RECORDED_AT, BOARD, SCHOOL, caseId, 5,
                new Actor("user-leader", "SCHOOL_LEADER"), "corr-" + UUID.randomUUID(), payload);
    }

    /** Any step event with the given payload fields (for rules that must ignore it). */
    public static CaseEvent stepEvent(String caseId, String type, ObjectNode payload) {
        int version = CaseEventType.named(type).map(CaseEventType::schemaVersion).orElse(1);
        return new CaseEvent(UUID.randomUUID(), type, version, RECORDED_AT, RECORDED_AT,
                BOARD, SCHOOL, caseId, 2, new Actor("user-leader", "SCHOOL_LEADER"), "corr-" + UUID.randomUUID(),
                payload);
    }

    /** The same event, of another school of the board. */
    public static CaseEvent atSchool(CaseEvent event, String schoolId) {
        return new CaseEvent(event.eventId(), event.type(), event.schemaVersion(), event.occurredAt(),
                event.recordedAt(), event.boardId(), schoolId, event.caseId(), event.caseVersion(), event.actor(),
                event.correlationId(), event.payload());
    }

    /** A type this service has no rule for (yet): it must be skipped, not mailed and not dead-lettered. */
    public static CaseEvent otherEvent(String caseId) {
        ObjectNode payload = CaseEventJson.mapper().createObjectNode().put("attendedBy", "CARE_COORDINATOR");
        return new CaseEvent(UUID.randomUUID(), "VictimInterviewed", 1, RECORDED_AT, RECORDED_AT, BOARD, SCHOOL,
                caseId, 1, new Actor(REPORTER_ID, "CARE_COORDINATOR"), "corr-" + UUID.randomUUID(), payload);
    }
}
