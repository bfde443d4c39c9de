package nl.schoolboard.sexting.notification.directory;

import java.util.Map;

/** Nobody is listed under this reference for the school (404): why, as a code of the service's catalogue. */
public class NotInDirectory extends RuntimeException {

    private final String code;
    private final Map<String, ?> params;

    public NotInDirectory(String code, Map<String, ?> params) {
        super(code + " " + params);
        this.code = code;
        this.params = Map.copyOf(params);
    }

    public String code() {
        return code;
    }

    public Map<String, ?> params() {
        return params;
    }
}
