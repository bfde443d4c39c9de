package nl.schoolboard.sexting.gateway.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedTokenRedactionTest {

    private static final String TOKEN = "OOPzYjgyfyVYdN1w-5da4r4j5gL0w5bd7KWNDL4Tduc";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/prevention/calendar/" + TOKEN + ".ics | /api/prevention/calendar/***",
            "/api/prevention/calendar/" + TOKEN + " | /api/prevention/calendar/***",
            "/api/prevention/calendar/" + TOKEN + "/more.ics | /api/prevention/calendar/***/more.ics",
            "/api/prevention/calendar/" + TOKEN + ".ics?x=1 | /api/prevention/calendar/***?x=1",
            "//api//prevention/calendar//" + TOKEN + ".ics | //api//prevention/calendar//***",
            "/API/Prevention/Calendar/" + TOKEN + ".ics | /API/Prevention/Calendar/***",
            "GET /api/prevention/calendar/" + TOKEN + ".ics -> prevention-service 200"
                    + " | GET /api/prevention/calendar/*** -> prevention-service 200",
            "No static resource 'http://localhost/api/prevention/calendar/" + TOKEN + ".ics'."
                    + " | No static resource 'http://localhost/api/prevention/calendar/***'."})
    void replaces_the_token_segment_wherever_a_feed_address_appears(String text, String redacted) {
        assertThat(FeedTokenRedaction.redact(text)).isEqualTo(redacted).doesNotContain(TOKEN);
    }

    @Test
    void leaves_other_paths_alone() {
        for (String path : new String[] {"/api/prevention/schools/7/plan", "/api/prevention/calendar/",
                "/api/cases/42/timeline", "/calendar/abc.ics"}) {
            assertThat(FeedTokenRedaction.redact(path)).isEqualTo(path);
        }
        assertThat(FeedTokenRedaction.redact(null)).isNull();
    }
}
