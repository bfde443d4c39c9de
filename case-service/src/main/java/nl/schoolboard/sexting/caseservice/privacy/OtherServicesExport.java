package nl.schoolboard.sexting.caseservice.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a subject access export that other services hold: the notification service keeps guardians' contact
 * data and what they were sent (the prevention service holds nothing about a pupil). Asked with the privacy
 * officer's own token, so that service checks them itself. An export that cannot be complete is not given.
 */
@Component
class OtherServicesExport {

    private final Optional<String> notificationService;
    private final RestClient http;

    /**
     * @param connectTimeout how long to wait for a connection to another service, and
     * @param readTimeout    for its answer: past either, the export is refused (503) instead of the officer's request
     *                       hanging on a service that does not answer
     */
    OtherServicesExport(@Value("${case.privacy.notification-service-url:}") String notificationService,
                        @Value("${case.privacy.export-connect-timeout:PT2S}") java.time.Duration connectTimeout,
                        @Value("${case.privacy.export-read-timeout:PT10S}") java.time.Duration readTimeout) {
        this.notificationService = Optional.of(notificationService).filter(url -> !url.isBlank());
        org.springframework.http.client.SimpleClientHttpRequestFactory timeouts =
                new org.springframework.http.client.SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(connectTimeout);
        timeouts.setReadTimeout(readTimeout);
        this.http = RestClient.builder().requestFactory(timeouts).build();
    }

    Map<String, Object> about(String schoolId, String personRef, HttpServletRequest request) {
        Map<String, Object> parts = new LinkedHashMap<>();
        notificationService.ifPresentOrElse(url -> {
            try {
                JsonNode part = http.get().uri(url + "/api/notifications/privacy/subjects/{school}/{ref}", schoolId, personRef)
                        .header(HttpHeaders.AUTHORIZATION, request.getHeader(HttpHeaders.AUTHORIZATION))
                        .retrieve().body(JsonNode.class);
                parts.put("notification-service", part);
            } catch (RestClientException e) {
                throw new ExportIncomplete("notification-service", e);
            }
        }, () -> parts.put("notification-service", "not configured (case.privacy.notification-service-url)"));
        parts.put("prevention-service", "holds no data about pupils: activities concern year groups and schools");
        return parts;
    }

    /** A part of the export could not be fetched; the export is refused rather than given incomplete. */
    static class ExportIncomplete extends RuntimeException {
        ExportIncomplete(String service, Throwable cause) {
            super("The export cannot be complete now: " + service + " did not answer. Try again in a moment.", cause);
        }
    }
}
