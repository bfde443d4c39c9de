package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * No new text about a person whose data was erased, and none at all in a case whose data was erased: the text would
 * need a new key for them, and the erasure could then never reach it. A step without such a text is still taken.
 *
 * @param person whom the text is about, or null for a text about the case as a whole
 */
public record NothingIsWrittenAboutTheErased(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.personalDataErased()) {
            throw new ProtocolViolation(RuleCode.CASE_DATA_ERASED);
        }
        if (person != null && file.isErased(person)) {
            throw new ProtocolViolation(RuleCode.PERSON_ERASED);
        }
    }
}
