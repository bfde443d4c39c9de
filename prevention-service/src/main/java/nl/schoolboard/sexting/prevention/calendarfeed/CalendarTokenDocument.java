package nl.schoolboard.sexting.prevention.calendarfeed;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A school's current feed token, stored only as its SHA-256 hash; one per school, so rotating replaces it. The feed
 * shows the activities of {@code boardId} at the school, never another board's.
 */
@Document("prevention_calendar_tokens")
record CalendarTokenDocument(@Id String schoolId, String boardId, @Indexed(unique = true) String tokenHash,
                             Instant rotatedAt) {
}
