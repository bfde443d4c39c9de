package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code PersonRoleChanged}. One person's part in the case changed (the reason stays in the case service).
 *
 * @param from the role before
 * @param to   the role after
 */
public record PersonRoleChangedPayload(
        PersonReference person,
        Code from,
        Code to) implements CaseEventPayload {
}
