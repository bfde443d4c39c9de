package nl.schoolboard.sexting.contracts.payload;

import java.util.List;

/**
 * Payload of {@code PersonFactsRecorded}. What is known of one person in the case, as a whole (the reason for a change
 * stays in the case service).
 *
 * @param acts              e.g. {@code PICTURED}, {@code MADE_IMAGE}, {@code FORWARDED}
 * @param madeVoluntarily   null when not known or not asked
 * @param sharedVoluntarily null when not known or not asked
 * @param age               age at the time, if known
 * @param ageBand           e.g. {@code FROM_12_TO_17}, when the exact age is not known
 * @param affiliation       e.g. {@code PUPIL_OF_THIS_SCHOOL}, {@code ADULT_OUTSIDER}
 * @param sector            {@code PO}, {@code VO}, {@code MBO} or {@code SO}; null when not known
 */
public record PersonFactsRecordedPayload(
        PersonReference person,
        List<Code> acts,
        Boolean madeVoluntarily,
        Boolean sharedVoluntarily,
        List<PersonReference> sharedWith,
        Integer age,
        Code ageBand,
        Code affiliation,
        Code sector) implements CaseEventPayload {
}
