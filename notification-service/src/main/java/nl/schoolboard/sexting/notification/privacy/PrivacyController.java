package nl.schoolboard.sexting.notification.privacy;

import io.swagger.v3.oas.annotations.Operation;
import nl.schoolboard.sexting.notification.access.AccessRule;
import nl.schoolboard.sexting.notification.access.Guarded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.notification.audit.PersonalDataErasures;
import nl.schoolboard.sexting.notification.audit.PersonalDataReads;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.DeliveryLog;
import nl.schoolboard.sexting.notification.letters.SanctionDecisions;
import nl.schoolboard.sexting.notification.delivery.DeliveryStatus;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.directory.GuardianErasure;
import nl.schoolboard.sexting.notification.directory.InvalidInput;
import nl.schoolboard.sexting.notification.directory.Refs;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The privacy officer's (role {@code AUDITOR}) part of the AVG/GDPR rights in this service, within their own board
 * (the token's): what it holds about one pupil reference, and erasing it. This service holds, about a pupil, the
 * contact data of their guardians and what was sent to those guardians; nothing about other pupils or staff is in
 * the export. The case service gathers this part into its subject access export. For the privacy officer only,
 * decided before a body is read ({@link AccessRule#PRIVACY_OFFICER}).
 */
@RestController
@RequestMapping("/api/notifications/privacy")
record PrivacyController(ContactDirectory directory, GuardianErasure erasure, DeliveryLog deliveries,
                         PersonalDataReads reads, PersonalDataErasures erasures, SanctionDecisions sanctionDecisions,
                         Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(PrivacyController.class);
    static final String SERVICE = "notification-service";

    record Subject(String boardId, String schoolId, String pupilRef) {
    }

    record GuardianEntry(String name, String email, String language) {
        static GuardianEntry of(Guardian guardian) {
            return new GuardianEntry(guardian.name(), guardian.email(), guardian.language().code());
        }
    }

    /** One message to the pupil's guardians: which case, what kind, how, how it went and when; never the text. */
    record DeliveryEntry(String caseId, MessageKind kind, Channel channel, DeliveryStatus status, Instant at) {
        static DeliveryEntry of(Delivery delivery) {
            return new DeliveryEntry(delivery.caseId(), delivery.messageKind(), delivery.channel(), delivery.status(),
                    delivery.statusAt());
        }
    }

    record SubjectExport(Subject subject, Instant exportedAt, String service, List<GuardianEntry> guardians,
                         List<DeliveryEntry> deliveries) {
    }

    record ErasureRequest(String schoolId, String pupilRef) {
    }

    record ErasureDone(String schoolId, String pupilRef, int guardiansDeleted, int deliveriesErased) {
    }

    @Operation(summary = "Everything this service holds about one pupil, as JSON (subject access)",
            description = "For the board's privacy officer (auditor role). The pupil's guardians as the school's "
                    + "contact directory lists them, and every message sent to them (case, kind, channel, status, "
                    + "when; never the text). Nothing about other pupils or staff. The export is recorded for the "
                    + "audit trail first; when that cannot be done, the answer is 503 and no data.")
    @Guarded(AccessRule.PRIVACY_OFFICER)
    @GetMapping("/subjects/{schoolId}/{pupilRef}")
    SubjectExport export(@PathVariable String schoolId, @PathVariable String pupilRef, RequestActor caller) {
        valid(schoolId, pupilRef);
        String board = caller.boardId();
        List<GuardianEntry> guardians = directory.guardians(board, schoolId, pupilRef).stream()
                .map(GuardianEntry::of).toList();
        List<DeliveryEntry> sent = deliveries.toGuardiansOf(board, schoolId, pupilRef).stream()
                .map(DeliveryEntry::of).toList();
        reads.record(caller, schoolId, PersonalDataReads.SUBJECT_ACCESS_EXPORT, pupilRef);
        return new SubjectExport(new Subject(board, schoolId, pupilRef), clock.instant(), SERVICE, guardians, sent);
    }

    @Operation(summary = "Erase a pupil's guardians and their addresses in what was sent (erasure request)",
            description = "For the board's privacy officer (auditor role). Deletes the pupil's guardians from the "
                    + "school's contact directory and replaces the recipient address of every message sent to them "
                    + "with \"[erased]\" (contact data is not event-sourced here, so erasing is deleting). The erasure is "
                    + "recorded for the audit trail first; when that cannot be done, the answer is 503 and nothing is "
                    + "erased. Erasing again changes nothing. A later guardian file that lists them again brings them back.")
    @Guarded(AccessRule.PRIVACY_OFFICER)
    @PostMapping("/erasures")
    ErasureDone erase(@RequestBody ErasureRequest request, RequestActor caller) {
        valid(request.schoolId(), request.pupilRef());
        String board = caller.boardId();
        // recorded before anything is erased: an erasure the audit trail does not know of never happens
        erasures.record(caller, request.schoolId(), PersonalDataErasures.GUARDIAN_CONTACTS, request.pupilRef());
        int guardians = erasure.erase(board, request.schoolId(), request.pupilRef());
        int erased = deliveries.eraseGuardianAddresses(board, request.schoolId(), request.pupilRef());
        // the measures kept for the parents' letter name the pupil too
        sanctionDecisions.erase(board, request.schoolId(), request.pupilRef());
        log.info("erasure for pupil {} of school {} by {} ({}): {} guardian(s) deleted, {} address(es) erased in "
                        + "deliveries", request.pupilRef(), request.schoolId(), caller.userId(), caller.role(),
                guardians, erased);
        return new ErasureDone(request.schoolId(), request.pupilRef(), guardians, erased);
    }

    private static void valid(String schoolId, String pupilRef) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Refs.isOrganisationId(schoolId)) {
            errors.put("schoolId", "school-id-malformed");
        }
        if (!Refs.isPersonRef(pupilRef)) {
            errors.put("pupilRef", Refs.PERSON_REF_MALFORMED);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
