package nl.schoolboard.sexting.systemtests.benchmark;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * One case of a generated history, as case-service would have recorded it: the facts of the protocol in the order
 * a school takes its steps, each with when it happened and when it was recorded, and who recorded it. Codes only:
 * every personal text (concerns, notes, reasons, an evaluation) is left empty (null), as the commands allow, so
 * that no text has to be encrypted under a subject's key the generator does not hold (see {@link HistoryGenerator}).
 *
 * <p>The payloads are the events' JSON as case-service's Jackson writes them: record components in order, nulls
 * written, identifiers as plain strings, moments as ISO-8601 and dates as {@code yyyy-MM-dd}.</p>
 */
final class CaseProtocol {

    static final String EVENT_PACKAGE = "nl.schoolboard.sexting.caseservice.incident.event.";
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String[] PLATFORMS = {"WHATSAPP", "SNAPCHAT", "INSTAGRAM", "TIKTOK", "TELEGRAM", "DISCORD"};
    private static final String[] MATERIAL = {"PHOTO", "PHOTO", "PHOTO", "VIDEO", "TEXT_MESSAGES"};
    private static final String[] HOW = {"VICTIM_TOLD_STAFF", "PUPIL_TOLD_STAFF", "PARENT_TOLD_SCHOOL", "STAFF_NOTICED"};
    private static final String[] SANCTIONS = {"WARNING", "DETENTION", "SUSPENSION"};
    private static final String[] OUTCOMES = {"RESOLVED", "RESOLVED", "REFERRED_TO_CARE", "NO_FURTHER_ACTION"};

    /**
     * One stored fact.
     *
     * @param type       the event's simple class name
     * @param revision   its {@code @Revision}, null where it has none
     * @param recordedAt the event store's timestamp (the moment of storage)
     * @param actorId    who recorded it, with {@code actorRole}
     */
    record Fact(String type, String revision, Map<String, Object> payload, Instant occurredAt, Instant recordedAt,
                String actorId, String actorRole) {
    }

    /** A generated case: its facts and whether the protocol has run to the close. */
    record Case(String caseId, String schoolId, List<Fact> facts, boolean closed) {
    }

    private final Random random;
    private final List<Fact> facts = new ArrayList<>();
    private final String caseId;
    private final String leader;
    private final String care;
    private Instant clock;

    private CaseProtocol(Random random, String caseId, String schoolId, Instant cameToLight) {
        this.random = random;
        this.caseId = caseId;
        this.leader = schoolId + "-leader";
        this.care = schoolId + "-care";
        this.clock = cameToLight;
    }

    /**
     * A case of {@code schoolId} that came to light on a school day of the school year starting in September of
     * {@code schoolYearStart}; one still open when it came to light within {@code openWithin} of {@code now}; null
     * when the day drawn is still to come.
     */
    static Case generate(Random random, String boardId, String schoolId, int schoolYearStart, Instant now,
                         Duration openWithin) {
        Instant cameToLight = aSchoolDay(random, schoolYearStart);
        if (cameToLight.isAfter(now.minus(Duration.ofDays(1)))) {
            // the current school year has not got that far yet
            return null;
        }
        String caseId = new UUID(random.nextLong(), random.nextLong()).toString();
        CaseProtocol protocol = new CaseProtocol(random, caseId, schoolId, cameToLight);
        boolean open = cameToLight.isAfter(now.minus(openWithin));
        protocol.walk(boardId, schoolId, cameToLight, open, now);
        return new Case(caseId, schoolId, List.copyOf(protocol.facts), !open);
    }

