package nl.schoolboard.sexting.notification.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.schoolboard.sexting.notification.recipients.SchoolContact;

/** A school's contact for parents as the API takes it; the reply address is the school's own mailbox. */
record SchoolContactInput(
        @NotBlank(message = "Give the school's name as parents know it.")
        @Size(max = 120, message = "Keep the school's name to 120 characters.")
        String schoolName,
        @NotBlank(message = "Give the school's own mailbox, where parents' replies go.")
        @EmailAddress
        String replyTo,
        @Size(max = 40, message = "Keep the telephone number to 40 characters.")
        String phone,
        @Size(max = 200, message = "Keep the address to 200 characters.")
        String address) {

    SchoolContact toContact() {
        return new SchoolContact(schoolName.strip(), replyTo.strip(), blankIsNull(phone), blankIsNull(address));
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
