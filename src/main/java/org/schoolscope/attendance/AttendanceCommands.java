package org.schoolscope.attendance;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.schoolscope.attendance.importing.AttendanceFiles;
import org.schoolscope.attendance.synthetic.SyntheticCouncil;
import org.springframework.stereotype.Component;

/**
 * The attendance commands of the jar: {@code attendance import FILE...} (pupil characteristics, term dates and marks,
 * in that order for a new year), {@code attendance generate [--seed N] [--scale S] [--up-to YYYY-MM-DD]} (the
 * synthetic council, replacing any earlier one) and {@code attendance remove-synthetic}.
 */
@Component
public class AttendanceCommands {

    /** The first argument of the jar that runs these commands. */
    public static final String NAME = "attendance";

    private final AttendanceFiles files;
    private final SyntheticCouncil synthetic;

    AttendanceCommands(AttendanceFiles files, SyntheticCouncil synthetic) {
        this.files = files;
        this.synthetic = synthetic;
    }

    /** Runs one command and returns the exit status: 0 done, 1 refused, 2 wrong usage. */
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty()) {
            return usage(err);
        }
        String user = "command line (" + System.getProperty("user.name") + ")";
        try {
            return switch (arguments.get(0)) {
                case "import" -> importFiles(arguments.subList(1, arguments.size()), user, out, err);
                case "generate" -> generate(arguments.subList(1, arguments.size()), user, out);
                case "remove-synthetic" -> {
                    synthetic.remove(user);
                    out.println("Removed the synthetic council");
                    yield 0;
                }
                default -> usage(err);
            };
        } catch (IllegalArgumentException | IllegalStateException refused) {
            err.println(refused.getMessage());
            return 1;
        }
    }

    private int importFiles(List<String> paths, String user, PrintStream out, PrintStream err) {
        if (paths.isEmpty()) {
            return usage(err);
        }
        int refused = 0;
        for (String path : paths) {
            long started = System.nanoTime();
            AttendanceFiles.Outcome outcome = files.importFile(Path.of(path), user);
            boolean rejected = outcome.result() == AttendanceFiles.Outcome.Result.REJECTED;
            (rejected ? err : out).printf("%s (%.1f s)%n", outcome.summary(), (System.nanoTime() - started) / 1e9);
            if (rejected) {
                outcome.problems().stream().skip(1).limit(20).forEach(problem -> err.println("    " + problem));
                refused++;
            }
        }
        return refused == 0 ? 0 : 1;
    }

    private int generate(List<String> options, String user, PrintStream out) {
        long seed = 2024;
        double scale = 1;
        LocalDate upTo = null;
        for (int i = 0; i + 1 < options.size(); i += 2) {
            String value = options.get(i + 1);
            switch (options.get(i)) {
                case "--seed" -> seed = Long.parseLong(value);
                case "--scale" -> scale = Double.parseDouble(value);
                case "--up-to" -> upTo = LocalDate.parse(value);
                default -> throw new IllegalArgumentException("Unknown option " + options.get(i));
            }
        }
        if (options.size() % 2 != 0) {
            throw new IllegalArgumentException("Each option takes a value: " + options);
        }
        long started = System.nanoTime();
        SyntheticCouncil.Generated generated = synthetic.generate(seed, scale, upTo, user);
        out.printf("Generated the synthetic council (LA 999): %d schools, %d pupils, %d marks (%.1f s)%n",
                generated.schools(), generated.pupils(), generated.marks(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static int usage(PrintStream err) {
        err.println("""
                Usage: java -jar schoolscope.jar attendance import FILE...
                       java -jar schoolscope.jar attendance generate [--seed N] [--scale S] [--up-to YYYY-MM-DD]
                       java -jar schoolscope.jar attendance remove-synthetic""");
        return 2;
    }
}
