package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.event.AangifteDecided;
import nl.schoolboard.sexting.caseservice.incident.event.BoardInformed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.ConfidentialInspectorConsulted;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.DistributionBanIssued;
import nl.schoolboard.sexting.caseservice.incident.event.EvidenceSecured;
import nl.schoolboard.sexting.caseservice.incident.event.FurtherDistributionReported;
import nl.schoolboard.sexting.caseservice.incident.event.GuardiansInformed;
import nl.schoolboard.sexting.caseservice.incident.event.GuardiansInvited;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.event.PerpetratorInterviewed;
import nl.schoolboard.sexting.caseservice.incident.event.PersonLinked;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.event.PersonRoleChanged;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.PressStatementPrepared;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionImposed;
import nl.schoolboard.sexting.caseservice.incident.event.SpokespersonAppointed;
import nl.schoolboard.sexting.caseservice.incident.event.StepBecameOverdue;
import nl.schoolboard.sexting.caseservice.incident.event.StepSkipped;
import nl.schoolboard.sexting.caseservice.incident.event.SupportArranged;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.event.AftercareConversationHeld;
import nl.schoolboard.sexting.caseservice.incident.event.AftercarePlanned;
import nl.schoolboard.sexting.caseservice.incident.event.BystanderSpokenTo;
import nl.schoolboard.sexting.caseservice.incident.event.TakedownRequested;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInformedOfReportingOption;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the timeline says of a fact: codes only (the step, a decision, a kind, a role, yes/no answers), chosen per
 * event type. Free text (concerns, notes, reasons, evaluations, summaries, press text, police references) is never
 * copied, and neither is anyone who is not a person of the case (briefed staff, the spokesperson): the timeline is read
 * by auditors and board staff, who need to see that and when something was done, not what was said. A fact of a type
 * this class does not know gets an empty summary, never its fields.
 */
final class TimelineSummary {

    private TimelineSummary() {
    }

