package org.schoolscope.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.schoolscope.SchoolscopeApplication;
import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.domain.Decision;
import org.schoolscope.assessment.domain.Evaluation;
import org.schoolscope.assessment.domain.FactCatalogue;
import org.schoolscope.assessment.domain.FactTable;
import org.schoolscope.assessment.domain.NationalFigures;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.domain.RulebookCompiler;
import org.schoolscope.assessment.domain.SchoolFactSheet;
import org.schoolscope.assessment.persistence.DataSnapshot;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.assessment.rulebook.MeasureVocabulary;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.register.ResponsibleBody;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A what-if over all of England: the default rulebook with one threshold changed (a graded inspection counted as
 * due after 36 months rather than 48), evaluated for every open school in the register built from the all-England
 * files in {@code ../shared/data/national} (spine, Ofsted, census, absence, KS4), imported through the real
 * pipeline and laid out through the real {@link FactSheetQuery}. Measured in one run:
 * <ul>
 * <li>{@code whatIfInMemory}: compile the draft rulebook and decide every school with the engine, over facts laid
 * out once (the what-if path; thresholds the draft does not change are reused, as the engine caches them);</li>
 * <li>{@code whatIfInMemoryFreshTable}: the same, also laying the facts out again, so nothing is cached;</li>
 * <li>{@code whatIfInPostgresql}: the same rules written as one SQL query ({@code benchmark/default-rules.sql})
 * with the changed threshold bound, executed in PostgreSQL over the same rows, all results read.</li>
 * </ul>
 * The imported database is kept in {@code target/benchmark-what-if/postgres} between runs ({@code ./mvnw clean}
 * removes it). Run with {@code ./benchmark what-if}; the ratio is printed by {@link BenchmarkRunner}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class WhatIfBenchmark {

    /** A fixed day, so months since an inspection (and so the results) are the same on every run. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    static final String CHANGED_THRESHOLD = "graded_inspection_due_months";
    static final double CHANGED_VALUE = 36;

    private ConfigurableApplicationContext context;
    private JdbcClient jdbc;
    private FactCatalogue catalogue;
    private Rulebook whatIf;
    private List<SchoolFactSheet> schools;
    private FactTable table;
    private NationalFigures england;
    private final SqlRules sql = new SqlRules();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        context = Smoke.on() ? Smoke.context() : start();
        jdbc = context.getBean(JdbcClient.class);
        if (Smoke.on()) {
            loadStandInsOnce(context);
        } else {
            importNationalFilesOnce(context.getBean(ImportService.class), jdbc);
        }
        FactSheetQuery factSheets = context.getBean(FactSheetQuery.class);
        DataSnapshot snapshot = new DataSnapshot(jdbc.sql("select id from import_batch order by id")
                .query(Long.class).list(), AS_OF);
        schools = factSheets.schools(null, snapshot);
        england = factSheets.england(snapshot);
        catalogue = MeasureVocabulary.shippedCatalogue();
        CompiledRulebook shipped = RulebookCompiler.compile(DefaultRulebook.read(), catalogue);
        table = FactTable.of(shipped.facts(), schools);
        whatIf = SqlRules.withThreshold(DefaultRulebook.read(), CHANGED_THRESHOLD, CHANGED_VALUE);
        describe();
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (!Smoke.on()) {
            context.close();
        }
    }

    static ConfigurableApplicationContext start() throws IOException {
        Path data = Path.of("target", "benchmark-what-if").toAbsolutePath();
        Files.createDirectories(data);
        data.toFile().setExecutable(true, false);
        // On a free port: the security chain needs a web application (NONE no longer starts). The data folder is
        // an argument, since the test class path's application.properties would win over a default property.
        return new SpringApplicationBuilder(SchoolscopeApplication.class).web(WebApplicationType.SERVLET)
                .properties("schoolscope.sample-data.load-on-first-start=false", "logging.level.root=warn",
                        "server.port=0")
                .run("--schoolscope.embedded-database.data-directory=" + data.resolve("postgres"));
    }

    private static boolean standInsLoaded;

    /** The smoke runs of the three benchmarks share the stand-ins, loaded by the first. */
    private static synchronized void loadStandInsOnce(ConfigurableApplicationContext service) {
        if (!standInsLoaded) {
            Smoke.loadStandIns(service, true);
            standInsLoaded = true;
        }
    }

    /**
     * Imports every national file once, register files first; a database kept from an earlier run already holds
     * them. The register here is England's 2017-18 spine and Ofsted's July 2018 file, so the rows of later files for
     * schools that opened since (and of earlier ones for schools closed before) are left out, and listed.
     */
    static void importNationalFilesOnce(ImportService imports, JdbcClient jdbc) throws IOException {
        List<Path> files = imports.inImportOrder(ImportService.expand(List.of(ImportBenchmark.nationalFolder())));
        List<String> imported = jdbc.sql("select distinct file_name from import_batch").query(String.class).list();
        for (Path file : files) {
            if (imported.contains(file.getFileName().toString())) {
                continue;
            }
            System.out.println("Importing " + file.getFileName() + " (kept in target/benchmark-what-if)");
            ImportReport report = imports.importFile(file, "what-if benchmark",
                    new ImportOptions(false, true, false), ImportProgress.SILENT);
            if (report.rejected()) {
                throw new IllegalStateException(report.summary());
            }
        }
    }

    /** What is measured, and whether the SQL and the engine agree on every school of England for this what-if. */
    private void describe() {
        long stateFunded = schools.stream().filter(school -> school.responsibleBody() == ResponsibleBody.LOCAL_AUTHORITY
                || school.responsibleBody() == ResponsibleBody.TRUST).count();
        List<Decision> engine = decide();
        List<SqlRules.Row> bySql = sql.run(jdbc, whatIf, null, AS_OF);
        Map<Integer, SqlRules.Row> sqlRows = bySql.stream()
                .collect(Collectors.toMap(SqlRules.Row::urn, row -> row, (a, b) -> a, TreeMap::new));
        long differ = engine.stream().filter(decision -> {
            SqlRules.Row row = sqlRows.get(decision.urn().value());
            return row == null || !row.category().equals(decision.category()) || row.score() != decision.score()
                    || !row.firedRuleIds().equals(decision.firedRuleIds());
        }).count();
        Map<String, Long> categories = new TreeMap<>(engine.stream()
                .collect(Collectors.groupingBy(Decision::category, Collectors.counting())));
        System.out.printf("%nWhat-if (%s = %s) over %d open schools in the register, %d of them state-funded "
                + "(maintained or academy); categories %s; SQL rows %d; schools where SQL and engine differ: %d%n",
                CHANGED_THRESHOLD, CHANGED_VALUE, schools.size(), stateFunded, categories, bySql.size(), differ);
    }

    private List<Decision> decide() {
        CompiledRulebook draft = RulebookCompiler.compile(whatIf, catalogue);
        return Evaluation.run(draft, table, england).decisions();
    }

    @Benchmark
    public List<Decision> whatIfInMemory() {
        return decide();
    }

    @Benchmark
    public List<Decision> whatIfInMemoryFreshTable() {
        CompiledRulebook draft = RulebookCompiler.compile(whatIf, catalogue);
        return Evaluation.run(draft, FactTable.of(draft.facts(), schools), england).decisions();
    }

    @Benchmark
    public List<SqlRules.Row> whatIfInPostgresql() {
        return sql.run(jdbc, whatIf, null, AS_OF);
    }
}
