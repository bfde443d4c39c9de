package nl.schoolboard.sexting.caseservice.dashboard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The board's schools by name, from configuration ({@code case.schools.<school id>.name}): the board keeps its own
 * list of schools (BRIN number and name) and gives it to the service; the figures show a school by that name, and by
 * its id where the list does not have it.
 */
@Component
class SchoolRegistry {

    /** One school as the board lists it. */
    record School(String name) {
    }

    private final Map<String, School> schools;

    @Autowired
    SchoolRegistry(Environment environment) {
        this(Binder.get(environment).bind("case.schools", Bindable.mapOf(String.class, School.class)).orElse(Map.of()));
    }

    SchoolRegistry(Map<String, School> schools) {
        this.schools = Map.copyOf(schools);
    }

    String nameOf(String schoolId) {
        School school = schools.get(schoolId);
        return school == null || school.name() == null || school.name().isBlank() ? schoolId : school.name();
    }
}
