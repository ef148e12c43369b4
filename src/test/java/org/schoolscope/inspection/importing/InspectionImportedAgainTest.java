package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.inspection.InspectionFiles.PERFORMANCE_TABLES_2018_CSV;
import static org.schoolscope.inspection.InspectionFiles.bytes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import org.schoolscope.shared.AsAt;
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
        ImportReport damagedImport = imports.importBytes("damaged_" + name, wrong, "test", ImportProgress.SILENT);
        assertThat(damagedImport.rejected()).isFalse();
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

        // Issue 11, item 6: the wrong version is kept, and a question asked within the earlier imports reads it.
        long damaged = damagedImport.importId();
        assertThat(jdbc.sql("select made_by_import_id, superseded_by_import_id from inspection_superseded")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).list())
                .containsExactly(List.of(damaged, again.importId()));
        assertThat(gradeWithin(damaged)).isEqualTo(OverallEffectiveness.INADEQUATE);
        assertThat(gradeWithin(damaged, later.importId())).isEqualTo(OverallEffectiveness.INADEQUATE);
        assertThat(gradeWithin(damaged, later.importId(), again.importId()))
                .isEqualTo(OverallEffectiveness.REQUIRES_IMPROVEMENT);
    }

    @Test
    void shouldKeepWhatAnInspectionWasBeforeALaterFileFilledItIn() {
        String name = "england_ofsted-schools_31_July_2018_birmingham_extract.csv";
        String published = new String(bytes(PERFORMANCE_TABLES_2018_CSV), StandardCharsets.UTF_8);
        String row = "103146,City of Birmingham School,PRU,2018-03-15,2018-04-18,3,Report";
        byte[] withoutPublication = published.replace(row, row.replace(",2018-04-18,", ",,"))
                .getBytes(StandardCharsets.UTF_8);
        ImportReport first = imports.importBytes("early_" + name, withoutPublication, "test", ImportProgress.SILENT);
        assertThat(first.rejected()).as(first.summary()).isFalse();

        ImportReport filled = imports.importBytes(name, bytes(PERFORMANCE_TABLES_2018_CSV), "test",
                ImportProgress.SILENT);

        assertThat(filled.counts().changed()).isEqualTo(1);
        assertThat(publishedWithin(first.importId())).as("as the first file left it").isNull();
        assertThat(publishedWithin(first.importId(), filled.importId())).isEqualTo(LocalDate.of(2018, 4, 18));
        assertThat(jdbc.sql("select made_by_import_id, superseded_by_import_id from inspection_superseded")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).list())
                .containsExactly(List.of(first.importId(), filled.importId()));
    }

    private LocalDate publishedWithin(Long... importIds) {
        return inspections.latestGraded(List.of(new Urn(103146)), AsAt.of(LocalDate.of(2019, 1, 1),
                List.of(importIds))).get(new Urn(103146)).inspection().facts().publicationDate();
    }

    private OverallEffectiveness gradeWithin(Long... importIds) {
        return ((SingleGradeInspection) inspections.latestGraded(List.of(new Urn(103146)),
                AsAt.of(LocalDate.of(2019, 1, 1), List.of(importIds))).get(new Urn(103146)).inspection())
                .overallEffectiveness();
    }

    private OverallEffectiveness grade() {
        return ((SingleGradeInspection) inspections.latestGraded(new Urn(103146)).orElseThrow())
                .overallEffectiveness();
    }
}
