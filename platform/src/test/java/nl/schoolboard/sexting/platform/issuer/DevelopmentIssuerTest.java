package nl.schoolboard.sexting.platform.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevelopmentIssuerTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9000", "http://LOCALHOST:19000/", "http://issuer.localhost",
            "http://127.0.0.1:9000", "http://127.1.2.3", "http://[::1]:9000", "http://0.0.0.0:9000",
            "http://dev-issuer:9000/oauth2/jwks", " http://localhost:9000 "})
    void recognizes_the_development_issuer_by_its_address(String address) {
        assertThat(DevelopmentIssuer.isAt(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://login.board.example/realms/board", "https://login.board.example/oauth2/jwks",
            "https://localhost.board.example", "https://dev-issuer.board.example", "http://10.0.0.5:9000",
            "https://128.0.0.1", "not a uri", ""})
    void takes_any_other_address_for_a_real_provider(String address) {
        assertThat(DevelopmentIssuer.isAt(address)).isFalse();
    }
}
