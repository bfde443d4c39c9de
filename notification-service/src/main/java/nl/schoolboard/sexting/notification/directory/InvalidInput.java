package nl.schoolboard.sexting.notification.directory;

import java.util.Map;

/** Input that cannot be saved: per field, why as a code of the service's catalogue. Nothing was saved. */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldCodes;

    public InvalidInput(Map<String, String> fieldCodes) {
        super("invalid fields: " + fieldCodes);
        this.fieldCodes = Map.copyOf(fieldCodes);
    }

    /** field → code */
    public Map<String, String> fieldCodes() {
        return fieldCodes;
    }
}
