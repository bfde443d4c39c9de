package nl.schoolboard.sexting.platform.calendar;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The clock a service reads the time from: the system's, in UTC, unless the service or a test declares a
 * {@link Clock} of its own (a test's clock that it moves by hand). Code asks for the clock instead of calling
 * {@code Instant.now()}, so that deadlines, digests and plans can be tested on any day.
 */
@AutoConfiguration
public class SystemClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
