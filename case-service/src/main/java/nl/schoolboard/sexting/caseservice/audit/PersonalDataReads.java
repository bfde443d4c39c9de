package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.PersonalDataEvent;
import nl.schoolboard.sexting.contracts.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Records that someone read a case's personal data, before they get it: the read is published for the audit trail
 * and acknowledged by the broker first. If it cannot be recorded, the read fails (503) rather than go unrecorded.
 */
@Component
public class PersonalDataReads {

    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration timeout;

    PersonalDataReads(KafkaTemplate<String, Object> kafka, Clock clock,
                      @Value("${case.audit.read-record-timeout:PT5S}") Duration timeout) {
        this.kafka = kafka;
        this.clock = clock;
        this.timeout = timeout;
    }

    /**
     * @param what    code of what was read, e.g. {@code CASE_DETAIL}
     * @param subject the pupil read about, or null when the read concerns the whole case
     */
    public void record(RequestActor reader, String schoolId, String caseId, String what, String subject) {
        PersonalDataEvent read = PersonalDataEvent.read(clock.instant(), reader.boardId(), schoolId, caseId,
                new Actor(reader.userId(), reader.role().name()), what, subject, reader.correlationId());
        try {
            kafka.send(Topics.PERSONAL_DATA_READS, caseId, read).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadNotRecorded(e);
        } catch (Exception e) {
            throw new ReadNotRecorded(e);
        }
    }

    /** The read could not be recorded, so it is not served. */
    public static class ReadNotRecorded extends RuntimeException {
        ReadNotRecorded(Throwable cause) {
            super("The read could not be recorded for the audit trail, so it is not served. Try again in a moment.", cause);
        }
    }
}
