package org.schoolscope.testing;

import java.util.List;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample's register of schools, imported from its published files as the sample loader does: figures are only
 * stored for schools the register holds, so a test of a figure file imports these first.
 */
public final class SampleRegister {

    /**
     * The spines name Birmingham's and Hampshire's schools of 2017-18, GIAS Hampshire's primary schools to 2022; the
     * Ofsted files add Birmingham's nursery schools and new academies.
     */
    public static final List<String> FILES = List.of("england_spine_2017-2018_la330_birmingham.csv",
            "england_spine_2017-2018_la850_hampshire.csv", "gias_establishments_20220420_la850_hampshire.csv",
            "england_ofsted-schools_31_July_2018_birmingham.csv",
            "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv");

    private SampleRegister() {
    }

    public static void load(ImportService imports) {
        for (String file : FILES) {
            ImportReport report = imports.importBytes(file, SampleFiles.bytes(file), "test register",
                    ImportProgress.SILENT);
            if (report.rejected()) {
                throw new IllegalStateException(report.summary());
            }
        }
    }

    /**
     * Takes the database back to the sample register with no figures, for the next test of a figure file, and
     * returns the register's last import. Figures and later imports are removed; where a later file spoke of schools
     * too (a census lists every school, and the register keeps that account for good), the database is cleaned and
     * the register loaded again from its files.
     */
    public static long restore(JdbcClient jdbc, ImportService imports, long registerImports) {
        boolean registerTouched = jdbc.sql("""
                select exists (select 1 from school where updated_by_import > :id)
                    or exists (select 1 from school_record where import_id > :id)
                    or exists (select 1 from school_evidence where import_id > :id)
                    or exists (select 1 from school_list where import_id > :id)""").param("id", registerImports)
                .query(Boolean.class).single();
        if (registerTouched) {
            DatabaseCleaner.clean(jdbc);
            load(imports);
            return jdbc.sql("select max(id) from import_batch").query(Long.class).single();
        }
        jdbc.sql("delete from figure").update();
        DatabaseCleaner.empty(jdbc, "figure_superseded");
        jdbc.sql("delete from import_row_left_out").update();
        jdbc.sql("delete from import_batch where id > ?").param(registerImports).update();
        return registerImports;
    }
}
