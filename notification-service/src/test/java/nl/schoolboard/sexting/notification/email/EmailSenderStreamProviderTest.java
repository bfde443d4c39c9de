package nl.schoolboard.sexting.notification.email;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream provider {@link EmailSender} names is the one Jakarta Mail then uses: a name that does not load would
 * send Jakarta Mail back to its {@code ServiceLoader} on every header it encodes.
 */
class EmailSenderStreamProviderTest {

    @Test
    void jakarta_mail_finds_its_stream_provider_by_the_name_the_sender_gives() throws Exception {
        // as when Spring creates the sender
        MethodHandles.lookup().ensureInitialized(EmailSender.class);
        String named = EmailSender.STREAM_PROVIDER;

        assertThat(System.getProperty(named)).isNotBlank();
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(System.getProperty(named));
    }
}
