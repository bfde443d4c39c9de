package nl.schoolboard.sexting.notification.directory;

import java.util.List;

/** An imported file with at least one bad row: nothing of it was imported. */
public class CsvRejected extends RuntimeException {

    private final List<RowError> errors;

    public CsvRejected(List<RowError> errors) {
        super(errors.size() + " problem(s) in the file");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
