package nl.schoolboard.sexting.notification.recipients;

import nl.schoolboard.sexting.notification.NotificationProperties;
import org.springframework.stereotype.Component;

import java.util.List;

/** One care-staff address for every school, from {@code notification.care-staff-address}. */
@Component
class ConfiguredContactDirectory implements ContactDirectory {

    private final Recipient careStaff;

    ConfiguredContactDirectory(NotificationProperties properties) {
        this.careStaff = new Recipient(RecipientKind.CARE_STAFF, properties.careStaffAddress());
    }

    @Override
    public List<Recipient> careStaff(String boardId, String schoolId) {
        return List.of(careStaff);
    }
}
