package org.schoolscope.performance;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A council's own LAIT dictionary, put in its layout folder, is read instead of the one shipped. The folder's
 * dictionary here is the shipped one without its entry for RTA (road casualties), written out again: a file with RTA
 * rows is then refused, which only that dictionary can cause.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
class LaitDictionaryFolderTest {

    @DynamicPropertySource
    static void layoutFolder(DynamicPropertyRegistry registry) {
        try {
            Path folder = Files.createTempDirectory("layouts");
            try (InputStream in = LaitDictionaryFolderTest.class
                    .getResourceAsStream("/performance/lait/lait_data_dictionary.csv");
                    CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new InputStreamReader(in,
                            StandardCharsets.UTF_8));
                    Writer out = Files.newBufferedWriter(folder.resolve("lait_data_dictionary.csv"));
                    CsvWriter writer = CsvWriter.builder().build(out)) {
                int shortName = -1;
                for (CsvRecord record : reader) {
                    if (shortName < 0) {
                        shortName = record.getFields().indexOf("Measure_short");
                    } else if (record.getField(shortName).equals("RTA")) {
                        continue;
                    }
                    writer.writeRecord(record.getFields());
                }
            }
            registry.add("schoolscope.import.layout-directory", folder::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldReadTheDictionaryInTheCouncilsLayoutFolderInsteadOfTheShippedOne() throws IOException {
        DatabaseCleaner.clean(jdbc);
        byte[] cut;
        try (InputStream in = getClass().getResourceAsStream("/performance/lait/lait_bds_long_cut.csv.gz")) {
            cut = in.readAllBytes();
        }

        ImportReport report = imports.importBytes("lait_bds_long_cut.csv.gz", cut, "test", ImportOptions.STRICT,
                ImportProgress.SILENT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.code()).isEqualTo("UNKNOWN_MEASURE");
            assertThat(problem.message()).startsWith("'RTA' is not a measure of LAIT's data dictionary");
        });
    }
}
