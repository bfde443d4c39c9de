package nl.schoolboard.sexting.caseservice.incident.model;

/** What kind of material went round. Only the kind is recorded: the school never stores the material itself. */
public enum MaterialKind {
    PHOTO,
    VIDEO,
    LIVE_STREAM,
    TEXT_MESSAGES,
    OTHER
}
