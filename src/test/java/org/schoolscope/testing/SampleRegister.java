package org.schoolscope.testing;

import java.util.List;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;

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
}
