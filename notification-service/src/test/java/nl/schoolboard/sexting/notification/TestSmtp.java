package nl.schoolboard.sexting.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * GreenMail as the service's SMTP server, on one port chosen once per test JVM: every test class that registers
 * {@link #server()} gets a fresh server there, and every cached Spring context keeps pointing at the right place.
 */
final class TestSmtp {

    static final int PORT = FreePorts.free();

    private TestSmtp() {
    }

    /** For a static {@code @RegisterExtension} field: started before the class's first test, stopped after its last. */
    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    static void pointTheServiceAtIt(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }
}
