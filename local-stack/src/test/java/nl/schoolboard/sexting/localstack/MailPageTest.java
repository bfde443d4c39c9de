package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MailPageTest {

    @Test
    void escapes_everything_that_comes_from_a_mail() {
        ReceivedMail hostile = new ReceivedMail("\"Evil\" <evil@example.nl>", List.of("<ouder@example.nl>"),
                "<img src=x onerror=alert(1)>", "Tom & Jerry's \"plan\" </pre><script>x()</script>",
                Instant.parse("2025-03-01T10:15:30Z"), Path.of("20250301T101530.000Z-0123456789abcdef.eml"));

        String page = MailPage.page(List.of(hostile));

        assertThat(page)
                .doesNotContain("<img", "<script>", "</pre><script>", "<ouder@")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("Tom &amp; Jerry&#39;s &quot;plan&quot; &lt;/pre&gt;&lt;script&gt;x()&lt;/script&gt;")
                .contains("&lt;ouder@example.nl&gt;")
                .contains("&quot;Evil&quot; &lt;evil@example.nl&gt;")
                .contains("href=\"/messages/20250301T101530.000Z-0123456789abcdef.eml\"");
    }

    @Test
    void lists_the_newest_mail_first() {
        ReceivedMail older = mail("Eerste melding", "2025-03-01T10:00:00Z", "20250301T100000.000Z-aaaaaaaaaaaaaaaa.eml");
        ReceivedMail newer = mail("Tweede melding", "2025-03-02T10:00:00Z", "20250302T100000.000Z-bbbbbbbbbbbbbbbb.eml");

        String page = MailPage.page(List.of(older, newer));

        assertThat(page).contains("2 messages");
        assertThat(page.indexOf("Tweede melding")).isLessThan(page.indexOf("Eerste melding"));
    }

    private static ReceivedMail mail(String subject, String date, String file) {
        return new ReceivedMail("a@example.nl", List.of("b@example.nl"), subject, "tekst", Instant.parse(date),
                Path.of(file));
    }
}
