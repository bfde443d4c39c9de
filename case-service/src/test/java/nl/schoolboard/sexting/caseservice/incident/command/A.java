package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Test data in the domain's words: {@code A.report().withPupil("P-1", VICTIM).aboutAMinorNude(false).command()}.
 * Every value has a sensible default, so a test names only what it is about.
 */
public final class A {

    public static final CaseId CASE = new CaseId("case-1");
    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    public static final Reporter LEADER = new Reporter("user-1", "SCHOOL_LEADER");

    private A() {
    }

    /** A report of case-1 at school-1 of board-1: a photo on Snapchat showing a minor nude, learned of now, year 3. */
    public static Report report() {
        return new Report();
    }

    public static final class Report {

        private BoardId board = new BoardId("board-1");
        private SchoolId school = new SchoolId("school-1");
        private Instant cameToLightAt = NOW;
        private CameToLight how = CameToLight.VICTIM_TOLD_STAFF;
        private MaterialKind material = MaterialKind.PHOTO;
        private Set<Platform> platforms = Set.of(Platform.SNAPCHAT);
        private Boolean minorNude = true;
        private List<InvolvedPupil> pupils = new ArrayList<>();
        private List<String> yearGroups = List.of("3");
        private Reporter reportedBy = LEADER;

        public Report withPupil(String ref, PersonRole role) {
            pupils.add(new InvolvedPupil(ref == null ? null : new PersonRef(ref), role));
            return this;
        }

        /** No list of pupils at all (as a client may send), rather than an empty one. */
        public Report withoutPupilList() {
            pupils = null;
            return this;
        }

        public Report board(String id) {
            board = id == null ? null : new BoardId(id);
            return this;
        }

        public Report school(String id) {
            school = id == null ? null : new SchoolId(id);
            return this;
        }

        public Report cameToLightAt(Instant at) {
            cameToLightAt = at;
            return this;
        }

        public Report cameToLight(CameToLight value) {
            how = value;
            return this;
        }

        public Report material(MaterialKind kind) {
            material = kind;
            return this;
        }

        public Report platforms(Set<Platform> value) {
            platforms = value;
            return this;
        }

        public Report aboutAMinorNude(Boolean value) {
            minorNude = value;
            return this;
        }

        public Report yearGroups(List<String> value) {
            yearGroups = value;
            return this;
        }

        public Report reportedBy(Reporter who) {
            reportedBy = who;
            return this;
        }

        public ReportIncident command() {
            return new ReportIncident(CASE, board, school, cameToLightAt, how, material, platforms, minorNude,
                    pupils == null ? null : List.copyOf(pupils), yearGroups, reportedBy);
        }

        /** The fact the case records for this report. */
        public IncidentReported fact() {
            return new IncidentReported(CASE, board, school, cameToLightAt, how, material, platforms, minorNude,
                    List.copyOf(pupils), yearGroups, reportedBy);
        }
    }
}
