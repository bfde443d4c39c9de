package nl.schoolboard.sexting.gateway.problem;

import nl.schoolboard.sexting.platform.words.Catalogue;
import nl.schoolboard.sexting.platform.words.WordsConfiguration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code the gateway answers with has a Dutch and an English text. */
class GatewayWordsTest {

    static final List<String> CODES = List.of("request-too-large", "too-many-requests", "sign-in-missing",
            "sign-in-not-valid", "sign-in-does-not-allow", "service-unavailable", "service-failed", "service-timeout",
            "not-found", "method-not-allowed", "bad-request", "gateway-error", "gateway-error-retry",
            "service.case-service", "service.notification-service", "service.prevention-service", "service.any");
    static final List<String> TYPES = List.of("request-too-large", "too-many-requests", "unauthenticated", "forbidden",
            "service-unavailable", "service-failed", "not-found", "method-not-allowed", "service-timeout",
            "bad-request", "gateway-error");

    private final Catalogue catalogue = new Catalogue(WordsConfiguration.catalogueSource());

    @Test
    void every_code_the_gateway_answers_with_has_a_dutch_and_an_english_text() {
        List<String> codes = new ArrayList<>(CODES);
        TYPES.forEach(type -> codes.add("title." + type));

        assertThat(catalogue.missing(codes)).isEmpty();
    }

    @Test
    void the_dutch_and_the_english_catalogue_hold_the_same_codes() {
        assertThat(Catalogue.codesOf("nl")).isEqualTo(Catalogue.codesOf("en"));
    }

}
