package nl.schoolboard.sexting.caseservice.incident.people;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessment the protocol needs, derived from the people's facts: who is a victim, who is suspected of an offence
 * and why, who acted within the peer exception. The system proposes ({@link #propose}); the school leader decides,
 * and may deviate per person with a reason ({@link #decide}). The police grounds follow from who is, in the end,
 * suspected.
 *
 * <p>The rules, read from art. 252 Sr (the former art. 240b Sr) as the Wet seksuele misdrijven left it (docs/domain.md): making or sharing
 * an image of someone else without their consent, pressing for it, extortion and distribution are punishable; an
 * adult (staff, an outsider, anyone outside the age rules) who asks for, receives or keeps an image of a minor is
 * suspected; self-made material shared voluntarily between peers is not punishable for the maker nor for the peer
 * it was meant for. Ages not known means no exception is proposed: the leader decides.</p>
 *
 * @param findings  per person in the case that has facts, what was found
 * @param grounds   per suspected person, why the police must be involved
 */
public record Assessment(List<PersonFinding> findings, Map<PersonRef, Set<PoliceGround>> grounds) {

    private static final Set<Act> ADULT_OFFENCES = EnumSet.of(Act.MADE_IMAGE, Act.SHARED, Act.FORWARDED,
            Act.ASKED_OR_PRESSURED, Act.THREATENED_OR_EXTORTED, Act.RECEIVED);

    public static Assessment propose(Map<PersonRef, PersonFacts> people, AgeRules rules) {
        Map<PersonRef, Set<PoliceGround>> grounds = new LinkedHashMap<>();
        people.forEach((person, facts) -> {
            Set<PoliceGround> why = groundsAgainst(person, facts, people, rules);
            if (!why.isEmpty()) {
                grounds.put(person, why);
            }
        });
        List<PersonFinding> findings = new ArrayList<>();
        people.forEach((person, facts) -> {
            Set<Finding> found = EnumSet.noneOf(Finding.class);
            if (grounds.containsKey(person)) {
                found.add(Finding.SUSPECTED);
            }
            boolean someoneElseSuspected = grounds.keySet().stream().anyMatch(other -> !other.equals(person));
            if (facts.did(Act.PICTURED) && someoneElseSuspected) {
                found.add(Finding.VICTIM);
            }
            if (!found.contains(Finding.SUSPECTED) && withinPeerException(person, facts, people, rules)) {
                found.add(Finding.WITHIN_PEER_EXCEPTION);
            }
            findings.add(new PersonFinding(person, found));
        });
        return new Assessment(List.copyOf(findings), Map.copyOf(grounds));
    }

    /**
     * The school leader's decision: the proposal, with the findings of the people named in {@code deviations}
     * replaced. A suspect made not suspected takes their police grounds with them; a person made suspected against
     * the proposal adds no ground the facts do not give.
     */
    public Assessment decide(List<PersonFinding> deviations) {
        Map<PersonRef, PersonFinding> byPerson = new LinkedHashMap<>();
        findings.forEach(f -> byPerson.put(f.person(), f));
        deviations.forEach(f -> byPerson.put(f.person(), f));
        Map<PersonRef, Set<PoliceGround>> kept = new LinkedHashMap<>();
        grounds.forEach((person, why) -> {
            if (byPerson.containsKey(person) && byPerson.get(person).is(Finding.SUSPECTED)) {
                kept.put(person, why);
            }
        });
        return new Assessment(List.copyOf(byPerson.values()), Map.copyOf(kept));
    }

    /** Whether the decision differs from the proposal for {@code deviation}'s person. */
    public boolean differsFrom(PersonFinding deviation) {
        return findings.stream().filter(f -> f.person().equals(deviation.person())).findFirst()
                .map(f -> !f.findings().equals(deviation.findings())).orElse(!deviation.findings().isEmpty());
    }

    public Set<PoliceGround> policeGrounds() {
        Set<PoliceGround> all = EnumSet.noneOf(PoliceGround.class);
        grounds.values().forEach(all::addAll);
        return all;
    }

    public List<PersonRef> suspected() {
        return findings.stream().filter(f -> f.is(Finding.SUSPECTED)).map(PersonFinding::person).toList();
    }

    private static Set<PoliceGround> groundsAgainst(PersonRef person, PersonFacts facts, Map<PersonRef, PersonFacts> people,
                                                    AgeRules rules) {
        Set<PoliceGround> why = EnumSet.noneOf(PoliceGround.class);
        if (facts.did(Act.THREATENED_OR_EXTORTED)) {
            why.add(PoliceGround.EXTORTION);
        }
        if (facts.did(Act.ASKED_OR_PRESSURED)) {
            why.add(PoliceGround.COERCION);
        }
        if (facts.did(Act.FORWARDED) || (facts.did(Act.SHARED) && !facts.did(Act.PICTURED))) {
            why.add(PoliceGround.DISTRIBUTION);
        }
        if (facts.did(Act.MADE_IMAGE) && !facts.did(Act.PICTURED) && !Boolean.TRUE.equals(facts.madeVoluntarily())) {
            why.add(PoliceGround.MADE_WITHOUT_CONSENT);
        }
        List<PersonFacts> picturedMinors = people.entrySet().stream()
                .filter(e -> !e.getKey().equals(person) && e.getValue().did(Act.PICTURED) && e.getValue().isMinor())
                .map(Map.Entry::getValue).toList();
        boolean actedOnTheImage = facts.acts().stream().anyMatch(ADULT_OFFENCES::contains);
        boolean adult = facts.affiliation() == Affiliation.STAFF || facts.isAdultOutsider();
        if (adult && actedOnTheImage && !picturedMinors.isEmpty()) {
            why.add(PoliceGround.ADULT_INVOLVED);
        }
        boolean outsideTheAgeRules = picturedMinors.stream()
                .anyMatch(minor -> minor.band() != null && facts.band() != null && !rules.arePeers(facts, minor));
        if (actedOnTheImage && outsideTheAgeRules && !adult) {
            why.add(PoliceGround.AGE_RULES);
        }
        return why;
    }

    /**
     * Self-made material shared voluntarily between peers: the person in it who made and sent it, and the peer it was
     * sent to, as long as the ages fit the rules.
     */
    private static boolean withinPeerException(PersonRef person, PersonFacts facts, Map<PersonRef, PersonFacts> people,
                                               AgeRules rules) {
        if (facts.did(Act.PICTURED) && facts.did(Act.MADE_IMAGE)) {
            boolean voluntary = Boolean.TRUE.equals(facts.madeVoluntarily())
                    && (!facts.did(Act.SHARED) || Boolean.TRUE.equals(facts.sharedVoluntarily()));
            return voluntary && facts.sharedWith().stream().map(people::get)
                    .allMatch(peer -> peer != null && rules.arePeers(facts, peer));
        }
        if (facts.did(Act.RECEIVED)) {
            return people.entrySet().stream().anyMatch(e -> e.getValue().did(Act.PICTURED)
                    && Boolean.TRUE.equals(e.getValue().sharedVoluntarily())
                    && e.getValue().sharedWith().contains(person) && rules.arePeers(facts, e.getValue()));
        }
        return false;
    }
}
