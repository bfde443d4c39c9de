package nl.schoolboard.sexting.systemtests;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.localstack.ReceivedMail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static nl.schoolboard.sexting.systemtests.RunningSystem.awaitMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The messages that must reach their reader, through the gateway on the real local stack: the team briefing read by
 * exactly the briefed teacher; the parents of a suspected pupil invited to a conversation and sent the school's
 * decision, each with a letter as PDF and the school's own reply address; a case's chronology as a PDF, audited.
 */
class ReachSystemIT {

    private static final String BOARD = "board-1";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SCHOOL = "school-reach-" + RUN;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final String LEADER_REF = "L1-" + RUN;
    private static final String BRIEFED_REF = "S1-" + RUN;
    private static final String NOT_BRIEFED_REF = "S2-" + RUN;
    private static final String VICTIM = "P1-" + RUN;
    private static final String SENDER = "P2-" + RUN;
    private static final String FORWARDER = "P3-" + RUN;
    private static final String SCHOOL_MAILBOX = "administratie-" + RUN + "@horizon.example";
    private static final String SENDER_PARENT = "ouder-" + RUN + "@thuis.example";
    private static final String FORWARDER_PARENT = "ouder3-" + RUN + "@thuis.example";

    static LocalStack stack;
    static GatewayClient leader;
    static String leaderToken;
    static GatewayClient briefed;
    static GatewayClient notBriefed;
    static GatewayClient auditor;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = RunningSystem.stack();
        leaderToken = GatewayClient.token(stack.issuerUrl(), Map.of("sub", LEADER_REF, "board", BOARD,
                "schools", List.of(SCHOOL), "roles", List.of("SCHOOL_LEADER"), "name", "leader"));
        leader = new GatewayClient(stack.gatewayUrl(), leaderToken);
        briefed = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), BRIEFED_REF, "TEAM_MEMBER", BOARD,
                List.of(SCHOOL));
        notBriefed = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), NOT_BRIEFED_REF, "TEAM_MEMBER",
                BOARD, List.of(SCHOOL));
        auditor = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "FG1-" + RUN, "AUDITOR", BOARD,
                List.of());
    }

    @Test
    void the_briefing_the_parents_letters_and_the_chronology_reach_exactly_their_readers() throws Exception {
        // the school's directory: its team, the parents, and how parents reach the school
        assertThat(leader.postCsv(directory() + "/staff.csv", """
                staffRef,roles,email
                %s,SCHOOL_LEADER,leider-%s@school.example
                %s,TEAM_MEMBER,docent1-%s@school.example
                %s,TEAM_MEMBER,docent2-%s@school.example
                """.formatted(LEADER_REF, RUN, BRIEFED_REF, RUN, NOT_BRIEFED_REF, RUN)).status()).isEqualTo(200);
        assertThat(leader.postCsv(directory() + "/guardians.csv", """
                pupilRef,email,name,language
                %s,%s,,nl
                %s,%s,,nl
                """.formatted(SENDER, SENDER_PARENT, FORWARDER, FORWARDER_PARENT)).status()).isEqualTo(200);
        GatewayClient.Response contact = leader.put(directory() + "/contact", """
                {"schoolName":"De Horizon %s","replyTo":"%s","phone":"050-1234567","address":"Schoolstraat 1, Groningen"}"""
                .formatted(RUN, SCHOOL_MAILBOX));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);

        String caseId = report();

        // the team briefing: the briefed teacher reads it through the gateway, a colleague finds nothing
        String summary = "Let in de klas op opmerkingen over foto's; de mentor neemt het voortouw.";
        step(caseId, "team-briefing", """
                {"occurredAt":"%s","staff":["%s"],"sharedSummary":"%s","namesShared":false,"classDiscussion":"NOT_DISCUSSED"}"""
                .formatted(ago(50), BRIEFED_REF, summary));
        GatewayClient.Response read = await().atMost(PATIENCE).until(
                () -> briefed.get("/api/cases/" + caseId + "/team-briefing"), answer -> answer.status() == 200);
        assertThat(read.json().get("briefings").get(0).get("summary").asText()).isEqualTo(summary);
        GatewayClient.Response refused = notBriefed.get("/api/cases/" + caseId + "/team-briefing");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("opmerkingen");

        // the suspected pupil's parents: an invitation, then the school's decision, each with a letter
        step(caseId, "guardians-invitation", """
                {"occurredAt":"%s","pupil":"%s","conversationAt":"2030-11-26T14:30:00Z","place":"AT_SCHOOL",
                 "hosts":["MENTOR","CARE_COORDINATOR"]}""".formatted(ago(40), SENDER));
        ReceivedMail invitation = awaitMail(PATIENCE, mail -> mail.to().contains(SENDER_PARENT)
                && mail.subject().startsWith("Uitnodiging"));
        MimeMessage invitationMime = mime(invitation);
        assertThat(Arrays.stream(invitationMime.getReplyTo()).map(a -> ((InternetAddress) a).getAddress()))
                .as("a reply reaches the school itself").containsExactly(SCHOOL_MAILBOX);
        assertThat(invitation.body()).contains("dinsdag 26 november 2030 om 15:30", "de mentor en de zorgcoördinator");
        String invitationLetter = pdfText(attachments(invitationMime).get(0));
        assertThat(invitationLetter).contains("Uitnodiging voor een gesprek", "De Horizon " + RUN,
                "dinsdag 26 november 2030", "15:30", "Schoolstraat 1, Groningen")
                .doesNotContain(VICTIM, SENDER, FORWARDER);

        step(caseId, "sanctions", """
                {"occurredAt":"%s","person":"%s","kind":"DETENTION","from":"2030-11-20","until":"2030-11-20",
                 "reason":"doorgestuurd"}""".formatted(ago(35), FORWARDER));
        step(caseId, "sanctions", """
                {"occurredAt":"%s","person":"%s","kind":"SUSPENSION","from":"2030-11-23","until":"2030-11-25",
                 "reason":"gemaakt en verspreid"}""".formatted(ago(30), SENDER));
        step(caseId, "guardians-informed", """
                {"occurredAt":"%s","pupil":"%s","fact":"SANCTION_IMPOSED"}""".formatted(ago(20), SENDER));
        ReceivedMail decision = awaitMail(PATIENCE, mail -> mail.to().contains(SENDER_PARENT)
                && mail.subject().contains("maatregel"));
        MimeMessage decisionMime = mime(decision);
        assertThat(Arrays.stream(decisionMime.getReplyTo()).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactly(SCHOOL_MAILBOX);
        String decisionLetter = pdfText(attachments(decisionMime).get(0));
        assertThat(decisionLetter).contains("Besluit over een maatregel voor uw kind", "schorsing",
                "zaterdag 23 november 2030", "maandag 25 november 2030")
                .as("no other pupil, nor the other pupil's measure")
                .doesNotContain(VICTIM, SENDER, FORWARDER, "nablijven", "20 november 2030")
                .as("never the reason the school wrote down").doesNotContain("verspreid");
        assertThat(stack.receivedMail()).as("the forwarder's parents were told nothing")
                .noneMatch(mail -> mail.to().contains(FORWARDER_PARENT));

        // the chronology for the police, through the gateway, and its export in the audit trail
        HttpResponse<byte[]> chronology = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        stack.gatewayUrl() + "/api/cases/" + caseId + "/chronology.pdf?purpose=POLICE"))
                .header("Authorization", "Bearer " + leaderToken).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(chronology.statusCode()).isEqualTo(200);
        String chronologyText = pdfText(chronology.body());
        assertThat(chronologyText).contains("Chronologie van een dossier voor de politie", "Melding gedaan",
                "Maatregel opgelegd", "Ouders uitgenodigd voor een gesprek", "leerling 2 (verzender)")
                .doesNotContain(VICTIM, SENDER, FORWARDER, summary, "verspreid");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                auditor.get("/api/audit?caseId=" + caseId).json().findValuesAsText("what"))
                .contains("TEAM_BRIEFING", "CHRONOLOGY_EXPORT_POLICE"));
    }

    // ---- the school's side --------------------------------------------------------------------------------

    private static String directory() {
        return "/api/notifications/directory/boards/" + BOARD + "/schools/" + SCHOOL;
    }

    private static String ago(int minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).toString();
    }

    private static String report() {
        GatewayClient.Response accepted = leader.post("/api/cases", """
                {"schoolId":"%s","cameToLightAt":"%s","cameToLightHow":"VICTIM_TOLD_STAFF",
                 "materialKind":"PHOTO","platforms":["SNAPCHAT"],"minorNudeInvolved":false,
                 "involvedPupils":[{"pupilRef":"%s","role":"VICTIM"},{"pupilRef":"%s","role":"SENDER"},
                 {"pupilRef":"%s","role":"FORWARDER"}],"yearGroups":["3"]}"""
                .formatted(SCHOOL, ago(60), VICTIM, SENDER, FORWARDER), Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        return accepted.json().get("caseId").asText();
    }

    private static void step(String caseId, String step, String json) {
        GatewayClient.Response answer = leader.post("/api/cases/" + caseId + "/" + step, json, Map.of());
        assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(200);
    }

    // ---- what arrived -------------------------------------------------------------------------------------

    private static MimeMessage mime(ReceivedMail mail) throws Exception {
        try (InputStream in = Files.newInputStream(mail.file())) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** The attached files of a mail, as bytes, in order. */
    private static List<byte[]> attachments(MimeMessage message) throws Exception {
        List<byte[]> files = new ArrayList<>();
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    try (InputStream in = part.getInputStream()) {
                        files.add(in.readAllBytes());
                    }
                }
            }
        }
        assertThat(files).as("the letter is attached").isNotEmpty();
        return files;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
