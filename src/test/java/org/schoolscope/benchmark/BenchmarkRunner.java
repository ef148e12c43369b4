package org.schoolscope.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs a named benchmark from the test class path: {@code ./benchmark import}, {@code ./benchmark assessment} or
 * {@code ./benchmark what-if}; results go to {@code target/benchmark-NAME.txt}.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String which = args.length == 0 ? "import" : args[0];
        String include = switch (which) {
            case "import" -> ImportBenchmark.class.getName();
            case "assessment" -> AssessmentBenchmark.class.getName();
            case "what-if" -> WhatIfBenchmark.class.getName();
            case "attendance", "attendance-smoke" -> AttendanceBenchmark.class.getName();
            default -> throw new IllegalArgumentException("Unknown benchmark '" + which
                    + "'; known: import, assessment, what-if, attendance, attendance-smoke");
        };
        Path output = Path.of("target", "benchmark-" + which + ".txt");
        ChainedOptionsBuilder options = new OptionsBuilder().include(include).resultFormat(ResultFormatType.TEXT)
                .result(output.toString());
        if (which.equals("attendance-smoke")) {
            AttendanceBenchmark.smoke(options);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } finally {
            if (which.startsWith("attendance")) {
                AttendanceBenchmark.cleanUp();
            }
        }
        if (which.startsWith("attendance")) {
            String summary = AttendanceBenchmark.summary(results);
            System.out.println(summary);
            Files.writeString(output, summary, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        if (which.equals("what-if")) {
            String ratio = whatIfRatio(results);
            System.out.println(ratio);
            Files.writeString(output, ratio, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /** Each what-if's time per evaluation, and how many times faster the engine is than the SQL. */
    static String whatIfRatio(Collection<RunResult> results) {
        Map<String, Double> millis = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            millis.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        double sql = millis.getOrDefault("whatIfInPostgresql", Double.NaN);
        StringBuilder text = new StringBuilder("\nWhat-if over all of England, ms per evaluation:\n");
        millis.keySet().stream().sorted().forEach(name -> text.append(String.format(Locale.ROOT,
                "  %-26s %10.2f ms%s%n", name, millis.get(name), name.equals("whatIfInPostgresql") ? ""
                        : String.format(Locale.ROOT, "   (SQL / this = %.1fx)", sql / millis.get(name)))));
        return text.toString();
    }
}
