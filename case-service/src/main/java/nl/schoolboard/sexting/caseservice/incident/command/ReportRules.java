package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a report must hold before a case can be opened; field names are the API's. */
final class ReportRules {

    private static final Pattern YEAR_GROUP = Pattern.compile("[A-Za-z0-9 -]{1,20}");

    private ReportRules() {
    }

    static Map<String, String> violations(ReportIncident report, Instant now) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (report.boardId() == null || isBlank(report.boardId().value())) {
            wrong.put("boardId", "The school board is missing.");
        }
        if (report.schoolId() == null || isBlank(report.schoolId().value())) {
            wrong.put("schoolId", "Say which school the incident belongs to.");
        }
        if (report.cameToLightAt() == null) {
            wrong.put("cameToLightAt", "Say when the school learned of the incident.");
        } else if (report.cameToLightAt().isAfter(now)) {
            wrong.put("cameToLightAt", "The moment the school learned of the incident cannot lie in the future.");
        }
        if (report.cameToLightHow() == null) {
            wrong.put("cameToLightHow", "Say how the incident came to light.");
        }
        if (report.materialKind() == null) {
            wrong.put("materialKind", "Say what kind of material was shared (only the kind: never upload the material).");
        }
        if (report.minorNudeInvolved() == null) {
            wrong.put("minorNudeInvolved",
                    "Say whether the material shows a minor nude: it decides whether the police must be contacted.");
        }
        checkPupils(report.involvedPupils(), wrong);
        checkYearGroups(report.yearGroups(), wrong);
        if (report.reportedBy() == null || isBlank(report.reportedBy().userId())) {
            wrong.put("reportedBy", "The person recording the report is unknown.");
        }
        return wrong;
    }

    private static void checkPupils(List<InvolvedPupil> pupils, Map<String, String> wrong) {
        if (pupils == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pupils.size(); i++) {
            InvolvedPupil pupil = pupils.get(i);
            String field = "involvedPupils[" + i + "]";
            if (pupil == null || pupil.pupil() == null || !PersonRef.isWellFormed(pupil.pupil().value())) {
                wrong.put(field + ".pupilRef",
                        "Use the school's pupil number (letters, digits and dashes), never a name.");
            } else if (!seen.add(pupil.pupil().value())) {
                wrong.put(field + ".pupilRef", "This pupil is listed twice; give each pupil once, with one role.");
            }
            if (pupil != null && pupil.role() == null) {
                wrong.put(field + ".role", "Say what part this pupil plays: victim, sender, forwarder, bystander or reporter.");
            } else if (pupil != null && pupil.role() == PersonRole.STAFF_MEMBER) {
                wrong.put(field + ".role", "A pupil cannot have the staff-member role.");
            }
        }
    }

    private static void checkYearGroups(List<String> yearGroups, Map<String, String> wrong) {
        if (yearGroups == null) {
            return;
        }
        for (int i = 0; i < yearGroups.size(); i++) {
            String group = yearGroups.get(i);
            if (group == null || !YEAR_GROUP.matcher(group).matches()) {
                wrong.put("yearGroups[" + i + "]", "A year group is a short name such as \"3\" or \"havo 4\".");
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
