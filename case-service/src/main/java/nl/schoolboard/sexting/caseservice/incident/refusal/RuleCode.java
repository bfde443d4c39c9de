package nl.schoolboard.sexting.caseservice.incident.refusal;

import java.util.Locale;
import java.util.Map;

/**
 * Every reason the case service refuses a command or a request, as a stable code. The words for people live in the
 * message catalogue ({@code messages_nl.properties}, {@code messages_en.properties}), one text per code, so that the domain speaks in codes and
 * the web layer in the user's language. A code never changes its meaning; a new rule gets a new code.
 *
 * <p>Protocol rules keep the rule name their problem type has always had ({@link #rule()}); two codes share
 * {@code police-contact-mandatory} because the same rule is met at two moments, with a text for each.</p>
 */
public enum RuleCode {

    // ---- any command's fields ------------------------------------------------------------------------------------
    PERSON_REF_MALFORMED, ROLE_NOT_A_CODE, PAGE_OUT_OF_RANGE, TEXT_HOLDS_IMAGE_DATA, TEXT_TOO_LONG, OCCURRED_AT_MISSING, OCCURRED_AT_IN_FUTURE,

    // ---- the report ----------------------------------------------------------------------------------------------
    BOARD_MISSING, SCHOOL_MISSING, CAME_TO_LIGHT_AT_MISSING, CAME_TO_LIGHT_AT_IN_FUTURE, CAME_TO_LIGHT_HOW_MISSING,
    MATERIAL_KIND_MISSING, MINOR_NUDE_INVOLVED_MISSING, PUPIL_REF_MALFORMED, PUPIL_LISTED_TWICE, PUPIL_ROLE_MISSING,
    PUPIL_CANNOT_BE_STAFF_MEMBER, YEAR_GROUP_MALFORMED, REPORTER_UNKNOWN,

    // ---- the steps' fields ---------------------------------------------------------------------------------------
    PERSON_KIND_MISSING, PERSON_ROLE_MISSING, STAFF_MEMBER_ROLE_FOR_STAFF_ONLY, NEW_ROLE_MISSING,
    ROLE_CHANGE_REASON_MISSING, SUPPORT_RECIPIENT_MISSING, SUPPORT_KIND_MISSING, SANCTION_KIND_MISSING,
    SANCTION_REASON_MISSING, SANCTION_ENDS_BEFORE_START, POLICE_DECISION_MISSING, POLICE_DECIDED_BY_MISSING,
    POLICE_REFERENCE_MALFORMED, EVIDENCE_LOCATION_MISSING, BAN_SCOPE_MISSING, BRIEFED_STAFF_MISSING,
    SHARED_SUMMARY_MISSING, CLASS_DISCUSSION_MISSING, SUMMARY_NAMES_A_PUPIL, PRESS_STATEMENT_MISSING,
    PRESS_STATEMENT_NAMES_A_PUPIL, PRESS_STATEMENT_APPROVER_MISSING, AANGIFTE_REASON_MISSING, GUARDIAN_FACT_MISSING,
    CONVERSATION_MOMENT_MISSING, CONVERSATION_MOMENT_PASSED, CONVERSATION_PLACE_MISSING, CONVERSATION_HOSTS_MISSING,
    ACCESS_UNTIL_MISSING, ACCESS_MUST_END_IN_FUTURE, ACCESS_TOO_LONG, LEGAL_HOLD_REASON_MISSING,
    HOLD_LIFT_REASON_MISSING, ERASURE_REASON_MISSING, SKIPPED_STEP_MISSING, SKIP_REASON_MISSING, OUTCOME_MISSING,
    REOPEN_REASON_MISSING, PERSON_NOT_IN_CASE, ERASURE_SUBJECT_NOT_IN_CASE, CASE_TEXT_NAMES_A_PERSON,
    PERSON_FACTS_MISSING, PERSON_ACTS_MISSING, AFFILIATION_MISSING, AGE_OUT_OF_RANGE, EVIDENCE_MUST_STAY_WITH_VICTIM,
    NO_CONTACT_ADVICE_MISSING, HELP_SITES_MISSING, STAFF_MEMBER_NOT_TOLD, PARENTS_NOT_TOLD, FORMALITY_MISSING,
    MELDCODE_STEP_MISSING, MELDCODE_ROLE_MISSING, MELDCODE_DECISION_MISSING, VICTIM_WISH_MISSING, PARENTS_WISH_MISSING,
    BYSTANDER_NOT_TOLD_TO_DELETE, BYSTANDER_NOT_TOLD_NOT_TO_SHARE, TAKEDOWN_CHANNEL_MISSING, TAKEDOWN_OUTCOME_MISSING,

    // ---- the protocol, in the case's present state ---------------------------------------------------------------
    CASE_CLOSED, PERSON_ALREADY_LINKED, WRONG_ROLE, NOT_A_PERPETRATOR, OFFENCE_MUST_BE_EXPLAINED,
    STAFF_MEMBER_NOT_SANCTIONED_AS_PUPIL, NO_STAFF_MEMBER_INVOLVED, GUARDIAN_FACT_DOES_NOT_FIT, GUARDIANS_INVITED_FOR_A_PUPIL, LEGAL_HOLD,
    STEP_ALREADY_TAKEN, POLICE_CONTACT_CANNOT_BE_SKIPPED("police-contact-mandatory"),
    POLICE_CONTACT_BEFORE_CLOSING("police-contact-mandatory"), CASE_NOT_CLOSED, PROTOCOL_INCOMPLETE,
    PERSON_ERASED, CASE_DATA_ERASED, FACTS_CHANGE_REASON_MISSING, ASSESSMENT_DEVIATION_NEEDS_REASON,
    NOT_ON_SEXTORTION_TRACK, NOT_ON_MELDCODE_TRACK, MELDCODE_STEP_OUT_OF_ORDER, BOARD_NOT_YET_INFORMED, INSPECTOR_NOT_YET_CONSULTED, AANGIFTE_NOT_ANNOUNCED, NO_SUSPENSION,
    SUSPENSION_FORMALITIES_MISSING("suspension-formalities"),
    SUSPENSION_FORMALITIES_CANNOT_BE_SKIPPED("suspension-formalities"),
    CLASS_DISCUSSION_AGAINST_OBJECTION_NEEDS_REASON, NOT_A_BYSTANDER, NO_AFTERCARE_PLANNED,
    NO_EXPULSION_PROCEDURE, EXPULSION_STEP_OUT_OF_ORDER,

    // ---- a request's parameters and headers (read side, privacy tools) -------------------------------------------
    IF_MATCH_NOT_A_VERSION, ERASURE_SUBJECT_REQUIRED, CASE_STATUS_UNKNOWN, NOT_A_YES_OR_NO, PERIOD_ENDS_BEFORE_START,
    NOT_A_DATE_OR_MOMENT, NOT_A_MOMENT, EXPORT_PURPOSE_UNKNOWN;

    private final String rule;

    RuleCode() {
        this.rule = null;
    }

    RuleCode(String rule) {
        this.rule = rule;
    }

    /** The code as clients and the catalogue spell it, e.g. {@code offence-must-be-explained}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The protocol rule the code belongs to: the last part of its problem type. */
    public String rule() {
        return rule == null ? code() : rule;
    }

    /** This code about one field, with the values its text names. */
    public Violation with(Map<String, ?> params) {
        return new Violation(this, params);
    }

    public Violation violation() {
        return new Violation(this, Map.of());
    }
}
