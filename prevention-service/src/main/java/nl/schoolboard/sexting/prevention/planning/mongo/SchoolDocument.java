package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.prevention.planning.School;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/** A school of the directory; no personal data. */
@Document("prevention_schools")
record SchoolDocument(@Id String schoolId, @Indexed String boardId, String name, Region region, boolean regionAssumed,
                      LocalDate policyLastReviewedOn) {

    static SchoolDocument of(School school) {
        return new SchoolDocument(school.schoolId(), school.boardId(), school.name(), school.region(),
                school.regionAssumed(), school.policyLastReviewedOn());
    }

    School toSchool() {
        return new School(schoolId, boardId, name, region, regionAssumed, policyLastReviewedOn);
    }
}
