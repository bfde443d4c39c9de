package nl.schoolboard.sexting.notification.audit;

import nl.schoolboard.sexting.platform.identity.RequestActor;

/**
 * Records, for the audit trail, that someone read personal data held here, <em>before</em> they get it: who, in
 * which role, what, of which school and pupil, when. A read that cannot be recorded is not served
 * ({@link ReadNotRecorded}, answered 503).
 */
public interface PersonalDataReads {

    /** The contact data of guardians from the directory. */
    String GUARDIAN_CONTACTS = "GUARDIAN_CONTACTS";

    /** Everything this service holds about one pupil, for a subject access request. */
    String SUBJECT_ACCESS_EXPORT = "SUBJECT_ACCESS_EXPORT";

    /**
     * @param what    {@link #GUARDIAN_CONTACTS} or {@link #SUBJECT_ACCESS_EXPORT}
     * @param subject the pupil read about, or {@code null} when the read covers every pupil of the school
     * @throws ReadNotRecorded when the audit trail did not take it
     */
    void record(RequestActor reader, String schoolId, String what, String subject);
}
