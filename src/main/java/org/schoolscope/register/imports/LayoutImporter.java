package org.schoolscope.register.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.schoolscope.ingest.LayoutFileImporter;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.PreparedImport;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;

/**
 * The shape every register reference file shares: resolve the layout's columns, read each row into a value,
 * refuse the file on any problem, then hand the values to a store inside the import's transaction.
 *
 * @param <T> the value one row describes
 */
abstract class LayoutImporter<T> extends LayoutFileImporter<Layout> {

    LayoutImporter(Layout layout) {
        super(layout);
    }

    /** Reads one row; returns null only when a problem has been reported through the columns' reader. */
    abstract T read(TabularFile.Row row, LayoutColumns columns);

    abstract WriteCounts store(List<T> values, ImportBatch batch);


    @Override
    public PreparedImport prepare(TabularFile file, ImportProgress progress) {
        List<T> values = readAll(file, progress);
        LocalDate asAt = layout.asAt() == Layout.AsAtRule.FILE_NAME_DATE ? FileDates.dayIn(file.name()).orElse(null)
                : null;
        return new Prepared<>(values, asAt, this::store);
    }

    List<T> readAll(TabularFile file, ImportProgress progress) {
        RowReader reader = new RowReader(file);
        LayoutColumns columns = LayoutColumns.resolve(layout, reader);
        reader.rejectIfProblems();
        List<T> values = new ArrayList<>(file.rows().size());
        int done = 0;
        for (TabularFile.Row row : file.rows()) {
            T value = read(row, columns);
            if (value != null) {
                values.add(value);
            }
            if (++done % SchoolFactsImporter.PROGRESS_EVERY == 0) {
                progress.rowsDone(file.name(), done, file.rows().size());
            }
        }
        reader.rejectIfProblems();
        progress.rowsDone(file.name(), done, file.rows().size());
        return values;
    }

    private record Prepared<T>(List<T> values, LocalDate asAt, java.util.function.BiFunction<List<T>, ImportBatch,
            WriteCounts> store) implements PreparedImport {

        @Override
        public int rowsRead() {
            return values.size();
        }

        @Override
        public String academicYear() {
            return null;
        }

        @Override
        public String releaseStage() {
            return null;
        }

        @Override
        public WriteCounts write(ImportBatch batch) {
            return store.apply(values, batch);
        }
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
