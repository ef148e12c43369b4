package org.schoolscope.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The register's answer on a date, from evidence recorded the way the importers record it, in PostgreSQL. */
class SchoolsOnADateTest extends RegisterTestSupport {

    private static final LaCode BIRMINGHAM = new LaCode(330);
    private static final LocalDate OFSTED_2023 = LocalDate.of(2023, 8, 31);

    @Autowired
    SchoolRegister register;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void shouldAnswerWhichSchoolsWereOpenOnEachDateAndWhy() {
        record("2017-2018_england_spine.csv", batch -> register.recordYear(List.of(
                spine(103422, "Abbey Catholic Primary School", "Voluntary aided school", null),
                spine(103522, "John Willmott School", "Community school", LocalDate.of(2019, 6, 30)),
                spine(103900, "An Independent School", "Other independent school", null)),
                new AcademicYear(2017), batch));
        assertThat(importText("links_edubasealldata20250422.csv", """
                URN,LinkURN,LinkName,LinkType,LinkEstablishedDate
                103422,147669,Abbey Catholic Primary School,Successor,31-03-2021
                147669,103422,Abbey Catholic Primary School,Predecessor,01-04-2021
                """).rejected()).isFalse();
        record("ofsted_as_at_31_Aug_2023.csv", batch -> register.recordList(List.of(
                ofsted(147669, "Abbey Catholic Primary School", "Academy Converter")),
                new CompleteListing("Ofsted's state-funded schools list", OFSTED_2023, ListScope.STATE_FUNDED),
                batch));

        assertThat(urns(LocalDate.of(2018, 6, 30), SchoolSet.STATE_FUNDED)).containsExactly(103422, 103522);
        assertThat(urns(LocalDate.of(2018, 6, 30), SchoolSet.INDEPENDENT)).containsExactly(103900);
        assertThat(urns(LocalDate.of(2020, 1, 1), SchoolSet.MAINTAINED)).containsExactly(103422);
        assertThat(urns(OFSTED_2023, SchoolSet.STATE_FUNDED)).containsExactly(147669);
        assertThat(urns(OFSTED_2023, SchoolSet.ACADEMIES)).containsExactly(147669);

        SchoolOnDate predecessor = register.find(new Urn(103422), OFSTED_2023).orElseThrow();
        assertThat(predecessor.status()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(predecessor.statusEvidence().words()).isEqualTo(
                "Succeeded by 147669 (Abbey Catholic Primary School) on 31 March 2021");
        assertThat(predecessor.statusEvidence().sourceFile()).isEqualTo("links_edubasealldata20250422.csv");
        assertThat(predecessor.phase()).isEqualTo(PhaseOfEducation.PRIMARY);
        assertThat(register.find(new Urn(103422), LocalDate.of(2017, 8, 31))).isEmpty();

        SchoolHistory history = register.history(new Urn(103422)).orElseThrow();
        assertThat(history.periods()).extracting(SchoolHistory.Period::from, SchoolHistory.Period::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2017, 9, 1), SchoolStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 4, 1), SchoolStatus.CLOSED));
        assertThat(history.periods().get(0).until()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(history.successors()).extracting(l -> l.urn().value()).containsExactly(147669);
        assertThat(history.accounts()).extracting(Evidence::sourceFile).contains("2017-2018_england_spine.csv");
    }

    @Test
    void shouldKnowASchoolOnlyByItsUrnWhenTheCensusIsTheOnlyFileThatListsIt() {
        record("2024-2025_england_census.csv", batch -> register.recordList(List.of(new SchoolFacts(
                new Urn(150101), null, 330, null, null, "State-funded primary", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null)),
                new CompleteListing("the January 2025 school census", LocalDate.of(2025, 1, 16),
                        ListScope.ALL_SCHOOLS), batch));

        SchoolOnDate school = register.schools(LocalDate.of(2025, 1, 31), SchoolSet.STATE_FUNDED, BIRMINGHAM).get(0);
        assertThat(school.name()).isNull();
        assertThat(school.phase()).isEqualTo(PhaseOfEducation.PRIMARY);
        assertThat(school.responsibleBody()).isEqualTo(ResponsibleBody.UNKNOWN);
        assertThat(count("select count(*) from school where urn = 150101 and name is null")).isEqualTo(1);
    }

    @Test
    void shouldMakeOneListOfAFileRecordedInChunks() {
        CompleteListing census = new CompleteListing("the January 2025 school census", LocalDate.of(2025, 1, 16),
                ListScope.ALL_SCHOOLS);
        record("2024-2025_england_census.csv", batch -> {
            register.recordList(List.of(censusRow(150101, 330)), census, batch);
            return register.recordList(List.of(censusRow(150102, 850)), census, batch);
        });

        assertThat(count("select count(*) from school_list")).isEqualTo(1);
        assertThat(jdbc.sql("select distinct la_code from school_evidence order by la_code").query(Integer.class)
                .list()).containsExactly(330, 850);
        assertThat(count("select count(distinct list_id) from school_evidence")).isEqualTo(1);
    }

    private static SchoolFacts censusRow(int urn, int la) {
        return new SchoolFacts(new Urn(urn), null, la, null, null, "State-funded primary", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    private List<Integer> urns(LocalDate on, SchoolSet set) {
        return register.schools(on, set, BIRMINGHAM).stream().map(s -> s.urn().value()).sorted().toList();
    }

    private void record(String file, Function<ImportBatch, ?> writing) {
        transaction.executeWithoutResult(status -> {
            long batch = jdbc.sql("""
                    insert into import_batch (file_name, file_kind, content_sha256, imported_at, imported_by,
                        rows_read, rows_added, rows_changed, rows_unchanged, rows_skipped)
                    values (?, 'test', md5(random()::text), now(), 'test', 1, 0, 0, 0, 0) returning id""")
                    .param(file).query(Long.class).single();
            writing.apply(new ImportBatch(batch, file));
        });
    }

    private static SchoolFacts spine(int urn, String name, String type, LocalDate closeDate) {
        return new SchoolFacts(new Urn(urn), null, 330, null, name, type, null, null, null, null, closeDate, 3, 11,
                null, null, null, null, null, null, null);
    }

    private static SchoolFacts ofsted(int urn, String name, String type) {
        return new SchoolFacts(new Urn(urn), null, 330, "Birmingham", name, type, null, null, "Primary", null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
