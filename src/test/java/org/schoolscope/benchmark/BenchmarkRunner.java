package org.schoolscope.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a named benchmark from the test class path: {@code ./benchmark import}, {@code assessment}, {@code what-if},
 * {@code memory}, {@code attendance} or {@code load}; results go to {@code target/benchmark-NAME.txt}. {@code ./benchmark MODE smoke} runs a mode over
 * tiny data once, and {@code ./benchmark smoke} every mode so, as CI does, so that none can rot unnoticed.
 */
public final class BenchmarkRunner {

    static final List<String> MODES = List.of("import", "assessment", "what-if", "memory", "attendance", "load");

    private BenchmarkRunner() {
    }

    public static void main(String[] args) {
        // The smoke runs' shared service keeps threads alive; exiting closes it (a shutdown hook), whatever happened.
        try {
            runAll(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void runAll(String[] args) throws Exception {
        String which = args.length == 0 ? "import" : args[0];
        if (which.equals("attendance-smoke")) {
            which = "attendance";
            args = new String[] {which, "smoke"};
        }
        boolean smoke = which.equals("smoke") || (args.length > 1 && args[1].equals("smoke"));
        List<String> modes = which.equals("smoke") ? MODES : List.of(which);
        for (String mode : modes) {
            long started = System.nanoTime();
            run(mode, smoke);
            if (smoke) {
                System.out.printf(Locale.ROOT, "Smoke run of ./benchmark %s passed in %.0f s%n", mode,
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static void run(String mode, boolean smoke) throws Exception {
        if (mode.equals("memory")) {
            memory(smoke);
            return;
        }
        if (mode.equals("load")) {
            String report = LoadBenchmark.run(smoke);
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-load" + (smoke ? "-smoke" : "") + ".txt"), report,
                    StandardCharsets.UTF_8);
            return;
        }
        String include = switch (mode) {
            case "import" -> ImportBenchmark.class.getName();
            case "assessment" -> AssessmentBenchmark.class.getName();
            case "what-if" -> WhatIfBenchmark.class.getName();
            case "attendance" -> AttendanceBenchmark.class.getName();
            default -> throw new IllegalArgumentException("Unknown benchmark '" + mode + "'; known: "
                    + String.join(", ", MODES) + ", each with smoke after it, or smoke alone for all");
        };
        Path output = Path.of("target", "benchmark-" + mode + (smoke ? "-smoke" : "") + ".txt");
        // A benchmark that throws fails the run, so a smoke run that breaks fails CI rather than printing nothing.
        ChainedOptionsBuilder options = new OptionsBuilder().include(include).resultFormat(ResultFormatType.TEXT)
                .result(output.toString()).shouldFailOnError(true);
        if (smoke && mode.equals("attendance")) {
            // Attendance generates its own council (at 1% of the size here) rather than sharing the smoke service.
            AttendanceBenchmark.smoke(options);
        } else if (smoke) {
            // Not forked: the smoke runs share one service (see Smoke.context()), which is most of their time.
            System.setProperty(Smoke.PROPERTY, "true");
            options.warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100))
                    .forks(0);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } finally {
            if (mode.equals("attendance")) {
                AttendanceBenchmark.cleanUp();
            }
        }
        String ratio = switch (mode) {
            case "what-if" -> whatIfRatio(results);
            case "import" -> importRatio(results);
            case "attendance" -> AttendanceBenchmark.summary(results);
            default -> "";
        };
        System.out.println(ratio);
        Files.writeString(output, ratio, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The memory benchmark in a JVM of its own whose heap is bounded at 1 GB: the import must fit or fail. */
    private static void memory(boolean smoke) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-D" + Smoke.PROPERTY + "=" + smoke));
        String megabytes = System.getProperty("schoolscope.benchmark.memory-megabytes");
        if (megabytes != null) {
            command.add("-Dschoolscope.benchmark.memory-megabytes=" + megabytes);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MemoryBenchmark.class.getName()));
        Process process = new ProcessBuilder(command).inheritIO().directory(new File(".")).start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException("The memory benchmark failed (exit status " + status + ")");
        }
    }

    private static Map<String, Double> millis(Collection<RunResult> results) {
        Map<String, Double> millis = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            millis.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        return millis;
    }

    /** How many times longer Schoolscope takes than each peer over the same CSV files. */
    static String importRatio(Collection<RunResult> results) {
        Map<String, Double> millis = millis(results);
        double schoolscope = millis.getOrDefault("schoolscopeCsvFiles", Double.NaN);
        StringBuilder text = new StringBuilder("\nImport of the all-England CSV files, ms per run:\n");
        millis.keySet().stream().sorted().forEach(name -> text.append(String.format(Locale.ROOT, "  %-30s %10.0f ms%n",
                name, millis.get(name))));
        text.append(String.format(Locale.ROOT, "Schoolscope / DuckDB read_csv = %.1fx; Schoolscope / PostgreSQL COPY = %.1fx%n",
                schoolscope / millis.getOrDefault("duckdbReadCsv", Double.NaN),
                schoolscope / millis.getOrDefault("postgresqlCopyRawFile", Double.NaN)));
        return text.toString();
    }

    /** Each what-if's time per evaluation, and how many times faster the engine is than the SQL. */
    static String whatIfRatio(Collection<RunResult> results) {
        Map<String, Double> millis = millis(results);
        double sql = millis.getOrDefault("whatIfInPostgresql", Double.NaN);
        StringBuilder text = new StringBuilder("\nWhat-if over all of England, ms per evaluation:\n");
        millis.keySet().stream().sorted().forEach(name -> text.append(String.format(Locale.ROOT,
                "  %-26s %10.2f ms%s%n", name, millis.get(name), name.equals("whatIfInPostgresql") ? ""
                        : String.format(Locale.ROOT, "   (SQL / this = %.1fx)", sql / millis.get(name)))));
        return text.toString();
    }
}
