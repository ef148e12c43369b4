package org.schoolscope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports published files. A first pass over the bytes finds the file's SHA-256 and encoding; a file already
 * imported changes nothing unless it is imported again on purpose. A second pass streams the rows through the
 * importer of the layout its header matches, which checks each row and writes inside one transaction; checks that
 * need the whole file (duplicates, schools the register does not hold) run in SQL at the end. Any problem undoes
 * the transaction, so a file is stored whole or not at all, and memory does not grow with the file.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final List<FileImporter> importers;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ImportOptions defaults;

    public ImportService(List<FileImporter> importers, List<FileImporterCatalogue> catalogues, JdbcClient jdbc,
            JdbcTemplate template, TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events,
            ImportDefaults defaults) {
        this.importers = Stream.concat(importers.stream(), catalogues.stream().flatMap(c -> c.importers().stream()))
                .sorted(Comparator.comparingInt((FileImporter i) -> i.signature().size()).reversed()).toList();
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
        this.defaults = defaults.options();
    }

    /** Files to import from paths that are files or folders (folders are walked, sorted by name). */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ImportService::isDataFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isDataFile(Path path) {
        String name = path.getFileName().toString().toLowerCase();
        return name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".xlsx");
    }

    /**
     * The files in the order to import them: register files first (the register, then links and inspections, which
     * also name schools), then the rest, each group by name. A figure row must name a school the register holds, so a
     * folder of downloads imports cleanly whatever the files are called. A file whose header cannot be read, or
     * matches no layout, keeps its place among the rest, where importing it will say why.
     */
    public List<Path> inImportOrder(List<Path> files) {
        List<Path> registers = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path file : files) {
            (isRegisterSource(file) ? registers : others).add(file);
        }
        List<Path> ordered = new ArrayList<>(registers);
        ordered.addAll(others);
        return ordered;
    }

    private boolean isRegisterSource(Path path) {
        ImportSource source = ImportSource.of(path);
        try (TabularFile file = TabularFileReader.open(source, FileCheck.glance(source),
                new ImportProblems(source.name()))) {
            return importers.stream().filter(i -> file.hasColumns(i.signature())).findFirst()
                    .map(FileImporter::isRegisterSource).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The council's standing choices (properties {@code schoolscope.import.*}), with nothing imported again. */
    public ImportOptions defaultOptions() {
        return defaults;
    }

    public ImportReport importFile(Path path, String importedBy, ImportProgress progress) {
        return importFile(path, importedBy, defaults, progress);
    }

    public ImportReport importFile(Path path, String importedBy, ImportOptions options, ImportProgress progress) {
        return importSource(ImportSource.of(path), importedBy, options, progress);
    }

    public ImportReport importBytes(String name, byte[] bytes, String importedBy, ImportProgress progress) {
        return importBytes(name, bytes, importedBy, defaults, progress);
    }

    public ImportReport importBytes(String name, byte[] bytes, String importedBy, ImportOptions options,
            ImportProgress progress) {
        return importSource(ImportSource.of(name, bytes), importedBy, options, progress);
    }

    public ImportReport importSource(ImportSource source, String importedBy, ImportOptions options,
            ImportProgress progress) {
        String name = source.name();
        FileCheck check;
        try {
            check = FileCheck.of(source);
        } catch (ImportRejectedException e) {
            return rejected(ImportReport.rejected(name, "?", e.problems()));
        }
        Optional<Earlier> earlier = jdbc.sql("""
                select id, file_kind from import_batch where content_sha256 = ? order by id limit 1""")
                .param(check.sha256()).query((rs, n) -> new Earlier(rs.getLong("id"), rs.getString("file_kind")))
                .optional();
        if (earlier.isPresent() && !options.again()) {
            return ImportReport.alreadyImported(name, earlier.get().kind(), earlier.get().id());
        }
        Attempt attempt = new Attempt(source, check, earlier.map(Earlier::id).orElse(null), importedBy, options,
                progress);
        ImportReport report;
        try {
            report = run(attempt, false);
        } catch (CarefulImportNeeded e) {
            log.info("{}: {}; importing it again from the first row, carefully", name, e.getMessage());
            report = run(attempt, true);
        }
        if (report.rejected()) {
            return rejected(report);
        }
        log.info("Imported {}", report.summary());
        if (report.rowsLeftOut() > 0) {
            log.warn("{}: {} rows left out as asked, each listed with import {} in the import log; the first: {}", name,
                    report.rowsLeftOut(), report.importId(), report.leftOut().get(0));
        }
        events.publishEvent(new FileImported(report.importId(), name, report.kind()));
        return report;
    }

    private static ImportReport rejected(ImportReport report) {
        log.warn("Rejected {}", report.summary());
        return report;
    }

    private record Earlier(long id, String kind) {
    }

    /** What one reading of a file needs: each reading is a transaction of its own. */
    private record Attempt(ImportSource source, FileCheck check, Long reimportOf, String importedBy,
            ImportOptions options, ImportProgress progress) {
    }

    /** Reads the file once, in a transaction that any problem undoes; a refused file gives a rejected report. */
    private ImportReport run(Attempt attempt, boolean careful) {
        String name = attempt.source().name();
        FileImporter importer = null;
        try (TabularFile file = TabularFileReader.open(attempt.source(), attempt.check(), new ImportProblems(
                TabularFileReader.displayName(name)))) {
            importer = detect(file);
            FileImporter chosen = importer;
            return transaction.execute(status -> write(name, attempt.check().sha256(), attempt.reimportOf(), file,
                    chosen, attempt.importedBy(), attempt.options(), attempt.progress(), careful));
        } catch (ImportRejectedException e) {
            return ImportReport.rejected(name, importer == null ? "?" : importer.kind(), e.problems());
        } catch (RuntimeException e) {
            if (!isDiskFull(e)) {
                throw e;
            }
            // The transaction is rolled back: nothing of the file is kept, and what was stored before is intact.
            log.error("{}: the database ran out of disk space while storing the file; nothing of it was kept", name, e);
            return ImportReport.rejected(name, importer == null ? "?" : importer.kind(), List.of(ImportProblem.ofFile(
                    TabularFileReader.displayName(name), "disk-full", "The database ran out of disk space while "
                            + "storing this file, so none of it was imported and the figures already held are "
                            + "unchanged. Free space on the database server, then import the file again.")));
        }
    }

    /** PostgreSQL's "disk full" (SQLSTATE 53100), wherever in the chain of causes it was raised. */
    private static boolean isDiskFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "53100".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private ImportReport write(String name, String hash, Long reimportOf, TabularFile file, FileImporter importer,
            String importedBy, ImportOptions options, ImportProgress progress, boolean careful) {
        long id = jdbc.sql("""
                insert into import_batch (file_name, file_kind, content_sha256, imported_at, imported_by, rows_read,
                    rows_added, rows_changed, rows_unchanged, rows_skipped, reimport_of)
                values (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?) returning id""")
                .params(name, importer.kind(), hash, Timestamp.from(clock.instant()), importedBy, reimportOf)
                .query(Long.class).single();
        ImportContext context = new ImportContext(new ImportBatch(id, name), options, file.problems(), template,
                careful);
        file.readAs(importer.rowShape(), context, progress);
        ImportResult result = importer.importRows(file, context);
        file.problems().rejectIfAny();
        context.flush();
        int rowsRead = (int) file.rowsRead();
        WriteCounts counts = result.counts();
        jdbc.sql("""
                update import_batch set academic_year = ?, release_stage = ?, as_at = ?, rows_read = ?, rows_added = ?,
                    rows_changed = ?, rows_unchanged = ?, rows_skipped = ?, rows_repeated = ?, rows_left_out = ?
                where id = ?""")
                .params(result.academicYear(), result.releaseStage(), result.asAt(), rowsRead, counts.added(),
                        counts.changed(), counts.unchanged(), counts.skipped(), counts.repeated(),
                        context.rowsLeftOut(), id)
                .update();
        // In the import's own transaction: an import that cannot be audited is not made (issue 13).
        events.publishEvent(new ImportAudited(importedBy, id, name, importer.kind(), hash, rowsRead, counts,
                context.rowsLeftOut(), reimportOf));
        return new ImportReport(name, importer.kind(), ImportReport.Outcome.IMPORTED, rowsRead, counts, List.of(), id,
                context.rowsLeftOut(), context.listed(), reimportOf);
    }

    private FileImporter detect(TabularFile file) {
        return importers.stream().filter(i -> file.hasColumns(i.signature())).findFirst()
                .orElseThrow(() -> new ImportRejectedException(ImportProblem.ofFile(file.name(), "UNKNOWN_LAYOUT",
                        "The header matches no known layout. It starts: "
                                + String.join(", ", file.header().subList(0, Math.min(8, file.header().size()))))));
    }

    public List<FileImporter> importers() {
        return importers;
    }
}
