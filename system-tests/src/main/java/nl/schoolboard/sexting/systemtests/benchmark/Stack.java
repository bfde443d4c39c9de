package nl.schoolboard.sexting.systemtests.benchmark;

import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.systemtests.GatewayClient;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local stack the benchmark measures, started in a fresh directory with the JVM options under test, and the
 * identities the load uses: school leaders of one benchmark board and school.
 */
final class Stack implements AutoCloseable {

    static final String BOARD = "bench-board";
    /** The board whose years of history part 4 generates: a board of its own, so its audit chain is the generator's. */
    static final String HISTORY_BOARD = "bench-history";
    /** May rebuild the projections ({@code case.projections.operators}). */
    static final String OPERATOR = "bench-operator";
    static final String CASES_DATABASE = LocalStack.DATABASES.get(LocalStack.CASE_SERVICE);

    private final LocalStack stack;
    private final String school = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final double startSeconds;

    private Stack(LocalStack stack, double startSeconds) {
        this.stack = stack;
        this.startSeconds = startSeconds;
    }

    /**
     * Starts the stack; its processes' output goes to their log files only, so that the figures stay readable.
     * Servers named in the environment (as for {@code ./run-local}: {@code SPRING_DATA_MONGODB_URI},
     * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}, ...) replace the embedded ones, e.g. to measure against a real MongoDB.
     */
    static Stack start(List<String> serviceJvmOptions, boolean storeInMemory) throws IOException {
        Path data = Files.createTempDirectory("benchmark-stack");
        LocalStack.Builder builder = LocalStack.builder().dataDir(data).freePorts().externalServersFromEnvironment()
                .serviceJvmOptions(serviceJvmOptions)
                .serviceArguments(LocalStack.CASE_SERVICE, "--case.projections.operators=" + OPERATOR)
                .output(new PrintStream(OutputStream.nullOutputStream()));
        LocalStack stack = (storeInMemory ? builder.mongoInMemory() : builder).build();
        long begin = System.nanoTime();
        stack.start();
        return new Stack(stack, (System.nanoTime() - begin) / 1e9);
    }

    GatewayClient schoolLeader(String userId) {
        return new GatewayClient(stack.gatewayUrl(), token(userId, "SCHOOL_LEADER"));
    }

    /** A user of the benchmark board in another role (board administrator, auditor). */
    GatewayClient signedIn(String userId, String role) {
        return new GatewayClient(stack.gatewayUrl(), token(userId, role));
    }

    /** The same user, straight to case-service: what the gateway adds is all that differs. */
    GatewayClient schoolLeaderAtCaseService(String userId) {
        return new GatewayClient(stack.serviceUrl(LocalStack.CASE_SERVICE), token(userId, "SCHOOL_LEADER"));
    }

    private String token(String userId, String role) {
        return token(userId, role, BOARD, List.of(school));
    }

    /** A user of another board, with the schools given (a school leader's schools, or none for the board's roles). */
    GatewayClient signedIn(String userId, String role, String board, List<String> schools) {
        return new GatewayClient(stack.gatewayUrl(), token(userId, role, board, schools));
    }

    private String token(String userId, String role, String board, List<String> schools) {
        return GatewayClient.token(stack.issuerUrl(), Map.of("sub", userId, "board", board, "schools", schools,
                "roles", List.of(role), "name", userId));
    }

    /** case-service's resident memory now and at its peak so far (VmRSS, VmHWM), in MiB. */
    long[] caseServiceRssAndPeakMib() {
        return Footprint.now().stream().filter(p -> p.name().equals(LocalStack.CASE_SERVICE))
                .map(p -> new long[]{p.rssKib() / 1024, p.peakKib() / 1024}).findFirst().orElse(new long[]{0, 0});
    }

    long caseServiceRssMib() {
        return Footprint.now().stream().filter(p -> p.name().equals(LocalStack.CASE_SERVICE))
                .mapToLong(Footprint.Process::rssKib).sum() / 1024;
    }

    String school() {
        return school;
    }

    double startSeconds() {
        return startSeconds;
    }

    String mongoUri() {
        return stack.mongoUri();
    }

    String caseServiceMongoUri() {
        return stack.mongoUri(LocalStack.CASE_SERVICE);
    }

    String kafka() {
        return stack.kafkaBootstrapServers();
    }

    Path dataDir() {
        return stack.dataDir();
    }

    @Override
    public void close() {
        stack.close();
    }
}
