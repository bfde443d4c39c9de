package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.PersonalDataRead;
import nl.schoolboard.sexting.notification.audit.PersonalDataReads;
import nl.schoolboard.sexting.notification.audit.ReadNotRecorded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Records each read of personal data as a {@link PersonalDataRead} for the audit trail before the data is handed out.
 * The record names the reader by user id and role and the pupil by reference: never a name or an address.
 */
@Component
class KafkaPersonalDataReads implements PersonalDataReads {

    private final AuditRecordPublisher publisher;
    private final Clock clock;

    KafkaPersonalDataReads(AuditRecordPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void record(RequestActor reader, String schoolId, String what, String subject) {
        PersonalDataRead read = new PersonalDataRead(UUID.randomUUID(), PersonalDataRead.TYPE,
                PersonalDataRead.VERSION, clock.instant(), reader.boardId(), schoolId, null,
                new Actor(reader.userId(), reader.role().name()), what, subject, reader.correlationId());
        publisher.publish(schoolId, read.eventId(), PersonalDataRead.TYPE, PersonalDataRead.VERSION,
                reader.correlationId(), read, ReadNotRecorded::new);
    }
}
