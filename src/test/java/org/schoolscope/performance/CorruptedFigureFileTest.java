package org.schoolscope.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolscope.ingest.ImportCommand;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.ingest.LeftOutRow;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.SampleRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Issue 10: Birmingham's census file as published (read from {@code ../shared/data/school-census}), imported true first, then damaged copies made from it by changing one field,
 * as the issue found them. A damaged row is refused with its line and column and nothing stored changes; a figure
 * stored wrong is repaired by importing the true file again on purpose. Expected values are the published file's.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorruptedFigureFileTest {

    private static final String CENSUS = "2018-2019_330_census_birmingham.csv";
    private static final Path PUBLISHED = Path.of("../shared/data/school-census", CENSUS);
    private static final ImportOptions SKIP_UNKNOWN_SCHOOLS = new ImportOptions(false, true, false);
    private static final ImportOptions SKIP_MALFORMED_ROWS = new ImportOptions(false, false, true);

    @Autowired
    ImportService imports;

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private long registerImports;
    private long trueImport;
    private byte[] trueFile;
    private List<String> lines;

    @BeforeAll
    void loadTheRegister() throws IOException {
        trueFile = Files.readAllBytes(PUBLISHED);
        DatabaseCleaner.clean(jdbc);
        SampleRegister.load(imports);
        registerImports = jdbc.sql("select max(id) from import_batch").query(Long.class).single();
        lines = Arrays.asList(new String(trueFile, StandardCharsets.UTF_8).split("\n", -1));
    }

    @BeforeEach
    void importTheTrueFile() {
        registerImports = SampleRegister.restore(jdbc, imports, registerImports);
        ImportReport report = importCensus(trueFile, ImportOptions.STRICT);
        assertThat(report.rejected()).isFalse();
        trueImport = report.importId();
        assertThat(fsmEver(103258)).isEqualTo("45.8");
    }

    @Test
    void shouldRefuseARowWithADecimalCommaNamingItsLineAndColumnAndChangeNothing() {
        int line = lineOf(103258);
        assertThat(lines.get(line - 1)).contains(",49.9,");
        byte[] damaged = withLine(line, lines.get(line - 1).replace(",49.9,", ",49,9,"));
        List<Map<String, Object>> before = storedRows();

        ImportReport report = importCensus(damaged, ImportOptions.STRICT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(CENSUS);
            assertThat(problem.line()).isEqualTo(75);
            assertThat(problem.column()).isEqualTo("PNUMFSMEVER");
            assertThat(problem.code()).isEqualTo("EXTRA_FIELDS");
            assertThat(problem.message()).contains("23 fields", "22");
        });
        assertThat(storedRows()).isEqualTo(before);
        assertThat(fsmEver(103258)).isEqualTo("45.8");
    }

    @Test
    void shouldRefuseARowCutShortNamingItsLineAndColumnAndChangeNothing() {
        int line = lineOf(103256);
        String cut = String.join(",", Arrays.asList(lines.get(line - 1).split(",")).subList(0, 5));
        assertThat(cut).isEqualTo("103256,330,2176,State-funded primary,771");
        byte[] damaged = withLine(line, cut);
        List<Map<String, Object>> before = storedRows();

        ImportReport report = importCensus(damaged, ImportOptions.STRICT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(73);
            assertThat(problem.column()).isEqualTo("NORG");
            assertThat(problem.code()).isEqualTo("MISSING_FIELDS");
            assertThat(problem.message()).contains("5 fields", "22");
        });
        assertThat(storedRows()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from figure where urn = 103256 and raw_value <> ''").query(Long.class)
                .single()).isEqualTo(7);
    }

    @Test
    void shouldLeaveOutAndListAMalformedRowOnlyWhenAsked() {
        int line = lineOf(103258);
        byte[] damaged = withLine(line, lines.get(line - 1).replace(",49.9,", ",49,9,"));

        ImportReport report = importCensus(damaged, SKIP_MALFORMED_ROWS);

        assertThat(report.rejected()).as(report.summary()).isFalse();
        assertThat(report.leftOut()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(75);
            assertThat(row.code()).isEqualTo("EXTRA_FIELDS");
        });
        assertThat(report.counts().changed()).isZero();
        assertThat(fsmEver(103258)).isEqualTo("45.8");
        assertThat(jdbc.sql("select line || ' ' || code from import_row_left_out where import_id = ?")
                .param(report.importId()).query(String.class).list()).containsExactly("75 EXTRA_FIELDS");
    }

    @Test
    void shouldRefuseTheSameFigureTwiceWithDifferentValuesNamingBothLines() {
        int line = lineOf(103258);
        String again = lines.get(line - 1).replaceFirst(",45\\.8$", ",46.1");
        assertThat(again).endsWith(",46.1");
        List<Map<String, Object>> before = storedRows();

        ImportReport report = importCensus(withLineAdded(again), ImportOptions.STRICT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("CONFLICTING_DUPLICATE");
            assertThat(problem.line()).isEqualTo(lines.size());
            assertThat(problem.column()).isEqualTo("PNUMFSMEVER");
            assertThat(problem.message()).contains("URN 103258", "'45.8' on line 75", "'46.1' on line " + lines.size());
        });
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void shouldNameBothLinesOfAFigurePublishedTwiceInAFileOfNewFiguresToo() {
        // New figures are copied straight into their table; a repeat there sends the file down the careful path.
        jdbc.sql("delete from figure").update();
        int line = lineOf(103258);
        String again = lines.get(line - 1).replaceFirst(",45\\.8$", ",46.1");

        ImportReport conflicting = importCensus(withLineAdded(again), ImportOptions.STRICT);

        assertThat(conflicting.rejected()).isTrue();
        assertThat(conflicting.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("CONFLICTING_DUPLICATE");
            assertThat(problem.message()).contains("'45.8' on line 75", "'46.1' on line " + lines.size());
        });
        assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single()).isZero();

        ImportReport identical = importCensus(withLineAdded(lines.get(line - 1)), ImportOptions.STRICT);

        assertThat(identical.rejected()).as(identical.summary()).isFalse();
        assertThat(identical.counts().repeated()).isEqualTo(7);
        assertThat(identical.counts().added()).isEqualTo(486 * 7);
    }

    @Test
    void shouldStoreTheSameRowPublishedTwiceOnceAndCountIt() {
        ImportReport report = importCensus(withLineAdded(lines.get(lineOf(103258) - 1)), ImportOptions.STRICT);

        assertThat(report.rejected()).as(report.summary()).isFalse();
        assertThat(report.counts().repeated()).isEqualTo(7);
        assertThat(report.counts().added()).isZero();
        assertThat(jdbc.sql("select count(*) from figure where urn = 103258").query(Long.class).single()).isEqualTo(7);
    }

    @Test
    void shouldRefuseAUrnTheRegisterDoesNotHoldAndLeaveItOutAndListItWhenAsked() {
        String unknown = lines.get(lineOf(103258) - 1).replaceFirst("^103258,", "999999,");
        assertThat(jdbc.sql("select count(*) from school where urn = 999999").query(Long.class).single()).isZero();
        List<Map<String, Object>> before = storedRows();

        ImportReport refused = importCensus(withLineAdded(unknown), ImportOptions.STRICT);

        assertThat(refused.rejected()).isTrue();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lines.size());
            assertThat(problem.column()).isEqualTo("URN");
            assertThat(problem.code()).isEqualTo("UNKNOWN_SCHOOL");
            assertThat(problem.message()).contains("999999");
        });
        assertThat(storedRows()).isEqualTo(before);

        ImportReport skipped = importCensus(withLineAdded(unknown), SKIP_UNKNOWN_SCHOOLS);

        assertThat(skipped.rejected()).as(skipped.summary()).isFalse();
        assertThat(skipped.rowsLeftOut()).isEqualTo(1);
        assertThat(skipped.leftOut()).containsExactly(new LeftOutRow(lines.size(), "URN", "UNKNOWN_SCHOOL",
                "No school with URN 999999 is in the register, and this row's LA and establishment number are"
                        + " those of URN 103258 on an earlier line"));
        assertThat(skipped.summary()).contains("1 rows left out");
        assertThat(jdbc.sql("select count(*) from figure where urn = 999999").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select rows_left_out from import_batch where id = ?").param(skipped.importId())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select reason from import_row_left_out where import_id = ? and line = ?")
                .params(skipped.importId(), lines.size()).query(String.class).single()).contains("999999");
    }

    @Test
    void shouldRepairACorruptedFigureWhenTheTrueFileIsImportedAgainOnPurpose() {
        // What the issue found stored: the value of NUMFSMEVER (968) as school 103258's FSM-ever share.
        int line = lineOf(103258);
        assertThat(importCensus(withLine(line, lines.get(line - 1).replaceFirst(",45\\.8$", ",968")),
                ImportOptions.STRICT).counts().changed()).isEqualTo(1);
        assertThat(fsmEver(103258)).isEqualTo("968");

        ImportReport same = importCensus(trueFile, ImportOptions.STRICT);
        assertThat(same.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(fsmEver(103258)).isEqualTo("968");

        ImportReport again = importCensus(trueFile, ImportOptions.STRICT.withAgain(true));

        assertThat(again.outcome()).as(again.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(again.counts().changed()).isEqualTo(1);
        assertThat(again.reimportOf()).isEqualTo(trueImport);
        assertThat(fsmEver(103258)).isEqualTo("45.8");
        assertThat(jdbc.sql("select import_id from figure where urn = 103258 and measure_code = 'census.fsm_ever_share'")
                .query(Long.class).single()).isEqualTo(again.importId());
        assertThat(jdbc.sql("""
                select imported_by || ' ' || coalesce(reimport_of::text, '-') from import_batch where id > ? order by id""")
                .param(registerImports).query(String.class).list())
                .containsExactly("test -", "test -", "test " + trueImport);
    }

    @Test
    void shouldExitNonZeroFromTheCommandOnARefusedFileAndRepairWithAgain() throws IOException {
        int line = lineOf(103258);
        Path damaged = Files.write(folder.resolve(CENSUS), withLine(line, lines.get(line - 1).replace(",49.9,",
                ",49,9,")));
        Output refused = run(damaged.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains(CENSUS + ", line 75, column 'PNUMFSMEVER'", "[EXTRA_FIELDS]",
                "nothing stored");

        Path published = Files.write(folder.resolve(CENSUS), trueFile);
        assertThat(run(published.toString()).out()).contains("already imported");
        Output again = run("--again", published.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("imported again on purpose");
    }

    private record Output(int status, String out, String err) {
    }

    private Output run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private ImportReport importCensus(byte[] bytes, ImportOptions options) {
        return imports.importBytes(CENSUS, bytes, "test", options, ImportProgress.SILENT);
    }

    /** Every stored figure, import and row left out, column by column, to show that a refused file changed none. */
    private List<Map<String, Object>> storedRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("select * from figure order by id").query().listOfRows());
        rows.addAll(jdbc.sql("select * from import_batch order by id").query().listOfRows());
        rows.addAll(jdbc.sql("select * from import_row_left_out order by import_id, line").query().listOfRows());
        return rows;
    }

    private String fsmEver(int urn) {
        return jdbc.sql("select raw_value from figure where urn = ? and measure_code = 'census.fsm_ever_share'")
                .param(urn).query(String.class).single();
    }

    /** The line (the header is line 1) of a school's row in the published file. */
    private int lineOf(int urn) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(urn + ",")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("URN " + urn + " is not in " + CENSUS);
    }

    private byte[] withLine(int line, String text) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, text);
        return String.join("\n", changed).getBytes(StandardCharsets.UTF_8);
    }

    /** The file with one more row at the end (the file ends with a line break, so the row is on the last line). */
    private byte[] withLineAdded(String text) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(changed.size() - 1, text);
        changed.add("");
        return String.join("\n", changed).getBytes(StandardCharsets.UTF_8);
    }
}
