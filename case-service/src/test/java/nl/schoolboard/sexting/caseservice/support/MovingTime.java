package nl.schoolboard.sexting.caseservice.support;

import nl.schoolboard.sexting.testsupport.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/** The service's clock, moved by hand: a test autowires the {@link MovableClock} and advances it. */
@TestConfiguration
public class MovingTime {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(Instant.now());
    }
}
