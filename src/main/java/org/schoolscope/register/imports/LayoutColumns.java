package org.schoolscope.register.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;

/**
 * A layout's fields found in one file's header. Typed reads go through {@link RowReader}, so a wrong value is
 * reported with its file, line and published column name.
 */
final class LayoutColumns {

    private final RowReader reader;
    private final Map<String, Integer> positions = new HashMap<>();

    private LayoutColumns(RowReader reader) {
        this.reader = reader;
    }

    /** Resolves every field; a required field with none of its accepted columns is a problem for the whole file. */
    static LayoutColumns resolve(Layout layout, RowReader reader) {
        LayoutColumns columns = new LayoutColumns(reader);
        layout.fields().forEach((field, accepted) -> {
            int position = accepted.stream().mapToInt(reader::optional).filter(p -> p >= 0).findFirst().orElse(-1);
            columns.positions.put(field, position);
            if (position < 0 && layout.required().contains(field)) {
                reader.fileProblem("MISSING_COLUMN", accepted.size() == 1
                        ? "The required column '" + accepted.get(0) + "' is not in the header"
                        : "None of the columns " + quoted(accepted) + " (for " + field + ") is in the header");
            }
        });
        return columns;
    }

    int position(String field) {
        return positions.getOrDefault(field, -1);
    }

    boolean has(String field) {
        return position(field) >= 0;
    }

    String text(TabularFile.Row row, String field) {
        return reader.text(row, position(field));
    }

    Integer integer(TabularFile.Row row, String field) {
        return reader.integer(row, position(field));
    }

    LocalDate date(TabularFile.Row row, String field) {
        return reader.date(row, position(field));
    }

    /** A value every row must have; its absence is reported at the row's line. */
    String requiredText(TabularFile.Row row, String field) {
        String value = text(row, field);
        if (value == null && has(field)) {
            reader.problem(row, position(field), "MISSING_VALUE", "The " + field + " is empty");
        }
        return value;
    }

    Integer requiredInteger(TabularFile.Row row, String field) {
        if (text(row, field) == null) {
            requiredText(row, field);
            return null;
        }
        return integer(row, field);
    }

    RowReader reader() {
        return reader;
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
