package nl.schoolboard.sexting.systemtests.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes years of a board's history straight into case-service's database, in the stored form, without going
 * through the service (issue 16, part 4): it is the history that is measured afterwards, not the writing of it.
 *
 * <ul>
 *   <li>{@code domainevents}: one document per event as Axon's Mongo extension writes it (document per event, the
 *   extension's default field names; payload and metadata as JSON text from the Jackson serializer case-service
 *   configures, the aggregate type {@code IncidentCase}, the timestamp as Axon formats it). Codes only: the
 *   personal texts are empty (see {@link CaseProtocol}), so no subject key is needed and nothing is encrypted.
 *   The timestamps are in the past, so the running processors (their tokens are at "now") do not see these events:
 *   the relay does not publish them again, and the views know them only after a rebuild.</li>
 *   <li>{@code audit_trail}: one entry per event, as the audit consumer records a case step, chained and keyed with
 *   HMAC-SHA256 under the development key exactly as case-service's {@code AuditChain} does (its canonical form is
 *   repeated here), so that the auditor's verification verifies every link of it.</li>
 * </ul>
 *
 * Both go in with {@code insertMany} in batches, unordered for the events (each is unique by itself).
 */
final class HistoryGenerator {

    /** case-service's {@code AuditKey.DEVELOPMENT}: the local stack's public key, used when none is configured. */
    static final String DEVELOPMENT_AUDIT_KEY = "iSC+0GR3lD9/PH0fGnrNkAhKfRlOGeo3jjPif2RIjDI=";
    private static final String GENESIS = "0".repeat(64);
    private static final int KEYED = 2;
    private static final int BATCH = 1_000;
    private static final String AUDIT_ENTRY_CLASS = "nl.schoolboard.sexting.caseservice.audit.AuditEntry";
    /** How Axon's {@code DateTimeUtils.formatInstant} writes an event's timestamp. */
    private static final DateTimeFormatter AXON_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As {@code AuditChain.CANONICAL}: details with their keys sorted. */
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /**
     * The size of the history.
     *
     * @param casesPerSchoolYear cases that come to light at one school in one school year
     */
    record Size(int schools, int years, int casesPerSchoolYear) {
    }

    /** What was written; {@code sample} is a closed case and {@code openSample} one still open (null if none). */
    record Written(int schools, long cases, long openCases, long events, long auditEntries, double seconds,
                   CaseProtocol.Case sample, CaseProtocol.Case openSample, List<String> schoolIds) {

        double documentsPerSecond() {
            return (events + auditEntries) / seconds;
        }
    }

    private final MongoDatabase database;
    private final String boardId;
    private final Mac auditKey;
    private final List<Document> events = new ArrayList<>();
    private final List<Document> auditEntries = new ArrayList<>();
    private long auditSeq;
    private String auditHead = GENESIS;
    private long eventCount;
    private long auditCount;

