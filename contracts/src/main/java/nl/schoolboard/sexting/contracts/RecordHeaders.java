package nl.schoolboard.sexting.contracts;

/** Kafka record header names; the same facts are in the event body, headers let tools and logs read them cheaply. */
public final class RecordHeaders {

    public static final String CORRELATION_ID = "correlation-id";
    public static final String EVENT_ID = "event-id";
    public static final String EVENT_TYPE = "event-type";
    public static final String SCHEMA_VERSION = "schema-version";

    private RecordHeaders() {
    }
}
