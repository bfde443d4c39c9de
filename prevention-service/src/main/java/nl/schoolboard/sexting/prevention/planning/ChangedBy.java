package nl.schoolboard.sexting.prevention.planning;

import java.util.Objects;

/**
 * Who made a change to an activity: the signed-in user's pseudonymous id (the token's {@code sub}) and the role they
 * acted in, or {@link #SYSTEM} for what the service planned by itself. Never a name.
 */
public record ChangedBy(String id, String role) {

    /** What prevention-service did on its own: planning after a case event, the yearly action, bringing forward. */
    public static final ChangedBy SYSTEM = new ChangedBy("prevention-service", "SYSTEM");

    public ChangedBy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
