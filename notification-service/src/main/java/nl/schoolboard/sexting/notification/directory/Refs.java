package nl.schoolboard.sexting.notification.directory;

import java.util.regex.Pattern;

/** Shapes of the identifiers in the directory's paths and files (and the privacy requests about its pupils). */
public final class Refs {

    /** A staff or pupil reference: the shape the case service accepts (letters, digits, dashes), never a name. */
    static final String PERSON_REF = "[A-Za-z0-9-]{1,40}";
    public static final String PERSON_REF_MALFORMED = "person-ref-malformed";

    /** A board or school id. */
    static final String ORGANISATION_ID = "[A-Za-z0-9._-]{1,64}";

    static final String LANGUAGE = "(?i)(nl|en)?";


    static final String ROLE = "(?i)(SCHOOL_LEADER|CARE_COORDINATOR|CONFIDENTIAL_COUNSELLOR|TEAM_MEMBER)";


    private static final Pattern PERSON = Pattern.compile(PERSON_REF);
    private static final Pattern ORGANISATION = Pattern.compile(ORGANISATION_ID);

    private Refs() {
    }

    public static boolean isPersonRef(String value) {
        return value != null && PERSON.matcher(value).matches();
    }

    public static boolean isOrganisationId(String value) {
        return value != null && ORGANISATION.matcher(value).matches();
    }
}
