package nl.schoolboard.sexting.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CorsPropertiesTest {

    @Test
    void takes_one_origin_with_or_without_trailing_slash() {
        assertThat(new CorsProperties("https://desk.example.nl").allowedOrigin()).isEqualTo("https://desk.example.nl");
        assertThat(new CorsProperties("http://localhost:8080/").allowedOrigin()).isEqualTo("http://localhost:8080");
    }

    @Test
    void refuses_anything_that_is_not_exactly_one_web_origin() {
        for (String notAnOrigin : new String[] {"*", "", " ", "localhost:8080", "ftp://desk.example.nl",
                "https://desk.example.nl/app", "https://desk.example.nl?x=1", "https://user@desk.example.nl",
                "https://a.example.nl,https://b.example.nl"}) {
            assertThatIllegalArgumentException().as(notAnOrigin)
                    .isThrownBy(() -> new CorsProperties(notAnOrigin))
                    .withMessageContaining("gateway.cors.allowed-origin");
        }
    }
}
