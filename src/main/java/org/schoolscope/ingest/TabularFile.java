package org.schoolscope.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A published file being read: its header, then its rows as text exactly as published (no value is converted here),
 * one at a time as they stream past, so a file of any size is read in the same memory. The rows can be read once.
 *
 * <p>Every row must have as many fields as the header unless the layout's {@link RowShape} says otherwise: a row
 * with one field too many (a decimal comma, 49,9) or too few (a row cut short) would put its values under the wrong
 * columns, so it is never given to the importer; it is a problem that refuses the file, or, where the council asked
 * for malformed rows to be skipped, a row left out and listed.
 */
public final class TabularFile implements AutoCloseable {

    private static final int PROGRESS_EVERY = 10_000;

    /** A data row with the line it started on (the header is line 1 unless a title row comes first). */
    public record Row(long line, List<String> values) {

        public String value(int index) {
            return index < values.size() ? values.get(index) : "";
        }
    }

    /** Where the rows come from: a CSV parser or a workbook's sheet. */
    interface Records extends AutoCloseable {

        /** The next record, or null at the end. */
        Record next();

        /** Workbooks store no empty cells, so a row ends at its last filled cell whatever the layout. */
        boolean storesNoEmptyCells();

        boolean endedInsideQuotes();

        boolean endedWithLineBreak();

        int percentRead();

        @Override
        void close();
    }

    record Record(long line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private final String name;
    private final String encoding;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final Records records;
    private final ImportProblems problems;
    private RowShape shape = RowShape.EXACT;
    private ImportContext context;
    private ImportProgress progress = ImportProgress.SILENT;
    private long rowsRead;
    private boolean opened;

    TabularFile(String name, String encoding, List<String> header, Records records, ImportProblems problems) {
        this.name = name;
        this.encoding = encoding;
        this.header = List.copyOf(header);
        this.records = records;
        this.problems = problems;
        for (int i = this.header.size() - 1; i >= 0; i--) {
            index.put(normalise(this.header.get(i)), i);
        }
    }

    /** The file's name, used in every message about it. */
    public String name() {
        return name;
    }

    /** How the bytes were read: UTF-8, UTF-8 with BOM, windows-1252 or xlsx. */
    public String encoding() {
        return encoding;
    }

    public List<String> header() {
        return header;
    }

    /** Where every problem with this file is collected. */
    public ImportProblems problems() {
        return problems;
    }

    /** Data rows read so far, malformed ones included. */
    public long rowsRead() {
        return rowsRead;
    }

    /** Column position by published name, ignoring case and surrounding spaces. */
    public Optional<Integer> column(String columnName) {
        return Optional.ofNullable(index.get(normalise(columnName)));
    }

    public boolean hasColumns(List<String> names) {
        return names.stream().allMatch(n -> column(n).isPresent());
    }

    /** Set by the pipeline once the layout is known: how rows may be shaped, and where rows left out go. */
    void readAs(RowShape rowShape, ImportContext importContext, ImportProgress importProgress) {
        this.shape = rowShape;
        this.context = importContext;
        this.progress = importProgress;
    }

    /** The rows, streamed; malformed rows are reported (or left out) here and never returned. */
    public Iterable<Row> rows() {
        if (opened) {
            throw new IllegalStateException("The rows of " + name + " have already been read");
        }
        opened = true;
        return RowIterator::new;
    }

    @Override
    public void close() {
        records.close();
    }

    static String normalise(String columnName) {
        return columnName.replace("\uFEFF", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Reads one record ahead, so the last row of a file is known to be the last when it is checked. */
    private final class RowIterator implements Iterator<Row> {

        private final BitSet lengthsSeen = new BitSet();
        private Record ahead = nextRecord();
        private Row next;

        @Override
        public boolean hasNext() {
            while (next == null && ahead != null) {
                Record record = ahead;
                ahead = nextRecord();
                next = check(record, ahead == null);
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        private Record nextRecord() {
            Record record = records.next();
            while (record != null && record.blank() && (records.storesNoEmptyCells() || !isShortOrLong(record))) {
                record = records.next();
            }
            return record;
        }

        private boolean isShortOrLong(Record record) {
            // A line of commas alone is a row of blank fields only if it has the header's length.
            return record.fields().size() > 1 && record.fields().size() != header.size();
        }

        private Row check(Record record, boolean last) {
            rowsRead++;
            if (rowsRead % PROGRESS_EVERY == 0) {
                progress.rowsRead(name, rowsRead, records.percentRead());
            }
            List<String> fields = record.fields();
            int length = fields.size();
            int columns = header.size();
            if (last && records.endedInsideQuotes()) {
                truncated(record);
                return null;
            }
            if (records.storesNoEmptyCells()) {
                return workbookRow(record);
            }
            if (length < columns) {
                boolean mayEndEarly = shape == RowShape.MAY_END_EARLY;
                if (last && !records.endedWithLineBreak() && (!mayEndEarly || !lengthsSeen.get(length))) {
                    truncated(record);
                    return null;
                }
                lengthsSeen.set(length);
                if (!mayEndEarly) {
                    malformed(record.line(), header.get(length).trim(), "MISSING_FIELDS", "This row has " + length
                            + " fields where the header has " + columns + ": it stops before column '"
                            + header.get(length).trim() + "', so the values it has cannot be matched to their columns"
                            + " with certainty");
                    return null;
                }
                List<String> padded = new ArrayList<>(columns);
                padded.addAll(fields);
                while (padded.size() < columns) {
                    padded.add("");
                }
                return new Row(record.line(), padded);
            }
            lengthsSeen.set(Math.min(length, columns));
            if (length > columns) {
                if (shape == RowShape.LAST_COLUMN_MAY_SPILL) {
                    List<String> folded = new ArrayList<>(fields.subList(0, columns - 1));
                    folded.add(String.join(", ", fields.subList(columns - 1, length)));
                    return new Row(record.line(), folded);
                }
                String lastColumn = header.get(columns - 1).trim();
                malformed(record.line(), lastColumn, "EXTRA_FIELDS", "This row has " + length
                        + " fields where the header has " + columns + ": a value holds an unquoted comma (a decimal"
                        + " comma such as 49,9, or a comma in a name), so the values after it are under the wrong"
                        + " columns, as far as the last column '" + lastColumn + "'");
                return null;
            }
            return new Row(record.line(), fields);
        }

        private Row workbookRow(Record record) {
            List<String> fields = record.fields();
            int columns = header.size();
            for (int i = columns; i < fields.size(); i++) {
                if (!fields.get(i).isBlank()) {
                    malformed(record.line(), header.get(columns - 1).trim(), "EXTRA_FIELDS", "This row has a value"
                            + " in column " + (i + 1) + ", beyond the header's last column '"
                            + header.get(columns - 1).trim() + "'");
                    return null;
                }
            }
            List<String> values = new ArrayList<>(fields.subList(0, Math.min(columns, fields.size())));
            while (values.size() < columns) {
                values.add("");
            }
            return new Row(record.line(), values);
        }

        private void truncated(Record record) {
            int length = record.fields().size();
            problems.add(record.line(), header.get(Math.max(0, Math.min(length, header.size()) - 1)).trim(),
                    "TRUNCATED", "The file ends part-way through this row (" + length + " of " + header.size()
                            + " fields): it was cut short");
        }

        private void malformed(long line, String column, String code, String message) {
            if (context != null && context.options().skipMalformedRows()) {
                context.leaveOut(line, column, code, message);
            } else {
                problems.add(line, column, code, message);
            }
        }
    }
}
