package nl.schoolboard.sexting.prevention.calendarfeed;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The unguessable per-school tokens of the calendar feed. A token is {@value #TOKEN_BYTES} random bytes from
 * {@link SecureRandom}, URL-safe base64 without padding (43 characters). Only its SHA-256 hash is stored: a copy of
 * the database does not give anyone a working feed address. Rotating replaces the school's hash, so the old
 * address stops working at once; the new token is shown once, to whoever rotated it.
 */
@Component
class CalendarTokens {

    static final int TOKEN_BYTES = 32;
    /** What a token looks like; anything else is not looked up at all. */
    static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarTokens(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    record Issued(String token, Instant rotatedAt) {
    }

    /** Whose feed a token opens: a board's school. */
    record FeedOf(String boardId, String schoolId) {
    }

    /** A new token for the board's school; the one it had stops working. */
    Issued rotate(String boardId, String schoolId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        mongo.save(new CalendarTokenDocument(schoolId, boardId, hash(token), now));
        return new Issued(token, now);
    }

    /** The board's school whose current token this is. */
    Optional<FeedOf> feedOf(String token) {
        if (token == null || !FORM.matcher(token).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(where("tokenHash").is(hash(token))),
                CalendarTokenDocument.class)).map(found -> new FeedOf(found.boardId(), found.schoolId()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
