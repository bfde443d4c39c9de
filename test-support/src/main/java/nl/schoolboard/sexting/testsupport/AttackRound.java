package nl.schoolboard.sexting.testsupport;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The round of an attack-surface test: every attacker tries every endpoint, each answer is judged, and every answer
 * that was not refused as it should have been is kept as a leak (who, where, what status came back). The tests differ
 * in what they attack and in what counts as a leak there; trying, counting and reporting is the same.
 *
 * @param <E> how the test names an endpoint (its {@code toString()} is what a leak reports)
 */
public final class AttackRound<E> {

    /** One attempt: the endpoint called with this token ({@code null}: without one). */
    @FunctionalInterface
    public interface Attempt<E> {
        HttpResponse<String> send(E endpoint, String token) throws Exception;
    }

    /** Whether the answer to this attacker gave away what it must not: data, a change, a server error. */
    @FunctionalInterface
    public interface Verdict<E> {
        boolean leaked(String attacker, E endpoint, HttpResponse<String> answer);
    }

    private final Attempt<E> attempt;
    private final List<String> leaks = new ArrayList<>();
    private int attempts;
    private int badRequests;

    public AttackRound(Attempt<E> attempt) {
        this.attempt = attempt;
    }

    /** Every attacker (name → token, {@code null} for none) on every endpoint, each answer judged by the verdict. */
    public AttackRound<E> tryEach(List<E> endpoints, Map<String, String> attackers, Verdict<E> verdict)
            throws Exception {
        for (E endpoint : endpoints) {
            for (Map.Entry<String, String> attacker : attackers.entrySet()) {
                HttpResponse<String> answer = attempt.send(endpoint, attacker.getValue());
                attempts++;
                badRequests += answer.statusCode() == 400 ? 1 : 0;
                if (verdict.leaked(attacker.getKey(), endpoint, answer)) {
                    leaks.add(attacker.getKey() + " -> " + endpoint + " = " + answer.statusCode());
                }
            }
        }
        return this;
    }

    public int attempts() {
        return attempts;
    }

    /** Answers of 400: a request refused for its body before it was decided whether the caller may make it at all. */
    public int badRequests() {
        return badRequests;
    }

    public List<String> leaks() {
        return List.copyOf(leaks);
    }
}
