package nl.schoolboard.sexting.caseservice.support;

/** Bodies of {@code POST /api/cases} as the web UI sends them. */
public final class Reports {

    /** A minor's nude on Snapchat that the victim told staff of: the victim and the sender, in year group 3. */
    public static final String A_NUDE_ON_SNAPCHAT = """
            {"schoolId":"school-1","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"VICTIM_TOLD_STAFF",
             "materialKind":"PHOTO","platforms":["SNAPCHAT"],"minorNudeInvolved":true,
             "involvedPupils":[{"pupilRef":"P-1001","role":"VICTIM"},{"pupilRef":"P-1002","role":"SENDER"}],
             "yearGroups":["3"]}""";

    private Reports() {
    }
}
