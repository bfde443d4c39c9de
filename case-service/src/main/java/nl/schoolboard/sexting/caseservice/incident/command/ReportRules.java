package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a report must hold before a case can be opened; field names are the API's. */
final class ReportRules {

    /**
     * A year group: a number, alone or after the school type or level the school counts in ("3", "havo 4",
     * "vwo 5", "groep 8", "klas 2b"). A list of words, not free letters, so that no name fits.
     */
    private static final Pattern YEAR_GROUP = Pattern.compile(
            "(?i)(?:(?:groep|klas|leerjaar|jaar|brugklas|havo|vwo|atheneum|gymnasium|vmbo|vmbo-[a-z]{2}|mavo|tl|gl|kb|bb"
                    + "|pro|vso|so|mbo)[ -]?)?[0-9]{1,2}[a-z]?");

    private ReportRules() {
    }

    static void check(ReportIncident report, FieldCheck check) {
        check.check(report.boardId() != null && !isBlank(report.boardId().value()), "boardId", RuleCode.BOARD_MISSING)
             .check(report.schoolId() != null && !isBlank(report.schoolId().value()), "schoolId", RuleCode.SCHOOL_MISSING)
             .required("cameToLightAt", report.cameToLightAt(), RuleCode.CAME_TO_LIGHT_AT_MISSING)
             .check(report.cameToLightAt() == null || !report.cameToLightAt().isAfter(check.now()), "cameToLightAt",
                     RuleCode.CAME_TO_LIGHT_AT_IN_FUTURE)
             .required("cameToLightHow", report.cameToLightHow(), RuleCode.CAME_TO_LIGHT_HOW_MISSING)
             .required("materialKind", report.materialKind(), RuleCode.MATERIAL_KIND_MISSING)
             .required("minorNudeInvolved", report.minorNudeInvolved(), RuleCode.MINOR_NUDE_INVOLVED_MISSING);
        checkPupils(report.involvedPupils(), check);
        checkYearGroups(report.yearGroups(), check);
        check.check(report.reportedBy() != null && !isBlank(report.reportedBy().userId()), "reportedBy",
                RuleCode.REPORTER_UNKNOWN);
    }

    private static void checkPupils(List<InvolvedPupil> pupils, FieldCheck check) {
        if (pupils == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pupils.size(); i++) {
            InvolvedPupil pupil = pupils.get(i);
            String field = "involvedPupils[" + i + "]";
            if (pupil == null || pupil.pupil() == null || !PersonRef.isNewReference(pupil.pupil().value())) {
                check.check(false, field + ".pupilRef", RuleCode.PUPIL_REF_MALFORMED);
            } else {
                check.check(seen.add(pupil.pupil().value()), field + ".pupilRef", RuleCode.PUPIL_LISTED_TWICE);
            }
            if (pupil != null) {
                check.required(field + ".role", pupil.role(), RuleCode.PUPIL_ROLE_MISSING)
                     .check(pupil.role() != PersonRole.STAFF_MEMBER, field + ".role", RuleCode.PUPIL_CANNOT_BE_STAFF_MEMBER);
            }
        }
    }

    private static void checkYearGroups(List<String> yearGroups, FieldCheck check) {
        if (yearGroups == null) {
            return;
        }
        for (int i = 0; i < yearGroups.size(); i++) {
            String group = yearGroups.get(i);
            check.check(group != null && YEAR_GROUP.matcher(group).matches(), "yearGroups[" + i + "]",
                    RuleCode.YEAR_GROUP_MALFORMED);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
