package nl.schoolboard.sexting.gateway.edge;

import org.springframework.util.unit.DataSize;

/** A request body above {@link EdgeProperties#maxRequestBody()}. */
public class RequestTooLarge extends RuntimeException {

    private final DataSize limit;

    public RequestTooLarge(DataSize limit) {
        super("request body larger than " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }
}
