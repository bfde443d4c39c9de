package nl.schoolboard.sexting.notification.access;

import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.platform.security.access.Reach;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Whether a caller reaches what the path names (see {@link AccessRule}), from their token only, asked by platform's
 * access guard before the body is read. A school's contact directory:
 * <ul>
 *   <li>the board in the path must be the caller's own; another board's school does not exist for them (404);</li>
 *   <li>the team list: the school leader and the care coordinator of that school (its id in their {@code schools}),
 *       and the board administrator for every school of the board;</li>
 *   <li>the guardians (contact data of parents): the school leader and the care coordinator of that school only;
 *       not the board administrator, not the auditor (who has the subject access export), not the team;</li>
 *   <li>a school role at another school of the board: 404, as if the school were not there; any other role: 403.</li>
 * </ul>
 * An inbox named in the path is the caller's own, or does not exist for them (404).
 */
@Component
class NotificationReach implements Reach<AccessRule> {

    private static final String NO_SUCH_SCHOOL = "There is no such school for your school board.";

    @Override
    public void check(AccessRule rule, RequestActor caller, Map<String, String> path) {
        switch (rule.target()) {
            case TEAM_LIST -> teamList(caller, path.get("boardId"), path.get("schoolId"));
            case GUARDIANS -> guardians(caller, path.get("boardId"), path.get("schoolId"));
            case INBOX_OWNER -> {
                if (!caller.userId().equals(path.get("staffRef"))) {
                    throw new OutOfReach(OutOfReach.Kind.INBOX,
                            "There is no such inbox for you: you can only read your own.");
                }
            }
            case NONE -> { }
        }
    }

    private static void teamList(RequestActor caller, String boardId, String schoolId) {
        ownBoard(caller, boardId);
        if (caller.actsAs(StaffRole.BOARD_ADMINISTRATOR)) {
            return;
        }
        ownSchool(caller, schoolId, "The school's team list is kept by its school leader and care coordinator, "
                + "and by the board's administrator.");
    }

    private static void guardians(RequestActor caller, String boardId, String schoolId) {
        ownBoard(caller, boardId);
        ownSchool(caller, schoolId, "The contact details of parents and guardians are for the school's leader and "
                + "care coordinator only.");
    }

    private static void ownBoard(RequestActor caller, String boardId) {
        if (!caller.of(boardId)) {
            throw new OutOfReach(OutOfReach.Kind.SCHOOL_DIRECTORY, NO_SUCH_SCHOOL);
        }
    }

    private static void ownSchool(RequestActor caller, String schoolId, String whoMay) {
        if (!caller.actsAs(StaffRole.SCHOOL_LEADER, StaffRole.CARE_COORDINATOR)) {
            throw new NotAllowedForRole(whoMay);
        }
        if (!caller.worksAt(schoolId)) {
            throw new OutOfReach(OutOfReach.Kind.SCHOOL_DIRECTORY, NO_SUCH_SCHOOL);
        }
    }
}
