package org.schoolscope.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Reads typed values from the rows of one file by published column name, collecting a located problem for
 * every value of the wrong type instead of stopping at the first, so one run reports everything to fix.
 */
public final class RowReader {

    // Strict, so that 31/02/2019 is refused rather than quietly read as 28 February (the default resolver's way).
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final TabularFile file;
    private final ImportProblems problems;

    public RowReader(TabularFile file) {
        this.file = file;
        this.problems = file.problems();
    }

    public TabularFile file() {
        return file;
    }

    /** The column's position; a missing required column is a problem for the file as a whole. */
    public int require(String column) {
        return file.column(column).orElseGet(() -> {
            problems.ofFile("MISSING_COLUMN", "The required column '" + column + "' is not in the header");
            return -1;
        });
    }

    /** The column's position, or -1 when this edition of the file does not have it. */
    public int optional(String column) {
        return file.column(column).orElse(-1);
    }

    public String text(TabularFile.Row row, int column) {
        if (column < 0) {
            return null;
        }
        String value = row.value(column).trim();
        return value.isEmpty() ? null : value;
    }

    public Integer integer(TabularFile.Row row, int column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        String digits = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            problem(row, column, "NOT_A_WHOLE_NUMBER", "'" + value + "' is not a whole number");
            return null;
        }
    }

    /** Reads a whole number where published markers (SUPP, NA, x...) also stand for "no value". */
    public Integer integerOrMarker(TabularFile.Row row, int column) {
        String value = text(row, column);
        if (value == null || PublishedValue.parseNumber(value) instanceof PublishedValue.NotAvailable) {
            return null;
        }
        return integer(row, column);
    }

    /** Dates as GIAS (dd-mm-yyyy), Ofsted (dd/mm/yyyy) and workbook exports (yyyy-mm-dd) write them. */
    public LocalDate date(TabularFile.Row row, int column) {
        String value = text(row, column);
        if (value == null || value.equalsIgnoreCase("NULL")) {
            return null;
        }
        DateTimeFormatter format = formatOf(value);
        if (format != null) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                // GIAS writes 01-01-1900 for an unknown date.
                return date.getYear() <= 1900 ? null : date;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(row, column, "NOT_A_DATE", "'" + value + "' is not a date (expected dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd)");
        return null;
    }

    /** The format a date is written in, told by where its separators are (a thrown exception per try is slow). */
    private static DateTimeFormatter formatOf(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            return DATE_FORMATS.get(0);
        }
        if (value.length() == 10 && value.charAt(2) == '-' && value.charAt(5) == '-') {
            return DATE_FORMATS.get(1);
        }
        if (value.length() == 10 && value.charAt(2) == '/' && value.charAt(5) == '/') {
            return DATE_FORMATS.get(2);
        }
        return null;
    }

    public void problem(TabularFile.Row row, int column, String code, String message) {
        problems.add(row.line(), columnName(column), code, message);
    }

    public void fileProblem(String code, String message) {
        problems.ofFile(code, message);
    }

    /** The published name of the column at a position, as messages name it; null for none. */
    public String columnName(int column) {
        return column < 0 ? null : file.header().get(column).trim();
    }

    public boolean hasProblems() {
        return problems.any();
    }

    /** Refuses the file if anything was wrong, undoing anything written. */
    public void rejectIfProblems() {
        problems.rejectIfAny();
    }
}
