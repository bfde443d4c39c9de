package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.NotificationProperties.FallbackMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * Each board's fallback mailbox: where a new incident goes when the school lists no school leader or care
 * coordinator. A case link carries a board's case to a mailbox, so a board gets its own mailbox or none, never
 * another board's.
 *
 * <p>Under the {@value #PRODUCTION} profile the service does not start with a mailbox for every board
 * ({@code notification.fallback-mailbox.default}), nor without the boards' mailboxes unless
 * {@code notification.fallback-mailbox.required=false} says that going without is meant. Which boards have schools is
 * data (the contact directory), not known at start; a board left out is found when one of its cases has nobody to
 * tell, and that is recorded as a failed delivery with an alarm in the log.
 */
@Component
public class FallbackMailboxes {

    static final String PRODUCTION = "prod";

    private final Map<String, String> boards;
    private final String anyBoard;

    @Autowired
    FallbackMailboxes(NotificationProperties properties, Environment environment) {
        this(properties.fallbackMailbox(), environment.acceptsProfiles(Profiles.of(PRODUCTION)));
    }

    FallbackMailboxes(FallbackMailbox settings, boolean production) {
        if (production && settings.anyBoard() != null) {
            throw new IllegalStateException("notification.fallback-mailbox.default is for the local stack and tests: "
                    + "in production each board's case links go to its own mailbox only; give "
                    + "notification.fallback-mailbox.boards.<board id> instead");
        }
        if (production && settings.required() && settings.boards().isEmpty()) {
            throw new IllegalStateException("no fallback mailbox for any board: give "
                    + "notification.fallback-mailbox.boards.<board id> for each board, or set "
                    + "notification.fallback-mailbox.required=false to record incidents at schools that list nobody "
                    + "to alert as failed deliveries (NO_RECIPIENT) instead");
        }
        this.boards = settings.boards();
        this.anyBoard = settings.anyBoard();
    }

    /** The same address for every board: for tests. */
    static FallbackMailboxes forEveryBoard(String address) {
        return new FallbackMailboxes(new FallbackMailbox(Map.of(), address, true), false);
    }

    /** Only the given boards have one: for tests. */
    static FallbackMailboxes forBoards(Map<String, String> boards) {
        return new FallbackMailboxes(new FallbackMailbox(boards, null, true), false);
    }

    /** The board's own fallback mailbox, or (local stack, tests) the one for every board; empty if it has none. */
    Optional<String> of(String boardId) {
        return Optional.ofNullable(boards.getOrDefault(boardId, anyBoard));
    }
}
