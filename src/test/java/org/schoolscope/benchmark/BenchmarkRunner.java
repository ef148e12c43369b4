package org.schoolscope.benchmark;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs a named benchmark from the test class path: {@code ./benchmark import}. */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        String which = args.length == 0 ? "import" : args[0];
        String include = switch (which) {
            case "import" -> ImportBenchmark.class.getName();
            default -> throw new IllegalArgumentException("Unknown benchmark '" + which + "'; known: import");
        };
        new Runner(new OptionsBuilder().include(include).resultFormat(ResultFormatType.TEXT)
                .result("target/benchmark-" + which + ".txt").build()).run();
    }
}
