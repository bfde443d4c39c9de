package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.people.Act;
import nl.schoolboard.sexting.caseservice.incident.people.Affiliation;
import nl.schoolboard.sexting.caseservice.incident.people.Assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tracks a decided assessment opens, each once, with its steps due at once (in hours):
 * <ul>
 *   <li>sextortion or an adult outsider suspected: the sextortion track, police contact due within hours;</li>
 *   <li>a staff member suspected: the board's reporting-duty track (not a staff member who only reported or saw).</li>
 * </ul>
 */
public record TracksOpenedBy(Assessment decided) {

    public List<CaseFact> facts(CaseFile file, CaseId caseId, Instant at, DeadlinePolicy deadlines) {
        List<CaseFact> opened = new ArrayList<>();
        if (!file.onSextortionTrack() && decided.suspected().stream().anyMatch(p -> extortsOrIsAnOutsider(file, p))) {
            opened.add(new SextortionTrackOpened(caseId, at));
            opened.add(deadlines.atOnce(caseId, at, List.of(ProtocolStep.POLICE_CONTACT)));
        }
        Optional<PersonRef> staffMember = decided.suspected().stream().filter(p -> isStaff(file, p)).findFirst();
        if (!file.onReportingDutyTrack() && staffMember.isPresent()) {
            opened.add(new ReportingDutyTrackOpened(caseId, at, staffMember.get()));
            opened.add(deadlines.atOnce(caseId, at, List.of(ProtocolStep.BOARD_INFORMED,
                    ProtocolStep.CONFIDENTIAL_INSPECTOR_CONSULTED, ProtocolStep.AANGIFTE_DECISION)));
        }
        return opened;
    }

    private static boolean extortsOrIsAnOutsider(CaseFile file, PersonRef person) {
        return file.factsOf(person).map(f -> f.did(Act.THREATENED_OR_EXTORTED) || f.isAdultOutsider()).orElse(false)
                || file.person(person).map(p -> p.kind() == PersonKind.OUTSIDER).orElse(false);
    }

    private static boolean isStaff(CaseFile file, PersonRef person) {
        return file.factsOf(person).map(f -> f.affiliation() == Affiliation.STAFF).orElse(false)
                || file.person(person).map(p -> p.kind() == PersonKind.STAFF).orElse(false);
    }
}
