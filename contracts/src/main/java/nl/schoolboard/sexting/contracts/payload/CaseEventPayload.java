package nl.schoolboard.sexting.contracts.payload;

/**
 * The payload of one published type of case event (see {@code CaseEventType} for its name and schema version).
 * Every component is a {@link Code}, a {@link PersonReference}, a {@link YearGroup}, a moment, a date, a yes/no, a
 * number, or a list of those: never a plain text, so that words about a person cannot be published by accident
 * ({@code PayloadShapeTest} holds every registered payload to this).
 */
public interface CaseEventPayload {
}
