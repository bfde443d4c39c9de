package nl.schoolboard.sexting.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** Hands the topics of {@link DeclaredTopics} to spring-kafka's {@link KafkaAdmin}, in every service with Kafka. */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@EnableConfigurationProperties(DeclaredTopics.class)
public class DeclaredTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics declaredTopics(DeclaredTopics topics) {
        return new KafkaAdmin.NewTopics(topics.newTopics().toArray(NewTopic[]::new));
    }
}
