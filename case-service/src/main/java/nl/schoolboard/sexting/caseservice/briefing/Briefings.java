package nl.schoolboard.sexting.caseservice.briefing;

import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.query.CaseHistory;
import nl.schoolboard.sexting.caseservice.incident.query.RecordedFact;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The briefings of a case that name one staff member, read from the event store: the summary is a personal text that
 * only the store holds (encrypted with the case's key, so an erasure erases it here too), and reading the store means
 * a briefing is readable as soon as it was recorded, not when the views catch up.
 */
@Component
public record Briefings(CaseHistory history) {

    /** The case's school, and the briefings that name {@code staffRef}, oldest first; empty when none does. */
    public Optional<ForOneReader> of(String caseId, String staffRef) {
        List<RecordedFact> facts = history.facts(caseId);
        PersonRef reader = new PersonRef(staffRef);
        List<Briefing> meant = facts.stream()
                .filter(fact -> fact.fact() instanceof TeamBriefed briefed && briefed.staff().contains(reader))
                .map(fact -> Briefing.of((TeamBriefed) fact.fact(), reader))
                .toList();
        if (meant.isEmpty()) {
            return Optional.empty();
        }
        return facts.stream().map(RecordedFact::fact).filter(IncidentReported.class::isInstance)
                .map(IncidentReported.class::cast).findFirst()
                .map(report -> new ForOneReader(report.boardId().value(), report.schoolId().value(), meant));
    }

    /** What one reader may read of a case. */
    public record ForOneReader(String boardId, String schoolId, List<Briefing> briefings) {
    }

    /**
     * One briefing as a briefed staff member reads it.
     *
     * @param summary          what the school leader shared with the team; {@value PersonalText#ERASED} once erased
     * @param namesShared      whether the school leader chose to name pupils in it
     * @param classDiscussion  what was agreed about discussing it in class (a code)
     * @param leadsDiscussion  whether this reader leads that discussion
     */
    public record Briefing(java.time.Instant briefedAt, String summary, boolean namesShared, String classDiscussion,
                           boolean leadsDiscussion) {

        static Briefing of(TeamBriefed briefed, PersonRef reader) {
            return new Briefing(briefed.occurredAt(), PersonalText.shown(briefed.sharedSummary()), briefed.namesShared(),
                    briefed.classDiscussion() == null ? null : briefed.classDiscussion().name(),
                    reader.equals(briefed.discussionLead()));
        }
    }
}
