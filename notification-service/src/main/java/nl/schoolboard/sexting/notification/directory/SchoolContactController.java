package nl.schoolboard.sexting.notification.directory;

import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import nl.schoolboard.sexting.notification.access.AccessRule;
import nl.schoolboard.sexting.notification.access.Guarded;
import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code …/directory/boards/{boardId}/schools/{schoolId}/contact}: how parents reach the school (its name, its own
 * mailbox for replies, telephone, address), kept by those who keep the team list ({@link AccessRule#KEEP_TEAM_LIST}).
 * Every mail to parents and every letter takes it from here.
 */
@RestController
@RequestMapping(DirectoryController.BASE + "/contact")
record SchoolContactController(SchoolContactStore contacts) {

    @Operation(summary = "How parents reach the school")
    @Guarded(AccessRule.KEEP_TEAM_LIST)
    @GetMapping
    SchoolContact contact(@PathVariable String boardId, @PathVariable String schoolId) {
        DirectoryController.shapes(boardId, schoolId);
        return contacts.of(boardId, schoolId).orElseThrow(() -> new NotInDirectory("school-contact-missing", Map.of()));
    }

    @Operation(summary = "Give or replace how parents reach the school",
            description = "201 when the school had no contact yet, 200 when it was replaced.")
    @Guarded(AccessRule.KEEP_TEAM_LIST)
    @PutMapping
    ResponseEntity<SchoolContact> put(@PathVariable String boardId, @PathVariable String schoolId,
                                      @Valid @RequestBody SchoolContactInput input) {
        DirectoryController.shapes(boardId, schoolId);
        SchoolContact contact = input.toContact();
        boolean replaced = contacts.put(boardId, schoolId, contact);
        return ResponseEntity.status(replaced ? HttpStatus.OK : HttpStatus.CREATED).body(contact);
    }
}
