package nl.schoolboard.sexting.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The golden file of a {@link PreventionEvent} type, exactly as it goes on the wire, at
 * {@code golden/prevention-events/<type>.v<version>.json}: prevention-service's test maps an activity change and
 * must write it; readers read it. The same arrangement as {@link GoldenCaseEvents}.
 */
public final class GoldenPreventionEvents {

    private static final String FOLDER = "golden/prevention-events/";

    private GoldenPreventionEvents() {
    }

    /** Where the golden file of {@code type} at the current schema version is on the classpath. */
    public static String resource(String type) {
        return FOLDER + type + ".v" + PreventionEvent.SCHEMA_VERSION + ".json";
    }

    /** The golden file of {@code type}, as the bytes of a Kafka record value. */
    public static byte[] bytes(String type) {
        try (InputStream in = GoldenPreventionEvents.class.getClassLoader().getResourceAsStream(resource(type))) {
            if (in == null) {
                throw new IllegalStateException("no golden file for " + type + ": " + resource(type));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
