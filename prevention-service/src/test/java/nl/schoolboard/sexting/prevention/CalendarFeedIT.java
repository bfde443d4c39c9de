package nl.schoolboard.sexting.prevention;

import com.fasterxml.jackson.databind.JsonNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.schoolboard.sexting.prevention.support.Caller;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-school iCalendar feed behind a rotatable token, read back with a real iCalendar parser. The feed needs no
 * sign-in; rotating its token is for the school's leader.
 */
class CalendarFeedIT extends InProcessStack {

    @Autowired
    MongoTemplate mongo;

    @Test
    void a_school_gets_a_feed_address_once_and_its_feed_parses_with_every_activity_of_the_school() throws Exception {
        String school = "school-" + UUID.randomUUID();
        Caller leader = leaderOf("board-feed", school);
        adminOf("board-feed").put("/api/prevention/schools/{id}", """
                {"name":"Noorderlicht","region":"noord"}""", school);
        String own = leader.post("/api/prevention/schools/{id}/activities", """
                {"title":"Gastles; sexting, grenzen","yearGroups":["2"],"dueBy":"2027-01-29"}""", school)
                .getBody().path("id").asText();
        leader.post("/api/prevention/activities/{id}/schedule", """
                {"date":"2027-01-26","startTime":"10:00","endTime":"11:00","location":"lokaal 4","ledBy":"mentor 2C"}""",
                own);
        List<String> all = leader.get("/api/prevention/schools/{id}/activities", school).getBody()
                .findValuesAsText("id");
        assertThat(all).as("the school's own and its start-of-year action").hasSize(2);

        ResponseEntity<JsonNode> issued = leader.post("/api/prevention/schools/{id}/calendar-token", "", school);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(issued.getHeaders().getCacheControl()).contains("no-store");
        String token = issued.getBody().path("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.getBody().path("feedPath").asText()).isEqualTo("/api/prevention/calendar/" + token + ".ics");

        ResponseEntity<String> feed = anonymous().get(String.class, "/api/prevention/calendar/{token}.ics", token);
        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(feed.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> {
                    assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
                    assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
                });
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Preventie Noorderlicht");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyInAnyOrderElementsOf(all.stream().map(id -> id + "@preventieplanning.schoolbestuur").toList());
        VEvent lesson = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith(own))
                .findFirst().orElseThrow();
        assertThat(((ZonedDateTime) (Temporal) lesson.getDateTimeStart().getDate()).toInstant()).isEqualTo(
                ZonedDateTime.of(LocalDate.of(2027, 1, 26), LocalTime.of(10, 0), ZoneId.of("Europe/Amsterdam"))
                        .toInstant());
        assertThat(lesson.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("lokaal 4");
        assertThat(lesson.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Gastles; sexting, grenzen, leerjaar 2");

        // only a hash of the token is kept
        Document stored = mongo.getCollection("prevention_calendar_tokens").find(new Document("_id", school)).first();
        assertThat(stored.toJson()).doesNotContain(token);
        assertThat(stored.getString("tokenHash")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void rotating_the_token_makes_the_old_address_a_404_and_the_new_one_work() {
        String school = "school-" + UUID.randomUUID();
        Caller leader = leaderOf("board-feed", school);
        adminOf("board-feed").put("/api/prevention/schools/{id}", """
                {"boardId":"board-feed","region":"midden"}""", school);
        String first = leader.post("/api/prevention/schools/{id}/calendar-token", "", school).getBody()
                .path("token").asText();
        String second = leader.post("/api/prevention/schools/{id}/calendar-token", "", school).getBody()
                .path("token").asText();
        assertThat(second).isNotEqualTo(first);

        ResponseEntity<JsonNode> old = anonymous().get("/api/prevention/calendar/{token}.ics", first);
        assertThat(old.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(old.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(old.getBody().path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/calendar-feed-not-found");
        assertThat(anonymous().get(String.class, "/api/prevention/calendar/{token}.ics", second).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void only_the_schools_leader_rotates_the_token() {
        String school = "school-" + UUID.randomUUID();
        adminOf("board-feed").put("/api/prevention/schools/{id}", "{\"region\":\"zuid\"}", school);

        for (Caller notTheLeader : List.of(staff("CARE_COORDINATOR", "board-feed", school),
                staff("CONFIDENTIAL_COUNSELLOR", "board-feed", school), staff("TEAM_MEMBER", "board-feed", school),
                adminOf("board-feed"), auditorOf("board-feed"))) {
            ResponseEntity<JsonNode> refused = notTheLeader.post("/api/prevention/schools/{id}/calendar-token", "",
                    school);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/forbidden");
        }
        assertThat(leaderOf("board-feed", "school-elsewhere").post("/api/prevention/schools/{id}/calendar-token",
                "", school).getStatusCode()).as("another school's leader").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mongo.getCollection("prevention_calendar_tokens").countDocuments(new Document("_id", school)))
                .isZero();
    }

    @Test
    void unknown_and_malformed_tokens_and_unknown_schools_are_404s() {
        assertThat(anonymous().get("/api/prevention/calendar/{token}.ics", "A".repeat(43)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous().get("/api/prevention/calendar/{token}.ics", "short").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String neverRegistered = "never-registered-" + UUID.randomUUID();
        ResponseEntity<JsonNode> unknownSchool = leaderOf("board-feed", neverRegistered)
                .post("/api/prevention/schools/{id}/calendar-token", "", neverRegistered);
        assertThat(unknownSchool.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownSchool.getBody().path("detail").asText()).contains("Meld de school eerst aan");
    }
}
