package nl.schoolboard.sexting.notification.delivery;

import io.swagger.v3.oas.annotations.Operation;
import nl.schoolboard.sexting.notification.access.AccessRule;
import nl.schoolboard.sexting.notification.access.Guarded;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What each recipient was told about a case. For the school leader, the care coordinator and the confidential
 * counsellor of the case's school (deliveries carry the school), and for the auditor of the case's board; other roles
 * are refused (403, {@link AccessRule#READ_DELIVERIES}), and a case of another school or board is not found (404),
 * like a case nobody was told about: the deliveries shown are those of the caller's board and schools.
 */
@RestController
@RequestMapping("/api/notifications")
record DeliveryQueryController(Deliveries deliveries) {

    @Operation(summary = "What each recipient was told about a case, how, and when",
            description = "Oldest first; one entry per recipient, channel and case event (plus one per digest). "
                    + "A recipient is shown by role and reference (staff reference, or 'guardians of' a pupil "
                    + "reference), never by address; the text is never shown. For the school leader, care "
                    + "coordinator and confidential counsellor of the case's school and the board's auditor. 404 "
                    + "while nobody has been told anything (deliveries follow the case events a little later, and "
                    + "not every event leads to a notification), and for a case of another school or board.")
    @Guarded(AccessRule.READ_DELIVERIES)
    @GetMapping("/cases/{caseId}")
    List<DeliveryView> forCase(@PathVariable String caseId, RequestActor caller) {
        List<DeliveryView> visible = deliveries.forCase(caseId).stream()
                .filter(delivery -> caller.of(delivery.boardId()))
                .filter(delivery -> caller.actsAs(StaffRole.AUDITOR) || caller.worksAt(delivery.schoolId()))
                .map(DeliveryView::of)
                .toList();
        if (visible.isEmpty()) {
            throw new NoDeliveriesToShow(caseId);
        }
        return visible;
    }
}
