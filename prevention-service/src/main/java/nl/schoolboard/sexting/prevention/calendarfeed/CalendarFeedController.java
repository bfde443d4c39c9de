package nl.schoolboard.sexting.prevention.calendarfeed;

import nl.schoolboard.sexting.platform.identity.RequestActor;

import nl.schoolboard.sexting.platform.problem.Problems;
import nl.schoolboard.sexting.prevention.access.AccessRule;
import nl.schoolboard.sexting.prevention.access.Guarded;
import nl.schoolboard.sexting.prevention.planning.ActivityStore;
import nl.schoolboard.sexting.prevention.planning.School;
import nl.schoolboard.sexting.prevention.planning.SchoolDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.time.Instant;

/**
 * The per-school calendar feed. A school leader rotates its token and gets the feed address once;
 * calendar programs then fetch {@code GET /api/prevention/calendar/{token}.ics} without any other credential,
 * which is why the token is the only secret in the address. An unknown, rotated-away or malformed token is a 404.
 */
@RestController
@RequestMapping("/api/prevention")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final Logger log = LoggerFactory.getLogger(CalendarFeedController.class);

    private final CalendarTokens tokens;
    private final SchoolDirectory schools;
    private final ActivityStore activities;
    private final IcsFeed feed = new IcsFeed();

    CalendarFeedController(CalendarTokens tokens, SchoolDirectory schools, ActivityStore activities) {
        this.tokens = tokens;
        this.schools = schools;
        this.activities = activities;
    }

    /**
     * @param token    shown only in this answer; store it in the calendar program, not elsewhere
     * @param feedPath the feed's path, to put behind the gateway's address
     */
    record IssuedToken(String schoolId, String token, String feedPath, Instant rotatedAt) {
    }

    /** A new feed token for a known school; the previous one stops working. For the school's leader. */
    @Guarded(AccessRule.ROTATE_CALENDAR_TOKEN)
    @PostMapping("/schools/{schoolId}/calendar-token")
    ResponseEntity<IssuedToken> rotate(@PathVariable String schoolId, RequestActor actor) {
        if (schools.find(actor.boardId(), schoolId).isEmpty()) {
            throw new NotFound("school-not-found", "school-not-registered", Map.of("schoolId", schoolId));
        }
        CalendarTokens.Issued issued = tokens.rotate(actor.boardId(), schoolId);
        log.info("Calendar feed token of school {} rotated", schoolId);
        String path = "/api/prevention/calendar/" + issued.token() + ".ics";
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new IssuedToken(schoolId, issued.token(), path, issued.rotatedAt()));
    }

    @Guarded(AccessRule.OPEN)
    @GetMapping("/calendar/{token:[A-Za-z0-9_-]+}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        CalendarTokens.FeedOf of = tokens.feedOf(token).orElseThrow(() -> new NotFound(
                "calendar-feed-not-found", "calendar-feed-not-found", Map.of()));
        School school = schools.find(of.boardId(), of.schoolId())
                .orElseGet(() -> School.unregistered(of.schoolId(), of.boardId()));
        String name = "Preventie " + (school.name() != null ? school.name() : school.schoolId());
        byte[] body = feed.write(name, activities.findBySchool(of.boardId(), of.schoolId()))
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"preventie.ics\"")
                .body(body);
    }

    static final class NotFound extends ErrorResponseException {

        NotFound(String type, String code, Map<String, ?> params) {
            super(HttpStatus.NOT_FOUND, Problems.coded(HttpStatus.NOT_FOUND, type, code, params), null);
        }
    }
}
