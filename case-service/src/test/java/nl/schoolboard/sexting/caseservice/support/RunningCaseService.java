package nl.schoolboard.sexting.caseservice.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * case-service on a random port with an embedded KRaft broker, reached over HTTP as a client would reach it. Each
 * test class has a database of its own on the in-process MongoDB-wire server ({@link DatabaseOfItsOwn}), so that
 * classes do not see each other's cases. Tracing and the Prometheus registry are on, as in production (Spring Boot's
 * tests leave them off unless asked).
 */
@AutoConfigureObservability
@DatabaseOfItsOwn
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class RunningCaseService {

    @LocalServerPort
    protected int port;
    /** The embedded broker's address, for reading what the relay published. */
    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;
    /** The class's own database ({@link DatabaseOfItsOwn}): what the service stored, to read or to tamper with. */
    @Autowired
    protected MongoTemplate mongo;

    protected Http http() {
        return new Http("http://localhost:" + port);
    }
}
