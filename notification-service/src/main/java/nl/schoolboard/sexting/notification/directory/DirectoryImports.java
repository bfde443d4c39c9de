package nl.schoolboard.sexting.notification.directory;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.schoolboard.sexting.notification.directory.DirectoryViews.ImportView;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a school's staff list or guardian lists from CSV, all or nothing: every row is checked first (the same
 * checks as the API's), and only a file without a single problem is written, as one replacement of the school's
 * whole list (see {@link DirectoryStore} for why that is all-or-nothing without transactions). A file with problems
 * is answered with every problem, by row number and column, and changes nothing.
 *
 * <p>Staff: columns {@code staffRef, roles, email} and optionally {@code language}; several roles in one cell are
 * separated by {@code |} (or spaces). Guardians: {@code pupilRef, email} and optionally {@code name, language}; one
 * row per guardian, so a pupil with two guardians has two rows. Column names are matched ignoring case, spaces,
 * dashes and underscores; the separator is a comma or a semicolon.
 */
@Component
record DirectoryImports(DirectoryStore store, Validator validator) {

    static final int MAX_ROWS = 50_000;
    private static final int MAX_GUARDIANS_PER_PUPIL = 10;

    private static final List<String> STAFF_REQUIRED = List.of("staffRef", "roles", "email");
    private static final List<String> STAFF_OPTIONAL = List.of("language");
    private static final List<String> GUARDIAN_REQUIRED = List.of("pupilRef", "email");
    private static final List<String> GUARDIAN_OPTIONAL = List.of("name", "language");
    /** Other ways to write a column name (after dropping case, spaces, dashes and underscores). */
    private static final Map<String, String> ALIASES = Map.of("role", "roles", "emailaddress", "email");

    ImportView importStaff(String boardId, String schoolId, byte[] file) {
        Parsed<StaffMember> parsed = parseStaff(file);
        store.replaceStaff(boardId, schoolId, parsed.entries());
        return new ImportView(parsed.rows(), parsed.entries().size(), null);
    }

    ImportView importGuardians(String boardId, String schoolId, byte[] file) {
        Parsed<PupilGuardians> parsed = parseGuardians(file);
        store.replaceGuardians(boardId, schoolId, parsed.entries());
        return new ImportView(parsed.rows(), null, parsed.entries().size());
    }

    /** A file that passed every check: its data rows and what they say. */
    record Parsed<T>(int rows, List<T> entries) {
    }

