package nl.schoolboard.sexting.caseservice.dashboard;

import java.util.List;

/**
 * The registration statistics as CSV for a spreadsheet: semicolon separated (what a Dutch spreadsheet expects), UTF-8,
 * Dutch column names, one line per cell, the same rounded cells as everywhere else.
 */
final class FiguresCsv {

    static final String HEADER = "schooljaar;school_id;school;soort_materiaal;status;aantal_afgerond_op_5";

    private FiguresCsv() {
    }

    static String of(List<BoardFigures.Cell> cells) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (BoardFigures.Cell cell : cells) {
            csv.append(String.join(";", cell.schoolYear(), field(cell.schoolId()), field(cell.schoolName()),
                    cell.materialKind(), cell.status(), Long.toString(cell.count()))).append("\r\n");
        }
        return csv.toString();
    }

    /** A value as a CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break. */
    private static String field(String value) {
        return value.matches("[^;\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
