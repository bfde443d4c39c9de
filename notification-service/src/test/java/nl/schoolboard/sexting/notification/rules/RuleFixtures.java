package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.notification.InMemoryDirectory;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.letters.InMemorySanctionDecisions;
import nl.schoolboard.sexting.notification.letters.ParentLetters;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import nl.schoolboard.sexting.notification.templates.CaseLinks;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;

import java.util.Optional;

import static nl.schoolboard.sexting.notification.TestCaseEvents.BOARD;
import static nl.schoolboard.sexting.notification.TestCaseEvents.SCHOOL;

/**
 * One school's directory: a Dutch school leader, an English care coordinator, a confidential counsellor, three team
 * members; two guardians of the victim (one Dutch with a name, one English without), one of the perpetrator.
 */
final class RuleFixtures {

    static final String CASE_LINKS = "http://localhost:8080/cases/";
    static final String CARE_STAFF = "zorg@school.example";

    static final String LEADER = "leider@school.example";
    static final String COORDINATOR = "zorgcoordinator@school.example";
    static final String COUNSELLOR = "vertrouwenspersoon@school.example";
    static final String TEACHER_1 = "s1@school.example";
    static final String TEACHER_2 = "s2@school.example";
    static final String TEACHER_3 = "s3@school.example";
    static final String VICTIM_GUARDIAN_NL = "ouder.1@thuis.example";
    static final String VICTIM_GUARDIAN_EN = "parent.2@home.example";
    static final String PERPETRATOR_GUARDIAN = "ouder.3@thuis.example";

    static final MessageTemplates TEMPLATES = new MessageTemplates();
    static final CaseLinks LINKS = new CaseLinks(CASE_LINKS);

    private RuleFixtures() {
    }

    static InMemoryDirectory directory() {
        return new InMemoryDirectory()
                .staff(BOARD, SCHOOL, "L-1", LEADER, Language.NL, StaffRole.SCHOOL_LEADER, StaffRole.TEAM_MEMBER)
                .staff(BOARD, SCHOOL, "C-1", COORDINATOR, Language.EN, StaffRole.CARE_COORDINATOR)
                .staff(BOARD, SCHOOL, "V-1", COUNSELLOR, Language.NL, StaffRole.CONFIDENTIAL_COUNSELLOR)
                .staff(BOARD, SCHOOL, "S-1", TEACHER_1, Language.NL, StaffRole.TEAM_MEMBER)
                .staff(BOARD, SCHOOL, "S-2", TEACHER_2, Language.EN, StaffRole.TEAM_MEMBER)
                .staff(BOARD, SCHOOL, "S-3", TEACHER_3, Language.NL, StaffRole.TEAM_MEMBER)
                .staff(BOARD, "other-school", "L-9", "leider@andere-school.example", Language.NL,
                        StaffRole.SCHOOL_LEADER)
                .guardian(BOARD, SCHOOL, TestCaseEvents.VICTIM_REF, "Mevrouw Jansen", VICTIM_GUARDIAN_NL, Language.NL)
                .guardian(BOARD, SCHOOL, TestCaseEvents.VICTIM_REF, null, VICTIM_GUARDIAN_EN, Language.EN)
                .guardian(BOARD, SCHOOL, TestCaseEvents.PERPETRATOR_REF, null, PERPETRATOR_GUARDIAN, Language.NL);
    }

    static CaseAlerts alerts(InMemoryDirectory directory) {
        return new CaseAlerts(directory, FallbackMailboxes.forEveryBoard(CARE_STAFF), TEMPLATES, LINKS);
    }

    /** Every rule, as the listener uses them, over the given directory. */
    static NotificationRules allRules(InMemoryDirectory directory) {
        return new NotificationRules(alerts(directory), new TeamBriefedRule(directory, TEMPLATES, LINKS),
                new GuardiansInformedRule(parentMail(directory), LETTERS, new InMemorySanctionDecisions()),
                new GuardiansInvitedRule(parentMail(directory), LETTERS),
                new SanctionImposedRule(new InMemorySanctionDecisions()));
    }

    static final ParentLetters LETTERS = new ParentLetters();
    static final String SCHOOL_MAILBOX = "administratie@horizon.example";
    static final String BOARD_MAILBOX = "zorg@bestuur.example";
    static final SchoolContact HORIZON = new SchoolContact("De Horizon", SCHOOL_MAILBOX, "050-1234567",
            "Schoolstraat 1, Groningen");

    /** Parents from the given directory; the school De Horizon has given its contact, any other school has not. */
    static ParentMail parentMail(InMemoryDirectory directory) {
        return new ParentMail(directory,
                (board, school) -> SCHOOL.equals(school) ? Optional.of(HORIZON) : Optional.empty(),
                FallbackMailboxes.forEveryBoard(BOARD_MAILBOX), TEMPLATES);
    }

    static String everything(Notice notice) {
        return notice.message().subject() + "\n" + notice.message().body() + "\n" + notice.message().link();
    }
}
