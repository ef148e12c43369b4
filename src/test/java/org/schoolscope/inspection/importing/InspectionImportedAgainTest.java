package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.inspection.InspectionFiles.PERFORMANCE_TABLES_2018_CSV;
import static org.schoolscope.inspection.InspectionFiles.bytes;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.inspection.InspectionFiles;
import org.schoolscope.inspection.InspectionTestConfiguration;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.RecordingSchoolRegister;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspection stored wrong (here by a copy of DfE's 2018 file with one grade changed) is never overwritten by a
 * later file, which only fills in what was not known; importing the true file again on purpose puts its values in
 * place of the wrong ones, as a new import.
 */
@SpringBootTest
@Import(InspectionTestConfiguration.class)
class InspectionImportedAgainTest {

    @Autowired
    ImportService imports;

    @Autowired
    Inspections inspections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSchoolRegister register;

    @BeforeEach
    void emptyDatabase() {
        InspectionFiles.clear(jdbc);
        register.clear();
    }

    @Test
    void shouldRepairAWrongGradeOnlyWhenTheTrueFileIsImportedAgainOnPurpose() {
        String name = "england_ofsted-schools_31_July_2018_birmingham_extract.csv";
        String published = new String(bytes(PERFORMANCE_TABLES_2018_CSV), StandardCharsets.UTF_8);
        String row = "103146,City of Birmingham School,PRU,2018-03-15,2018-04-18,3,Report";
        assertThat(published).contains(row);
        byte[] wrong = published.replace(row, row.replace(",3,Report", ",4,Report")).getBytes(StandardCharsets.UTF_8);
        assertThat(imports.importBytes("damaged_" + name, wrong, "test", ImportProgress.SILENT).rejected()).isFalse();
        assertThat(grade()).isEqualTo(OverallEffectiveness.INADEQUATE);

        ImportReport later = imports.importBytes(name, bytes(PERFORMANCE_TABLES_2018_CSV), "test",
                ImportProgress.SILENT);
        assertThat(later.counts().changed()).isZero();
        assertThat(grade()).as("a later file fills in only what was not known").isEqualTo(
                OverallEffectiveness.INADEQUATE);

        ImportReport again = imports.importBytes(name, bytes(PERFORMANCE_TABLES_2018_CSV), "test",
                ImportOptions.STRICT.withAgain(true), ImportProgress.SILENT);

        assertThat(again.outcome()).as(again.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(again.reimportOf()).isEqualTo(later.importId());
        assertThat(again.counts().changed()).isEqualTo(1);
        assertThat(grade()).isEqualTo(OverallEffectiveness.REQUIRES_IMPROVEMENT);
        assertThat(jdbc.sql("select import_id from inspection where urn = 103146").query(Long.class).single())
                .isEqualTo(again.importId());
    }

    private OverallEffectiveness grade() {
        return ((SingleGradeInspection) inspections.latestGraded(new Urn(103146)).orElseThrow())
                .overallEffectiveness();
    }
}
