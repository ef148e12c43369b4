package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.inspection.InspectionFiles.OUTCOMES_2023;
import static org.schoolscope.inspection.InspectionFiles.PERFORMANCE_TABLES_2018_CSV;
import static org.schoolscope.inspection.InspectionFiles.REPORT_CARDS_2025;
import static org.schoolscope.inspection.InspectionFiles.bytes;
import static org.schoolscope.inspection.InspectionFiles.count;
import static org.schoolscope.inspection.InspectionFiles.importResource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportProblem;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.inspection.InspectionFiles;
import org.schoolscope.inspection.InspectionTestConfiguration;
import org.schoolscope.inspection.RecordingSchoolRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Damaged copies of real extracts: each is refused whole, naming file, line and column, and the inspections
 * already on record (from the 2018 file, imported first) are left as they were.
 */
@SpringBootTest
@Import(InspectionTestConfiguration.class)
class RejectedInspectionFilesTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSchoolRegister register;

    private long inspectionsBefore;
    private long batchesBefore;
    private int registerCallsBefore;

    @BeforeEach
    void importAnEarlierFile() {
        InspectionFiles.clear(jdbc);
        register.clear();
        assertThat(importResource(imports, PERFORMANCE_TABLES_2018_CSV).rejected()).isFalse();
        inspectionsBefore = count(jdbc, "inspection");
        batchesBefore = count(jdbc, "import_batch");
        registerCallsBefore = register.recorded().size();
    }

    @Test
    void shouldRejectAGradeOfSevenNamingItsLineAndColumn() {
        ImportReport report = importChanged(OUTCOMES_2023, rows -> set(rows, 5, "Quality of education", "7"));
        assertThat(report.problems()).as(report.summary()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("damaged_as_at_31_Aug_2023.csv");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo("Quality of education");
            assertThat(problem.code()).isEqualTo("NOT_A_GRADE");
            assertThat(problem.message()).contains("'7'");
        });
        assertNothingChanged(report);
    }

    @Test
    void shouldRejectAnImpossibleDate() {
        ImportReport report = importChanged(OUTCOMES_2023, rows -> set(rows, 3, "Previous publication date",
                "31/02/2019"));
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(4L, "Previous publication date", "NOT_A_DATE"));
        assertNothingChanged(report);
    }

    @Test
    void shouldRejectAFileWithoutARequiredColumn() {
        ImportReport report = importChanged(OUTCOMES_2023, rows -> rename(rows, "Sixth form provision (where applicable)",
                "Sixth form"));
        assertThat(report.problems()).as(report.summary()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("MISSING_COLUMN");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).contains("'Sixth form provision (where applicable)'");
        });
        assertNothingChanged(report);
    }

    @Test
    void shouldRejectAnUnknownSafeguardingAnswerAndAnUnknownCategory() {
        ImportReport report = importChanged(OUTCOMES_2023, rows -> {
            set(rows, 2, "Safeguarding is effective?", "Maybe");
            set(rows, 7, "Category of concern", "XX");
        });
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Safeguarding is effective?",
                        "NOT_A_SAFEGUARDING_JUDGEMENT"),
                        org.assertj.core.groups.Tuple.tuple(8L, "Category of concern", "NOT_A_CATEGORY_OF_CONCERN"));
        assertNothingChanged(report);
    }

    @Test
    void shouldRejectAReportCardGradeOutsideTheScale() {
        ImportReport report = importChanged(REPORT_CARDS_2025, rows -> set(rows, 2, "Achievement", "Good"));
        assertThat(report.problems()).as(report.summary()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("Achievement");
            assertThat(problem.code()).isEqualTo("NOT_A_GRADE");
        });
        assertNothingChanged(report);
    }

    @Test
    void shouldRejectAnInspectionWithoutItsOverallGrade() {
        ImportReport report = importChanged(PERFORMANCE_TABLES_2018_CSV, rows -> set(rows, 4, "Overall effectiveness",
                ""));
        assertThat(report.problems()).as(report.summary()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo("Overall effectiveness");
            assertThat(problem.code()).isEqualTo("MISSING_GRADE");
        });
        assertNothingChanged(report);
    }

    @Test
    void shouldRejectATruncatedFile() {
        byte[] whole = bytes(OUTCOMES_2023);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        ImportReport report = imports.importBytes("cut_as_at_31_Aug_2023.csv", cut, "test", ImportProgress.SILENT);
        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("cut_as_at_31_Aug_2023.csv");
            assertThat(problem.code()).isIn("WRONG_FIELD_COUNT", "TRUNCATED");
        });
        assertNothingChanged(report);
    }

    private void assertNothingChanged(ImportReport report) {
        assertThat(report.rejected()).as(report.summary()).isTrue();
        assertThat(count(jdbc, "inspection")).isEqualTo(inspectionsBefore);
        assertThat(count(jdbc, "import_batch")).isEqualTo(batchesBefore);
        assertThat(register.recorded()).hasSize(registerCallsBefore);
    }

    private ImportReport importChanged(String resource, Consumer<List<List<String>>> change) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new String(bytes(resource),
                StandardCharsets.UTF_8))) {
            reader.forEach(record -> rows.add(new ArrayList<>(record.getFields())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        change.accept(rows);
        StringWriter text = new StringWriter();
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            rows.forEach(writer::writeRecord);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imports.importBytes("damaged_as_at_31_Aug_2023.csv", text.toString().getBytes(StandardCharsets.UTF_8),
                "test", ImportProgress.SILENT);
    }

    /** Sets a cell of data row {@code index} (1 is the first row after the header, which is line 2). */
    private static void set(List<List<String>> rows, int index, String column, String value) {
        rows.get(index).set(rows.get(0).indexOf(column), value);
    }

    private static void rename(List<List<String>> rows, String column, String newName) {
        rows.get(0).set(rows.get(0).indexOf(column), newName);
    }
}
