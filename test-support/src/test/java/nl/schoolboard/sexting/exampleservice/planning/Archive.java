package nl.schoolboard.sexting.exampleservice.planning;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Repository;

/** A component of the example service written as a record that Spring would have to proxy, twice over. */
@Repository
record Archive(Step step) {

    @Async
    void keep() {
    }
}