    private void walk(String boardId, String schoolId, Instant cameToLight, boolean open, Instant now) {
        String victim = "P-" + (1000 + random.nextInt(9000));
        String sender = "P-" + (1000 + random.nextInt(9000)) + "s";
        boolean forwarded = random.nextInt(3) == 0;
        String forwarder = "P-" + (1000 + random.nextInt(9000)) + "f";
        List<Map<String, Object>> pupils = new ArrayList<>(List.of(pupil(victim, "VICTIM"), pupil(sender, "SENDER")));
        if (forwarded) {
            pupils.add(pupil(forwarder, "FORWARDER"));
        }
        Instant reportedAt = later(1, 6);
        Map<String, Object> reported = payload();
        reported.put("boardId", boardId);
        reported.put("schoolId", schoolId);
        reported.put("cameToLightAt", cameToLight.toString());
        reported.put("cameToLightHow", pick(HOW));
        reported.put("materialKind", pick(MATERIAL));
        reported.put("platforms", List.of(pick(PLATFORMS)));
        reported.put("minorNudeInvolved", true);
        reported.put("involvedPupils", pupils);
        reported.put("yearGroups", List.of(String.valueOf(1 + random.nextInt(6))));
        reported.put("reportedBy", Map.of("userId", leader, "role", "SCHOOL_LEADER"));
        reported.remove("occurredAt");
        record("IncidentReported", null, reported, cameToLight, reportedAt, leader, "SCHOOL_LEADER");
        Map<String, Object> due = new LinkedHashMap<>();
        due.put("VICTIM_CONVERSATION", cameToLight.plus(Duration.ofDays(1)).toString());
        due.put("POLICE_CONTACT", cameToLight.plus(Duration.ofDays(1)).toString());
        due.put("TEAM_BRIEFING", cameToLight.plus(Duration.ofDays(2)).toString());
        Map<String, Object> deadlines = payload(reportedAt);
        deadlines.put("dueAt", due);
        record("DeadlinesSet", null, deadlines, reportedAt, reportedAt, leader, "SCHOOL_LEADER");

        facts(victim, List.of("PICTURED", "MADE_IMAGE"), true);
        facts(sender, List.of("SHARED"), null);
        if (forwarded) {
            facts(forwarder, List.of("FORWARDED"), null);
        }
        step("AssessmentDecided", null, care, "CARE_COORDINATOR", p -> {
            List<Map<String, Object>> findings = new ArrayList<>(List.of(finding(victim, "VICTIM"),
                    finding(sender, "SUSPECTED")));
            if (forwarded) {
                findings.add(finding(forwarder, "SUSPECTED"));
            }
            p.put("proposed", findings);
            p.put("decided", findings);
            p.put("policeGrounds", List.of("DISTRIBUTION"));
            p.put("meldcodeApplies", false);
            p.put("reason", null);
        });
        step("VictimInterviewed", "2", care, "CARE_COORDINATOR", p -> {
            p.put("victim", victim);
            p.put("parentsPresent", random.nextBoolean());
            p.put("attendeeRoles", List.of("CARE_COORDINATOR", "MENTOR"));
            p.put("concerns", null);
            p.put("perpetratorsKnown", true);
            p.put("measuresPromised", null);
        });
        step("SupportArranged", null, care, "CARE_COORDINATOR", p -> {
            p.put("recipient", "VICTIM");
            p.put("kind", random.nextBoolean() ? "INTERNAL_CARE" : "YOUTH_CARE");
        });
        for (String pupil : forwarded ? List.of(victim, sender, forwarder) : List.of(victim, sender)) {
            step("GuardiansInvited", null, leader, "SCHOOL_LEADER", p -> {
                p.put("pupil", pupil);
                p.put("conversationAt", clock.plus(Duration.ofDays(2)).toString());
                p.put("place", "AT_SCHOOL");
                p.put("hosts", List.of("SCHOOL_LEADER", "MENTOR"));
            });
        }
        step("PoliceContacted", "2", leader, "SCHOOL_LEADER", p -> {
            p.put("decision", random.nextInt(5) == 0 ? "MELDING" : "ADVICE_ONLY");
            p.put("decidedByRole", "SCHOOL_LEADER");
            p.put("policeReference", null);
        });
        step("VictimInformedOfReportingOption", null, care, "CARE_COORDINATOR",
                p -> p.put("parentsInformed", true));
        step("EvidenceSecured", null, leader, "SCHOOL_LEADER", p -> p.put("location", "WITH_VICTIM"));
        for (String perpetrator : forwarded ? List.of(sender, forwarder) : List.of(sender)) {
            step("PerpetratorInterviewed", null, leader, "SCHOOL_LEADER", p -> {
                p.put("person", perpetrator);
                p.put("pupil", true);
                p.put("parentsPresent", random.nextBoolean());
                p.put("offenceExplained", true);
                p.put("notes", null);
            });
        }
        step("DistributionBanIssued", null, leader, "SCHOOL_LEADER", p -> {
            p.put("scope", random.nextBoolean() ? "CLASS" : "YEAR_GROUP");
            p.put("sanctionAnnounced", true);
        });
        if (open && clock.isAfter(now.minus(Duration.ofDays(10)))) {
            // still at work on this one: the facts stop where the school is now
            trimAfter(now);
            return;
        }
        LocalDate from = LocalDate.ofInstant(clock.plus(Duration.ofDays(1)), SCHOOL_ZONE);
        step("SanctionImposed", null, leader, "SCHOOL_LEADER", p -> {
            p.put("person", sender);
            p.put("kind", pick(SANCTIONS));
            p.put("from", from.toString());
            p.put("until", from.plusDays(random.nextInt(3)).toString());
            p.put("reason", null);
        });
        for (String pupil : List.of(victim, sender)) {
            step("GuardiansInformed", null, leader, "SCHOOL_LEADER", p -> {
                p.put("pupil", pupil);
                p.put("fact", pupil.equals(victim) ? "MEASURES_TAKEN" : "SANCTION_IMPOSED");
            });
        }
        String mentor = schoolIdOf(leader) + "-T" + random.nextInt(40);
        step("TeamBriefed", null, leader, "SCHOOL_LEADER", p -> {
            p.put("staff", List.of(mentor));
            p.put("sharedSummary", null);
            p.put("namesShared", false);
            p.put("classDiscussion", "MENTOR_CONVERSATION");
            p.put("discussionLead", mentor);
        });
        step("StepSkipped", null, leader, "SCHOOL_LEADER", p -> {
            p.put("step", "PRESS_READINESS");
            p.put("reason", null);
        });
        if (open) {
            trimAfter(now);
            return;
        }
        step("CaseClosed", null, leader, "SCHOOL_LEADER", p -> {
            p.put("outcome", pick(OUTCOMES));
            p.put("evaluation", null);
            p.put("skippedStepReasons", Map.of());
        });
    }

