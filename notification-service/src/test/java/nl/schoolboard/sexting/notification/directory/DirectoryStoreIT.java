package nl.schoolboard.sexting.notification.directory;

import nl.schoolboard.sexting.testsupport.MovableClock;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import com.mongodb.client.MongoClient;
import com.mongodb.client.result.UpdateResult;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The directory's MongoDB store: edits, and whole-list imports that are all-or-nothing without transactions. */
class DirectoryStoreIT {

    private static final String BOARD = "board-1";
    private static final String SCHOOL = "school-1";
    private static final StaffMember LEADER =
            new StaffMember("L-1", Set.of(StaffRole.SCHOOL_LEADER), "leider@school.example", Language.NL);
    private static final StaffMember TEACHER =
            new StaffMember("S-1", Set.of(StaffRole.TEAM_MEMBER), "s1@school.example", Language.EN);
    private static final StaffMember COORDINATOR =
            new StaffMember("C-1", Set.of(StaffRole.CARE_COORDINATOR), "zorg@school.example", Language.NL);

    private RacingTemplate mongo;
    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-14T08:30:00Z"));
    private DirectoryStore store;

    @BeforeEach
    void setUp() {
        mongo = new RacingTemplate(InMemoryMongo.client());
        mongo.getDb().drop();
        store = new DirectoryStore(mongo, clock);
        store.createIndexes();
    }

    @Test
    void team_members_and_guardians_are_added_replaced_and_removed_per_school() {
        assertThat(store.putStaffMember(BOARD, SCHOOL, LEADER)).isTrue();
        assertThat(store.putStaffMember(BOARD, SCHOOL, TEACHER)).isTrue();
        StaffMember moved = new StaffMember("S-1", Set.of(StaffRole.TEAM_MEMBER, StaffRole.CONFIDENTIAL_COUNSELLOR),
                "nieuw@school.example", Language.NL);
        assertThat(store.putStaffMember(BOARD, SCHOOL, moved)).isFalse();
        store.putStaffMember(BOARD, "school-2", COORDINATOR);
        store.putStaffMember("board-2", SCHOOL, COORDINATOR);

        assertThat(store.staff(BOARD, SCHOOL)).containsExactly(LEADER, moved);
        assertThat(store.staffMember(BOARD, SCHOOL, "S-1")).contains(moved);
        assertThat(store.staffMember(BOARD, SCHOOL, "C-1")).isEmpty();
        assertThat(store.removeStaffMember(BOARD, SCHOOL, "L-1")).isTrue();
        assertThat(store.removeStaffMember(BOARD, SCHOOL, "L-1")).isFalse();
        assertThat(store.staff(BOARD, SCHOOL)).containsExactly(moved);

        PupilGuardians pupil = new PupilGuardians("P-1", List.of(new Guardian("A", "a@thuis.example", Language.NL),
                new Guardian(null, "b@home.example", Language.EN)));
        assertThat(store.putGuardians(BOARD, SCHOOL, pupil)).isTrue();
        assertThat(store.guardians(BOARD, SCHOOL, "P-1")).isEqualTo(pupil.guardians());
        assertThat(store.guardians(BOARD, "school-2", "P-1")).isEmpty();
        assertThat(store.removeGuardians(BOARD, SCHOOL, "P-1")).isTrue();
        assertThat(store.guardians(BOARD, SCHOOL, "P-1")).isEmpty();
    }

    @Test
    void an_import_replaces_the_whole_list_and_leaves_no_old_documents_behind() {
        store.putStaffMember(BOARD, SCHOOL, LEADER);
        store.putStaffMember(BOARD, SCHOOL, TEACHER);

        store.replaceStaff(BOARD, SCHOOL, List.of(COORDINATOR, TEACHER));

        assertThat(store.staff(BOARD, SCHOOL)).containsExactly(COORDINATOR, TEACHER);
        assertThat(mongo.count(new Query(), StaffDocument.class)).isEqualTo(2);
    }

