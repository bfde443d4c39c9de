package nl.schoolboard.sexting.prevention.access;

import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityStore;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import nl.schoolboard.sexting.prevention.planning.School;
import nl.schoolboard.sexting.prevention.planning.SchoolDirectory;
import nl.schoolboard.sexting.prevention.planning.SchoolOfAnotherBoard;
import nl.schoolboard.sexting.prevention.planning.UnknownActivity;
import nl.schoolboard.sexting.platform.security.access.Reach;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Whether a caller reaches the school, activity or board in the path (see {@link AccessRule}), asked by platform's
 * access guard before the body is read. Every refusal looks the same as "there is no such thing": {@link OutOfReach}
 * for schools and boards, {@link UnknownActivity} for activities.
 */
@Component
record PlanningReach(SchoolDirectory schools, ActivityStore activities) implements Reach<AccessRule> {

    @Override
    public void check(AccessRule rule, RequestActor caller, Map<String, String> path) {
        switch (rule.target()) {
            case SCHOOL -> school(caller, path.get("schoolId"));
            case SCHOOL_TO_REGISTER -> schoolToRegister(caller, path.get("schoolId"));
            case ACTIVITY -> activity(caller, path.get("id"));
            case BOARD -> board(caller, path.get("boardId"));
            case NONE -> { }
        }
    }

    /**
     * School staff reach the schools of their {@code schools} claim that the registry does not put under another
     * board; board-wide roles reach the schools the registry puts under their board.
     */
    void school(RequestActor actor, String schoolId) {
        String board = registeredBoard(schoolId);
        boolean reached = board == null
                ? actor.role().worksAtSchools() && actor.worksAt(schoolId)
                : board.equals(actor.boardId()) && (!actor.role().worksAtSchools() || actor.worksAt(schoolId));
        if (!reached) {
            throw new OutOfReach(OutOfReach.Kind.SCHOOL, schoolId);
        }
    }

    /**
     * A school id that is free, the caller's board's, or stored without a board may be registered. One another board
     * holds is refused as taken (409, {@link SchoolOfAnotherBoard}) rather than as not found: a board administrator
     * registering their own school needs to know the id is taken to get it settled, and the answer names no board.
     * Two boards registering a free id at once are settled by the directory's single write: the second is refused
     * the same way.
     */
    void schoolToRegister(RequestActor actor, String schoolId) {
        String board = registeredBoard(schoolId);
        if (board != null && !board.equals(actor.boardId())) {
            throw new SchoolOfAnotherBoard(schoolId);
        }
    }

    /** An activity of the caller's board, at a school they reach. */
    void activity(RequestActor actor, String id) {
        if (id == null || id.isBlank()) {
            throw new OutOfReach(OutOfReach.Kind.ACTIVITY, id);
        }
        ActivityId activityId = ActivityId.of(id);
        PreventionActivity activity = activities.find(activityId).orElseThrow(() -> new UnknownActivity(activityId));
        if (activity.boardId() != null && !activity.boardId().equals(actor.boardId())) {
            throw new UnknownActivity(activityId);
        }
        try {
            school(actor, activity.schoolId());
        } catch (OutOfReach notTheirs) {
            throw new UnknownActivity(activityId);
        }
    }

    void board(RequestActor actor, String boardId) {
        if (!actor.boardId().equals(boardId)) {
            throw new OutOfReach(OutOfReach.Kind.BOARD, boardId);
        }
    }

    private String registeredBoard(String schoolId) {
        return schools.find(schoolId).map(School::boardId).filter(board -> !board.isBlank()).orElse(null);
    }
}
