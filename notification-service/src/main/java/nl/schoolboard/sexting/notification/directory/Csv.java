package nl.schoolboard.sexting.notification.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): comma- or semicolon-separated (Dutch spreadsheets use semicolons;
 * the header line decides), values in double quotes may hold separators, line breaks and doubled quotes. Rows are
 * numbered as a spreadsheet shows them: the header is row 1. Empty rows are skipped but counted.
 */
final class Csv {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One row: its number as a spreadsheet shows it, and its values, stripped of surrounding blanks. */
    record Row(int number, List<String> values) {

        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }
    }

    /** The file could not be read as CSV at all (e.g. a quote that is never closed). */
    static final class Unreadable extends RuntimeException {
        final int row;

        /** @param code why, as a code of the service's catalogue */
        Unreadable(int row, String code) {
            super(code);
            this.row = row;
        }
    }

    private Csv() {
    }

    /** UTF-8 (with or without a byte-order mark), else Windows-1252 as older spreadsheet programs save it. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** All non-empty rows, the header first. */
    static List<Row> parse(String text) {
        char separator = separator(text);
        List<Row> rows = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int row = 1;
        int rowStart = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        row++;
                    }
                    value.append(c);
                }
            } else if (c == '"' && value.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                value.setLength(0);
            } else if (c == separator) {
                values.add(finish(value, wasQuoted));
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                values.add(finish(value, wasQuoted));
                wasQuoted = false;
                add(rows, rowStart, values);
                values = new ArrayList<>();
                row++;
                rowStart = row;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new Unreadable(row, "csv-text-after-quote");
            } else {
                value.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new Unreadable(rowStart, "csv-quote-not-closed");
        }
        if (!value.isEmpty() || !values.isEmpty() || wasQuoted) {
            values.add(finish(value, wasQuoted));
            add(rows, rowStart, values);
        }
        return rows;
    }

    private static String finish(StringBuilder value, boolean wasQuoted) {
        String done = wasQuoted ? value.toString() : value.toString().strip();
        value.setLength(0);
        return done.strip();
    }

    private static void add(List<Row> rows, int number, List<String> values) {
        Row row = new Row(number, List.copyOf(values));
        if (!row.isBlank()) {
            rows.add(row);
        }
    }

    /** The separator the header line uses most: {@code ;} or {@code ,}. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
