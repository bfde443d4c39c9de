package nl.schoolboard.sexting.contracts.payload;

import java.time.LocalDate;

/**
 * Payload of {@code SanctionImposed}. Step 3: a sanction and its period (the reason stays in the case service).
 *
 * @param kind e.g. {@code SUSPENSION}
 */
public record SanctionImposedPayload(
        PersonReference person,
        Code kind,
        LocalDate from,
        LocalDate until) implements CaseEventPayload {
}
