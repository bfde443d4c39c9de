package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.query.RecordedFact;

import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the case service holds about one person, for a subject access request (AVG/GDPR art. 15): the facts that
 * concern them, with the texts written about them, and nothing about anyone else: other people's references,
 * texts about others or about the case as a whole are left out.
 */
final class SubjectExport {

    /** Text fields that hold codes, not words of a person. */
    private static final Set<String> CODE_TEXT = Set.of("decidedByRole", "attendeeRoles");

    private SubjectExport() {
    }

    static Optional<Map<String, Object>> fact(RecordedFact recorded, String subject) {
        CaseFact fact = recorded.fact();
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean concernsSubject = false;
        if (fact instanceof IncidentReported report) {
            Optional<String> role = report.involvedPupils().stream()
                    .filter(p -> p.pupil().value().equals(subject)).map(p -> p.role().name()).findFirst();
            if (role.isEmpty()) {
                return Optional.empty();
            }
            fields.put("role", role.get());
            fields.put("materialKind", report.materialKind().name());
            fields.put("minorNudeInvolved", report.minorNudeInvolved());
            concernsSubject = true;
        } else {
            for (RecordComponent component : fact.getClass().getRecordComponents()) {
                String name = component.getName();
                if (name.equals("caseId") || name.equals("occurredAt")) {
                    continue;
                }
                Object value = read(component, fact);
                if (value instanceof PersonRef ref) {
                    if (ref.value().equals(subject)) {
                        fields.put(name, subject);
                        concernsSubject = true;
                    }
                } else if (value instanceof PersonalText text) {
                    if (text.keyId().endsWith("/" + subject)) {
                        fields.put(name, text.shown());
                        concernsSubject = true;
                    }
                } else if (value instanceof Collection<?> values && values.stream().anyMatch(PersonRef.class::isInstance)) {
                    if (values.stream().anyMatch(v -> v instanceof PersonRef r && r.value().equals(subject))) {
                        fields.put(name, List.of(subject));
                        concernsSubject = true;
                    }
                } else if (value instanceof String || value instanceof Map<?, ?>
                        || value instanceof Collection<?> c && c.stream().anyMatch(String.class::isInstance)) {
                    if (CODE_TEXT.contains(name)) {
                        fields.put(name, value);
                    }
                } else {
                    fields.put(name, code(value));
                }
            }
        }
        if (!concernsSubject) {
            return Optional.empty();
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", fact.getClass().getSimpleName());
        entry.put("occurredAt", fact.occurredAt());
        entry.put("recordedAt", recorded.recordedAt());
        entry.putAll(fields);
        return Optional.of(entry);
    }

    static List<Map<String, Object>> facts(List<RecordedFact> history, String subject) {
        List<Map<String, Object>> facts = new ArrayList<>();
        history.forEach(recorded -> fact(recorded, subject).ifPresent(facts::add));
        return facts;
    }

    private static Object code(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Temporal) {
            return value.toString();
        }
        return value;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
