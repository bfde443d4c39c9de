package nl.schoolboard.sexting.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The golden file of each published type: one whole {@link CaseEvent}, envelope and payload, exactly as it goes on
 * the wire, at {@code golden/case-events/<type>.v<version>.json}. The producer's test maps a domain event and must
 * write this file; each consumer's test reads it through its own deserialization path. Both sides reading the same
 * file is what keeps a change on one side from going unnoticed on the other.
 *
 * <p>The files ship in the main jar of the contract rather than in a test jar: they are examples of the published
 * language, as much a part of it as the payload records, and every module's tests can read them from the classpath
 * without depending on a packaged test artifact.</p>
 */
public final class GoldenCaseEvents {

    private static final String FOLDER = "golden/case-events/";

    private GoldenCaseEvents() {
    }

    /** Where the golden file of {@code type} is on the classpath. */
    public static String resource(CaseEventType type) {
        return FOLDER + type.typeName() + ".v" + type.schemaVersion() + ".json";
    }

    /** The golden file of {@code type}, as the bytes of a Kafka record value. */
    public static byte[] bytes(CaseEventType type) {
        try (InputStream in = GoldenCaseEvents.class.getClassLoader().getResourceAsStream(resource(type))) {
            if (in == null) {
                throw new IllegalStateException("no golden file for " + type.typeName() + ": " + resource(type));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
