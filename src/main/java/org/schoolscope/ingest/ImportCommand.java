package org.schoolscope.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar schoolscope.jar import [--again] [--skip-unknown-schools] [--skip-malformed-rows] PATH...}:
 * imports files or folders and prints a summary.
 */
@Component
public class ImportCommand {

    static final String USAGE = """
            Usage: java -jar schoolscope.jar import [OPTIONS] FILE-OR-FOLDER...
              --again                  import files already imported once more, as new imports (to repair figures)
              --skip-unknown-schools   leave out and list rows for schools the register does not hold
              --skip-malformed-rows    leave out and list rows with more or fewer fields than the header""";
    private static final int LISTED = 20;

    private final ImportService imports;

    public ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    /** Returns the process exit status: 0 when every file was imported or already there, 1 otherwise. */
    public int run(String[] arguments, PrintStream out, PrintStream err) {
        ImportOptions defaults = imports.defaultOptions();
        boolean again = false;
        boolean skipUnknownSchools = defaults.skipUnknownSchools();
        boolean skipMalformedRows = defaults.skipMalformedRows();
        List<Path> paths = new ArrayList<>();
        for (String argument : arguments) {
            switch (argument) {
                case "--again" -> again = true;
                case "--skip-unknown-schools" -> skipUnknownSchools = true;
                case "--skip-malformed-rows" -> skipMalformedRows = true;
                default -> {
                    if (argument.startsWith("--")) {
                        err.println("Unknown option " + argument);
                        err.println(USAGE);
                        return 2;
                    }
                    paths.add(Path.of(argument));
                }
            }
        }
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        ImportOptions options = new ImportOptions(again, skipUnknownSchools, skipMalformedRows);
        List<Path> files;
        try {
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    err.println("No such file or folder: " + path);
                    return 2;
                }
            }
            files = imports.inImportOrder(ImportService.expand(paths));
        } catch (IOException e) {
            err.println("Cannot read: " + e.getMessage());
            return 2;
        }
        int read = 0;
        int added = 0;
        int changed = 0;
        int leftOut = 0;
        int rejected = 0;
        String user = "command line (" + System.getProperty("user.name") + ")";
        for (Path file : files) {
            out.println("Importing " + file);
            long started = System.nanoTime();
            ImportReport report = imports.importFile(file, user, options, (name, rows, percent) -> out.printf(
                    "  %s: %d rows read%s%n", name, rows, percent < 0 ? "" : " (" + percent + "% of the file)"));
            if (report.rejected() && foundInFolder(file, paths) && report.problems().size() == 1
                    && report.problems().get(0).code().equals("UNKNOWN_LAYOUT")) {
                // A folder of downloads holds field lists and notes beside the data; they are not errors.
                out.println("  skipped: not a layout Schoolscope knows (" + report.problems().get(0).message() + ")");
                continue;
            }
            (report.rejected() ? err : out).printf("  %s (%.1f s)%n", report.summary(),
                    (System.nanoTime() - started) / 1e9);
            if (report.rejected()) {
                report.problems().stream().skip(1).limit(LISTED).forEach(p -> err.println("    " + p));
                rejected++;
            }
            report.leftOut().stream().limit(LISTED).forEach(row -> out.println("    left out: " + row));
            if (report.rowsLeftOut() > LISTED) {
                out.printf("    and %d more rows left out, each listed with import %d in the import log%n",
                        report.rowsLeftOut() - LISTED, report.importId());
            }
            read += report.rowsRead();
            added += report.counts().added();
            changed += report.counts().changed();
            leftOut += report.rowsLeftOut();
        }
        out.printf("%d files: %d rows read, %d added, %d changed, %d left out, %d files rejected%n", files.size(), read,
                added, changed, leftOut, rejected);
        return rejected == 0 ? 0 : 1;
    }

    private static boolean foundInFolder(Path file, List<Path> named) {
        return !named.contains(file);
    }
}
