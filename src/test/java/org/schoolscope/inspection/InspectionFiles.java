package org.schoolscope.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers: the extracts in src/test/resources/inspection, importing them, and a clean database. */
public final class InspectionFiles {

    public static final String OUTCOMES_2023 =
            "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham_extract.csv";
    public static final String PERFORMANCE_TABLES_2018_CSV =
            "england_ofsted-schools_31_July_2018_birmingham_extract.csv";
    public static final String PERFORMANCE_TABLES_2018_WORKBOOK = "england_ofsted-schools_31_July_2018_extract.xlsx";
    public static final String KEY_JUDGEMENTS_2024_25 =
            "constructed/CONSTRUCTED_ofsted_key_judgements_2024-25_as_at_31_Jul_2025.csv";
    public static final String REPORT_CARDS_2025 = "constructed/CONSTRUCTED_ofsted_report_cards_as_at_31_Jan_2026.csv";

    private InspectionFiles() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = InspectionFiles.class.getResourceAsStream("/inspection/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource inspection/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportReport importResource(ImportService imports, String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return imports.importBytes(name, bytes(resource), "test", ImportProgress.SILENT);
    }

    /** Tests share one database per Spring context, so each starts from empty inspection tables. */
    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from inspection_judgement").update();
        jdbc.sql("delete from inspection").update();
        jdbc.sql("delete from school_record").update();
        jdbc.sql("update school set updated_by_import = null").update();
        jdbc.sql("delete from school_link").update();
        jdbc.sql("delete from school_group").update();
        jdbc.sql("delete from figure").update();
        DatabaseCleaner.empty(jdbc, "inspection_superseded", "figure_superseded");
        jdbc.sql("delete from import_batch").update();
    }

    public static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
