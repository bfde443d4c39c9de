package nl.schoolboard.sexting.caseservice.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.function.Function;

/**
 * Stored events name their payload type by Java class. The case's events once lived in the package of its commands;
 * events stored then still carry that name, so reading them renames the type to the package the events live in now.
 * The JSON itself is untouched: only where the class is found has changed, not what the event says.
 */
public final class MovedEventTypes extends SingleEventUpcaster {

    /** Where every case event lived until the events got a package of their own. */
    static final String FORMER_PACKAGE = "nl.schoolboard.sexting.caseservice.incident.command.";
    private static final String CURRENT_PACKAGE = CaseFact.class.getPackageName() + ".";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return type.startsWith(FORMER_PACKAGE) && type.indexOf('.', FORMER_PACKAGE.length()) < 0;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String simpleName = representation.getType().getName().substring(FORMER_PACKAGE.length());
        return representation.upcastPayload(
                new SimpleSerializedType(CURRENT_PACKAGE + simpleName, representation.getType().getRevision()),
                JsonNode.class, Function.identity());
    }
}
