package nl.schoolboard.sexting.caseservice.incident.command;

/** Reopening is for a closed case; an open one simply goes on. */
record OnlyAClosedCaseReopens() implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.isClosed()) {
            throw new ProtocolViolation(RuleCode.CASE_NOT_CLOSED);
        }
    }
}