    private HistoryGenerator(MongoDatabase database, String boardId, String auditKeyBase64) {
        this.database = database;
        this.boardId = boardId;
        try {
            auditKey = Mac.getInstance("HmacSHA256");
            auditKey.init(new SecretKeySpec(Base64.getDecoder().decode(auditKeyBase64), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /**
     * Writes the history of {@code boardId}: {@code size.schools()} schools over the last {@code size.years()} school
     * years up to {@code now} (the current one as far as it has got). The board must have no audit trail yet.
     */
    static Written write(MongoDatabase database, String boardId, Size size, Instant now, long seed) {
        return new HistoryGenerator(database, boardId, DEVELOPMENT_AUDIT_KEY).writeAll(size, now, new Random(seed));
    }

    private Written writeAll(Size size, Instant now, Random random) {
        long begin = System.nanoTime();
        int currentYear = now.atZone(ZoneOffset.UTC).getMonthValue() >= 8
                ? now.atZone(ZoneOffset.UTC).getYear() : now.atZone(ZoneOffset.UTC).getYear() - 1;
        List<String> schoolIds = new ArrayList<>();
        for (int s = 1; s <= size.schools(); s++) {
            schoolIds.add("%s-school-%04d".formatted(boardId, s));
        }
        List<CaseProtocol.Case> cases = new ArrayList<>();
        for (int year = currentYear - size.years() + 1; year <= currentYear; year++) {
            for (String school : schoolIds) {
                for (int c = 0; c < size.casesPerSchoolYear(); c++) {
                    CaseProtocol.Case generated = CaseProtocol.generate(random, boardId, school, year, now,
                            Duration.ofDays(42));
                    if (generated != null) {
                        cases.add(generated);
                    }
                }
            }
        }
        // the audit consumer records in the order the relay published, which is the order of storage
        List<Recorded> inOrder = new ArrayList<>();
        for (CaseProtocol.Case theCase : cases) {
            for (int seq = 0; seq < theCase.facts().size(); seq++) {
                inOrder.add(new Recorded(theCase, seq, theCase.facts().get(seq)));
            }
        }
        inOrder.sort(Comparator.comparing((Recorded r) -> r.fact().recordedAt()).thenComparing(Recorded::seq));
        for (Recorded recorded : inOrder) {
            String eventId = UUID.nameUUIDFromBytes((recorded.theCase().caseId() + "/" + recorded.seq())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            events.add(event(recorded, eventId));
            auditEntries.add(auditEntry(recorded, eventId));
            if (events.size() == BATCH) {
                flush();
            }
        }
        flush();
        long open = cases.stream().filter(c -> !c.closed()).count();
        CaseProtocol.Case sample = cases.stream().filter(CaseProtocol.Case::closed).findFirst().orElse(cases.get(0));
        CaseProtocol.Case openSample = cases.stream().filter(c -> !c.closed()).reduce((a, b) -> b).orElse(null);
        return new Written(size.schools(), cases.size(), open, eventCount, auditCount,
                (System.nanoTime() - begin) / 1e9, sample, openSample, schoolIds);
    }

    private record Recorded(CaseProtocol.Case theCase, int seq, CaseProtocol.Fact fact) {
    }

    private Document event(Recorded recorded, String eventId) {
        CaseProtocol.Fact fact = recorded.fact();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("actorId", fact.actorId());
        meta.put("actorRole", fact.actorRole());
        meta.put("boardId", boardId);
        meta.put("schoolId", recorded.theCase().schoolId());
        meta.put("requestCorrelationId", UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8)).toString());
        // Axon's own correlation data: the id of the command that caused the event
        meta.put("correlationId", eventId);
        meta.put("traceId", eventId);
        // the W3C trace context of the request that caused it, as case-service stores it for the relay
        meta.put("traceparent", "00-" + eventId.replace("-", "") + "-" + eventId.substring(0, 8)
                + eventId.substring(9, 13) + eventId.substring(14, 18) + "-01");
        return new Document("aggregateIdentifier", recorded.theCase().caseId())
                .append("type", "IncidentCase")
                .append("sequenceNumber", (long) recorded.seq())
                .append("serializedPayload", json(JSON, fact.payload()))
                .append("timestamp", AXON_TIMESTAMP.format(fact.recordedAt()))
                .append("payloadType", CaseProtocol.EVENT_PACKAGE + fact.type())
                .append("payloadRevision", fact.revision())
                .append("serializedMetaData", json(JSON, meta))
                .append("eventIdentifier", eventId);
    }

    /** As case-service's {@code AuditTrail.append} for a case step, with {@code AuditChain}'s keyed hash. */
    private Document auditEntry(Recorded recorded, String eventId) {
        CaseProtocol.Fact fact = recorded.fact();
        long seq = ++auditSeq;
        Map<String, Object> details = new TreeMap<>();
        fact.payload().forEach((field, value) -> {
            if (value instanceof String code && !field.equals("caseId") && !field.equals("occurredAt")) {
                details.put(field, code);
            }
        });
        Instant occurredAt = fact.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        Instant recordedAt = fact.recordedAt().truncatedTo(ChronoUnit.MILLIS);
        String caseId = recorded.theCase().caseId();
        String schoolId = recorded.theCase().schoolId();
        String canonical = String.join("|", auditHead, boardId, Long.toString(seq), eventId, "CASE_STEP",
                fact.type(), caseId, schoolId, fact.actorId(), fact.actorRole(), occurredAt.toString(),
                recordedAt.toString(), json(CANONICAL, details));
        String hash = HexFormat.of().formatHex(auditKey.doFinal((KEYED + "|" + canonical)
                .getBytes(StandardCharsets.UTF_8)));
        Document entry = new Document("_id", boardId + ":" + seq)
                .append("boardId", boardId)
                .append("seq", seq)
                .append("sourceId", eventId)
                .append("kind", "CASE_STEP")
                .append("type", fact.type())
                .append("caseId", caseId)
                .append("schoolId", schoolId)
                .append("actorId", fact.actorId())
                .append("actorRole", fact.actorRole())
                .append("occurredAt", Date.from(occurredAt))
                .append("recordedAt", Date.from(recordedAt))
                .append("details", new Document(details))
                .append("previousHash", auditHead)
                .append("hash", hash)
                .append("hashScheme", KEYED)
                .append("_class", AUDIT_ENTRY_CLASS);
        auditHead = hash;
        return entry;
    }

    private void flush() {
        if (events.isEmpty()) {
            return;
        }
        MongoCollection<Document> store = database.getCollection("domainevents");
        store.insertMany(events, new InsertManyOptions().ordered(false));
        database.getCollection("audit_trail").insertMany(auditEntries);
        eventCount += events.size();
        auditCount += auditEntries.size();
        events.clear();
        auditEntries.clear();
    }

    private static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps of codes", e);
        }
    }
}