    static Map<String, String> of(CaseFact fact) {
        Map<String, String> s = new TreeMap<>();
        if (fact instanceof IncidentReported e) {
            put(s, "cameToLightHow", e.cameToLightHow());
            put(s, "materialKind", e.materialKind());
            s.put("minorNudeInvolved", Boolean.toString(e.minorNudeInvolved()));
            s.put("platforms", e.platforms().stream().map(Platform::name).sorted().collect(Collectors.joining(",")));
            s.put("people", Integer.toString(e.involvedPupils().size()));
        } else if (fact instanceof DeadlinesSet e) {
            s.put("steps", e.dueAt().keySet().stream().map(ProtocolStep::name).sorted().collect(Collectors.joining(",")));
        } else if (fact instanceof PersonLinked e) {
            person(s, e.person());
            put(s, "kind", e.kind());
            put(s, "role", e.role());
        } else if (fact instanceof PersonRoleChanged e) {
            person(s, e.person());
            put(s, "from", e.from());
            put(s, "to", e.to());
        } else if (fact instanceof ReportingDutyTrackOpened e) {
            person(s, e.staffMember());
        } else if (fact instanceof VictimInterviewed e) {
            conversation(s, ProtocolStep.VICTIM_CONVERSATION, e.victim(), e.parentsPresent());
            s.put("perpetratorsKnown", Boolean.toString(e.perpetratorsKnown()));
        } else if (fact instanceof SupportArranged e) {
            put(s, "recipient", e.recipient());
            put(s, "kind", e.kind());
        } else if (fact instanceof PerpetratorInterviewed e) {
            conversation(s, ProtocolStep.PERPETRATOR_CONVERSATIONS, e.person(), e.parentsPresent());
            s.put("offenceExplained", Boolean.toString(e.offenceExplained()));
        } else if (fact instanceof SanctionImposed e) {
            step(s, ProtocolStep.SANCTIONS);
            person(s, e.person());
            put(s, "kind", e.kind());
            if (e.from() != null) {
                s.put("from", e.from().toString());
            }
            if (e.until() != null) {
                s.put("until", e.until().toString());
            }
        } else if (fact instanceof PoliceContacted e) {
            step(s, ProtocolStep.POLICE_CONTACT);
            put(s, "decision", e.decision());
            put(s, "victimWish", e.victimWish());
            put(s, "parentsWish", e.parentsWish());
        } else if (fact instanceof VictimInformedOfReportingOption e) {
            step(s, ProtocolStep.REPORTING_OPTION_EXPLAINED);
            s.put("parentsInformed", Boolean.toString(e.parentsInformed()));
        } else if (fact instanceof EvidenceSecured e) {
            step(s, ProtocolStep.EVIDENCE_LOCATION);
            put(s, "location", e.location());
        } else if (fact instanceof DistributionBanIssued e) {
            step(s, ProtocolStep.DISTRIBUTION_BAN);
            put(s, "scope", e.scope());
            s.put("sanctionAnnounced", Boolean.toString(e.sanctionAnnounced()));
        } else if (fact instanceof FurtherDistributionReported e) {
            step(s, ProtocolStep.DISTRIBUTION_BAN);
            if (e.person() != null) {
                person(s, e.person());
            }
        } else if (fact instanceof TeamBriefed e) {
            step(s, ProtocolStep.TEAM_BRIEFING);
            s.put("staffBriefed", Integer.toString(e.staff() == null ? 0 : e.staff().size()));
            s.put("namesShared", Boolean.toString(e.namesShared()));
            put(s, "classDiscussion", e.classDiscussion());
            put(s, "victimWish", e.victimWish());
            put(s, "parentsWish", e.parentsWish());
        } else if (fact instanceof BystanderSpokenTo e) {
            step(s, ProtocolStep.BYSTANDER_CONVERSATIONS);
            person(s, e.bystander());
        } else if (fact instanceof TakedownRequested e) {
            step(s, ProtocolStep.TAKEDOWN);
            put(s, "reportedTo", e.reportedTo());
            put(s, "outcome", e.outcome());
        } else if (fact instanceof AftercarePlanned e) {
            step(s, ProtocolStep.AFTERCARE);
            person(s, e.victim());
            s.put("conversationsPlanned", Integer.toString(e.conversationsDue().size()));
        } else if (fact instanceof AftercareConversationHeld e) {
            step(s, ProtocolStep.AFTERCARE);
            person(s, e.victim());
        } else if (fact instanceof SpokespersonAppointed) {
            step(s, ProtocolStep.PRESS_READINESS);
        } else if (fact instanceof PressStatementPrepared) {
            step(s, ProtocolStep.PRESS_READINESS);
        } else if (fact instanceof BoardInformed) {
            step(s, ProtocolStep.BOARD_INFORMED);
        } else if (fact instanceof ConfidentialInspectorConsulted) {
            step(s, ProtocolStep.CONFIDENTIAL_INSPECTOR_CONSULTED);
        } else if (fact instanceof AangifteDecided e) {
            step(s, ProtocolStep.AANGIFTE_DECISION);
            s.put("aangifteFiled", Boolean.toString(e.aangifteFiled()));
        } else if (fact instanceof GuardiansInformed e) {
            person(s, e.pupil());
            put(s, "fact", e.fact());
        } else if (fact instanceof GuardiansInvited e) {
            person(s, e.pupil());
            s.put("conversationAt", e.conversationAt().toString());
            put(s, "place", e.place());
            s.put("hosts", e.hosts().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",")));
        } else if (fact instanceof StepSkipped e) {
            put(s, "step", e.step());
        } else if (fact instanceof StepBecameOverdue e) {
            put(s, "step", e.step());
        } else if (fact instanceof CaseClosed e) {
            put(s, "outcome", e.outcome());
            if (e.skippedStepReasons() != null && !e.skippedStepReasons().isEmpty()) {
                s.put("skippedSteps", e.skippedStepReasons().keySet().stream().map(ProtocolStep::name).sorted()
                        .collect(Collectors.joining(",")));
            }
        }
        return s;
    }

    private static void step(Map<String, String> s, ProtocolStep step) {
        s.put("step", step.name());
    }

    /** A conversation the protocol asks for: its step, with whom, and whether the parents were there. */
    private static void conversation(Map<String, String> s, ProtocolStep step, PersonRef with, boolean parentsPresent) {
        step(s, step);
        person(s, with);
        s.put("parentsPresent", Boolean.toString(parentsPresent));
    }

    private static void person(Map<String, String> s, PersonRef ref) {
        if (ref != null) {
            s.put("person", ref.value());
        }
    }

    private static void put(Map<String, String> s, String key, Enum<?> value) {
        if (value != null) {
            s.put(key, value.name());
        }
    }
}
