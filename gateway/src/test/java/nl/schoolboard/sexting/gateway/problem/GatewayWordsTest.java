package nl.schoolboard.sexting.gateway.problem;

import nl.schoolboard.sexting.testsupport.CatalogueCoverage;

import java.util.List;

/** Every code the gateway answers with has a Dutch and an English text. */
class GatewayWordsTest extends CatalogueCoverage {

    static final List<String> CODES = List.of("request-too-large", "too-many-requests", "sign-in-missing",
            "sign-in-not-valid", "sign-in-does-not-allow", "service-unavailable", "service-failed", "service-timeout",
            "not-found", "method-not-allowed", "bad-request", "gateway-error", "gateway-error-retry",
            "service.case-service", "service.notification-service", "service.prevention-service", "service.any");
    static final List<String> TYPES = List.of("request-too-large", "too-many-requests", "unauthenticated", "forbidden",
            "service-unavailable", "service-failed", "not-found", "method-not-allowed", "service-timeout",
            "bad-request", "gateway-error");

    GatewayWordsTest() {
        super(CODES, TYPES);
    }
}
