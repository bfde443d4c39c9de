package nl.schoolboard.sexting.caseservice.chronology;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.util.Arrays;

/** What a chronology is exported for; it is printed on it and recorded in the audit trail with the export. */
enum ExportPurpose {
    /** For the police, e.g. with a report (melding) or an aangifte. */
    POLICE,
    /** For another school the pupil moves to. */
    TRANSFER,
    /** For the board's own complaint procedure. */
    COMPLAINT;

    static ExportPurpose parse(String value) {
        return Arrays.stream(values()).filter(purpose -> purpose.name().equals(value)).findFirst()
                .orElseThrow(() -> InvalidCommand.of("purpose", RuleCode.EXPORT_PURPOSE_UNKNOWN));
    }
}
