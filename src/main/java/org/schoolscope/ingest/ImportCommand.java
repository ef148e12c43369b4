package org.schoolscope.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code java -jar schoolscope.jar import PATH...}: imports files or folders and prints a summary. */
@Component
public class ImportCommand {

    private final ImportService imports;

    public ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    /** Returns the process exit status: 0 when every file was imported or already there, 1 otherwise. */
    public int run(String[] arguments, PrintStream out, PrintStream err) {
        if (arguments.length == 0) {
            err.println("Usage: java -jar schoolscope.jar import FILE-OR-FOLDER...");
            return 2;
        }
        List<Path> files;
        List<Path> paths = Arrays.stream(arguments).map(Path::of).toList();
        try {
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    err.println("No such file or folder: " + path);
                    return 2;
                }
            }
            files = ImportService.expand(paths);
        } catch (IOException e) {
            err.println("Cannot read: " + e.getMessage());
            return 2;
        }
        int read = 0;
        int added = 0;
        int changed = 0;
        int rejected = 0;
        String user = "command line (" + System.getProperty("user.name") + ")";
        for (Path file : files) {
            out.println("Importing " + file);
            long started = System.nanoTime();
            ImportReport report = imports.importFile(file, user, (name, done, total) -> out.printf(
                    "  %s: %d of %d rows%n", name, done, total));
            if (report.rejected() && foundInFolder(file, paths) && report.problems().size() == 1
                    && report.problems().get(0).code().equals("UNKNOWN_LAYOUT")) {
                // A folder of downloads holds field lists and notes beside the data; they are not errors.
                out.println("  skipped: not a layout Schoolscope knows (" + report.problems().get(0).message() + ")");
                continue;
            }
            (report.rejected() ? err : out).printf("  %s (%.1f s)%n", report.summary(),
                    (System.nanoTime() - started) / 1e9);
            if (report.rejected()) {
                report.problems().stream().skip(1).limit(20).forEach(p -> err.println("    " + p));
                rejected++;
            }
            read += report.rowsRead();
            added += report.counts().added();
            changed += report.counts().changed();
        }
        out.printf("%d files: %d rows read, %d added, %d changed, %d files rejected%n", files.size(), read, added,
                changed, rejected);
        return rejected == 0 ? 0 : 1;
    }

    private static boolean foundInFolder(Path file, List<Path> named) {
        return !named.contains(file);
    }
}
