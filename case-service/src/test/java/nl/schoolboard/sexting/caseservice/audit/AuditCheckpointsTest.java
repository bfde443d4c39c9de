package nl.schoolboard.sexting.caseservice.audit;

import com.mongodb.client.model.Filters;
import nl.schoolboard.sexting.caseservice.audit.ChainVerification.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkpoints written to a folder outside the (in-process) database, and what the verification streaming the chain
 * from MongoDB finds when the database is changed behind the checkpoints' back.
 */
class AuditCheckpointsTest {

    private static final String BOARD = "board-checkpoints";

    @TempDir
    Path folder;

    private final MongoTemplate mongo = AuditTrails.emptyDatabase("audit-checkpoints");
    private AuditTrail trail;
    private AuditCheckpoints checkpoints;
    private AuditCheckpointer checkpointer;
    private ChainVerifier verifier;

    @BeforeEach
    void start() {
        trail = AuditTrails.startedOn(mongo);
        AuditKey key = AuditKey.configured(AuditKey.DEVELOPMENT, null);
        checkpoints = new AuditCheckpoints(folder, key);
        checkpointer = new AuditCheckpointer(trail, checkpoints,
                Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));
        verifier = new ChainVerifier(trail, AuditTrails.CHAIN, checkpoints);
    }

    private void append(int count) {
        long from = trail.head(BOARD).map(AuditEntry::seq).orElse(0L) + 1;
        for (long i = from; i < from + count; i++) {
            trail.append(new AuditRecord("source-" + i, AuditKind.NOTIFICATION, "NotificationSent", BOARD, "school-a",
                    "case-1", "notification-service", "SYSTEM", Instant.parse("2026-11-20T10:00:00Z"),
                    Instant.parse("2026-11-20T10:00:00Z"), Map.of("channel", "EMAIL")));
        }
    }

    @Test
    void a_checkpoint_is_one_signed_line_an_auditor_can_read_and_only_written_when_the_head_moved() throws Exception {
        append(3);
        checkpointer.checkpointAll();
        checkpointer.checkpointAll();
        append(1);
        checkpointer.checkpoint(BOARD);

        List<String> lines = Files.readAllLines(folder.resolve(BOARD + ".checkpoints"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("3 " + trail.chain(BOARD).get(2).hash() + " 2026-11-21T00:00:00Z ");
        assertThat(checkpoints.read(BOARD).latest().seq()).isEqualTo(4);
        assertThat(verifier.verify(BOARD).intact()).isTrue();
        assertThat(verifier.verify(BOARD).checkpointedUpTo()).isEqualTo(4);
    }

    @Test
    void a_tail_deleted_from_the_database_after_a_checkpoint_is_found() {
        append(5);
        checkpointer.checkpoint(BOARD);

        mongo.getCollection("audit_trail").deleteMany(Filters.gte("seq", 4L));
        ChainVerification result = verifier.verify(BOARD);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenLink().kind()).isEqualTo(Kind.CUT_OFF_TAIL);
        assertThat(result.firstBrokenLink().seq()).isEqualTo(4);
    }

    @Test
    void a_middle_entry_deleted_from_the_database_is_found() {
        append(5);

        mongo.getCollection("audit_trail").deleteOne(Filters.eq("seq", 2L));
        ChainVerification result = verifier.verify(BOARD);

        assertThat(result.firstBrokenLink().kind()).isEqualTo(Kind.MISSING);
        assertThat(result.firstBrokenLink().seq()).isEqualTo(2);
    }

    @Test
    void a_checkpoint_line_written_without_the_key_is_forged() throws Exception {
        append(2);
        checkpointer.checkpoint(BOARD);

        Files.writeString(folder.resolve(BOARD + ".checkpoints"),
                "9 " + "a".repeat(64) + " 2026-11-22T00:00:00Z " + "b".repeat(64) + "\n",
                StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        ChainVerification result = verifier.verify(BOARD);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenLink().kind()).isEqualTo(Kind.FORGED);
        assertThat(result.checkpointedUpTo()).as("the forged line does not count as a checkpoint").isEqualTo(2);
    }

    @Test
    void a_board_id_that_is_not_a_plain_name_stays_inside_the_folder() {
        Checkpoint checkpoint = new Checkpoint("../../etc/board", 1, "a".repeat(64), Instant.parse("2026-11-21T00:00:00Z"));

        checkpoints.write(checkpoint);

        assertThat(checkpoints.read("../../etc/board").latest()).isEqualTo(checkpoint);
        assertThat(folder.toFile().list()).singleElement().asString().startsWith("x-");
    }
}
