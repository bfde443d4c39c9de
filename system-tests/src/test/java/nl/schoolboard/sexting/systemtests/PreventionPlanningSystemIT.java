package nl.schoolboard.sexting.systemtests;

import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventDeserializer;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.localstack.LocalStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Prevention planning through the gateway, on the whole running system: a school registered in region zuid reports
 * an incident at case-service; prevention-service plans the protocol's activities on the region's school days; its
 * calendar feed, fetched through the gateway without any credential but its token, parses in a real iCalendar parser
 * (ical4j) and holds every activity; and the same Kafka record delivered again adds nothing.
 */
class PreventionPlanningSystemIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String BOARD = "board-1";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    static LocalStack stack;
    static GatewayClient leader;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheWholeSystem() {
        stack = RunningSystem.stack();
    }

    /** The school leader of this (fresh) school, signed in through the issuer. */
    private static GatewayClient leaderOf(String school) {
        return GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "user-leader-1", "SCHOOL_LEADER", BOARD,
                List.of(school));
    }

    @Test
    void an_incident_leads_to_activities_on_school_days_in_a_feed_that_parses_and_a_redelivery_adds_nothing()
            throws Exception {
        String school = "school-prevention-" + UUID.randomUUID();
        leader = leaderOf(school);
        HttpResponse<String> registered = put("/api/prevention/schools/" + school,
                "{\"boardId\":\"" + BOARD + "\",\"name\":\"De Wissel\",\"region\":\"zuid\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);

        GatewayClient.Response accepted = leader.post("/api/cases", GatewayClient.incidentReport(school, "P-8101",
                "P-8102"), Map.of("X-Correlation-Id", "prevention-" + UUID.randomUUID()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        String caseId = accepted.json().get("caseId").asText();

        // the report (minor nude involved) leads to a lesson for its year group, a parent evening and a policy review
        List<JsonNode> planned = await().atMost(WAIT).until(() -> activitiesOf(school), list ->
                kinds(list, caseId).containsAll(Set.of("MEDIA_LITERACY_LESSON", "PARENT_EVENING", "POLICY_REVIEW")));
        JsonNode lesson = planned.stream().filter(a -> caseId.equals(a.path("sourceCaseId").asText())).findFirst()
                .orElseThrow();
        assertThat(lesson.path("yearGroups").get(0).asText()).isEqualTo("3");
        assertThat(planned).extracting(a -> a.path("status").asText()).containsOnly("PLANNED");

        // every date lies on a school day of region zuid, by the holidays the service publishes for the school
        Map<String, List<LocalDate[]>> holidaysByYear = new HashMap<>();
        for (JsonNode activity : planned) {
            LocalDate due = LocalDate.parse(activity.path("dueBy").asText());
            assertThat(due.getDayOfWeek()).as("%s", activity.path("id").asText())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            List<LocalDate[]> holidays = holidaysByYear.computeIfAbsent(schoolYearOf(due), year -> holidaysOf(school, year));
            assertThat(holidays).as("%s due %s", activity.path("id").asText(), due)
                    .noneMatch(h -> !due.isBefore(h[0]) && !due.isAfter(h[1]));
        }

        // the calendar feed, through the gateway, with nothing but the token
        GatewayClient.Response issued = leader.post("/api/prevention/schools/" + school + "/calendar-token", "",
                Map.of());
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(
                        URI.create(stack.gatewayUrl() + issued.json().get("feedPath").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).startsWith("text/calendar").contains("charset=utf-8"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.validate().hasErrors()).as("%s", calendar.validate()).isFalse();
        Map<String, VEvent> events = new HashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            events.put(event.getProperty(Property.UID).orElseThrow().getValue(), event);
        }
        for (JsonNode activity : planned) {
            VEvent event = events.get(activity.path("id").asText() + "@preventieplanning.schoolbestuur");
            assertThat(event).as("feed event of %s", activity.path("id").asText()).isNotNull();
            assertThat(dateOf(event.getDateTimeStart().getDate()))
                    .isEqualTo(LocalDate.parse(activity.path("dueBy").asText()));
        }

        // the same Kafka record delivered again: no second activity, no second announcement
        ConsumerRecord<String, byte[]> record = readCaseEvent(caseId);
        CaseEvent event = new CaseEventDeserializer().deserialize(Topics.CASE_EVENTS, record.value());
        assertThat(event.type()).isEqualTo("IncidentReported");
        int announcedBefore = announcementsOf(school).size();
        redeliver(record);
        awaitCaughtUp("prevention-service");

        List<JsonNode> after = activitiesOf(school);
        assertThat(after).extracting(a -> a.path("id").asText())
                .containsExactlyInAnyOrderElementsOf(planned.stream().map(a -> a.path("id").asText()).toList());
        assertThat(after).extracting(a -> a.path("version").asLong()).containsOnly(1L);
        List<PreventionEvent> announced = announcementsOf(school);
        assertThat(announced).hasSize(announcedBefore).extracting(PreventionEvent::eventId).doesNotHaveDuplicates();
        assertThat(announced).extracting(PreventionEvent::activityId)
                .containsExactlyInAnyOrderElementsOf(planned.stream().map(a -> a.path("id").asText()).toList());
    }

    @Test
    void a_date_on_which_the_school_is_closed_is_refused_through_the_gateway_naming_the_field() throws Exception {
        String school = "school-prevention-" + UUID.randomUUID();
        leader = leaderOf(school);
        put("/api/prevention/schools/" + school, "{\"boardId\":\"" + BOARD + "\",\"region\":\"noord\"}");
        // registering plans the school's "whom can you turn to" action of the coming school year
        JsonNode action = activitiesOf(school).stream()
                .filter(a -> a.path("kind").asText().equals("WHOM_TO_TURN_TO_ACTION")).findFirst()
                .orElseThrow(() -> new AssertionError("no start-of-year action planned for " + school));

        GatewayClient.Response sunday = leader.post("/api/prevention/activities/" + action.path("id").asText()
                        + "/schedule",
                "{\"date\":\"" + nextSunday() + "\",\"startTime\":\"10:00\",\"location\":\"aula\",\"ledBy\":\"mentor\"}",
                Map.of());

        assertThat(sunday.status()).as(sunday.body()).isEqualTo(400);
        assertThat(sunday.header("Content-Type")).startsWith("application/problem+json");
        assertThat(sunday.json().get("errors").findValuesAsText("field")).containsExactly("date");

        GatewayClient.Response onItsDueDate = leader.post("/api/prevention/activities/" + action.path("id").asText()
                        + "/schedule",
                "{\"date\":\"" + action.path("dueBy").asText()
                        + "\",\"startTime\":\"08:30\",\"location\":\"aula\",\"ledBy\":\"vertrouwenspersoon\"}",
                Map.of());
        assertThat(onItsDueDate.status()).as(onItsDueDate.body()).isEqualTo(200);
        assertThat(onItsDueDate.json().get("status").asText()).isEqualTo("SCHEDULED");
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + GatewayClient.token(stack.issuerUrl(), Map.of("sub", "user-admin-1",
                        "board", BOARD, "schools", List.of(), "roles", List.of("BOARD_ADMINISTRATOR"), "name", "admin")))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> activitiesOf(String school) {
        GatewayClient.Response response = leader.get("/api/prevention/schools/" + school + "/activities");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> activities = new ArrayList<>();
        response.json().forEach(activities::add);
        return activities;
    }

    /** Kinds of the activities that came of the case: its lesson and the school-wide ones it prompted. */
    private static Set<String> kinds(List<JsonNode> activities, String caseId) {
        return activities.stream()
                .filter(a -> caseId.equals(a.path("sourceCaseId").asText())
                        || caseId.equals(a.path("promptedByCaseId").asText()))
                .map(a -> a.path("kind").asText()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<LocalDate[]> holidaysOf(String school, String schoolYear) {
        GatewayClient.Response plan = leader.get("/api/prevention/schools/" + school + "/plan?schoolYear=" + schoolYear);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.json().get("region").asText()).isEqualTo("ZUID");
        assertThat(plan.json().get("regionAssumed").asBoolean()).isFalse();
        List<LocalDate[]> holidays = new ArrayList<>();
        plan.json().get("holidays").forEach(h -> holidays.add(new LocalDate[]{
                LocalDate.parse(h.get("firstDay").asText()), LocalDate.parse(h.get("lastDay").asText())}));
        return holidays;
    }

    private static String schoolYearOf(LocalDate date) {
        int start = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return start + "-" + (start + 1);
    }

    private static LocalDate dateOf(Object start) {
        if (start instanceof LocalDate date) {
            return date;
        }
        return ZonedDateTime.from((Temporal) start).withZoneSameInstant(NL).toLocalDate();
    }

    private static LocalDate nextSunday() {
        LocalDate day = LocalDate.now(NL).plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static List<PreventionEvent> announcementsOf(String school) {
        List<PreventionEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : readAll(Topics.PREVENTION_EVENTS)) {
            if (school.equals(r.key())) {
                try {
                    events.add(CaseEventJson.mapper().readValue(r.value(), PreventionEvent.class));
                } catch (java.io.IOException e) {
                    throw new AssertionError("unreadable prevention event", e);
                }
            }
        }
        return events;
    }

    private static ConsumerRecord<String, byte[]> readCaseEvent(String caseId) {
        return readAll(Topics.CASE_EVENTS).stream().filter(r -> caseId.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no record for case " + caseId + " on " + Topics.CASE_EVENTS));
    }

    /** Produces the very same record again, as a broker or relay redelivery would: same key, bytes and headers. */
    private static void redeliver(ConsumerRecord<String, byte[]> original) {
        try (KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers())) {
            kafka.redeliver(original);
        }
    }

    /** Waits until the consumer group has handled everything on case-events now. */
    private static void awaitCaughtUp(String group) {
        try (KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers())) {
            kafka.awaitConsumed(group, Topics.CASE_EVENTS);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers())) {
            return kafka.readAll(topic);
        }
    }
}
