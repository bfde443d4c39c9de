package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.event.AftercareConversationHeld;
import nl.schoolboard.sexting.caseservice.incident.event.AftercarePlanned;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The part of a {@link CaseFile} about the care around the victim once the first steps are taken: which bystanders were
 * spoken to, whether a takedown was asked, whether the image spread, and the aftercare planned and held per victim.
 */
final class CareAroundTheVictim {

    private final Set<PersonRef> bystandersSpokenTo = new HashSet<>();
    private boolean takedownRequested;
    private boolean furtherDistribution;
    private final Map<PersonRef, Integer> aftercarePlanned = new HashMap<>();
    private final Map<PersonRef, Integer> aftercareHeld = new HashMap<>();

    void spokenTo(PersonRef bystander) {
        bystandersSpokenTo.add(bystander);
    }

    void takedownRequested() {
        takedownRequested = true;
    }

    void furtherDistribution() {
        furtherDistribution = true;
    }

    void planned(AftercarePlanned e) {
        aftercarePlanned.merge(e.victim(), e.conversationsDue().size(), Integer::sum);
    }

    void held(AftercareConversationHeld e) {
        aftercareHeld.merge(e.victim(), 1, Integer::sum);
    }

    boolean hasSpokenTo(PersonRef bystander) {
        return bystandersSpokenTo.contains(bystander);
    }

    boolean takedownWasRequested() {
        return takedownRequested;
    }

    boolean furtherDistributionReported() {
        return furtherDistribution;
    }

    boolean aftercarePlannedFor(PersonRef victim) {
        return aftercarePlanned.containsKey(victim);
    }

    boolean anyAftercarePlanned() {
        return !aftercarePlanned.isEmpty();
    }

    /** Every victim had as many follow-up conversations as were planned for them. */
    boolean aftercareDone() {
        return aftercarePlanned.entrySet().stream()
                .allMatch(planned -> aftercareHeld.getOrDefault(planned.getKey(), 0) >= planned.getValue());
    }
}
