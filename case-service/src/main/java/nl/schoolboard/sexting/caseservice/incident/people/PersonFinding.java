package nl.schoolboard.sexting.caseservice.incident.people;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.util.Set;

/** What the assessment found about one person. */
public record PersonFinding(PersonRef person, Set<Finding> findings) {

    public PersonFinding {
        findings = findings == null ? Set.of() : Set.copyOf(findings);
    }

    public boolean is(Finding finding) {
        return findings.contains(finding);
    }
}
