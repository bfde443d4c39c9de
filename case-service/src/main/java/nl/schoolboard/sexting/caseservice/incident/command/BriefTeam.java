package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 6: the team is told what the school leader chose to share. When the incident is discussed in class, the
 * victim's and the parents' wishes about that are recorded (codes), and a discussion against an objection says why.
 */
public record BriefTeam(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        java.util.List<PersonRef> staff,
        String sharedSummary,
        boolean namesShared,
        Values.ClassDiscussion classDiscussion,
        PersonRef discussionLead,
        DiscussionWish victimWish,
        DiscussionWish parentsWish,
        String discussionReason) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("staff", staff, RuleCode.BRIEFED_STAFF_MISSING)
             .requiredText("sharedSummary", sharedSummary, RuleCode.SHARED_SUMMARY_MISSING)
             .required("classDiscussion", classDiscussion, RuleCode.CLASS_DISCUSSION_MISSING);
        if (staff != null) {
            for (int i = 0; i < staff.size(); i++) {
                check.person("staff[" + i + "]", staff.get(i));
            }
        }
        if (classDiscussion != null && classDiscussion != Values.ClassDiscussion.NOT_DISCUSSED) {
            check.person("discussionLead", discussionLead)
                 .wish("victimWish", victimWish, RuleCode.VICTIM_WISH_MISSING)
                 .wish("parentsWish", parentsWish, RuleCode.PARENTS_WISH_MISSING);
        }
        check.text("discussionReason", discussionReason);
    }

    /** Whether the class hears of it although the victim or the parents object: then the leader says why. */
    public boolean discussedAgainstAnObjection() {
        return classDiscussion != null && classDiscussion != Values.ClassDiscussion.NOT_DISCUSSED
                && (victimWish == DiscussionWish.OBJECTS || parentsWish == DiscussionWish.OBJECTS);
    }

    /** The wish as recorded: not asked about a discussion that does not take place. */
    public DiscussionWish recordedVictimWish() {
        return victimWish == null ? DiscussionWish.NOT_ASKED : victimWish;
    }

    public DiscussionWish recordedParentsWish() {
        return parentsWish == null ? DiscussionWish.NOT_ASKED : parentsWish;
    }
}
