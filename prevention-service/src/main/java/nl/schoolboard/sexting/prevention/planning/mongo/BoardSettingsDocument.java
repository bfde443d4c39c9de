package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.BoardSettings;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A board's planning settings. */
@Document("prevention_board_settings")
record BoardSettingsDocument(@Id String boardId, int lessonWithinSchoolWeeks, int urgentParentEveningWithinSchoolWeeks,
                             boolean urgentParentEveningWhenMinorNude, int urgentParentEveningFromIncidentInSchoolYear,
                             int policyReviewIntervalMonths, int policyReviewWithinSchoolWeeks,
                             int awarenessActionWithinSchoolWeeks) {

    static BoardSettingsDocument of(String boardId, BoardSettings s) {
        return new BoardSettingsDocument(boardId, s.lessonWithinSchoolWeeks(), s.urgentParentEveningWithinSchoolWeeks(),
                s.urgentParentEveningWhenMinorNude(), s.urgentParentEveningFromIncidentInSchoolYear(),
                s.policyReviewIntervalMonths(), s.policyReviewWithinSchoolWeeks(), s.awarenessActionWithinSchoolWeeks());
    }

    BoardSettings toSettings() {
        return new BoardSettings(lessonWithinSchoolWeeks, urgentParentEveningWithinSchoolWeeks,
                urgentParentEveningWhenMinorNude, urgentParentEveningFromIncidentInSchoolYear,
                policyReviewIntervalMonths, policyReviewWithinSchoolWeeks, awarenessActionWithinSchoolWeeks);
    }
}
