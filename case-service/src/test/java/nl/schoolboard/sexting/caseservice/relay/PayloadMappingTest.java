package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.PoliceContactedPayload;
import nl.schoolboard.sexting.contracts.payload.VictimInterviewedPayload;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadMappingTest {

    @Test
    void every_kind_of_case_fact_has_a_published_payload() {
        List<Class<? extends CaseFact>> facts = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(CaseFact.class).stream()
                .filter(type -> type.isAssignableTo(CaseFact.class) && !type.isInterface())
                .<Class<? extends CaseFact>>map(type -> type.reflect().asSubclass(CaseFact.class))
                .toList();

        assertThat(facts).hasSizeGreaterThanOrEqualTo(29);
        assertThat(PayloadMapping.mappedFacts()).containsExactlyInAnyOrderElementsOf(facts);
    }

    @Test
    void a_role_once_written_in_words_is_not_published() {
        PoliceContactedPayload police = (PoliceContactedPayload) PayloadMapping.payloadOf(new PoliceContacted(
                CaseFactSamples.CASE, CaseFactSamples.OCCURRED_AT, Values.PoliceDecision.AANGIFTE,
                ConversationRole.OTHER, "PL09-123", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED));
        VictimInterviewedPayload interview = (VictimInterviewedPayload) PayloadMapping.payloadOf(new VictimInterviewed(
                CaseFactSamples.CASE, CaseFactSamples.OCCURRED_AT, new PersonRef("P-1"), false,
                List.of(ConversationRole.MENTOR, ConversationRole.OTHER), null, false, null));

        assertThat(police.decidedByRole()).isNull();
        assertThat(interview.attendeeRoles()).containsExactly(new Code("MENTOR"));
    }
}
