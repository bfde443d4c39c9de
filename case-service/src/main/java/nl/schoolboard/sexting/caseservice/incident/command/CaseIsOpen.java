package nl.schoolboard.sexting.caseservice.incident.command;

/** A closed case takes no steps until it is reopened, with a reason. */
record CaseIsOpen(StepCommand step) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.isClosed() && !(step instanceof ReopenCase)) {
            throw new ProtocolViolation(RuleCode.CASE_CLOSED);
        }
    }
}
