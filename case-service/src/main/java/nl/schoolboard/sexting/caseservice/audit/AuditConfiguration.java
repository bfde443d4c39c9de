package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.contracts.ContractJsonSerializer;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

@Configuration
class AuditConfiguration {

    /** The profile in which development keys and default places are refused. */
    static final String PRODUCTION = "prod";

    /**
     * Raw bytes in, so that one listener reads every topic's contract; stores are retried without end (a failed batch
     * is handed to the listener again after the back-off, as a whole).
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> auditListenerFactory(KafkaProperties properties) {
        Map<String, Object> config = properties.buildConsumerProperties(null);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config));
        // a poll's records to the listener at once, appended to the trail in one insert per board (AuditListener)
        factory.setBatchListener(true);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return factory;
    }

    /** The key of the chain and its checkpoints: {@code case.audit.hmac-key} (base64) or {@code -file}. */
    @Bean
    AuditKey auditKey(@Value("${case.audit.hmac-key:}") String key, @Value("${case.audit.hmac-key-file:}") String file,
                      Environment environment) {
        return AuditKey.forRun(key, file, production(environment), "case.audit.hmac-key");
    }

    @Bean
    AuditChain auditChain(AuditKey key) {
        return new AuditChain(key);
    }

    /** Outside MongoDB by design; production names its own (separate, write-once) volume. */
    @Bean
    AuditCheckpoints auditCheckpoints(@Value("${case.audit.checkpoint-dir:}") String directory, AuditKey key,
                                      Environment environment) {
        if (directory.isBlank() && production(environment)) {
            throw new IllegalStateException("The prod profile needs case.audit.checkpoint-dir: a volume apart from "
                    + "the database, where the audit trail's signed checkpoints are kept.");
        }
        return new AuditCheckpoints(Path.of(directory.isBlank() ? "audit-checkpoints" : directory), key);
    }

    @Bean
    AuditCheckpointer auditCheckpointer(AuditTrail trail, AuditCheckpoints checkpoints, Clock clock) {
        return new AuditCheckpointer(trail, checkpoints, clock);
    }

    @Bean
    ChainVerifier chainVerifier(AuditTrail trail, AuditChain chain, AuditCheckpoints checkpoints) {
        return new ChainVerifier(trail, chain, checkpoints);
    }

    /** The services the trail records, with their signing keys: {@code case.audit.producers.<service>.key}. */
    @Bean
    AuditProducers auditProducers(Environment environment) {
        return AuditProducers.configured(environment, production(environment));
    }

    /**
     * Everything case-service publishes (case events, reads of personal data, dead letters) leaves signed, so that
     * the audit trail can tell it from what anyone else puts on the same topics. The values are written as the
     * configured {@code ContractJsonSerializer} writes them.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer signedRecords(AuditProducers producers) {
        return factory -> {
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<Object, Object> typed = (DefaultKafkaProducerFactory<Object, Object>) factory;
            typed.setValueSerializer(RecordSignature.signing(new ContractJsonSerializer(), AuditProducers.CASE_SERVICE,
                    producers.ownKey()));
        };
    }

    private static boolean production(Environment environment) {
        return environment.acceptsProfiles(Profiles.of(PRODUCTION));
    }
}
