package org.schoolscope.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.postgresql.PGConnection;
import org.schoolscope.SchoolscopeApplication;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time to import the all-England CSV files in {@code ../shared/data/national} through Schoolscope's whole pipeline
 * (detect, check every row, check every school against the register, store figures with source and year, commit),
 * beside two peers loading the same files in the same run: DuckDB's {@code read_csv} through its JDBC driver, and
 * PostgreSQL {@code COPY} of the raw file into text columns.
 *
 * <p>Figures must name schools the register holds, so before each Schoolscope run every table is emptied, as the
 * embedded server's superuser (the service's role may not truncate its append-only tables, rightly), and the register
 * files, the two workbooks
 * (England's 2017-18 spine and Ofsted's July 2018 file: any file named {@code *spine*} or {@code *ofsted*}), are
 * imported; then the CSV files are timed, imported as a council would import national files for its benchmarks,
 * leaving out (and listing) the rows of schools outside that register. {@code schoolscopeAllFilesFromEmpty} times
 * every file, workbooks included, from an empty schema. The peers cannot read the workbooks (DuckDB's Excel support
 * is an extension downloaded at run time), so the comparison is on the CSV files. Run with
 * {@code ./benchmark import}; {@link BenchmarkRunner} prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ImportBenchmark {

    private static final ImportOptions AS_A_COUNCIL_IMPORTS_NATIONAL_FILES = new ImportOptions(false, true, false);

    private ConfigurableApplicationContext context;
    private ImportService imports;
    private JdbcClient jdbc;
    private DataSource dataSource;
    private List<Path> registerFiles;
    private List<Path> csvFiles;
    private List<Path> allFiles;

    @Setup(Level.Trial)
    public void start() throws IOException {
        Path national = Smoke.on() ? Smoke.nationalStandIns() : nationalFolder();
        allFiles = ImportService.expand(List.of(national));
        registerFiles = allFiles.stream().filter(ImportBenchmark::isRegister).toList();
        csvFiles = allFiles.stream().filter(f -> !isRegister(f))
                .filter(f -> f.toString().endsWith(".csv.gz") || f.toString().endsWith(".csv")).toList();
        context = Smoke.on() ? Smoke.context() : startService();
        imports = context.getBean(ImportService.class);
        allFiles = imports.inImportOrder(allFiles);
        jdbc = context.getBean(JdbcClient.class);
        dataSource = context.getBean(DataSource.class);
    }

    /**
     * A throwaway server for this forked JVM, under target/, stopped and deleted when the fork ends (or, if it was
     * killed, at the next start).
     */
    private static ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(SchoolscopeApplication.class).web(WebApplicationType.SERVLET)
                .properties("schoolscope.embedded-database.data-directory=target/benchmark-postgres",
                        "schoolscope.embedded-database.binaries-directory=target/postgres-binaries",
                        "schoolscope.embedded-database.temporary=true",
                        "schoolscope.sample-data.load-on-first-start=false", "logging.level.root=warn",
                        // On a free port: the security chain needs a web application (NONE no longer starts).
                        "server.port=0")
                .run();
    }

    private static boolean isRegister(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.contains("spine") || name.contains("ofsted");
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (!Smoke.on()) {
            context.close();
        }
    }

    /** Each run starts as the one it is compared with: Schoolscope's from a schema made again, the peers' afresh. */
    @Setup(Level.Invocation)
    public void prepare(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        // As the embedded server's superuser: the service's own role may not truncate its tables or make schemas.
        if (benchmark.endsWith("schoolscopeCsvFiles") || benchmark.endsWith("schoolscopeAllFilesFromEmpty")) {
            DatabaseCleaner.clean(jdbc);
            if (benchmark.endsWith("schoolscopeCsvFiles")) {
                importAll(registerFiles, ImportOptions.STRICT, null);
            }
        } else {
            DatabaseCleaner.asSuperuser(jdbc, "drop schema if exists raw_copy cascade; create schema raw_copy "
                    + "authorization " + jdbc.sql("select current_user").query(String.class).single());
        }
        DatabaseCleaner.asSuperuser(jdbc, "vacuum analyze");
    }

    @Benchmark
    public void schoolscopeCsvFiles(Blackhole blackhole) {
        importAll(csvFiles, AS_A_COUNCIL_IMPORTS_NATIONAL_FILES, blackhole);
    }

    @Benchmark
    public void schoolscopeAllFilesFromEmpty(Blackhole blackhole) {
        importAll(allFiles, AS_A_COUNCIL_IMPORTS_NATIONAL_FILES, blackhole);
    }

    private void importAll(List<Path> files, ImportOptions options, Blackhole blackhole) {
        for (Path file : files) {
            ImportReport report = imports.importFile(file, "benchmark", options, ImportProgress.SILENT);
            if (report.rejected()) {
                throw new IllegalStateException(report.summary());
            }
            if (blackhole != null) {
                blackhole.consume(report);
            }
        }
    }

    @Benchmark
    public void duckdbReadCsv(Blackhole blackhole) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement()) {
            int i = 0;
            for (Path file : csvFiles) {
                String encoding = isWindows1252(file) ? ", encoding = 'latin-1'" : "";
                statement.execute("create table t" + (i++) + " as select * from read_csv('" + file
                        + "', header = true, all_varchar = true" + encoding + ")");
            }
            blackhole.consume(i);
        }
    }

    @Benchmark
    public void postgresqlCopyRawFile(Blackhole blackhole) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            int i = 0;
            for (Path file : csvFiles) {
                Charset charset = isWindows1252(file) ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
                List<String> header;
                try (var lines = new java.io.BufferedReader(reader(file, charset))) {
                    header = List.of(lines.readLine().replace("\uFEFF", "").split(",", -1));
                }
                String table = "raw_copy.t" + (i++);
                StringBuilder create = new StringBuilder("create table " + table + " (");
                for (int c = 0; c < header.size(); c++) {
                    create.append(c == 0 ? "" : ", ").append("c").append(c).append(" text");
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute(create.append(")").toString());
                }
                try (Reader reader = reader(file, charset)) {
                    blackhole.consume(connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("copy " + table + " from stdin (format csv, header true)", reader));
                }
            }
        }
    }

    private static Reader reader(Path file, Charset charset) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new InputStreamReader(in, charset);
    }

    /** GIAS publishes its links in Windows-1252. */
    private static boolean isWindows1252(Path file) {
        return file.getFileName().toString().startsWith("links_");
    }

    static Path nationalFolder() {
        String configured = System.getProperty("schoolscope.benchmark.national",
                System.getenv().getOrDefault("SCHOOLSCOPE_NATIONAL_DATA", "../shared/data/national"));
        Path folder = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The all-England files are not at " + folder
                    + "; set SCHOOLSCOPE_NATIONAL_DATA to their folder");
        }
        return folder;
    }
}
