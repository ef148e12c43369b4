package org.schoolscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
class ImportPipelineTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void emptyDatabase() {
        org.schoolscope.testing.DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldRunOnRealPostgresql() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 17");
    }

    @Test
    void shouldRejectAFileWhoseHeaderMatchesNoLayout() {
        ImportReport report = imports.importBytes("mystery.csv", "A,B,C\n1,2,3\n".getBytes(), "test",
                ImportProgress.SILENT);
        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_LAYOUT");
            assertThat(p.file()).isEqualTo("mystery.csv");
        });
        assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single()).isZero();
    }
}
