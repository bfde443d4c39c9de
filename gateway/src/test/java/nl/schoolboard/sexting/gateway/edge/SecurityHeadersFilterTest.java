package nl.schoolboard.sexting.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void lets_pages_connect_to_the_issuers_origin_whatever_path_the_issuer_has() {
        assertThat(SecurityHeadersFilter.contentSecurityPolicy("https://login.board.example/realms/board/"))
                .isEqualTo("default-src 'self'; connect-src 'self' https://login.board.example; frame-ancestors"
                        + " 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
        assertThat(SecurityHeadersFilter.contentSecurityPolicy("http://localhost:9000"))
                .contains("connect-src 'self' http://localhost:9000;");
    }

    @Test
    void an_origin_is_scheme_host_and_port_only() {
        assertThat(SecurityHeadersFilter.originOf("HTTPS://Login.Example:8443/x?y=z")).isEqualTo("https://login.example:8443");
        assertThat(SecurityHeadersFilter.originOf(" http://127.0.0.1:39123 ")).isEqualTo("http://127.0.0.1:39123");
    }

    @Test
    void without_an_issuer_pages_connect_to_the_gateway_only() {
        assertThat(SecurityHeadersFilter.contentSecurityPolicy(null)).contains("connect-src 'self';");
    }

    @Test
    void refuses_an_issuer_that_is_no_web_address() {
        assertThatThrownBy(() -> SecurityHeadersFilter.originOf("ftp://issuer.example"))
                .hasMessageContaining("issuer-uri");
        assertThatThrownBy(() -> SecurityHeadersFilter.originOf("issuer.example"))
                .hasMessageContaining("issuer-uri");
    }
}