    /** Checks every row of a staff file; the staff list it gives, or {@link CsvRejected} with every problem. */
    Parsed<StaffMember> parseStaff(byte[] file) {
        Table table = Table.read(file, STAFF_REQUIRED, STAFF_OPTIONAL);
        List<RowError> errors = new ArrayList<>();
        List<StaffMember> members = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : table.rowsThatFit(errors)) {
            String staffRef = table.value(row, "staffRef");
            boolean refOk = checkRef(row, "staffRef", staffRef, errors);
            StaffMemberInput input = new StaffMemberInput(split(table.value(row, "roles")),
                    table.value(row, "email"), table.value(row, "language"));
            boolean valid = validate(row, input, errors) && refOk;
            if (refOk) {
                Integer earlier = seen.putIfAbsent(staffRef.toLowerCase(Locale.ROOT), row.number());
                if (earlier != null) {
                    errors.add(new RowError(row.number(), "staffRef", "staff-ref-already-in-row",
                            Map.of("row", earlier)));
                    valid = false;
                }
            }
            if (valid) {
                members.add(input.toMember(staffRef));
            }
        }
        reject(errors);
        return new Parsed<>(table.rows().size(), members);
    }

    /** Checks every row of a guardians file; the lists it gives per pupil, or {@link CsvRejected}. */
    Parsed<PupilGuardians> parseGuardians(byte[] file) {
        Table table = Table.read(file, GUARDIAN_REQUIRED, GUARDIAN_OPTIONAL);
        List<RowError> errors = new ArrayList<>();
        Map<String, List<Guardian>> byPupil = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : table.rowsThatFit(errors)) {
            String pupilRef = table.value(row, "pupilRef");
            boolean refOk = checkRef(row, "pupilRef", pupilRef, errors);
            GuardianInput input = new GuardianInput(table.value(row, "name"), table.value(row, "email"),
                    table.value(row, "language"));
            boolean valid = validate(row, input, errors) && refOk;
            if (valid) {
                String key = pupilRef + "|" + input.email().strip().toLowerCase(Locale.ROOT);
                Integer earlier = seen.putIfAbsent(key, row.number());
                List<Guardian> guardians = byPupil.computeIfAbsent(pupilRef, ref -> new ArrayList<>());
                if (earlier != null) {
                    errors.add(new RowError(row.number(), "email", "guardian-already-in-row", Map.of("row", earlier)));
                } else if (guardians.size() == MAX_GUARDIANS_PER_PUPIL) {
                    errors.add(new RowError(row.number(), "pupilRef", "too-many-guardians-in-file",
                            Map.of("max", MAX_GUARDIANS_PER_PUPIL)));
                } else {
                    guardians.add(input.toGuardian());
                }
            }
        }
        reject(errors);
        List<PupilGuardians> pupils = byPupil.entrySet().stream()
                .map(entry -> new PupilGuardians(entry.getKey(), entry.getValue())).toList();
        return new Parsed<>(table.rows().size(), pupils);
    }

    private static boolean checkRef(Csv.Row row, String column, String value, List<RowError> errors) {
        if (value.isEmpty()) {
            errors.add(new RowError(row.number(), column, "row-value-missing", Map.of("column", column)));
            return false;
        }
        if (!Refs.isPersonRef(value)) {
            errors.add(new RowError(row.number(), column, Refs.PERSON_REF_MALFORMED));
            return false;
        }
        return true;
    }

    private boolean validate(Csv.Row row, Object input, List<RowError> errors) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        violations.stream()
                .map(v -> new RowError(row.number(), column(v.getPropertyPath().toString()), codeOf(v)))
                .distinct()
                .sorted(Comparator.comparing(RowError::field).thenComparing(RowError::code))
                .forEach(errors::add);
        return violations.isEmpty();
    }

    /** The code a constraint names as its message template, {@code {code}}. */
    private static String codeOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : "value-not-accepted";
    }

    /** {@code roles[1].<list element>} is the column {@code roles}. */
    private static String column(String propertyPath) {
        int end = propertyPath.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = propertyPath.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return propertyPath.substring(0, end);
    }

    private static List<String> split(String roles) {
        if (roles.isBlank()) {
            return List.of();
        }
        return Arrays.stream(roles.split("[|;,/+\\s]+")).filter(role -> !role.isBlank()).toList();
    }

    /** Every problem of the file, by row number (a row too wide is found before the values of the others). */
    private static void reject(List<RowError> errors) {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            throw new CsvRejected(errors);
        }
    }

    /** The rows of a file under a checked header: each known column once, the required ones present. */
    private record Table(Map<String, Integer> columns, List<Csv.Row> rows) {

        static Table read(byte[] file, List<String> required, List<String> optional) {
            List<Csv.Row> all;
            try {
                all = Csv.parse(Csv.decode(file == null ? new byte[0] : file));
            } catch (Csv.Unreadable e) {
                throw new CsvRejected(List.of(new RowError(e.row, "", e.getMessage())));
            }
            if (all.isEmpty()) {
                throw new CsvRejected(List.of(new RowError(1, "", "file-empty", Map.of("required",
                        String.join(", ", required), "optional", String.join(", ", optional)))));
            }
            Csv.Row header = all.get(0);
            Map<String, String> known = new LinkedHashMap<>();
            for (String column : required) {
                known.put(normal(column), column);
            }
            for (String column : optional) {
                known.put(normal(column), column);
            }
            ALIASES.forEach((alias, column) -> {
                if (known.containsValue(column)) {
                    known.putIfAbsent(alias, column);
                }
            });
            List<RowError> errors = new ArrayList<>();
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.values().size(); i++) {
                String name = header.values().get(i);
                String column = known.get(normal(name));
                if (column == null) {
                    errors.add(new RowError(header.number(), name, "column-unknown", Map.of("column", name,
                            "columns", String.join(", ", new LinkedHashSet<>(known.values())))));
                } else if (columns.putIfAbsent(column, i) != null) {
                    errors.add(new RowError(header.number(), column, "column-twice", Map.of("column", column)));
                }
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    errors.add(new RowError(header.number(), column, "column-missing", Map.of("column", column)));
                }
            }
            List<Csv.Row> rows = all.subList(1, all.size());
            if (errors.isEmpty() && rows.isEmpty()) {
                errors.add(new RowError(header.number() + 1, "", "file-lists-nobody"));
            }
            if (rows.size() > MAX_ROWS) {
                errors.add(new RowError(rows.get(MAX_ROWS).number(), "", "file-too-long", Map.of("max", MAX_ROWS)));
            }
            if (!errors.isEmpty()) {
                throw new CsvRejected(errors);
            }
            return new Table(columns, rows);
        }

        /** The rows to check value by value: a row with values beyond the last column is an error of its own. */
        List<Csv.Row> rowsThatFit(List<RowError> errors) {
            return rows.stream().filter(row -> fits(row, errors)).toList();
        }

        private boolean fits(Csv.Row row, List<RowError> errors) {
            if (row.values().size() > columns.size() && row.values().subList(columns.size(), row.values().size())
                    .stream().anyMatch(value -> !value.isBlank())) {
                errors.add(new RowError(row.number(), "", "row-too-wide", Map.of("values", row.values().size(),
                        "columns", columns.size())));
                return false;
            }
            return true;
        }

        String value(Csv.Row row, String column) {
            Integer index = columns.get(column);
            return index == null || index >= row.values().size() ? "" : row.values().get(index);
        }

        private static String normal(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        }
    }
}
