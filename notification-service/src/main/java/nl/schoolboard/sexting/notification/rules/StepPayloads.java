package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventTypes;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;

import java.time.Instant;
import java.util.List;

/**
 * The payloads of the step events this service acts on, as the case service publishes them at
 * {@link CaseEventTypes#STEP_EVENT_VERSION}: codes, dates, yes/no answers and person references only. Read here,
 * field by field, because the contracts module has no typed payloads for step events (yet). Unknown fields are
 * ignored (tolerant reader); a version this service does not know, or a payload without what a rule needs, is a
 * {@link MalformedCaseEvent}: dead-lettered, to be replayed once this service understands it.
 */
final class StepPayloads {

    /** {@code StepBecameOverdue}: which protocol step, and when it was due. */
    record StepOverdue(String step, Instant dueAt) {
    }

    /** {@code TeamBriefed}: who was briefed and what was agreed about the class (the shared text never leaves the case service). */
    record TeamBriefed(List<String> staff, boolean namesShared, String classDiscussion, String discussionLead) {
    }

    /** {@code GuardiansInformed}: the guardians of which pupil are told which fact. */
    record GuardiansInformed(String pupil, String fact) {
    }

    private StepPayloads() {
    }

    static StepOverdue stepOverdue(CaseEvent event) {
        StepOverdue payload = read(event, StepOverdue.class);
        require(event, payload.step() != null && !payload.step().isBlank(), "step");
        return payload;
    }

    static TeamBriefed teamBriefed(CaseEvent event) {
        TeamBriefed payload = read(event, TeamBriefed.class);
        require(event, payload.staff() != null && !payload.staff().isEmpty()
                && payload.staff().stream().noneMatch(ref -> ref == null || ref.isBlank()), "staff");
        return payload;
    }

    static GuardiansInformed guardiansInformed(CaseEvent event) {
        GuardiansInformed payload = read(event, GuardiansInformed.class);
        require(event, payload.pupil() != null && !payload.pupil().isBlank(), "pupil");
        require(event, payload.fact() != null && !payload.fact().isBlank(), "fact");
        return payload;
    }

    private static <T> T read(CaseEvent event, Class<T> type) {
        if (event.schemaVersion() != CaseEventTypes.STEP_EVENT_VERSION) {
            throw new MalformedCaseEvent(event.type() + " v" + event.schemaVersion() + " is not a version this "
                    + "service reads (it reads v" + CaseEventTypes.STEP_EVENT_VERSION + ")");
        }
        return CaseEventJson.payload(event, type);
    }

    private static void require(CaseEvent event, boolean present, String field) {
        if (!present) {
            throw new MalformedCaseEvent("payload of " + event.type() + " v" + event.schemaVersion() + " lacks "
                    + field);
        }
    }
}
