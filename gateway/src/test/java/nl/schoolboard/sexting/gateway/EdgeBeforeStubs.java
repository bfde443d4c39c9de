package nl.schoolboard.sexting.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a random port in front of stubs: every service route leads to one stub that records what reaches
 * it, and the issuer's keys come from another. The stubs live as long as the test JVM, so test classes with the same
 * settings share one application context; each test starts with a stub that has forgotten earlier requests.
 * Tracing is on, as in production: the id in a refusal is the request's trace id.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EdgeBeforeStubs {

    static final StubService services;
    static final StubService issuer;

    static {
        try {
            services = StubService.start("service");
            issuer = StubService.issuer();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the stubs behind the gateway", e);
        }
    }

    @LocalServerPort
    int port;

    EdgeHttp edge;

    @DynamicPropertySource
    static void everyServiceBehindOneStub(DynamicPropertyRegistry registry) {
        services.standInForEveryService(registry);
        issuer.registerAsIssuer(registry);
    }

    @BeforeEach
    void forget() {
        edge = new EdgeHttp(port);
        services.forget();
    }
}
