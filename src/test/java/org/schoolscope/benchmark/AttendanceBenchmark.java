package org.schoolscope.benchmark;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.postgresql.PGConnection;
import org.schoolscope.SchoolscopeApplication;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.attendance.importing.AttendanceFiles;
import org.schoolscope.attendance.persistence.AnalysisQuery;
import org.schoolscope.attendance.synthetic.SyntheticCouncil;
import org.schoolscope.attendance.synthetic.SyntheticCouncilGenerator;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attendance at a big city's scale (issue 17, item 6): the synthetic council at Birmingham's size (407 schools,
 * about 201,000 pupils, a year of marks) generated into an embedded PostgreSQL through the real store, then, in one
 * JMH run:
 * <ul>
 * <li>{@code persistentAndSevereInPostgresql}: the attendance module's own query for a council as at a Wednesday:
 * every pupil's sessions (running totals before the week plus the week's sessions up to the day), persistent and
 * severe flags, and the groups (council, each school, phase, district, year group, characteristic group);</li>
 * <li>{@code persistentAndSevereInDuckdbFromMarks}: the same computation in DuckDB from the marks themselves,
 * exported one row per session to Parquet (76 million rows at full scale);</li>
 * <li>{@code persistentAndSevereInDuckdbFromWeeklyRows}: the same in DuckDB from the same weekly rows PostgreSQL
 * reads (running totals and masks), exported to Parquet: the like-for-like engine comparison;</li>
 * <li>{@code persistentAndSevereInPostgresqlWithoutRunningTotals}: PostgreSQL summing every week's masks up to the
 * day instead of reading the running totals: what the totals save;</li>
 * <li>{@code importAWeekOfMarks}: one school week of every pupil's marks (14 to 18 July 2025, one row per session,
 * about 2 million rows) through the attendance import: read, check every row, hash pupils, write, commit.</li>
 * </ul>
 * Before timing, every group's figures from each DuckDB query are checked against PostgreSQL's and the number that
 * differ printed, and the heap used while importing a week is measured. Everything is generated under
 * {@code target/benchmark-attendance} and deleted at the end. {@code ./benchmark attendance}; a smoke run with a
 * council of 1% of the size: {@code ./benchmark attendance-smoke}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class AttendanceBenchmark {

    /** A Wednesday in the spring term: part of its week counts, so the masks are used. */
    static final LocalDate AS_AT = LocalDate.of(2025, 3, 12);
    /** The week imported by the import benchmark, left out of the generated year. */
    static final LocalDate IMPORTED_WEEK = LocalDate.of(2025, 7, 14);
    static final long SEED = 2024;
    static final int LA = SyntheticCouncilGenerator.LA_CODE;

    static final Path FOLDER = Path.of("target", "benchmark-attendance");

    @Param({"full"})
    public String scale;

    private Path folder;
    private ConfigurableApplicationContext context;
    private JdbcClient jdbc;
    private AnalysisQuery analysis;
    private AttendanceFiles files;
    private TransactionTemplate transaction;
    private AnalysisQuery.AsAt asAt;
    private Path weekFile;
    private Connection duckdb;
    private String marksSql;
    private String weeksSql;

    /** A council of Birmingham's size, or 1% of it for a smoke run. */
    double scale() {
        return scale.equals("smoke") ? 0.01 : 1.0;
    }

    /**
     * Starts the service on the benchmark's database, generating the council and exporting it for DuckDB the first
     * time: JMH runs each benchmark in a JVM of its own, and the later ones reuse what the first made. The runner
     * deletes it all when the run ends ({@link #cleanUp()}).
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        folder = FOLDER.toAbsolutePath();
        Path generatedMarker = folder.resolve("generated-" + scale + ".txt");
        if (!Files.exists(generatedMarker)) {
            deleteFolder(folder);
        }
        Files.createDirectories(folder);
        folder.toFile().setExecutable(true, false);
        FileStore disk = Files.getFileStore(folder);
        System.out.printf("%nFree disk where the benchmark writes: %.1f GB%n", disk.getUsableSpace() / 1e9);
        if (!Files.exists(generatedMarker) && disk.getUsableSpace() < 12e9) {
            throw new IllegalStateException("The attendance benchmark needs about 6 GB free; there is less than 12 GB");
        }
        context = new SpringApplicationBuilder(SchoolscopeApplication.class).web(WebApplicationType.SERVLET)
                .properties("schoolscope.sample-data.load-on-first-start=false", "logging.level.root=warn",
                        "server.port=0", "schoolscope.attendance.pupil-key-secret=benchmark-secret-not-for-use")
                // Every fork reads the council the first one generated, so the server's data outlives a JVM (the
                // test settings give each JVM a throwaway one); the runner deletes it at the end.
                .run("--schoolscope.embedded-database.data-directory=" + folder.resolve("postgres"),
                        "--schoolscope.embedded-database.temporary=false");
        jdbc = context.getBean(JdbcClient.class);
        analysis = context.getBean(AnalysisQuery.class);
        files = context.getBean(AttendanceFiles.class);
        transaction = context.getBean(TransactionTemplate.class);
        if (!Files.exists(generatedMarker)) {
            long started = System.nanoTime();
            SyntheticCouncil.Generated generated = context.getBean(SyntheticCouncil.class).generate(SEED, scale(),
                    IMPORTED_WEEK.minusDays(3), "attendance benchmark");
            String line = String.format(Locale.ROOT, "Generated the synthetic council: %d schools, %d pupils, %,d "
                    + "marks up to %s (%.0f s)%n", generated.schools(), generated.pupils(), generated.marks(),
                    IMPORTED_WEEK.minusDays(3), (System.nanoTime() - started) / 1e9);
            System.out.print(line);
            // The service's role owns no table, so VACUUM would skip them all: the superuser gathers the statistics.
            DatabaseCleaner.asSuperuser(jdbc, "vacuum analyze");
            weekFile = writeWeek(folder.resolve("week-of-2025-07-14.csv"));
            exportForDuckdb();
            Files.writeString(generatedMarker, line);
        }
        weekFile = folder.resolve("week-of-2025-07-14.csv");
        asAt = analysis.asAt(LA, AS_AT).orElseThrow();
        openDuckdb();
        if (params.getBenchmark().endsWith("importAWeekOfMarks")) {
            measureOneImport();
        }
        if (params.getBenchmark().endsWith("persistentAndSevereInPostgresql")) {
            describe();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (duckdb != null) {
            duckdb.close();
        }
        if (context != null) {
            context.close();
        }
    }

    /**
     * Deletes everything the run generated; the runner calls it when the run ends. With
     * {@code SCHOOLSCOPE_BENCHMARK_KEEP=1} it is kept for a closer look (and reused by the next run of the same scale;
     * {@code ./mvnw clean} removes it).
     */
    public static void cleanUp() throws IOException {
        if ("1".equals(System.getenv("SCHOOLSCOPE_BENCHMARK_KEEP"))) {
            System.out.println("Kept " + FOLDER.toAbsolutePath());
            return;
        }
        deleteFolder(FOLDER.toAbsolutePath());
        System.out.println("Deleted " + FOLDER.toAbsolutePath());
    }

    @Benchmark
    public List<AnalysisQuery.Group> persistentAndSevereInPostgresql() {
        return analysis.groups(LA, asAt);
    }

    @Benchmark
    public List<List<Object>> persistentAndSevereInDuckdbFromMarks() throws SQLException {
        return rows(duckdb, marksSql);
    }

    @Benchmark
    public List<List<Object>> persistentAndSevereInDuckdbFromWeeklyRows() throws SQLException {
        return rows(duckdb, weeksSql);
    }

    @Benchmark
    public List<List<Object>> persistentAndSevereInPostgresqlWithoutRunningTotals() {
        return jdbc.sql(WITHOUT_RUNNING_TOTALS).param("monday", asAt.monday()).param("slots", asAt.slots())
                .param("first", LocalDate.of(2024, 8, 1)).param("la", LA)
                .query((row, number) -> List.<Object>of(row.getInt("grouped"), String.valueOf(row.getString("key")),
                        row.getLong("pupils"), row.getLong("persistent"), row.getLong("severe")))
                .list();
    }

    /** The week's rows are removed before each import, so every import takes in a new week. */
    @State(Scope.Thread)
    public static class NewWeek {

        @Setup(Level.Invocation)
        public void removeTheWeek(AttendanceBenchmark benchmark) {
            benchmark.removeImportedWeek();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public AttendanceFiles.Outcome importAWeekOfMarks(NewWeek week) {
        AttendanceFiles.Outcome outcome = files.importFile(weekFile, "attendance benchmark");
        if (outcome.result() != AttendanceFiles.Outcome.Result.IMPORTED) {
            throw new IllegalStateException(outcome.summary());
        }
        return outcome;
    }

    void removeImportedWeek() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from attendance_week where week_start = :monday").param("monday", IMPORTED_WEEK).update();
            jdbc.sql("delete from attendance_council_week where week_start = :monday").param("monday", IMPORTED_WEEK)
                    .update();
            jdbc.sql("delete from attendance_school_week where week_start = :monday")
                    .param("monday", IMPORTED_WEEK).update();
            jdbc.sql("delete from attendance_school_day where on_date between :monday and :friday")
                    .param("monday", IMPORTED_WEEK).param("friday", IMPORTED_WEEK.plusDays(4)).update();
            jdbc.sql("delete from attendance_import").update();
        });
    }

    /** Every pupil's marks for the imported week, one row per session, in the marks-by-session layout. */
    private Path writeWeek(Path file) throws IOException {
        SyntheticCouncilGenerator generator = new SyntheticCouncilGenerator(SEED, scale());
        int week = (int) ((IMPORTED_WEEK.toEpochDay() - generator.calendar().firstMonday().toEpochDay()) / 7);
        long[] rows = new long[1];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("upn,urn,date,session,mark\n");
            generator.forEachPupil(pupil -> {
                for (int slot = 0; slot < WeekMarks.SLOTS; slot++) {
                    int id = pupil.marks()[week * WeekMarks.SLOTS + slot];
                    if (id == 0) {
                        continue;
                    }
                    try {
                        out.write(pupil.upn() + "," + pupil.urn() + "," + IMPORTED_WEEK.plusDays(slot / 2) + ","
                                + (slot % 2 == 0 ? "AM" : "PM") + "," + AttendanceCode.byId(id).mark() + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                }
            });
        }
        System.out.printf("Wrote the week of %s: %,d rows, %.0f MB%n", IMPORTED_WEEK, rows[0], Files.size(file) / 1e6);
        return file;
    }

    /** One import outside the timing, measuring the heap it takes at its peak beyond what was in use before. */
    private void measureOneImport() {
        removeImportedWeek();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        AttendanceFiles.Outcome outcome = files.importFile(weekFile, "attendance benchmark");
        long took = System.nanoTime() - started;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("Imported the week once: %s in %.1f s; heap before %.0f MB, peak during %.0f MB "
                + "(maximum heap %.0f MB)%n", outcome.summary(), took / 1e9, before / 1e6, peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** The marks (one row per session) and the weekly rows, as PostgreSQL holds them, into Parquet for DuckDB. */
    private void exportForDuckdb() throws Exception {
        long started = System.nanoTime();
        Path marksCsv = folder.resolve("marks.csv");
        copyOut("""
                copy (select w.enrolment_id, w.week_start + (s / 2) as on_date, s % 2 as session,
                    get_byte(w.marks, s) as code
                from attendance_week w cross join generate_series(0, 9) s
                where get_byte(w.marks, s) <> 0 order by w.week_start, w.enrolment_id, s) to stdout (format csv)""",
                marksCsv);
        Path weeksCsv = folder.resolve("weeks.csv");
        copyOut("""
                copy (select enrolment_id, week_start, possible_mask, absent_mask, unauthorised_mask, approved_mask,
                    possible_before, absent_before, unauthorised_before, approved_before from attendance_week
                    order by week_start, enrolment_id) to stdout (format csv)""", weeksCsv);
        Path pupilsCsv = folder.resolve("enrolments.csv");
        copyOut("""
                copy (select e.id, e.urn, e.year_group, e.free_school_meals, e.sen_provision,
                    e.english_additional_language, e.child_in_care from attendance_enrolment e) to stdout (format csv)""",
                pupilsCsv);
        Path schoolsCsv = folder.resolve("schools.csv");
        copyOut("copy (select urn, la_code, phase, district from attendance_school) to stdout (format csv)",
                schoolsCsv);
        try (Connection convert = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = convert.createStatement()) {
            statement.execute("set threads = 2");
            statement.execute("set memory_limit = '1GB'");
            statement.execute("set temp_directory = '" + folder.resolve("duckdb-tmp") + "'");
            statement.execute("copy (select * from read_csv('" + marksCsv + "', header = false, columns = "
                    + "{'enrolment_id': 'INTEGER', 'on_date': 'DATE', 'session': 'TINYINT', 'code': 'TINYINT'})) "
                    + "to '" + folder.resolve("marks.parquet") + "' (format parquet)");
            statement.execute("copy (select * from read_csv('" + weeksCsv + "', header = false, columns = "
                    + "{'enrolment_id': 'INTEGER', 'week_start': 'DATE', 'possible_mask': 'SMALLINT', "
                    + "'absent_mask': 'SMALLINT', 'unauthorised_mask': 'SMALLINT', 'approved_mask': 'SMALLINT', "
                    + "'possible_before': 'SMALLINT', 'absent_before': 'SMALLINT', "
                    + "'unauthorised_before': 'SMALLINT', 'approved_before': 'SMALLINT'})) to '"
                    + folder.resolve("weeks.parquet") + "' (format parquet)");
            statement.execute("copy (select * from read_csv('" + pupilsCsv + "', header = false, "
                    + "columns = {'id': 'INTEGER', 'urn': 'INTEGER', 'year_group': 'VARCHAR', "
                    + "'free_school_meals': 'BOOLEAN', 'sen_provision': 'VARCHAR', "
                    + "'english_additional_language': 'BOOLEAN', 'child_in_care': 'BOOLEAN'})) to '"
                    + folder.resolve("enrolments.parquet") + "' (format parquet)");
            statement.execute("copy (select * from read_csv('" + schoolsCsv + "', header = false, "
                    + "columns = {'urn': 'INTEGER', 'la_code': 'INTEGER', 'phase': 'VARCHAR', 'district': 'VARCHAR'}))"
                    + " to '" + folder.resolve("schools.parquet") + "' (format parquet)");
        }
        for (Path csv : List.of(marksCsv, weeksCsv, pupilsCsv, schoolsCsv)) {
            Files.delete(csv);
        }
        System.out.printf("Exported to Parquet: marks %.0f MB, weekly rows %.0f MB (%.0f s)%n",
                Files.size(folder.resolve("marks.parquet")) / 1e6, Files.size(folder.resolve("weeks.parquet")) / 1e6,
                (System.nanoTime() - started) / 1e9);
    }

    /** DuckDB in memory on two threads, with the pupils, schools and code table loaded; the marks stay in Parquet. */
    private void openDuckdb() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("set threads = 2");
            statement.execute("set memory_limit = '1GB'");
            statement.execute("set temp_directory = '" + folder.resolve("duckdb-tmp") + "'");
            statement.execute("create table enrolment as select * from read_parquet('"
                    + folder.resolve("enrolments.parquet") + "')");
            statement.execute("create table school as select * from read_parquet('" + folder.resolve("schools.parquet")
                    + "')");
            statement.execute("create table code (id TINYINT, possible BOOLEAN, absent BOOLEAN, "
                    + "unauthorised BOOLEAN, approved BOOLEAN)");
            for (AttendanceCode code : AttendanceCode.values()) {
                statement.execute(String.format(Locale.ROOT, "insert into code values (%d, %s, %s, %s, %s)",
                        code.id(), code.category().possible(), code.category().absent(),
                        code.category() == org.schoolscope.attendance.domain.CodeCategory.UNAUTHORISED,
                        code.category() == org.schoolscope.attendance.domain.CodeCategory.APPROVED_ACTIVITY));
            }
        }
        marksSql = resource("attendance-duckdb-marks.sql").replace(":marks", "'" + folder.resolve("marks.parquet")
                + "'").replace(":day", "DATE '" + asAt.day() + "'");
        weeksSql = resource("attendance-duckdb-weeks.sql").replace(":weeks", "'" + folder.resolve("weeks.parquet")
                + "'").replace(":monday", "DATE '" + asAt.monday() + "'").replace(":slots",
                        Integer.toString(asAt.slots()));
    }

    private void copyOut(String sql, Path file) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection();
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        }
    }

    /** What is measured, and whether DuckDB's answers agree with PostgreSQL's, group by group. */
    private void describe() throws SQLException {
        Map<String, List<Long>> postgresql = new TreeMap<>();
        for (AnalysisQuery.Group group : analysis.groups(LA, asAt)) {
            postgresql.put(group.dimension() + "|" + normalise(group.key()), List.of(group.pupils(),
                    group.totals().possible(), group.totals().absent(), group.totals().unauthorised(),
                    group.totals().approved(), group.persistent(), group.severe()));
        }
        long weekRows = jdbc.sql("select count(*) from attendance_week").query(Long.class).single();
        long marks = jdbc.sql("select count(*) from attendance_enrolment").query(Long.class).single();
        AnalysisQuery.Group all = analysis.groups(LA, asAt).stream()
                .filter(group -> group.dimension() == AnalysisQuery.Dimension.COUNCIL).findFirst().orElseThrow();
        System.out.printf("As at %s: %,d pupils with sessions, %,d persistently and %,d severely absent; %,d weekly "
                + "rows for %,d enrolments; %d groups%n", asAt.day(), all.pupils(), all.persistent(), all.severe(),
                weekRows, marks, postgresql.size());
        System.out.printf("Groups where DuckDB from the marks differs from PostgreSQL: %d%n",
                differing(postgresql, rows(duckdb, marksSql)));
        System.out.printf("Groups where DuckDB from the weekly rows differs from PostgreSQL: %d%n",
                differing(postgresql, rows(duckdb, weeksSql)));
    }

    private static long differing(Map<String, List<Long>> postgresql, List<List<Object>> duckdbRows) {
        Map<String, List<Long>> duck = new TreeMap<>();
        for (List<Object> row : duckdbRows) {
            String dimension = AnalysisQuery.Dimension.values()[dimensionOf(((Number) row.get(0)).intValue())].name();
            duck.put(dimension + "|" + normalise(row.get(1) == null ? "" : row.get(1).toString()),
                    row.subList(2, 9).stream().map(value -> ((Number) value).longValue()).toList());
        }
        long differ = postgresql.keySet().stream().filter(key -> !postgresql.get(key).equals(duck.get(key))).count();
        return differ + duck.keySet().stream().filter(key -> !postgresql.containsKey(key)).count();
    }

    /** The grouping bitmask's one grouped column (0 none: the council), as {@link AnalysisQuery.Dimension}. */
    private static int dimensionOf(int grouped) {
        for (int column = 0; column < 8; column++) {
            if ((grouped & (1 << (7 - column))) == 0) {
                return column + 1;
            }
        }
        return 0;
    }

    private static String normalise(String key) {
        return switch (key) {
            case "t", "true" -> "true";
            case "f", "false" -> "false";
            default -> key;
        };
    }

    private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String resource(String name) {
        try (var in = AttendanceBenchmark.class.getResourceAsStream("/benchmark/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Every week's masks summed up to the day, without the running totals; then cells and groups as the module does. */
    static final String WITHOUT_RUNNING_TOTALS = """
            with counted as (
                select w.enrolment_id,
                    sum(bit_count((w.possible_mask & case when w.week_start = :monday then :slots else 1023 end)
                        ::bit(16))) as possible,
                    sum(bit_count((w.absent_mask & case when w.week_start = :monday then :slots else 1023 end)
                        ::bit(16))) as absent
                from attendance_week w
                where w.week_start between :first and :monday
                group by w.enrolment_id
            ), cell as (
                select e.urn, s.phase, s.district, e.year_group, e.free_school_meals, e.sen_provision,
                    e.english_additional_language, e.child_in_care, count(*) as pupils,
                    count(*) filter (where absent * 10 >= possible) as persistent,
                    count(*) filter (where absent * 2 >= possible) as severe
                from counted p join attendance_enrolment e on e.id = p.enrolment_id
                join attendance_school s on s.urn = e.urn
                where p.possible > 0 and s.la_code = :la
                group by e.urn, s.phase, s.district, e.year_group, e.free_school_meals, e.sen_provision,
                    e.english_additional_language, e.child_in_care
            )
            select grouping(urn, phase, district, year_group, free_school_meals, sen_provision,
                    english_additional_language, child_in_care) as grouped,
                coalesce(urn::text, phase, district, year_group, free_school_meals::text, sen_provision,
                    english_additional_language::text, child_in_care::text) as key,
                sum(pupils) as pupils, sum(persistent) as persistent, sum(severe) as severe
            from cell
            group by grouping sets ((), (urn), (phase), (district), (year_group), (free_school_meals),
                (sen_provision), (english_additional_language), (child_in_care))""";

    /** The smoke run: a council of 1% of the size, one short iteration of each. */
    public static void smoke(ChainedOptionsBuilder options) {
        options.param("scale", "smoke").warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.seconds(1));
    }

    /** Each benchmark's time and the ratios the issue asks for, for the results file. */
    public static String summary(Collection<RunResult> results) {
        Map<String, Double> millis = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            millis.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        double postgresql = millis.getOrDefault("persistentAndSevereInPostgresql", Double.NaN);
        StringBuilder text = new StringBuilder("\nAttendance, ms per operation:\n");
        millis.forEach((name, ms) -> text.append(String.format(Locale.ROOT, "  %-52s %10.1f ms%s%n", name, ms,
                name.startsWith("persistentAndSevere") && !name.equals("persistentAndSevereInPostgresql")
                        ? String.format(Locale.ROOT, "   (PostgreSQL / this = %.2fx)", postgresql / ms) : "")));
        return text.toString();
    }
}
