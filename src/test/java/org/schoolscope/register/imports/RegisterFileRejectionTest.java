package org.schoolscope.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportProblem;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.register.RegisterTestSupport;

/** A damaged newer edition is refused whole, names where it is wrong, and leaves the register as it was. */
class RegisterFileRejectionTest extends RegisterTestSupport {

    static final String FILE = GiasEstablishmentImportTest.FILE;
    static final String NEWER = FILE.replace("20220420", "20230105");

    List<Map<String, Object>> before;

    @BeforeEach
    void importTheGoodFile() {
        assertThat(importResource(FILE).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        before = snapshot();
    }

    @Test
    void shouldRejectAFileWithoutARequiredColumn() {
        String withoutStatus = text(FILE).replaceFirst("\"EstablishmentStatus \\(name\\)\"", "\"Status\"");

        ImportReport report = importText(NEWER, withoutStatus);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(NEWER);
            assertThat(problem.code()).isEqualTo("MISSING_COLUMN");
            assertThat(problem.message()).contains("EstablishmentStatus (name)");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldRejectAFileWithANonNumericUrnNamingItsLineAndColumn() {
        List<String> lines = Arrays.asList(text(FILE).split("\n", -1));
        String sixthLine = lines.get(5);
        lines.set(5, "12345X" + sixthLine.substring(sixthLine.indexOf(',')));

        ImportReport report = importText(NEWER, String.join("\n", lines));

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(NEWER);
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo("URN");
            assertThat(problem.code()).isEqualTo("NOT_A_WHOLE_NUMBER");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldRejectAUrnThatIsNotSixDigits() {
        List<String> lines = Arrays.asList(text(FILE).split("\n", -1));
        String line = lines.get(3);
        lines.set(3, "1234" + line.substring(line.indexOf(',')));

        ImportReport report = importText(NEWER, String.join("\n", lines));

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "URN"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldRejectATruncatedFileNamingTheCutLine() {
        byte[] whole = resource(FILE);
        String text = new String(whole, StandardCharsets.UTF_8);
        int lastLineStart = text.lastIndexOf('\n', text.length() - 2) + 1;
        int cut = nthComma(text, lastLineStart, 30);
        byte[] truncated = text.substring(0, cut + 1).getBytes(StandardCharsets.UTF_8);
        long lastLine = text.substring(0, lastLineStart).chars().filter(c -> c == '\n').count() + 1;

        ImportReport report = imports.importBytes(NEWER, truncated, "test", ImportProgress.SILENT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(NEWER);
            assertThat(problem.line()).isEqualTo(lastLine);
            assertThat(problem.code()).isEqualTo("TRUNCATED");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldRejectASpineWithANonNumericLaestab() {
        String spine = "england_spine_2017-2018_la330_birmingham_extract.csv";
        List<String> lines = Arrays.asList(text(spine).split("\n", -1));
        String[] fields = lines.get(2).split(",", -1);
        fields[3] = "33O2010";
        lines.set(2, String.join(",", fields));

        ImportReport report = importText(spine, String.join("\n", lines));

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("LAESTAB");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    private static int nthComma(String text, int from, int n) {
        int position = from;
        for (int i = 0; i < n; i++) {
            position = text.indexOf(',', position + 1);
        }
        return position;
    }

    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(
                jdbc.sql("select * from school order by urn").query().listOfRows());
        rows.addAll(jdbc.sql("select * from school_record order by id").query().listOfRows());
        rows.addAll(jdbc.sql("select id, file_name from import_batch order by id").query().listOfRows());
        return rows;
    }
}
