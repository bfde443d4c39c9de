package nl.schoolboard.sexting.caseservice.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;
import java.util.Objects;

/**
 * Before the victim's voice was recorded, the police decision (up to revision 2, after {@link RolesBecameCodes}) and
 * the team briefing (no revision) held no wishes. Read now, they say so: the victim's and the parents' wishes are
 * {@code NOT_RECORDED} — not "not asked", since nobody knows whether they were.
 */
public final class WishesWereNotRecorded extends SingleEventUpcaster {

    private record Change(String from, String to, String notRecorded) {
    }

    private static final Map<String, Change> CHANGES = Map.of(
            PoliceContacted.class.getName(), new Change(RolesBecameCodes.REVISION, "3", ReportWish.NOT_RECORDED.name()),
            TeamBriefed.class.getName(), new Change(null, "2", DiscussionWish.NOT_RECORDED.name()));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        Change change = CHANGES.get(representation.getType().getName());
        return change != null && Objects.equals(change.from(), representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        Change change = CHANGES.get(representation.getType().getName());
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), change.to()),
                JsonNode.class, payload -> {
                    if (payload instanceof ObjectNode event) {
                        event.put("victimWish", change.notRecorded());
                        event.put("parentsWish", change.notRecorded());
                    }
                    return payload;
                });
    }
}
