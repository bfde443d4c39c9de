package nl.schoolboard.sexting.caseservice.incident.query;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Once the service is up: when any stored case view is of an older {@link CaseViewShape} than this build writes, the
 * views are rebuilt from the event store ({@link ProjectionRebuild}), so that no reader mixes views with and without
 * a field. Views of a newer shape are left alone: during a rolling update the older instance must not throw away
 * what the newer one built.
 *
 * <p>With other instances running, the rebuild is refused (they hold the processors); the service then starts with
 * the views as they are and says in the log what the operator must do.</p>
 */
@Component
record RebuildViewsOfAnOlderShape(MongoTemplate mongo, ProjectionRebuild rebuild) implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildViewsOfAnOlderShape.class);

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(RebuildProjectionsOnStartup.OPTION)) {
            return; // rebuilt on request anyway
        }
        Document older = olderView();
        if (older == null) {
            return;
        }
        log.info("Case views of an older shape are stored (case {} has shape {}, this build writes shape {}): "
                        + "rebuilding the views from the event store; lists and figures are incomplete until it has caught up",
                older.get("_id"), older.get(CaseViewShape.FIELD, 1), CaseViewShape.CURRENT);
        try {
            rebuild.rebuild();
        } catch (ProjectionRebuild.RebuildRefused refused) {
            log.warn("Case views of an older shape are stored, but they cannot be rebuilt now: {} Until then the "
                    + "dashboard's medians leave out the older views. Once the other instances are stopped, restart "
                    + "this one or ask for a rebuild (POST /api/cases/projections/rebuild).", refused.getMessage());
        }
    }

    /** One view stored before the current shape (without the field: the first shape), or null when there is none. */
    private Document olderView() {
        Document older = new Document("$or", List.of(
                new Document(CaseViewShape.FIELD, new Document("$exists", false)),
                new Document(CaseViewShape.FIELD, new Document("$lt", CaseViewShape.CURRENT))));
        return mongo.getCollection(mongo.getCollectionName(CaseView.class)).find(older)
                .projection(new Document(CaseViewShape.FIELD, 1)).limit(1).first();
    }
}
