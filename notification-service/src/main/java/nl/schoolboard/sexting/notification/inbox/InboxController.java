package nl.schoolboard.sexting.notification.inbox;

import io.swagger.v3.oas.annotations.Operation;
import nl.schoolboard.sexting.notification.access.AccessRule;
import nl.schoolboard.sexting.notification.access.Guarded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The caller's own in-app inbox: the owner is the token's user ({@code sub}, the id a briefing names a staff member
 * by) within the token's board; nobody reads or marks anyone else's. The paths with a staff reference are kept for
 * clients that name the owner; they answer only when it is the caller ({@code sub}), and 404 otherwise
 * ({@link AccessRule#OWN_INBOX_NAMED}, decided before the handler runs).
 */
@RestController
@RequestMapping("/api/notifications/inbox")
record InboxController(InboxStore store) {

    @Operation(summary = "Your messages, unread first, newest first",
            description = "At most " + InboxStore.MAX_SHOWN + " messages, of your school board.")
    @Guarded(AccessRule.OWN_INBOX)
    @GetMapping
    List<InboxItemView> inbox(RequestActor caller) {
        return store.of(caller.userId(), caller.boardId()).stream().map(InboxItemView::of).toList();
    }

    @Operation(summary = "Mark one of your messages read",
            description = "Reading it again keeps the first moment it was read. 404 for a message that is not yours.")
    @Guarded(AccessRule.OWN_INBOX)
    @PostMapping("/{itemId}/read")
    InboxItemView markRead(@PathVariable String itemId, RequestActor caller) {
        return store.markRead(caller.userId(), itemId, caller.boardId()).map(InboxItemView::of)
                .orElseThrow(InboxItemNotFound::new);
    }

    @Operation(summary = "Your messages, with your own user id in the path",
            description = "The same as GET /api/notifications/inbox; 404 when the id is not yours.")
    @Guarded(AccessRule.OWN_INBOX_NAMED)
    @GetMapping("/{staffRef}")
    List<InboxItemView> inboxOf(@PathVariable String staffRef, RequestActor caller) {
        return inbox(caller);
    }

    @Operation(summary = "Mark one of your messages read, with your own user id in the path",
            description = "The same as POST /api/notifications/inbox/{itemId}/read; 404 when the id is not yours.")
    @Guarded(AccessRule.OWN_INBOX_NAMED)
    @PostMapping("/{staffRef}/{itemId}/read")
    InboxItemView markReadOf(@PathVariable String staffRef, @PathVariable String itemId, RequestActor caller) {
        return markRead(itemId, caller);
    }
}
