package nl.schoolboard.sexting.localstack;

import java.time.Duration;
import java.util.Optional;

/**
 * Kafka, the MongoDB-wire store and the SMTP sink with its mail page, each started here unless an external server
 * replaces it. Kafka runs as a child process (its broker wants a JVM of its own); the store and the sink run in
 * this JVM.
 */
final class Infrastructure {

    private final StackAddresses addresses;
    private final JarLocator jars;
    private final Duration kafkaStartTimeout;
    private final boolean mongoInMemory;
    private final Console console;
    private final Lifecycle lifecycle;

    private KafkaBroker kafka;
    private MongoStore mongo;
    private MailSink mail;
    private MailPage mailPage;

    Infrastructure(StackAddresses addresses, JarLocator jars, Duration kafkaStartTimeout, boolean mongoInMemory,
                   Console console, Lifecycle lifecycle) {
        this.addresses = addresses;
        this.jars = jars;
        this.kafkaStartTimeout = kafkaStartTimeout;
        this.mongoInMemory = mongoInMemory;
        this.console = console;
        this.lifecycle = lifecycle;
    }

    void start() {
        startKafka();
        startMongo();
        startMail();
    }

    private void startKafka() {
        ExternalServers external = addresses.external();
        if (external.kafkaBootstrapServers().isPresent()) {
            console.say("Using the Kafka at " + addresses.kafkaBootstrapServers());
            return;
        }
        long begin = System.nanoTime();
        LocalStackPorts ports = addresses.ports();
        KafkaBroker broker = new KafkaBroker(addresses.dataDir(), ports.kafka(), ports.kafkaController(),
                jars.kafkaClasspath(), Leftovers.ownerMarker(addresses.dataDir()), console);
        lifecycle.register(() -> kafka = broker);
        broker.start(kafkaStartTimeout);
        console.say("Kafka ready on " + broker.bootstrapServers() + " in " + Durations.since(begin) + " (log in "
                + broker.logDir() + ")");
    }

    private void startMongo() {
        if (addresses.external().mongoUri().isPresent()) {
            console.say("Using the MongoDB at " + addresses.mongoUri());
            return;
        }
        MongoStore store = new MongoStore(addresses.dataDir(), addresses.ports().mongo(), mongoInMemory);
        lifecycle.register(() -> mongo = store);
        store.start();
        console.say("MongoDB-wire store ready on " + store.uri() + " (data in " + store.keptIn() + ")");
    }

    private void startMail() {
        if (addresses.external().smtpHost().isPresent()) {
            console.say("Using the SMTP server at " + addresses.smtpHost() + ":" + addresses.smtpPort());
            return;
        }
        MailSink sink = new MailSink(addresses.dataDir(), addresses.ports().smtp());
        MailPage page = new MailPage(sink, addresses.ports().mailPage());
        lifecycle.register(() -> {
            mail = sink;
            mailPage = page;
        });
        sink.start();
        page.start();
        console.say("SMTP sink ready on localhost:" + addresses.ports().smtp() + ", mail page " + page.url()
                + " (mail in " + sink.mailDir() + ")");
    }

    /** Stops the embedded Kafka broker (cleanly), as an outage of the broker would; its log stays on disk. */
    void stopKafka() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka is external or not started; the stack cannot stop it");
        }
        kafka.close();
    }

    /** Starts the embedded broker again, on the same ports and log, after {@link #stopKafka()}. */
    void restartKafka() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka is external or not started; the stack cannot start it");
        }
        startKafka();
    }

    /** The Kafka child process, to notice when it dies; empty with an external Kafka. */
    Optional<ChildProcess> kafkaProcess() {
        return Optional.ofNullable(kafka).map(KafkaBroker::process);
    }

    Optional<MailSink> mailSink() {
        return Optional.ofNullable(mail);
    }

    boolean hasMailPage() {
        return mailPage != null;
    }

    boolean anyRunning() {
        return kafka != null || mongo != null || mail != null;
    }

    /** Mail page, mail sink, store, Kafka: the reverse of the start. A failing step does not keep the next. */
    void stop() {
        quietly(() -> {
            if (mailPage != null) {
                mailPage.close();
            }
        });
        quietly(() -> {
            if (mail != null) {
                mail.close();
            }
        });
        quietly(() -> {
            if (mongo != null) {
                mongo.close();
            }
        });
        if (kafka != null) {
            kafka.close();
        }
    }

    private void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            console.say("While stopping: " + e);
        }
    }
}
