package nl.schoolboard.sexting.notification.directory;

import nl.schoolboard.sexting.platform.problem.CodedException;

import java.util.Map;

/** Nobody is listed under this reference for the school (404): why, as a code of the service's catalogue. */
public class NotInDirectory extends CodedException {

    public NotInDirectory(String code, Map<String, ?> params) {
        super(code + " " + params, code, params);
    }
}
