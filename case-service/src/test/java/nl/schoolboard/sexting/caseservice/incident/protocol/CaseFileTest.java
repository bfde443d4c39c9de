package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFileTest {

    /** Java 17 has no exhaustive switch over types: the sealed list of facts stands in for it. */
    @Test
    void the_file_knows_what_every_kind_of_fact_changes() {
        assertThat(Arrays.stream(CaseFact.class.getPermittedSubclasses()).filter(type -> !CaseFile.knows(type.asSubclass(CaseFact.class))))
                .as("facts without a line in CaseFile's table").isEmpty();
    }
}
