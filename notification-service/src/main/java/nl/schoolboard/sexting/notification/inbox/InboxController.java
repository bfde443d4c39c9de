package nl.schoolboard.sexting.notification.inbox;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A staff member's in-app inbox.
 *
 * <p><b>Identity seam.</b> Until the system knows who is calling (a later issue), the inbox's owner is the staff
 * reference in the path, and the board the optional {@value #BOARD_HEADER} header the gateway passes on. Once
 * identity exists, {@link #owner} takes both from the authenticated user instead, and the path parameter goes.
 */
@RestController
@RequestMapping("/api/notifications/inbox/{staffRef}")
class InboxController {

    static final String BOARD_HEADER = "X-Board-Id";

    private final InboxStore store;

    InboxController(InboxStore store) {
        this.store = store;
    }

    @Operation(summary = "A staff member's messages, unread first, newest first",
            description = "At most " + InboxStore.MAX_SHOWN + " messages. The staff reference in the path stands in "
                    + "for the logged-in user until identity exists.")
    @GetMapping
    List<InboxItemView> inbox(@PathVariable String staffRef,
                              @RequestHeader(name = BOARD_HEADER, required = false) String board) {
        Owner owner = owner(staffRef, board);
        return store.of(owner.staffRef(), owner.boardId()).stream().map(InboxItemView::of).toList();
    }

    @Operation(summary = "Mark a message read", description = "Reading it again keeps the first moment it was read.")
    @PostMapping("/{itemId}/read")
    InboxItemView markRead(@PathVariable String staffRef, @PathVariable String itemId,
                           @RequestHeader(name = BOARD_HEADER, required = false) String board) {
        Owner owner = owner(staffRef, board);
        return store.markRead(owner.staffRef(), itemId, owner.boardId()).map(InboxItemView::of)
                .orElseThrow(InboxItemNotFound::new);
    }

    /** Whose inbox this is: the one place to change when identity arrives. */
    private static Owner owner(String staffRef, String board) {
        return new Owner(staffRef, board == null || board.isBlank() ? null : board);
    }

    private record Owner(String staffRef, String boardId) {
    }
}
