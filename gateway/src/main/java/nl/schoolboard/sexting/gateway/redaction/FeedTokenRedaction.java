package nl.schoolboard.sexting.gateway.redaction;

import java.util.regex.Pattern;

/**
 * Takes calendar feed tokens out of text before it is logged. A school's feed address,
 * {@code /api/prevention/calendar/{token}.ics}, is its only credential: calendar programs cannot send a token, so
 * whoever has the address reads the school's prevention calendar. prevention-service stores only the token's hash; a
 * log line with the address would undo that. Every path segment after {@code /api/prevention/calendar/} becomes
 * {@value #REDACTED}, also when the address is malformed (no {@code .ics}, another method, doubled slashes,
 * other letter case): a refused request can still carry a valid token.
 */
public final class FeedTokenRedaction {

    public static final String REDACTED = "***";

    private static final Pattern FEED_TOKEN = Pattern.compile(
            "(/+api/+prevention/+calendar/+)[^/?#\\s\"']+", Pattern.CASE_INSENSITIVE);

    private FeedTokenRedaction() {
    }

    /** {@code text} with every feed token replaced by {@value #REDACTED}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        return text == null ? null : FEED_TOKEN.matcher(text).replaceAll("$1" + REDACTED);
    }
}
