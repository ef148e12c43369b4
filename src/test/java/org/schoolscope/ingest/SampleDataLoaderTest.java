package org.schoolscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The README's first command on a fresh machine: an empty embedded database gets the whole sample. */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
class SampleDataLoaderTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldImportEverySampleFileOnTheFirstStart() throws IOException {
        assertThat(jdbc.sql("select file_name from import_batch order by id").query(String.class).list())
                .containsExactlyElementsOf(SampleDataLoader.manifest());
    }

    @Test
    void shouldOpenOnBirminghamWithItsSchoolsInspectionsAndFigures() {
        assertThat(jdbc.sql("select count(*) from school where la_code = 330").query(Long.class).single())
                .isGreaterThan(500);
        assertThat(jdbc.sql("select name from school where urn = 103157").query(String.class).single())
                .isEqualTo("Shaw Hill Primary School");
        assertThat(jdbc.sql("select count(*) from inspection where urn = 103157").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("""
                select count(distinct measure_code) from figure where urn = 103157""").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from district_mapping where la_code = 330").query(Long.class).single())
                .isPositive();
    }
}
