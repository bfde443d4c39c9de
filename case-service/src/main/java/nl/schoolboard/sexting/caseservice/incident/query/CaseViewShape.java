package nl.schoolboard.sexting.caseservice.incident.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Which fields a stored case view has, as a number the projection writes on every view it saves ({@code shape}, in the
 * document only: it is how the view was stored, not part of the case, so no answer shows it). A view saved by an
 * older build lacks what later builds added, and a reader would take the missing field for "not yet" (a dashboard
 * would compute its medians over the views that happen to be new); {@link RebuildViewsOfAnOlderShape} finds such
 * views at start-up and has them built again.
 *
 * <ol>
 *   <li>(no {@code shape} field) the views up to the first steps' moments</li>
 *   <li>with {@code firstVictimConversationAt} and {@code firstPoliceContactAt}</li>
 * </ol>
 * Raise {@link #CURRENT} whenever {@link CaseFold} adds or changes a field of the view.
 */
@Component
record CaseViewShape() implements BeforeSaveCallback<CaseView> {

    static final String FIELD = "shape";
    static final int CURRENT = 2;

    @Override
    public CaseView onBeforeSave(CaseView view, Document document, String collection) {
        document.put(FIELD, CURRENT);
        return view;
    }
}