    private void facts(String person, List<String> acts, Boolean madeVoluntarily) {
        step("PersonFactsRecorded", null, care, "CARE_COORDINATOR", p -> {
            Map<String, Object> known = new LinkedHashMap<>();
            known.put("acts", acts);
            known.put("madeVoluntarily", madeVoluntarily);
            known.put("sharedVoluntarily", null);
            known.put("sharedWith", List.of());
            known.put("age", 12 + random.nextInt(5));
            known.put("ageBand", null);
            known.put("affiliation", "PUPIL_OF_THIS_SCHOOL");
            known.put("sector", "VO");
            p.put("person", person);
            p.put("facts", known);
            p.put("reason", null);
        });
    }

    private void step(String type, String revision, String actorId, String actorRole,
                      java.util.function.Consumer<Map<String, Object>> fields) {
        Instant occurredAt = later(2, 30);
        Map<String, Object> payload = payload(occurredAt);
        fields.accept(payload);
        record(type, revision, payload, occurredAt, later(0, 3), actorId, actorRole);
    }

    private void record(String type, String revision, Map<String, Object> payload, Instant occurredAt,
                        Instant recordedAt, String actorId, String actorRole) {
        facts.add(new Fact(type, revision, payload, occurredAt, recordedAt, actorId, actorRole));
    }

    /** Facts not yet recorded at {@code now} are not in the store yet. */
    private void trimAfter(Instant now) {
        facts.removeIf(fact -> fact.recordedAt().isAfter(now));
    }

    private Map<String, Object> payload() {
        return payload(clock);
    }

    private Map<String, Object> payload(Instant occurredAt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseId", caseId);
        payload.put("occurredAt", occurredAt.toString());
        return payload;
    }

    /** Moves the case's clock on by {@code min}–{@code max} hours (during the day, most of it). */
    private Instant later(int minHours, int maxHours) {
        clock = clock.plus(Duration.ofMinutes(minHours * 60L + random.nextInt((maxHours - minHours) * 60 + 1)));
        return clock;
    }

    private static Map<String, Object> pupil(String ref, String role) {
        Map<String, Object> pupil = new LinkedHashMap<>();
        pupil.put("pupil", ref);
        pupil.put("role", role);
        return pupil;
    }

    private static Map<String, Object> finding(String ref, String finding) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("person", ref);
        result.put("findings", List.of(finding));
        return result;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String schoolIdOf(String leader) {
        return leader.substring(0, leader.length() - "-leader".length());
    }

    /** 09:00–15:00 on a weekday between 1 September and 10 July of the school year. */
    private static Instant aSchoolDay(Random random, int schoolYearStart) {
        LocalDate day = LocalDate.of(schoolYearStart, 9, 1).plusDays(random.nextInt(312));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(9 + random.nextInt(6), random.nextInt(60)).atZone(SCHOOL_ZONE).toInstant();
    }
}
