package org.schoolscope.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Opens a published file for reading as a {@link TabularFile}: CSV (read through gzip when compressed) in the
 * encoding the first pass found, or the first sheet of an XLSX workbook. Some Ofsted workbooks and CSVs put a title
 * row above the header: rows before the first row with at least half its cells filled are skipped.
 */
public final class TabularFileReader {

    private TabularFileReader() {
    }

    /** Reads a small file already in memory, such as a resource packed in the jar; its rows must all be exact. */
    public static TabularFile read(String name, byte[] bytes) {
        ImportSource source = ImportSource.of(name, bytes);
        return open(source, FileCheck.of(source), new ImportProblems(displayName(name)));
    }

    /** The name messages use: a compressed file is named as the file inside it. */
    static String displayName(String fileName) {
        return FileCheck.isCompressed(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    static TabularFile open(ImportSource source, FileCheck check, ImportProblems problems) {
        String name = displayName(source.name());
        TabularFile.Records records;
        try {
            records = check.workbook() ? new WorkbookRecords(source) : new CsvRecords(source, check);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportRejectedException(ImportProblem.ofFile(name, "UNREADABLE",
                    "The file cannot be read: " + e.getMessage()));
        }
        try {
            TabularFile.Record header = records.next();
            while (header != null && !looksLikeHeader(header.fields())) {
                header = records.next();
            }
            if (header == null) {
                throw new ImportRejectedException(ImportProblem.ofFile(name, "NO_HEADER", check.workbook()
                        ? "The workbook's first sheet has no header row" : "The file has no header row"));
            }
            return new TabularFile(name, check.encoding(), header.fields(), records, problems);
        } catch (RuntimeException e) {
            records.close();
            throw e;
        }
    }

    private static boolean looksLikeHeader(List<String> fields) {
        long filled = fields.stream().filter(f -> !f.isBlank()).count();
        return fields.size() > 1 && filled * 2 >= fields.size();
    }

    /** Counts the bytes read from the file on disk (before decompression), for progress. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }

    /**
     * Passes the text to the CSV parser while noting what the parser does not say: whether the text ended inside a
     * quoted field (an odd number of quotes) and whether it ended with a line break.
     */
    private static final class WatchedReader extends Reader {

        private final Reader in;
        private boolean insideQuotes;
        private char last;
        private boolean any;

        WatchedReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] chars, int offset, int length) throws IOException {
            int read = in.read(chars, offset, length);
            if (read > 0) {
                boolean inside = insideQuotes;
                for (int i = offset; i < offset + read; i++) {
                    if (chars[i] == '"') {
                        inside = !inside;
                    }
                }
                insideQuotes = inside;
                last = chars[offset + read - 1];
                any = true;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class CsvRecords implements TabularFile.Records {

        private final String name;
        private final long size;
        private final CountingStream counted;
        private final WatchedReader text;
        private final CsvReader<CsvRecord> reader;
        private final Iterator<CsvRecord> records;

        CsvRecords(ImportSource source, FileCheck check) throws IOException {
            this.name = source.name();
            this.size = source.size();
            this.counted = new CountingStream(source.open());
            InputStream content = check.compressed() ? new GZIPInputStream(counted, 1 << 16) : counted;
            content.skipNBytes(check.skip());
            this.text = new WatchedReader(new InputStreamReader(content, check.charset()));
            this.reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text);
            this.records = reader.iterator();
        }

        @Override
        public TabularFile.Record next() {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CsvRecord record = records.next();
                return new TabularFile.Record(record.getStartingLineNumber(), record.getFields());
            } catch (CsvParseException | UncheckedIOException e) {
                throw new ImportRejectedException(ImportProblem.ofFile(name, "UNREADABLE_CSV", e.getMessage()));
            }
        }

        @Override
        public boolean storesNoEmptyCells() {
            return false;
        }

        @Override
        public boolean endedInsideQuotes() {
            return text.insideQuotes;
        }

        @Override
        public boolean endedWithLineBreak() {
            return !text.any || text.last == '\n' || text.last == '\r';
        }

        @Override
        public int percentRead() {
            return size <= 0 ? -1 : (int) Math.min(100, counted.count * 100 / size);
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The first sheet of a workbook, streamed row by row (from the file on disk when there is one). */
    private static final class WorkbookRecords implements TabularFile.Records {

        private final ReadableWorkbook workbook;
        private final java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> stream;
        private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
        private final int total;

        WorkbookRecords(ImportSource source) throws IOException {
            // Cell formats must be read explicitly: without them no cell can be told to be a date.
            ReadingOptions options = new ReadingOptions(true, false);
            if (source.path().isPresent()) {
                this.workbook = new ReadableWorkbook(source.path().get().toFile(), options);
            } else {
                try (InputStream in = source.open()) {
                    this.workbook = new ReadableWorkbook(in, options);
                }
            }
            Sheet sheet = workbook.getFirstSheet();
            this.stream = sheet.openStream();
            this.rows = stream.iterator();
            this.total = -1;
        }

        @Override
        public TabularFile.Record next() {
            if (!rows.hasNext()) {
                return null;
            }
            org.dhatim.fastexcel.reader.Row row = rows.next();
            List<String> values = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                values.add(cellText(row.getCell(i)));
            }
            return new TabularFile.Record(row.getRowNum(), values);
        }

        @Override
        public boolean storesNoEmptyCells() {
            return true;
        }

        @Override
        public boolean endedInsideQuotes() {
            return false;
        }

        @Override
        public boolean endedWithLineBreak() {
            return true;
        }

        @Override
        public int percentRead() {
            return total;
        }

        @Override
        public void close() {
            stream.close();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Dates in workbooks are serial numbers formatted as dates; they are given as ISO dates, as a CSV export would. */
    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> {
                String format = cell.getDataFormatString();
                if ((format != null && looksLikeDateFormat(format)) || isBuiltInDateFormat(cell.getDataFormatId())) {
                    LocalDateTime dateTime = cell.asDate();
                    yield dateTime == null ? "" : LocalDate.from(dateTime).toString();
                }
                yield cell.getRawValue();
            }
            case STRING, FORMULA, BOOLEAN, ERROR -> cell.getText() == null ? "" : cell.getText();
            default -> "";
        };
    }

    /**
     * Excel's built-in date formats (ids 14 to 22 and 45 to 47) have no format string in the workbook: DfE's
     * england_ofsted-schools workbook formats its dates with id 14, so they read as serial numbers without this.
     */
    private static boolean isBuiltInDateFormat(Integer formatId) {
        return formatId != null && ((formatId >= 14 && formatId <= 22) || (formatId >= 45 && formatId <= 47));
    }

    private static boolean looksLikeDateFormat(String format) {
        String f = format.toLowerCase();
        return (f.contains("d") && f.contains("m") && f.contains("y")) || f.contains("yy");
    }
}
