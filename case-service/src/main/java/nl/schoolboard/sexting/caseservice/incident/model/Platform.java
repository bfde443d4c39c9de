package nl.schoolboard.sexting.caseservice.incident.model;

/** Where the material was shared. */
public enum Platform {
    WHATSAPP,
    SNAPCHAT,
    INSTAGRAM,
    TIKTOK,
    TELEGRAM,
    DISCORD,
    EMAIL,
    OTHER
}
