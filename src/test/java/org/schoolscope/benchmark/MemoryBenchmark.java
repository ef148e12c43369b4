package org.schoolscope.benchmark;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.schoolscope.SchoolscopeApplication;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.testing.SampleFiles;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's memory while it imports a 200 MB file ({@code ./benchmark memory}, run by {@link BenchmarkRunner} in
 * a JVM of its own with {@code -Xmx1g}, so the import must fit in 1 GB of heap or fail).
 *
 * <p>The file is made for the run and deleted after it: England's 2016-17 key stage 5 file (a real published layout,
 * 212 columns) with its school rows repeated until it is 200 MB, each copy under a made-up URN from 700000 up (no
 * school has one) and a made-up name, so no figure is attached to a real school; a register file in the spine layout
 * names those made-up schools first, since figures must name schools the register holds. Both go through the real
 * pipeline (the register, then the figures) into a fresh embedded PostgreSQL. A sampler reads the heap in use every
 * 20 ms; the kernel's high-water mark gives the process's peak resident memory. A smoke run makes a 2 MB file from
 * the sample's Birmingham extract instead.
 */
public final class MemoryBenchmark {

    static final long MEGABYTE = 1024L * 1024;
    private static final int FIRST_MADE_UP_URN = 700000;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = Smoke.on();
        long megabytes = Long.getLong("schoolscope.benchmark.memory-megabytes", smoke ? 2 : 200);
        Path scratch = Path.of("target", "benchmark-memory" + (smoke ? "-smoke" : "")).toAbsolutePath();
        delete(scratch);
        Files.createDirectories(scratch);
        scratch.toFile().setExecutable(true, false);
        StringBuilder result = new StringBuilder();
        try {
            long madeAt = System.nanoTime();
            Made made = make(scratch, megabytes * MEGABYTE, smoke);
            result.append(String.format(Locale.ROOT, "Made %s: %.1f MB, %,d school rows (%,d made-up schools), in %.1f s%n",
                    made.figures().getFileName(), Files.size(made.figures()) / (double) MEGABYTE, made.schoolRows(),
                    made.schools(), (System.nanoTime() - madeAt) / 1e9));
            result.append(measure(scratch, made));
        } finally {
            delete(scratch);
        }
        System.out.print(result);
        Path output = Path.of("target", "benchmark-memory" + (smoke ? "-smoke" : "") + ".txt");
        Files.writeString(output, result.toString());
    }

    private record Made(Path register, Path figures, long schoolRows, int schools) {
    }

    /** Writes the register of made-up schools and the figure file that repeats the real rows under their URNs. */
    private static Made make(Path scratch, long size, boolean smoke) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (InputStream in = smoke ? InputStream.nullInputStream() : Files.newInputStream(
                ImportBenchmark.nationalFolder().resolve("2016-2017_england_ks5final.csv.gz"))) {
            String text = smoke ? new String(SampleFiles.bytes("2016-2017_330_ks5final_birmingham.csv"),
                    StandardCharsets.UTF_8) : new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
            CsvReader.builder().ofCsvRecord(text.replace("\uFEFF", "")).forEach(r -> records.add(r.getFields()));
        }
        List<String> header = records.get(0);
        int recordType = header.indexOf("RECTYPE");
        int urn = header.indexOf("URN");
        int name = header.indexOf("SCHNAME");
        int la = header.indexOf("LEA");
        List<List<String>> schools = records.subList(1, records.size()).stream()
                .filter(r -> r.get(recordType).equals("1") || r.get(recordType).equals("2")).toList();
        List<List<String>> others = records.subList(1, records.size()).stream()
                .filter(r -> !(r.get(recordType).equals("1") || r.get(recordType).equals("2"))).toList();
        Path figures = scratch.resolve("2016-2017_england_ks5final_benchmark.csv");
        Path register = scratch.resolve("2016-2017_england_spine_benchmark.csv");
        long rows = 0;
        int next = FIRST_MADE_UP_URN;
        try (BufferedWriter figureText = Files.newBufferedWriter(figures, StandardCharsets.UTF_8);
                CsvWriter figureRows = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(figureText);
                BufferedWriter registerText = Files.newBufferedWriter(register, StandardCharsets.UTF_8);
                CsvWriter registerRows = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(registerText)) {
            figureRows.writeRecord(header);
            others.forEach(figureRows::writeRecord);
            registerRows.writeRecord("URN", "LA", "ESTAB", "LAESTAB", "SCHNAME", "MINORGROUP", "NFTYPE");
            while (Files.size(figures) < size) {
                for (List<String> school : schools) {
                    String laCode = school.get(la);
                    int estab = 6000 + next % 4000;
                    String madeUpName = "Benchmark school " + next;
                    registerRows.writeRecord(Integer.toString(next), laCode, Integer.toString(estab), laCode + estab,
                            madeUpName, "Academy", "Academy sponsor led");
                    List<String> row = new ArrayList<>(school);
                    row.set(urn, Integer.toString(next));
                    if (name >= 0) {
                        row.set(name, madeUpName);
                    }
                    figureRows.writeRecord(row);
                    next++;
                    rows++;
                }
                figureText.flush();
                if (next > 999999) {
                    throw new IllegalStateException("Too large: the made-up URNs would run past 999999");
                }
            }
        }
        return new Made(register, figures, rows, next - FIRST_MADE_UP_URN);
    }

    private static String measure(Path scratch, Made made) {
        MemorySampler sampler = new MemorySampler();
        Thread sampling = new Thread(sampler, "memory-sampler");
        sampling.setDaemon(true);
        sampling.start();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SchoolscopeApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("schoolscope.sample-data.load-on-first-start=false", "logging.level.root=warn",
                        "server.port=0")
                .run("--schoolscope.embedded-database.data-directory=" + scratch.resolve("postgres"))) {
            ImportService imports = context.getBean(ImportService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            StringBuilder text = new StringBuilder();
            long maxHeap = Runtime.getRuntime().maxMemory();
            text.append(String.format(Locale.ROOT, "JVM heap limit %,d MB; after start: heap in use %,d MB, resident %,d MB%n",
                    maxHeap / MEGABYTE, sampler.heapNow() / MEGABYTE, resident("VmRSS") / MEGABYTE));
            text.append(timed("register of made-up schools", imports, made.register(), ImportOptions.STRICT, sampler));
            text.append(timed("figure file", imports, made.figures(), ImportOptions.STRICT, sampler));
            long stored = jdbc.sql("select count(*) from figure where urn >= ?").param(FIRST_MADE_UP_URN)
                    .query(Long.class).single();
            text.append(String.format(Locale.ROOT, "Figures stored for the made-up schools: %,d%n", stored));
            text.append(String.format(Locale.ROOT, "JVM peak resident memory over the whole run (VmHWM): %,d MB%n",
                    resident("VmHWM") / MEGABYTE));
            return text.toString();
        } finally {
            sampler.stop();
        }
    }

    private static String timed(String what, ImportService imports, Path file, ImportOptions options,
            MemorySampler sampler) {
        System.gc();
        long before = sampler.heapNow();
        sampler.reset();
        long started = System.nanoTime();
        ImportReport report = imports.importFile(file, "memory benchmark", options, ImportProgress.SILENT);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (report.rejected()) {
            throw new IllegalStateException(report.summary());
        }
        return String.format(Locale.ROOT, "Imported the %s (%s, %.1f MB) in %.1f s: %s%n"
                + "  heap in use before %,d MB, peak during %,d MB; resident now %,d MB%n", what,
                file.getFileName(), sizeOf(file) / (double) MEGABYTE, seconds, report.summary(), before / MEGABYTE,
                sampler.peak() / MEGABYTE, resident("VmRSS") / MEGABYTE);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of /proc/self/status in bytes (VmRSS now, VmHWM the peak), or -1 where there is none. */
    static long resident(String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith(field + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Samples the heap in use (every heap pool's usage) every 20 ms, keeping the peak since the last reset. */
    private static final class MemorySampler implements Runnable {

        private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        long heapNow() {
            return heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        }

        long peak() {
            return Math.max(peak.get(), heapNow());
        }

        void reset() {
            peak.set(heapNow());
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(heapNow(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
