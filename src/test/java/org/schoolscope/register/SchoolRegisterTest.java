package org.schoolscope.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The register as another module's importer (Ofsted's) uses it. */
class SchoolRegisterTest extends RegisterTestSupport {

    static final LocalDate AUGUST_2023 = LocalDate.of(2023, 8, 31);

    @Autowired
    SchoolRegister register;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void shouldAddASchoolWithItsResponsibleBodyAndCouncil() {
        WriteCounts counts = record(AUGUST_2023, ofsted("Shaw Hill Primary School", "Community School", null));

        assertThat(counts).isEqualTo(new WriteCounts(1, 0, 0, 0));
        assertThat(school()).containsEntry("responsible_body", "LOCAL_AUTHORITY").containsEntry("la_code", 330);
        assertThat(jdbc.sql("select name from local_authority where la_code = 330").query(String.class).single())
                .isEqualTo("Birmingham");
    }

    @Test
    void shouldNotBlankWhatAnotherFileRecordedWhenAFileSaysLess() {
        record(LocalDate.of(2022, 4, 20), gias("Shaw Hill Primary School", "Community school",
                "Local authority maintained schools", "Birmingham, Hodge Hill"));

        record(AUGUST_2023, ofsted("Shaw Hill Primary School", "Community School", null));

        assertThat(school()).containsEntry("constituency", "Birmingham, Hodge Hill")
                .containsEntry("type_group", "Local authority maintained schools")
                .containsEntry("establishment_type", "Community School");
    }

    @Test
    void shouldKeepHistoryWhenTheResponsibleBodyChanges() {
        record(LocalDate.of(2022, 4, 20), gias("Shaw Hill Primary School", "Community school",
                "Local authority maintained schools", null));

        WriteCounts counts = record(AUGUST_2023, gias("Shaw Hill Primary School", "Academy converter", "Academies",
                null));

        assertThat(counts).isEqualTo(new WriteCounts(0, 1, 0, 0));
        assertThat(school()).containsEntry("responsible_body", "TRUST");
        assertThat(jdbc.sql("select as_at || ' ' || responsible_body from school_record order by as_at")
                .query(String.class).list()).containsExactly("2022-04-20 LOCAL_AUTHORITY", "2023-08-31 TRUST");
    }

    @Test
    void shouldAddNoHistoryWhenTheSameFactsAreRecordedAgain() {
        SchoolFacts facts = ofsted("Shaw Hill Primary School", "Community School", null);
        record(AUGUST_2023, facts);

        WriteCounts again = record(AUGUST_2023.plusYears(1), facts);

        assertThat(again).isEqualTo(new WriteCounts(0, 0, 1, 0));
        assertThat(count("select count(*) from school_record")).isEqualTo(1);
    }

    @Test
    void shouldNotLetAnOlderFileOverwriteNewerFacts() {
        record(AUGUST_2023, gias("Shaw Hill Primary School", "Academy converter", "Academies", null));

        WriteCounts older = record(LocalDate.of(2018, 7, 31),
                ofsted("Shaw Hill Primary", "Community School", null));

        assertThat(older.changed()).isEqualTo(1);
        assertThat(school()).containsEntry("name", "Shaw Hill Primary School").containsEntry("responsible_body", "TRUST");
        assertThat(jdbc.sql("select as_at || ' ' || name || ' ' || responsible_body from school_record order by as_at")
                .query(String.class).list()).containsExactly("2018-07-31 Shaw Hill Primary LOCAL_AUTHORITY",
                        "2023-08-31 Shaw Hill Primary School TRUST");
    }

    @Test
    void shouldSayUnknownWhenNoFileSaysWhoRunsTheSchool() {
        record(AUGUST_2023, new SchoolFacts(new Urn(103157), null, null, null, "Shaw Hill Primary School", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));

        assertThat(school()).containsEntry("responsible_body", "UNKNOWN");
    }

    private WriteCounts record(LocalDate asAt, SchoolFacts facts) {
        return transaction.execute(status -> {
            long batch = jdbc.sql("""
                    insert into import_batch (file_name, file_kind, content_sha256, as_at, imported_at, imported_by,
                        rows_read, rows_added, rows_changed, rows_unchanged, rows_skipped)
                    values ('test.csv', 'test', md5(random()::text), ?, now(), 'test', 1, 0, 0, 0, 0) returning id""")
                    .param(asAt).query(Long.class).single();
            return register.record(List.of(facts), asAt, new ImportBatch(batch, "test.csv"));
        });
    }

    private Map<String, Object> school() {
        return jdbc.sql("select * from school where urn = 103157").query().singleRow();
    }

    /** What the Ofsted file says: a type of education, a constituency, but no type group or dates. */
    private static SchoolFacts ofsted(String name, String typeOfEducation, String constituency) {
        return new SchoolFacts(new Urn(103157), 3302008, 330, "Birmingham", name, typeOfEducation, null, null,
                "Primary", null, null, null, null, null, null, null, null, null, constituency, null);
    }

    private static SchoolFacts gias(String name, String type, String typeGroup, String constituency) {
        return new SchoolFacts(new Urn(103157), 3302008, 330, "Birmingham", name, type, typeGroup, "Open", "Primary",
                null, null, 3, 11, 420, "Mixed", "Does not apply", null, null, constituency, null);
    }
}
