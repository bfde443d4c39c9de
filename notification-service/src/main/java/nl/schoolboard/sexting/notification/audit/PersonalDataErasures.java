package nl.schoolboard.sexting.notification.audit;

import nl.schoolboard.sexting.platform.identity.RequestActor;

/**
 * Records, for the audit trail, that the privacy officer erased personal data held here, <em>before</em> it is
 * erased: who, in which role, what, of which school and pupil, when. An erasure that cannot be recorded is not carried
 * out ({@link ErasureNotRecorded}, answered 503); erasing is idempotent, so the officer simply asks again.
 */
public interface PersonalDataErasures {

    /** The contact data of a pupil's guardians, in the directory and in what was sent to them. */
    String GUARDIAN_CONTACTS = "GUARDIAN_CONTACTS";

    /**
     * @param what    {@link #GUARDIAN_CONTACTS}
     * @param subject the pupil whose data is erased
     * @throws ErasureNotRecorded when the audit trail did not take it
     */
    void record(RequestActor officer, String schoolId, String what, String subject);
}
