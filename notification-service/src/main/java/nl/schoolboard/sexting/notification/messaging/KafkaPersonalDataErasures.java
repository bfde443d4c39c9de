package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.PersonalDataErasure;
import nl.schoolboard.sexting.notification.audit.ErasureNotRecorded;
import nl.schoolboard.sexting.notification.audit.PersonalDataErasures;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Records each erasure as a {@link PersonalDataErasure} for the audit trail (beside the reads) before anything is
 * erased. The record names the officer by user id and role and the pupil by reference: never a name or an address.
 */
@Component
class KafkaPersonalDataErasures implements PersonalDataErasures {

    private final AuditRecordPublisher publisher;
    private final Clock clock;

    KafkaPersonalDataErasures(AuditRecordPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void record(RequestActor officer, String schoolId, String what, String subject) {
        PersonalDataErasure erasure = new PersonalDataErasure(UUID.randomUUID(), PersonalDataErasure.TYPE,
                PersonalDataErasure.VERSION, clock.instant(), officer.boardId(), schoolId, null,
                new Actor(officer.userId(), officer.role().name()), what, subject, officer.correlationId());
        publisher.publish(schoolId, erasure.eventId(), PersonalDataErasure.TYPE, PersonalDataErasure.VERSION,
                officer.correlationId(), erasure, ErasureNotRecorded::new);
    }
}
