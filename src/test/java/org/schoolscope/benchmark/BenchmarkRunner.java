package org.schoolscope.benchmark;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs a named benchmark from the test class path: {@code ./benchmark import} or {@code ./benchmark assessment}. */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        String which = args.length == 0 ? "import" : args[0];
        String include = switch (which) {
            case "import" -> ImportBenchmark.class.getName();
            case "assessment" -> AssessmentBenchmark.class.getName();
            default -> throw new IllegalArgumentException("Unknown benchmark '" + which
                    + "'; known: import, assessment");
        };
        new Runner(new OptionsBuilder().include(include).resultFormat(ResultFormatType.TEXT)
                .result("target/benchmark-" + which + ".txt").build()).run();
    }
}
