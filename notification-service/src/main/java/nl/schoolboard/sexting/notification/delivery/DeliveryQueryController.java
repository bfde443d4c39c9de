package nl.schoolboard.sexting.notification.delivery;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/notifications")
class DeliveryQueryController {

    private final Deliveries deliveries;

    DeliveryQueryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(summary = "What each recipient was told about a case, how, and when",
            description = "Oldest first; one entry per recipient, channel and case event (plus one per digest). "
                    + "A recipient is shown by role and reference (staff reference, or 'guardians of' a pupil "
                    + "reference), never by address; the text is never shown. A case that nobody has been told "
                    + "about yet gives an empty list: deliveries follow the case events a little later, and not "
                    + "every event leads to a notification.")
    @GetMapping("/cases/{caseId}")
    List<DeliveryView> forCase(@PathVariable String caseId) {
        return deliveries.forCase(caseId).stream().map(DeliveryView::of).toList();
    }
}
