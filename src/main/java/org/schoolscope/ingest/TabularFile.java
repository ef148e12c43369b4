package org.schoolscope.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A published file read into a header and rows of text, exactly as published: no value is converted here.
 *
 * @param name the file's name, used in every message about it
 * @param encoding how the bytes were read (UTF-8, UTF-8 with BOM, windows-1252, xlsx)
 */
public record TabularFile(String name, String encoding, List<String> header, List<Row> rows) {

    /** A data row with the line it started on (the header is line 1 unless a title row comes first). */
    public record Row(long line, List<String> values) {

        public String value(int index) {
            return index < values.size() ? values.get(index) : "";
        }
    }

    public TabularFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Column position by published name, ignoring case and surrounding spaces. */
    public Optional<Integer> column(String name) {
        return Optional.ofNullable(index().get(normalise(name)));
    }

    public boolean hasColumns(List<String> names) {
        return names.stream().allMatch(n -> column(n).isPresent());
    }

    private Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            index.put(normalise(header.get(i)), i);
        }
        return index;
    }

    static String normalise(String name) {
        return name.replace("\uFEFF", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
