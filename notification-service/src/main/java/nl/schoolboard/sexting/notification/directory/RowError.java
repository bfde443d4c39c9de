package nl.schoolboard.sexting.notification.directory;

import java.util.Map;

/**
 * What is wrong with one row of an imported file: its number as a spreadsheet shows it (the header is row 1), the
 * column, and what to do about it as a code of the service's catalogue with its values.
 */
public record RowError(int row, String field, String code, Map<String, ?> params) {

    public RowError {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    RowError(int row, String field, String code) {
        this(row, field, code, Map.of());
    }
}
