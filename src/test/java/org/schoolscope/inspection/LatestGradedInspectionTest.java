package org.schoolscope.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.register.CompleteListing;
import org.schoolscope.register.ListScope;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one definition of a school's latest graded inspection on a date, over Ofsted's Birmingham file as at 31 August
 * 2023 and GIAS's links. Expected values are the file's own cells, written out here.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatestGradedInspectionTest {

    private static final LocalDate AUGUST_2023 = LocalDate.of(2023, 8, 31);

    @Autowired
    Inspections inspections;

    @Autowired
    ImportService imports;

    @Autowired
    SchoolRegister register;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void importOfstedAndTheLinks() {
        DatabaseCleaner.clean(jdbc);
        for (String file : List.of("links_edubasealldata20250422_birmingham_related.csv",
                "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv")) {
            assertThat(imports.importBytes(file, SampleFiles.bytes(file), "test", ImportProgress.SILENT).rejected())
                    .isFalse();
        }
        // The census is the only file here that lists Hollywood Primary School's academy, 149607, and Leycroft.
        transaction.executeWithoutResult(status -> {
            long batch = jdbc.sql("""
                    insert into import_batch (file_name, file_kind, content_sha256, imported_at, imported_by,
                        rows_read, rows_added, rows_changed, rows_unchanged, rows_skipped)
                    values ('2024-2025_england_census.csv', 'test', md5(random()::text), now(), 'test', 2, 0, 0, 0, 0)
                    returning id""").query(Long.class).single();
            register.recordList(List.of(census(149607, "State-funded primary"),
                    census(148653, "State-funded special school")), new CompleteListing("the January 2025 census",
                            LocalDate.of(2025, 1, 16), ListScope.ALL_SCHOOLS),
                    new ImportBatch(batch, "2024-2025_england_census.csv"));
        });
    }

    @Test
    void shouldGiveTheLatestGradedInspectionOnOrBeforeTheDate() {
        // 103314 Hollywood Primary School: Good, inspection starting 11/06/2019; previous graded before that.
        LatestInspection latest = inspections.latestGraded(List.of(new Urn(103314)), AsAt.on(AUGUST_2023))
                .get(new Urn(103314));
        assertThat(latest.inspection().facts().startDate()).isEqualTo(LocalDate.of(2019, 6, 11));
        assertThat(((SingleGradeInspection) latest.inspection()).overallEffectiveness())
                .isEqualTo(OverallEffectiveness.GOOD);
        assertThat(latest.isInherited()).isFalse();
        assertThat(latest.sourceFile()).startsWith("ofsted_state_funded_schools");

        LatestInspection before = inspections.latestGraded(List.of(new Urn(103314)),
                AsAt.on(LocalDate.of(2019, 6, 10))).get(new Urn(103314));
        assertThat(before.inspection().facts().startDate()).isBefore(LocalDate.of(2019, 6, 10));
    }

    @Test
    void shouldGiveANewAcademyItsPredecessorsOutcomeUntilItIsInspected() {
        Map<Urn, LatestInspection> latest = inspections.latestGraded(List.of(new Urn(149607)), AsAt.on(AUGUST_2023));

        assertThat(latest.get(new Urn(149607)).inheritedFrom()).isEqualTo(new Urn(103314));
        assertThat(((SingleGradeInspection) latest.get(new Urn(149607)).inspection()).overallEffectiveness())
                .isEqualTo(OverallEffectiveness.GOOD);
    }

    @Test
    void shouldPassNoInspectionOnThroughASplit() {
        // Leycroft Academy (148653) split from Brays School (144042, Outstanding) in 2021; Ofsted gives it no grade.
        assertThat(inspections.latestGraded(List.of(new Urn(148653)), AsAt.on(AUGUST_2023))).isEmpty();
    }

    @Test
    void shouldReadOnlyTheImportsOfAReproduction() {
        long ofsted = jdbc.sql("select id from import_batch where file_name like 'ofsted%'").query(Long.class)
                .single();

        assertThat(inspections.latestGraded(List.of(new Urn(103314)), AsAt.of(AUGUST_2023, List.of(ofsted))))
                .containsKey(new Urn(103314));
        assertThat(inspections.latestGraded(List.of(new Urn(103314)), AsAt.of(AUGUST_2023, List.of(ofsted + 100))))
                .isEmpty();
    }

    private static SchoolFacts census(int urn, String type) {
        return new SchoolFacts(new Urn(urn), null, 330, null, null, type, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
