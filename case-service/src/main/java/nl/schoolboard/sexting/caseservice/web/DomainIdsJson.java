package nl.schoolboard.sexting.caseservice.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.function.Function;

/**
 * Identifiers as plain strings in JSON ({@code "person": "P-1"}, not {@code {"value": "P-1"}}), both ways, so that
 * request bodies read naturally. The domain's value types stay free of Jackson annotations.
 */
@Configuration
class DomainIdsJson {

    @Bean
    Module domainIdentifiers() {
        SimpleModule module = new SimpleModule("domain-identifiers");
        asString(module, CaseId.class, CaseId::value, CaseId::new);
        asString(module, BoardId.class, BoardId::value, BoardId::new);
        asString(module, SchoolId.class, SchoolId::value, SchoolId::new);
        asString(module, PersonRef.class, PersonRef::value, PersonRef::new);
        return module;
    }

    private static <T> void asString(SimpleModule module, Class<T> type, Function<T, String> value, Function<String, T> of) {
        module.addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T id, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.apply(id));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
                if (in.currentToken().isStructStart()) {
                    // events stored before identifiers were written as strings: {"value": "..."}
                    return of.apply(in.readValueAsTree().get("value").toString().replace("\"", ""));
                }
                return of.apply(in.getValueAsString());
            }
        });
    }
}
