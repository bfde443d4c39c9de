package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.Region;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A school as prevention planning knows it: its board and holiday region. No personal data.
 *
 * @param name                 optional display name
 * @param regionAssumed        true while nobody told us the region: planning used {@link Region#ASSUMED}
 * @param policyLastReviewedOn when the school last reviewed its social-media policy outside this service, if known
 */
public record School(String schoolId, String boardId, String name, Region region, boolean regionAssumed,
                     LocalDate policyLastReviewedOn) {

    public School {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(region, "region");
    }

    /** A school only seen in a case event: its region is assumed. */
    public static School unregistered(String schoolId, String boardId) {
        return new School(schoolId, boardId, null, Region.ASSUMED, true, null);
    }
}