    @Test
    void importing_the_same_list_again_gives_the_same_list() {
        store.replaceStaff(BOARD, SCHOOL, List.of(LEADER, TEACHER));
        List<StaffMember> once = store.staff(BOARD, SCHOOL);

        store.replaceStaff(BOARD, SCHOOL, List.of(LEADER, TEACHER));

        assertThat(store.staff(BOARD, SCHOOL)).isEqualTo(once);
        assertThat(mongo.count(new Query(), StaffDocument.class)).isEqualTo(2);
    }

    @Test
    void an_import_that_dies_while_writing_changes_nothing_readers_see_and_its_leftovers_are_cleared_later() {
        store.replaceGuardians(BOARD, SCHOOL, List.of(new PupilGuardians("P-1",
                List.of(new Guardian(null, "old@thuis.example", Language.NL)))));
        // what an import that was killed halfway leaves: documents of a generation the pointer never named
        mongo.insert(PupilGuardiansDocument.of(BOARD, SCHOOL, "killed-import", new PupilGuardians("P-1",
                List.of(new Guardian(null, "ex-partner@thuis.example", Language.NL))), clock.instant()));
        mongo.insert(PupilGuardiansDocument.of(BOARD, SCHOOL, "killed-import", new PupilGuardians("P-2",
                List.of(new Guardian(null, "half@thuis.example", Language.NL))), clock.instant()));

        assertThat(store.guardians(BOARD, SCHOOL, "P-1")).extracting(Guardian::email)
                .containsExactly("old@thuis.example");
        assertThat(store.guardians(BOARD, SCHOOL, "P-2")).isEmpty();
        assertThat(store.allGuardians(BOARD, SCHOOL)).hasSize(1);

        clock.advance(DirectoryStore.ORPHAN_AGE.plus(Duration.ofMinutes(1)));
        store.replaceGuardians(BOARD, SCHOOL, List.of(new PupilGuardians("P-3",
                List.of(new Guardian(null, "new@thuis.example", Language.EN)))));

        assertThat(store.allGuardians(BOARD, SCHOOL)).extracting(PupilGuardians::pupilRef).containsExactly("P-3");
        assertThat(mongo.count(new Query(), PupilGuardiansDocument.class)).isEqualTo(1);
    }

    @Test
    void of_two_imports_at_once_the_second_switch_fails_and_keeps_nothing_of_its_own() {
        store.replaceStaff(BOARD, SCHOOL, List.of(LEADER));
        mongo.beforeNextSwitch = () -> store.replaceStaff(BOARD, SCHOOL, List.of(COORDINATOR));

        assertThatThrownBy(() -> store.replaceStaff(BOARD, SCHOOL, List.of(TEACHER)))
                .isInstanceOf(ConcurrentImport.class);

        assertThat(store.staff(BOARD, SCHOOL)).containsExactly(COORDINATOR);
        assertThat(mongo.count(new Query(), StaffDocument.class)).isEqualTo(1);
    }

    @Test
    void after_an_import_the_replaced_generation_is_gone() {
        store.replaceStaff(BOARD, SCHOOL, List.of(LEADER));
        String oldGeneration = mongo.findAll(SchoolDirectoryDocument.class).get(0).staffGeneration();
        store.replaceStaff(BOARD, SCHOOL, List.of(TEACHER));

        assertThat(store.staff(BOARD, SCHOOL)).containsExactly(TEACHER);
        assertThat(mongo.count(new Query(where("generation").is(oldGeneration)), StaffDocument.class)).isZero();
    }

    /** Lets a test run a competing import right before an import switches the school's pointer. */
    private static final class RacingTemplate extends MongoTemplate {
        Runnable beforeNextSwitch;

        RacingTemplate(MongoClient client) {
            super(client, "directory-it");
        }

        @Override
        public UpdateResult updateFirst(Query query, UpdateDefinition update, Class<?> entityClass) {
            if (entityClass == SchoolDirectoryDocument.class && beforeNextSwitch != null) {
                Runnable competitor = beforeNextSwitch;
                beforeNextSwitch = null;
                competitor.run();
            }
            return super.updateFirst(query, update, entityClass);
        }
    }
}
