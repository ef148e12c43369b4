package org.schoolscope.register.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.ImportContext;
import org.schoolscope.ingest.ImportResult;
import org.schoolscope.ingest.LayoutFileImporter;
import org.schoolscope.ingest.RepeatedRows;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;

/**
 * The shape every register reference file shares: resolve the layout's columns, read each row into a value, and hand
 * the values to a store in chunks inside the import's transaction as they are read; any problem refuses the file
 * and undoes what was stored.
 *
 * @param <T> the value one row describes
 */
abstract class LayoutImporter<T> extends LayoutFileImporter<Layout> {

    @Override
    public boolean isRegisterSource() {
        return true;
    }

    private static final int CHUNK = 2000;

    LayoutImporter(Layout layout) {
        super(layout);
    }

    /** Reads one row; returns null only when a problem has been reported through the columns' reader. */
    abstract T read(TabularFile.Row row, LayoutColumns columns);

    /** The value's identity within a file: one row per key. */
    abstract Object key(T value);

    /** The key in words, for a message about a key given twice, e.g. "group UID 2044". */
    abstract String keyInWords(T value);

    /** The layout field holding the key, whose column a message about a key given twice names. */
    abstract String keyField();

    abstract WriteCounts store(List<T> values, ImportBatch batch);

    @Override
    public ImportResult importRows(TabularFile file, ImportContext context) {
        RowReader reader = new RowReader(file);
        LayoutColumns columns = LayoutColumns.resolve(layout, reader);
        reader.rejectIfProblems();
        RepeatedRows repeats = new RepeatedRows();
        String keyColumn = reader.columnName(columns.position(keyField()));
        List<T> pending = new ArrayList<>();
        WriteCounts counts = WriteCounts.NONE;
        for (TabularFile.Row row : file.rows()) {
            if (context.problems().full()) {
                break;
            }
            T value = read(row, columns);
            if (value != null && !repeats.repeats(key(value), row, () -> keyInWords(value), keyColumn,
                    context.problems())) {
                pending.add(value);
            }
            if (pending.size() >= CHUNK && !context.problems().any()) {
                counts = counts.plus(store(pending, context.batch()));
                pending.clear();
            }
        }
        if (context.problems().any()) {
            return ImportResult.of(WriteCounts.NONE);
        }
        counts = counts.plus(store(pending, context.batch())).plus(new WriteCounts(0, 0, 0, 0, repeats.repeated()));
        LocalDate asAt = layout.asAt() == Layout.AsAtRule.FILE_NAME_DATE ? FileDates.dayIn(file.name()).orElse(null)
                : null;
        return new ImportResult(counts, null, null, asAt);
    }

    /** Reads every row of a small file outside the pipeline (the districts shipped with the application). */
    List<T> readAll(TabularFile file) {
        RowReader reader = new RowReader(file);
        LayoutColumns columns = LayoutColumns.resolve(layout, reader);
        reader.rejectIfProblems();
        List<T> values = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            T value = read(row, columns);
            if (value != null) {
                values.add(value);
            }
        }
        reader.rejectIfProblems();
        return values;
    }

    /** Reads a whole-number column that must hold a value, such as a URN or group UID. */
    static Integer requiredNumber(TabularFile.Row row, LayoutColumns columns, String field,
            Function<Integer, ?> validator) {
        Integer value = columns.requiredInteger(row, field);
        if (value != null && validator != null) {
            try {
                validator.apply(value);
            } catch (IllegalArgumentException e) {
                columns.reader().problem(row, columns.position(field), "INVALID_VALUE", e.getMessage());
                return null;
            }
        }
        return value;
    }
}
