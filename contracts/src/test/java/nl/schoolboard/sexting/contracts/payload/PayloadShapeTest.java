package nl.schoolboard.sexting.contracts.payload;

import nl.schoolboard.sexting.contracts.CaseEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payload can hold only codes, person references, year groups, moments, dates, yes/no answers and numbers, and
 * lists of those (or maps keyed by a code): so a {@code String notes} cannot be put on the contract by accident.
 */
class PayloadShapeTest {

    private static final Set<Type> ALLOWED = Set.of(
            Code.class, PersonReference.class, YearGroup.class,
            Instant.class, LocalDate.class,
            boolean.class, Boolean.class, int.class, Integer.class);

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void every_published_payload_holds_codes_dates_yes_no_and_references_only(CaseEventType type) {
        assertThat(type.payloadType()).isRecord();
        assertThat(disallowed(type.payloadType())).isEmpty();
    }

    @Test
    void a_text_field_would_be_caught() {
        record WithNotes(Code step, String notes, List<String> remarks, Map<String, Instant> dueBy,
                         Nested nested) implements CaseEventPayload {
        }

        assertThat(disallowed(WithNotes.class))
                .containsExactly("WithNotes.notes: java.lang.String",
                        "WithNotes.remarks: java.util.List<java.lang.String>",
                        "WithNotes.dueBy: java.util.Map<java.lang.String, java.time.Instant>",
                        "Nested.words: java.lang.String");
    }

    record Nested(PersonReference person, String words) {
    }

    /** The components of {@code record}, and of the records it holds, whose type is not allowed. */
    static List<String> disallowed(Class<?> record) {
        List<String> wrong = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (!allowed(component.getGenericType(), wrong)) {
                wrong.add(record.getSimpleName() + "." + component.getName() + ": "
                        + component.getGenericType().getTypeName());
            }
        }
        return wrong;
    }

    private static boolean allowed(Type type, List<String> wrong) {
        if (ALLOWED.contains(type)) {
            return true;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return allowed(generic.getActualTypeArguments()[0], wrong);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            return generic.getActualTypeArguments()[0] == Code.class && allowed(generic.getActualTypeArguments()[1], wrong);
        }
        if (type instanceof Class<?> nested && nested.isRecord()) {
            // a record inside a payload (an involved pupil) is held to the same rule, component by component
            wrong.addAll(disallowed(nested));
            return true;
        }
        return false;
    }
}
