package nl.schoolboard.sexting.caseservice.incident.people;

/** Step 5 of the Meldcode: is a report to Veilig Thuis needed, is organising help possible, or both. */
public enum MeldcodeDecision {
    REPORT_TO_VEILIG_THUIS,
    HELP_ORGANISED,
    REPORT_AND_HELP
}
