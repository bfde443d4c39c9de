package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** The sextortion advice belongs to the sextortion track, which only the assessment opens. */
public record OnTheSextortionTrack() implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.onSextortionTrack()) {
            throw new ProtocolViolation(RuleCode.NOT_ON_SEXTORTION_TRACK);
        }
    }
}
