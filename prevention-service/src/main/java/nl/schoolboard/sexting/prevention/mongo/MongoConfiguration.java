package nl.schoolboard.sexting.prevention.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores {@code LocalDate} and {@code Instant} with the driver's own codecs (UTC), so that a due date read back is
 * the date written whatever the time zone of the machine; Spring Data's default converts through the system zone.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
