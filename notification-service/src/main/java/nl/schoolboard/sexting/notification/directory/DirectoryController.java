package nl.schoolboard.sexting.notification.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import nl.schoolboard.sexting.notification.access.AccessRule;
import nl.schoolboard.sexting.notification.access.Guarded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.notification.audit.PersonalDataReads;
import nl.schoolboard.sexting.notification.directory.DirectoryViews.ImportView;
import nl.schoolboard.sexting.notification.directory.DirectoryViews.PupilGuardiansView;
import nl.schoolboard.sexting.notification.directory.DirectoryViews.StaffMemberView;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The contact directory of one school of one board: its team and the guardians of its pupils. Maintained by the
 * school; read by this service's rules. Who may do what is decided before a body is read, from the caller's token
 * (the board in the path must be theirs): {@link AccessRule#KEEP_TEAM_LIST}, {@link AccessRule#KEEP_GUARDIANS}.
 * Every read of guardians' contact data is recorded for the audit trail before it is answered; if it cannot be
 * recorded, it is not answered (503).
 */
@RestController
@RequestMapping(DirectoryController.BASE)
record DirectoryController(DirectoryStore store, DirectoryImports imports, PersonalDataReads reads) {

    static final String BASE = "/api/notifications/directory/boards/{boardId}/schools/{schoolId}";

    /** How both CSV imports treat a file: one rule for the team list and the guardians, so it is said once. */
    private static final String ALL_OR_NOTHING = "Comma or semicolon separated, UTF-8. Every row is checked first: a "
            + "file with any bad row changes nothing and is answered with 400 and every problem by row number (the "
            + "header is row 1) and column. Importing the same file again lists the same entries.";

    /**
     * The ids in the path have the right shape, checked once before any handler here runs (whether the caller
     * reaches them was decided before, by the access guard).
     */
    @ModelAttribute
    void pathShapes(@PathVariable Map<String, String> path) {
        shapes(path.get("boardId"), path.get("schoolId"));
        for (String ref : List.of("staffRef", "pupilRef")) {
            if (path.containsKey(ref)) {
                ref(ref, path.get(ref));
            }
        }
    }

    // ---- staff ------------------------------------------------------------------------------------------------

    @Operation(summary = "The school's team, by staff reference",
            description = "The team list is kept by the school's leader and care coordinator, and by the board's "
                    + "administrator for every school of the board.")
    @Guarded(AccessRule.KEEP_TEAM_LIST)
    @GetMapping("/staff")
    List<StaffMemberView> staff(@PathVariable String boardId, @PathVariable String schoolId) {
        return store.staff(boardId, schoolId).stream().map(StaffMemberView::of).toList();
    }

    @Operation(summary = "One team member")
    @Guarded(AccessRule.KEEP_TEAM_LIST)
    @GetMapping("/staff/{staffRef}")
    StaffMemberView staffMember(@PathVariable String boardId, @PathVariable String schoolId,
                                @PathVariable String staffRef) {
        return store.staffMember(boardId, schoolId, staffRef).map(StaffMemberView::of)
                .orElseThrow(() -> notListed("team-member-not-listed", staffRef));
    }

    @Operation(summary = "Add a team member, or replace what is listed for them",
            description = "201 when they were not listed yet, 200 when their entry was replaced.")
    @Guarded(AccessRule.KEEP_TEAM_LIST)
    @PutMapping("/staff/{staffRef}")
    ResponseEntity<StaffMemberView> putStaffMember(@PathVariable String boardId, @PathVariable String schoolId,
                                                   @PathVariable String staffRef,
                                                   @Valid @RequestBody StaffMemberInput input) {
        StaffMember member = input.toMember(staffRef);
        return saved(store.putStaffMember(boardId, schoolId, member), StaffMemberView.of(member));
    }

    @Operation(summary = "Remove a team member from the directory")
    @Guarded(AccessRule.KEEP_TEAM_LIST)
    @DeleteMapping("/staff/{staffRef}")
    ResponseEntity<Void> removeStaffMember(@PathVariable String boardId, @PathVariable String schoolId,
                                           @PathVariable String staffRef) {
        return removed(store.removeStaffMember(boardId, schoolId, staffRef), "team-member-not-listed", staffRef);
    }

    @Operation(summary = "Replace the school's whole team with a CSV file, all or nothing",
            description = "Columns staffRef, roles, email and optionally language (nl or en); several roles in one "
                    + "cell separated by |. " + ALL_OR_NOTHING)
    @Guarded(AccessRule.KEEP_TEAM_LIST)
    @PostMapping(path = "/staff.csv", consumes = {"text/csv", "application/csv", "text/plain"})
    ImportView importStaff(@PathVariable String boardId, @PathVariable String schoolId,
                           @Parameter(description = "the CSV file") @RequestBody byte[] file) {
        return imports.importStaff(boardId, schoolId, file);
    }

    // ---- guardians --------------------------------------------------------------------------------------------

    @Operation(summary = "The guardians of every pupil of the school, by pupil reference",
            description = "For the school's leader and care coordinator. Every read is recorded for the audit trail "
                    + "first (who, when, which school); when that cannot be done, the answer is 503 and no data.")
    @Guarded(AccessRule.KEEP_GUARDIANS)
    @GetMapping("/guardians")
    List<PupilGuardiansView> guardians(@PathVariable String boardId, @PathVariable String schoolId,
                                       RequestActor caller) {
        List<PupilGuardiansView> all = store.allGuardians(boardId, schoolId).stream().map(PupilGuardiansView::of)
                .toList();
        reads.record(caller, schoolId, PersonalDataReads.GUARDIAN_CONTACTS, null);
        return all;
    }

    @Operation(summary = "The guardians of one pupil",
            description = "For the school's leader and care coordinator. Every read is recorded for the audit trail "
                    + "first (who, when, which pupil); when that cannot be done, the answer is 503 and no data.")
    @Guarded(AccessRule.KEEP_GUARDIANS)
    @GetMapping("/pupils/{pupilRef}/guardians")
    PupilGuardiansView pupilGuardians(@PathVariable String boardId, @PathVariable String schoolId,
                                      @PathVariable String pupilRef, RequestActor caller) {
        PupilGuardiansView pupil = store.pupilGuardians(boardId, schoolId, pupilRef).map(PupilGuardiansView::of)
                .orElseThrow(() -> notListed("guardians-not-listed", pupilRef));
        reads.record(caller, schoolId, PersonalDataReads.GUARDIAN_CONTACTS, pupilRef);
        return pupil;
    }

    @Operation(summary = "Set the guardians of one pupil, replacing those listed before",
            description = "201 when none were listed yet, 200 when the list was replaced.")
    @Guarded(AccessRule.KEEP_GUARDIANS)
    @PutMapping("/pupils/{pupilRef}/guardians")
    ResponseEntity<PupilGuardiansView> putGuardians(@PathVariable String boardId, @PathVariable String schoolId,
                                                    @PathVariable String pupilRef,
                                                    @Valid @RequestBody GuardiansInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < input.guardians().size(); i++) {
            if (!emails.add(input.guardians().get(i).email().strip().toLowerCase(Locale.ROOT))) {
                errors.put("guardians[" + i + "].email", "guardian-listed-twice");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        PupilGuardians pupil = new PupilGuardians(pupilRef,
                input.guardians().stream().map(GuardianInput::toGuardian).toList());
        return saved(store.putGuardians(boardId, schoolId, pupil), PupilGuardiansView.of(pupil));
    }

    @Operation(summary = "Remove all guardians of one pupil from the directory")
    @Guarded(AccessRule.KEEP_GUARDIANS)
    @DeleteMapping("/pupils/{pupilRef}/guardians")
    ResponseEntity<Void> removeGuardians(@PathVariable String boardId, @PathVariable String schoolId,
                                         @PathVariable String pupilRef) {
        return removed(store.removeGuardians(boardId, schoolId, pupilRef), "guardians-not-listed", pupilRef);
    }

    @Operation(summary = "Replace the guardians of all the school's pupils with a CSV file, all or nothing",
            description = "Columns pupilRef, email and optionally name and language (nl or en); one row per "
                    + "guardian. " + ALL_OR_NOTHING)
    @Guarded(AccessRule.KEEP_GUARDIANS)
    @PostMapping(path = "/guardians.csv", consumes = {"text/csv", "application/csv", "text/plain"})
    ImportView importGuardians(@PathVariable String boardId, @PathVariable String schoolId,
                               @Parameter(description = "the CSV file") @RequestBody byte[] file) {
        return imports.importGuardians(boardId, schoolId, file);
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    /** 201 when the entry is new, 200 when it replaced one: a PUT says which it was. */
    private static <T> ResponseEntity<T> saved(boolean created, T entry) {
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(entry);
    }

    /** 204, or 404 when there was nothing listed to remove. */
    private static ResponseEntity<Void> removed(boolean removed, String code, String ref) {
        if (!removed) {
            throw notListed(code, ref);
        }
        return ResponseEntity.noContent().build();
    }

    // ---- checks -----------------------------------------------------------------------------------------------

    /** The board and school ids have the right shape. */
    static void shapes(String boardId, String schoolId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Refs.isOrganisationId(boardId)) {
            errors.put("boardId", "board-id-malformed");
        }
        if (!Refs.isOrganisationId(schoolId)) {
            errors.put("schoolId", "school-id-malformed");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void ref(String field, String value) {
        if (!Refs.isPersonRef(value)) {
            throw new InvalidInput(Map.of(field, Refs.PERSON_REF_MALFORMED));
        }
    }

    private static NotInDirectory notListed(String code, String ref) {
        return new NotInDirectory(code, Map.of("ref", ref));
    }
}
