package nl.schoolboard.sexting.notification.directory;

import jakarta.annotation.PostConstruct;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The contact directory in MongoDB: {@value StaffDocument#COLLECTION} (one document per team member),
 * {@value PupilGuardiansDocument#COLLECTION} (one per pupil with their guardians) and
 * {@value SchoolDirectoryDocument#COLLECTION} (per school, which <em>generation</em> of each list is current).
 *
 * <p><b>All-or-nothing imports without transactions.</b> The in-process MongoDB-wire store has no transactions, so an
 * import never changes the documents readers use. It writes the whole new list as a new generation (documents with a
 * fresh generation id), then switches the school's pointer to it in one single-document write that succeeds only if
 * the pointer still names the generation the import started from, then deletes the replaced generation.
 * <ul>
 *   <li>Crash while the new generation is being written: the pointer still names the old one, so every reader sees
 *       the old list, whole. The half-written generation is never read and is deleted by a later import once it is
 *       older than {@link #ORPHAN_AGE}.</li>
 *   <li>Crash after the switch, before the old generation is deleted: readers see the new list, whole; the old
 *       documents are deleted by a later import the same way.</li>
 *   <li>Importing the same file again gives the same list again (a new generation with the same content): a
 *       re-import after a crash, or twice by mistake, is harmless.</li>
 *   <li>Two imports for the same list at once: the second switch finds the pointer moved, deletes its own
 *       generation and fails with {@link ConcurrentImport}; the first one's list stands.</li>
 * </ul>
 * Single edits (one team member, one pupil's guardians) are single-document writes into the current generation; an
 * edit made while an import of the same list is running may be replaced by that import, as the import replaces the
 * whole list.
 */
@Component
record DirectoryStore(MongoOperations mongo, Clock clock) implements ContactDirectory {

    /** Generations that are not current and at least this old are left-overs of an interrupted import. */
    static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private static final int BATCH = 500;

    @PostConstruct
    void createIndexes() {
        for (Class<?> type : List.of(StaffDocument.class, PupilGuardiansDocument.class)) {
            mongo.indexOps(type).createIndex(new Index()
                    .on("boardId", Sort.Direction.ASC)
                    .on("schoolId", Sort.Direction.ASC)
                    .on("generation", Sort.Direction.ASC)
                    .named("by_school_generation"));
        }
    }

    // ---- reading (ContactDirectory) ------------------------------------------------------------------------------

    @Override
    public List<StaffMember> staff(String boardId, String schoolId) {
        return current(boardId, schoolId, SchoolDirectoryDocument.STAFF_GENERATION, generation ->
                mongo.find(ofGeneration(boardId, schoolId, generation).with(Sort.by("staffRef")), StaffDocument.class)
                        .stream().map(StaffDocument::member).toList());
    }

    @Override
    public Optional<StaffMember> staffMember(String boardId, String schoolId, String staffRef) {
        return current(boardId, schoolId, SchoolDirectoryDocument.STAFF_GENERATION, generation ->
                Optional.ofNullable(mongo.findById(StaffDocument.idOf(boardId, schoolId, generation, staffRef),
                        StaffDocument.class)).map(StaffDocument::member).stream().toList()).stream().findFirst();
    }

    @Override
    public List<Guardian> guardians(String boardId, String schoolId, String pupilRef) {
        return pupilGuardians(boardId, schoolId, pupilRef).map(PupilGuardians::guardians).orElse(List.of());
    }

    public Optional<PupilGuardians> pupilGuardians(String boardId, String schoolId, String pupilRef) {
        return current(boardId, schoolId, SchoolDirectoryDocument.GUARDIAN_GENERATION, generation ->
                Optional.ofNullable(mongo.findById(PupilGuardiansDocument.idOf(boardId, schoolId, generation, pupilRef),
                        PupilGuardiansDocument.class)).map(PupilGuardiansDocument::pupil).stream().toList())
                .stream().findFirst();
    }

    /** The guardians of every pupil of the school, by pupil reference. */
    public List<PupilGuardians> allGuardians(String boardId, String schoolId) {
        return current(boardId, schoolId, SchoolDirectoryDocument.GUARDIAN_GENERATION, generation ->
                mongo.find(ofGeneration(boardId, schoolId, generation).with(Sort.by("pupilRef")),
                        PupilGuardiansDocument.class).stream().map(PupilGuardiansDocument::pupil).toList());
    }

    /**
     * Reads from the current generation. An empty answer is checked once against the pointer: if an import switched
     * generations (and deleted the old one) in between, it is read again from the new one.
     */
    private <T> List<T> current(String boardId, String schoolId, String field, Function<String, List<T>> read) {
        SchoolDirectoryDocument pointer = pointer(boardId, schoolId);
        if (pointer == null) {
            return List.of();
        }
        List<T> found = read.apply(pointer.generation(field));
        if (found.isEmpty()) {
            SchoolDirectoryDocument again = pointer(boardId, schoolId);
            if (again != null && !again.generation(field).equals(pointer.generation(field))) {
                return read.apply(again.generation(field));
            }
        }
        return found;
    }

    // ---- single edits -----------------------------------------------------------------------------------------

    /** Adds or replaces one team member; {@code true} if they were not listed before. */
    public boolean putStaffMember(String boardId, String schoolId, StaffMember member) {
        String generation = pointerCreatingIt(boardId, schoolId).staffGeneration();
        StaffDocument document = StaffDocument.of(boardId, schoolId, generation, member, now());
        return saveNew(document, document.id());
    }

    public boolean removeStaffMember(String boardId, String schoolId, String staffRef) {
        SchoolDirectoryDocument pointer = pointer(boardId, schoolId);
        return pointer != null && mongo.remove(byId(StaffDocument.idOf(boardId, schoolId, pointer.staffGeneration(),
                staffRef)), StaffDocument.class).getDeletedCount() > 0;
    }

    /** Sets the guardians of one pupil (replacing those listed before); {@code true} if none were listed. */
    public boolean putGuardians(String boardId, String schoolId, PupilGuardians pupil) {
        String generation = pointerCreatingIt(boardId, schoolId).guardianGeneration();
        PupilGuardiansDocument document = PupilGuardiansDocument.of(boardId, schoolId, generation, pupil, now());
        return saveNew(document, document.id());
    }

    /** Saves the document, replacing one with the same id; {@code true} if there was none before. */
    private boolean saveNew(Object document, String id) {
        boolean existed = mongo.exists(byId(id), document.getClass());
        mongo.save(document);
        return !existed;
    }

    public boolean removeGuardians(String boardId, String schoolId, String pupilRef) {
        SchoolDirectoryDocument pointer = pointer(boardId, schoolId);
        return pointer != null && mongo.remove(byId(PupilGuardiansDocument.idOf(boardId, schoolId,
                pointer.guardianGeneration(), pupilRef)), PupilGuardiansDocument.class).getDeletedCount() > 0;
    }

    /**
     * Deletes the guardians of one pupil from every generation of the school's guardian lists (the current one, and
     * any left-over of an interrupted import), so that no copy of their contact data stays behind. Deleting what is
     * not there is no error.
     */
    public void eraseGuardians(String boardId, String schoolId, String pupilRef) {
        mongo.remove(new Query(where("boardId").is(boardId).and("schoolId").is(schoolId).and("pupilRef").is(pupilRef)),
                PupilGuardiansDocument.class);
    }

    // ---- imports: replace a whole list, all or nothing ----------------------------------------------------------

    /** Makes {@code members} the school's whole staff list. */
    public void replaceStaff(String boardId, String schoolId, List<StaffMember> members) {
        replace(boardId, schoolId, SchoolDirectoryDocument.STAFF_GENERATION, StaffDocument.class, "staff list",
                (generation, now) -> members.stream()
                        .map(member -> StaffDocument.of(boardId, schoolId, generation, member, now)).toList());
    }

    /** Makes {@code pupils} the school's whole set of guardian lists. */
    public void replaceGuardians(String boardId, String schoolId, List<PupilGuardians> pupils) {
        replace(boardId, schoolId, SchoolDirectoryDocument.GUARDIAN_GENERATION, PupilGuardiansDocument.class,
                "guardian list", (generation, now) -> pupils.stream()
                        .map(pupil -> PupilGuardiansDocument.of(boardId, schoolId, generation, pupil, now)).toList());
    }

    private <D> void replace(String boardId, String schoolId, String field, Class<D> type, String listName,
                             BiFunction<String, Instant, List<D>> documents) {
        SchoolDirectoryDocument pointer = pointerCreatingIt(boardId, schoolId);
        String previous = pointer.generation(field);
        String next = UUID.randomUUID().toString();
        Instant now = now();
        List<D> all = documents.apply(next, now);
        for (int from = 0; from < all.size(); from += BATCH) {
            mongo.insert(all.subList(from, Math.min(all.size(), from + BATCH)), type);
        }
        long switched = mongo.updateFirst(
                byId(pointer.id()).addCriteria(where(field).is(previous)),
                new Update().set(field, next).set("updatedAt", now),
                SchoolDirectoryDocument.class).getModifiedCount();
        if (switched == 0) {
            mongo.remove(ofGeneration(boardId, schoolId, next), type);
            throw new ConcurrentImport(listName);
        }
        mongo.remove(ofGeneration(boardId, schoolId, previous), type);
        mongo.remove(new Query(where("boardId").is(boardId).and("schoolId").is(schoolId)
                .and("generation").ne(next).and("writtenAt").lt(now.minus(ORPHAN_AGE))), type);
    }

    // ---- the pointer ------------------------------------------------------------------------------------------

    private SchoolDirectoryDocument pointer(String boardId, String schoolId) {
        return mongo.findById(SchoolDirectoryDocument.idOf(boardId, schoolId), SchoolDirectoryDocument.class);
    }

    private SchoolDirectoryDocument pointerCreatingIt(String boardId, String schoolId) {
        SchoolDirectoryDocument existing = pointer(boardId, schoolId);
        if (existing != null) {
            return existing;
        }
        try {
            return mongo.insert(new SchoolDirectoryDocument(SchoolDirectoryDocument.idOf(boardId, schoolId), boardId,
                    schoolId, UUID.randomUUID().toString(), UUID.randomUUID().toString(), now()));
        } catch (DuplicateKeyException createdMeanwhile) {
            return pointer(boardId, schoolId);
        }
    }

    private static Query byId(String id) {
        return new Query(where("id").is(id));
    }

    private static Query ofGeneration(String boardId, String schoolId, String generation) {
        return new Query(Criteria.where("boardId").is(boardId).and("schoolId").is(schoolId)
                .and("generation").is(generation));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
