package nl.schoolboard.sexting.gateway.apidocs;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The OpenAPI documents of the services, reachable through the gateway without a token. Each service serves its own
 * under its API's path prefix ({@code springdoc.api-docs.path}), so the ordinary route of that service carries it and
 * nothing is rewritten; the paths inside a document are the paths to call through the gateway.
 */
public enum ApiDocument {

    /** Includes case-service's audit API ({@code /api/audit/**}), which has no document of its own. */
    CASES("case-service", "/api/cases/v3/api-docs"),
    NOTIFICATIONS("notification-service", "/api/notifications/v3/api-docs"),
    PREVENTION("prevention-service", "/api/prevention/v3/api-docs");

    /** The gateway's own index of the documents above. */
    public static final String INDEX_PATH = "/api/docs";

    private final String service;
    private final String path;

    ApiDocument(String service, String path) {
        this.service = service;
        this.path = path;
    }

    public String service() {
        return service;
    }

    public String path() {
        return path;
    }

    /** Path patterns open without a token (for GET): each document, its variants below it, and the index. */
    public static String[] openPaths() {
        return Stream.concat(
                        Arrays.stream(values()).flatMap(document -> Stream.of(document.path, document.path + "/**")),
                        Stream.of(INDEX_PATH))
                .toArray(String[]::new);
    }
}
