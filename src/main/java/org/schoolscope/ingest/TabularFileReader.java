package org.schoolscope.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a published file's bytes into a {@link TabularFile}. The encoding is found from the bytes: a UTF-8
 * byte-order mark, else UTF-8 if every byte sequence is valid, else Windows-1252 (as GIAS publishes).
 * Some Ofsted workbooks and CSVs put a title row above the header: rows before the first row with at least
 * half its cells filled are skipped.
 */
public final class TabularFileReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final java.util.Set<String> SPILLING_LAST_COLUMNS = java.util.Set.of("linked establishments");

    private TabularFileReader() {
    }

    public static TabularFile read(String name, byte[] bytes) {
        String lower = name.toLowerCase();
        try {
            if (lower.endsWith(".gz")) {
                return read(name.substring(0, name.length() - 3), gunzip(name, bytes));
            }
            if (lower.endsWith(".xlsx") || isZip(bytes)) {
                return readWorkbook(name, bytes);
            }
            return readCsv(name, bytes);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportProblem.ofFile(name, "UNREADABLE", "The file cannot be read: " + e.getMessage()));
        }
    }

    private static byte[] gunzip(String name, byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ImportRejectedException(ImportProblem.ofFile(name, "TRUNCATED",
                    "The compressed file is damaged or cut short: " + e.getMessage()));
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static TabularFile readCsv(String name, byte[] bytes) {
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            encoding = "UTF-8 with BOM";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            String utf8 = strictUtf8(bytes);
            encoding = utf8 != null ? "UTF-8" : "windows-1252";
            text = utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
        }
        List<String> header = null;
        List<TabularFile.Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                List<String> fields = record.getFields();
                if (header == null) {
                    if (looksLikeHeader(fields)) {
                        header = fields;
                    }
                    continue;
                }
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue;
                }
                if (fields.size() > header.size() && spillsIntoExtraFields(header)) {
                    fields = foldSurplusIntoLastColumn(fields, header.size());
                }
                rows.add(new TabularFile.Row(record.getStartingLineNumber(), fields));
            }
        } catch (CsvParseException e) {
            throw new ImportRejectedException(ImportProblem.ofFile(name, "UNREADABLE_CSV", e.getMessage()));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportRejectedException(ImportProblem.ofFile(name, "UNREADABLE_CSV", e.getMessage()));
        }
        if (header == null) {
            throw new ImportRejectedException(ImportProblem.ofFile(name, "NO_HEADER", "The file has no header row"));
        }
        rejectIfCutShort(name, text, header, rows);
        return new TabularFile(name, encoding, header, rows);
    }

    /**
     * Published files do have short rows (closed schools with only their identifiers; LA downloads whose rows stop
     * at the last filled field) and some end without a line break, so neither alone is damage. A file is taken to
     * be cut short when it ends inside a quoted field, or when it ends without a line break on a row shorter than
     * the header and shorter than every other row's length seen in the file.
     */
    private static void rejectIfCutShort(String name, String text, List<String> header, List<TabularFile.Row> rows) {
        boolean endsWithLineBreak = text.endsWith("\n") || text.endsWith("\r");
        if (endsWithLineBreak || rows.isEmpty()) {
            return;
        }
        TabularFile.Row last = rows.get(rows.size() - 1);
        int length = last.values().size();
        boolean insideQuotes = text.chars().filter(c -> c == '"').count() % 2 != 0;
        boolean lengthSeenElsewhere = rows.subList(0, rows.size() - 1).stream()
                .anyMatch(row -> row.values().size() == length);
        if (insideQuotes || (length < header.size() && !lengthSeenElsewhere)) {
            throw new ImportRejectedException(new ImportProblem(name, last.line(), header.get(
                    Math.max(0, Math.min(length, header.size()) - 1)).trim(), "TRUNCATED", "The file ends part-way"
                    + " through this row (" + length + " of " + header.size() + " fields): it was cut short"));
        }
    }

    /**
     * GIAS's establishment search download writes its last column, "Linked establishments", as one unquoted field
     * per link ("115961 Predecessor","148215 Successor"), so rows of schools with several links run past the
     * header. Only a last column known to do this is allowed to; any other surplus is still a damaged row.
     */
    private static boolean spillsIntoExtraFields(List<String> header) {
        return SPILLING_LAST_COLUMNS.contains(TabularFile.normalise(header.get(header.size() - 1)));
    }

    private static List<String> foldSurplusIntoLastColumn(List<String> fields, int columns) {
        List<String> folded = new ArrayList<>(fields.subList(0, columns - 1));
        folded.add(String.join(", ", fields.subList(columns - 1, fields.size())));
        return folded;
    }

    private static boolean looksLikeHeader(List<String> fields) {
        long filled = fields.stream().filter(f -> !f.isBlank()).count();
        return fields.size() > 1 && filled * 2 >= fields.size();
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static TabularFile readWorkbook(String name, byte[] bytes) throws IOException {
        // Cell formats must be read explicitly: without them no cell can be told to be a date.
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> header = null;
            List<TabularFile.Row> rows = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) sheet.openStream()::iterator) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    values.add(cellText(row.getCell(i)));
                }
                if (header == null) {
                    if (looksLikeHeader(values)) {
                        header = values;
                    }
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                while (values.size() < header.size()) {
                    values.add("");
                }
                rows.add(new TabularFile.Row(row.getRowNum(), values.subList(0, Math.max(header.size(), 0))));
            }
            if (header == null) {
                throw new ImportRejectedException(ImportProblem.ofFile(name, "NO_HEADER", "The workbook's first sheet has no header row"));
            }
            return new TabularFile(name, "xlsx", header, rows);
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
