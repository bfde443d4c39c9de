package nl.schoolboard.sexting.notification.directory;

/**
 * What is wrong with one row of an imported file: its number as a spreadsheet shows it (the header is row 1), the
 * column, and what to do about it.
 */
public record RowError(int row, String field, String message) {
}
