package nl.schoolboard.sexting.caseservice.chronology;

import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import nl.schoolboard.sexting.testsupport.TestTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A case's chronology as a Dutch PDF: what a reader of the case sees, references only where shared, audited. */
class ChronologyExportIT extends RunningCaseService {

    /** The processors that keep the case views and the timeline. */
    private static final List<String> VIEW_PROCESSORS = List.of("case-projection", "case-timeline");

    @Autowired
    EventProcessingConfiguration processing;

    private static Map<String, String> as(String user, String role, String schools) {
        return Map.of("X-Actor-Id", user, "X-Actor-Role", role, "X-Board-Id", "board-1", "X-Actor-Schools", schools);
    }

    @Test
    void the_chronology_holds_the_facts_in_dutch_without_free_text_or_references_unless_shared() throws Exception {
        Map<String, String> leader = as("leader-1", "SCHOOL_LEADER", "school-1");
        Map<String, String> care = as("care-1", "CARE_COORDINATOR", "school-1");
        String caseId = http().post("/api/cases", """
                {"schoolId":"school-1","cameToLightAt":"%s","cameToLightHow":"PUPIL_TOLD_STAFF","materialKind":"PHOTO",
                 "minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-1001","role":"VICTIM"},
                 {"pupilRef":"P-2002","role":"SENDER"}]}""".formatted(Instant.now().minusSeconds(3600)), leader)
                .json().get("caseId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId + "/timeline", care)
                .json().path("entries").size() >= 2);
        String path = "/api/cases/" + caseId + "/chronology.pdf?purpose=POLICE";

        // the views stand still: a step recorded now is only in the event store, and the export must hold it
        VIEW_PROCESSORS.forEach(name -> processing.eventProcessor(name).ifPresent(EventProcessor::shutDown));
        String rightAfterTheStep;
        try {
            assertThat(http().post("/api/cases/" + caseId + "/victim-conversation", """
                    {"occurredAt":"%s","victim":"P-1001","parentsPresent":true,"attendeeRoles":["MENTOR"],
                     "concerns":"Zij is bang dat de foto verder gaat.","perpetratorsKnown":true}"""
                    .formatted(Instant.now().minusSeconds(1800)), care).status()).isEqualTo(200);
            rightAfterTheStep = text(pdf(path, care).body());
        } finally {
            VIEW_PROCESSORS.forEach(name -> processing.eventProcessor(name).ifPresent(EventProcessor::start));
        }
        assertThat(rightAfterTheStep).as("the step just recorded, while the views were behind")
                .contains("Gesprek met het slachtoffer");

        HttpResponse<byte[]> forThePolice = pdf(path, care);
        assertThat(forThePolice.statusCode()).isEqualTo(200);
        assertThat(forThePolice.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = text(forThePolice.body());
        assertThat(text).contains("Chronologie van een dossier voor de politie", "Melding gedaan",
                "Gesprek met het slachtoffer", "leerling 1 (slachtoffer)", "leerling 2 (verzender)", "zorgcoördinator")
                .doesNotContain("P-1001", "P-2002", "bang dat de foto");

        String shared = text(pdf(path + "&shareReferences=true", leader).body());
        assertThat(shared).contains("leerling P-1001 (slachtoffer)", "leerling P-2002 (verzender)")
                .doesNotContain("bang dat de foto");

        assertThat(pdf(path + "&shareReferences=true", care).statusCode()).as("the leader's decision").isEqualTo(403);
        assertThat(pdf(path, as("care-9", "CARE_COORDINATOR", "school-2")).statusCode()).isEqualTo(404);
        assertThat(pdf("/api/cases/" + caseId + "/chronology.pdf?purpose=FRIENDS", care).statusCode()).isEqualTo(400);

        Map<String, String> auditor = as("fg-1", "AUDITOR", "");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().get("/api/audit?caseId=" + caseId, auditor).json().findValuesAsText("what"))
                .contains("CHRONOLOGY_EXPORT_POLICE", "CHRONOLOGY_EXPORT_POLICE_WITH_REFERENCES"));
    }

    private HttpResponse<byte[]> pdf(String path, Map<String, String> as) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.token(as.get("X-Actor-Id"), as.get("X-Actor-Role"),
                        as.get("X-Board-Id"), java.util.List.of(as.get("X-Actor-Schools").split(","))))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
