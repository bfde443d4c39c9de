package nl.schoolboard.sexting.caseservice.incident.query;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar case-service.jar --rebuild-projections}: starts the service as usual and, once it is up, rebuilds
 * the case views from the event store (see {@link ProjectionRebuild}). Without the switch nothing happens here.
 */
@Component
record RebuildProjectionsOnStartup(ProjectionRebuild rebuild) implements ApplicationRunner {

    static final String OPTION = "rebuild-projections";

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            rebuild.rebuild();
        }
    }
}
