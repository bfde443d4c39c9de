package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.contracts.Topics;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An embedded KRaft broker for a test of the whole service: with every topic the service reads or writes, at the
 * address Spring Kafka connects to. One declaration, so that a topic the service starts to use is added for all of
 * its tests at once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmbeddedKafka(kraft = true, partitions = 1,
        topics = {Topics.CASE_EVENTS, Topics.CASE_EVENTS_DEAD_LETTER, Topics.NOTIFICATION_EVENTS,
                Topics.PERSONAL_DATA_READS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@interface EmbeddedBroker {
}
