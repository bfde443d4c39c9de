package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure part of the local stack (Kafka child process, MongoDB-wire store on H2, SMTP sink and mail
 * page, development OIDC issuer child process) on free ports in a temporary data dir: it works through plain
 * clients, and a second start on the same data dir finds the record, the document and the mail again, and the
 * issuer signs with the same key.
 */
class LocalStackInfrastructureIT {

    private static final String TOPIC = "local-stack-check";
    private static final String SUBJECT = "Melding <b>incident</b> & vervolg";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void kafka_mongo_and_mail_work_and_survive_a_restart_on_the_same_data_dir() throws Exception {
        String caseId = UUID.randomUUID().toString();
        LocalStackPorts ports;
        String issuerKid;

        try (LocalStack stack = infrastructure().freePorts().build()) {
            stack.start();
            ports = stack.ports();

            produce(stack.kafkaBootstrapServers(), caseId, "{\"type\":\"IncidentReported\"}");
            assertThat(consumeFromBeginning(stack.kafkaBootstrapServers()))
                    .extracting(ConsumerRecord::key).contains(caseId);

            try (MongoClient mongo = MongoClients.create(stack.mongoUri("case-service"))) {
                cases(mongo).insertOne(new Document("_id", caseId).append("school", "De Regenboog"));
                assertThat(cases(mongo).find(new Document("_id", caseId)).first())
                        .containsEntry("school", "De Regenboog");
                assertThat(mongo.getDatabase("cases").runCommand(new Document("hello", 1)))
                        .as("the command Spring Boot's Mongo health check sends")
                        .containsEntry("isWritablePrimary", true);
            }

            sendMail(stack.smtpHost(), stack.smtpPort());
            assertThat(stack.greenMail().waitForIncomingEmail(10_000, 1)).isTrue();
            assertMailIsListed(stack);

            assertThat(stack.issuerUrl()).isEqualTo("http://localhost:" + ports.issuer());
            Document discovery = Document.parse(getOk(stack.issuerUrl() + "/.well-known/openid-configuration"));
            assertThat(discovery.getString("issuer")).isEqualTo(stack.issuerUrl());
            assertThat(discovery.getString("jwks_uri")).isEqualTo(stack.issuerUrl() + "/oauth2/jwks");
            issuerKid = issuerKid(stack);
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(stack.issuerUrl() + "/dev/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"demo-leader\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(Document.parse(token.body()).getString("access_token")).isNotBlank();
            assertThat(stack.demoUsers()).hasValueSatisfying(table -> assertThat(table)
                    .contains("demo-leader", "SCHOOL_LEADER", "school-noord", "demo-auditor", "other-board"));
        }

        assertThat(KafkaBroker.accepts(ports.kafka())).as("Kafka stopped with the stack").isFalse();
        assertThat(dataDir.resolve("kafka/log/meta.properties")).exists();
        assertThat(dataDir.resolve("kafka/log/" + TOPIC + "-0")).isDirectory();
        assertThat(dataDir.resolve("mongo/local-stack.mv.db")).exists();
        assertThat(Files.readString(dataDir.resolve("logs/kafka.log"))).contains("Kafka Server started");
        assertThat(dataDir.resolve("dev-issuer/jwk.json")).exists();
        assertThat(Files.readString(dataDir.resolve("logs/dev-issuer.log"))).contains("demo-leader-zuid");

        try (LocalStack again = infrastructure().ports(ports).build()) {
            again.start();

            assertThat(consumeFromBeginning(again.kafkaBootstrapServers()))
                    .anySatisfy(record -> {
                        assertThat(record.key()).isEqualTo(caseId);
                        assertThat(record.value()).isEqualTo("{\"type\":\"IncidentReported\"}");
                    });
            try (MongoClient mongo = MongoClients.create(again.mongoUri("case-service"))) {
                assertThat(cases(mongo).find(new Document("_id", caseId)).first())
                        .containsEntry("school", "De Regenboog");
            }
            assertThat(again.greenMail().getReceivedMessages()).as("GreenMail itself forgets").isEmpty();
            assertMailIsListed(again);
            assertThat(issuerKid(again)).as("the issuer signs with the key of the first start").isEqualTo(issuerKid);
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Kafka ready on localhost:" + ports.kafka())
                .contains("Development OIDC issuer ready on http://localhost:" + ports.issuer())
                .contains("Demo users")
                .contains("demo-counsellor");
    }

    @Test
    void refuses_to_start_when_a_port_is_taken_says_which_and_stops_what_it_started() throws Exception {
        try (LocalStack first = infrastructure().freePorts().build()) {
            first.start();
            LocalStackPorts free = LocalStackPorts.free();
            LocalStackPorts clashing = new LocalStackPorts(free.kafka(), free.kafkaController(),
                    first.ports().mongo(), free.smtp(), free.mailPage(), free.caseService(),
                    free.notificationService(), free.preventionService(), free.gateway(), free.issuer());
            try (LocalStack second = LocalStack.builder().repositoryRoot(first.repositoryRoot())
                    .dataDir(dataDir.resolve("second")).services(false).ports(clashing)
                    .output(new PrintStream(output, true, StandardCharsets.UTF_8)).build()) {

                assertThatThrownBy(second::start)
                        .isInstanceOf(LocalStackException.class)
                        .hasMessageContaining("Port " + first.ports().mongo() + " (MongoDB-wire store)");
                assertThat(KafkaBroker.accepts(clashing.kafka()))
                        .as("the broker started before the failure is stopped again").isFalse();
            }
        }
    }

    private LocalStack.Builder infrastructure() {
        return LocalStack.builder()
                .repositoryRoot(Path.of("").toAbsolutePath().getParent())
                .dataDir(dataDir)
                .services(false)
                .output(new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String issuerKid(LocalStack stack) throws Exception {
        return Document.parse(getOk(stack.issuerUrl() + "/oauth2/jwks")).getList("keys", Document.class).get(0)
                .getString("kid");
    }

    private String getOk(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static MongoCollection<Document> cases(MongoClient mongo) {
        return mongo.getDatabase("cases").getCollection("case_summaries");
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeFromBeginning(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static void sendMail(String host, int port) throws Exception {
        Properties config = new Properties();
        config.put("mail.smtp.host", host);
        config.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(config));
        message.setFrom(new InternetAddress("meldpunt@schoolbestuur.example"));
        message.setRecipients(Message.RecipientType.TO, "ouder@example.nl, mentor@school.example");
        message.setSubject(SUBJECT, "UTF-8");
        message.setText("Beste ouder,\n<script>alert('x')</script>\nMet vriendelijke groet", "UTF-8");
        Transport.send(message);
    }

    private void assertMailIsListed(LocalStack stack) throws Exception {
        assertThat(stack.receivedMail()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo(SUBJECT);
            assertThat(mail.to()).containsExactly("ouder@example.nl", "mentor@school.example");
            assertThat(mail.body()).contains("Beste ouder,");
        });

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(stack.mailPageUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("Melding &lt;b&gt;incident&lt;/b&gt; &amp; vervolg")
                .contains("ouder@example.nl, mentor@school.example")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("<b>incident</b>");
    }
}
