package org.schoolscope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports published files: detect, validate whole, then commit whole in one transaction. */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final List<FileImporter> importers;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ImportService(List<FileImporter> importers, List<FileImporterCatalogue> catalogues, JdbcClient jdbc,
            TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
        this.importers = Stream.concat(importers.stream(), catalogues.stream().flatMap(c -> c.importers().stream()))
                .sorted(Comparator.comparingInt((FileImporter i) -> i.signature().size()).reversed()).toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
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

    public ImportReport importFile(Path path, String importedBy, ImportProgress progress) {
        String name = path.getFileName().toString();
        try {
            return importBytes(name, Files.readAllBytes(path), importedBy, progress);
        } catch (IOException e) {
            return rejected(name, "?", List.of(ImportProblem.ofFile(name, "UNREADABLE", "The file cannot be read: " + e.getMessage())));
        }
    }

    public ImportReport importBytes(String name, byte[] bytes, String importedBy, ImportProgress progress) {
        String hash = sha256(bytes);
        Optional<Long> existing = jdbc.sql("select id from import_batch where content_sha256 = ?").param(hash)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            String kind = jdbc.sql("select file_kind from import_batch where id = ?").param(existing.get())
                    .query(String.class).single();
            return new ImportReport(name, kind, ImportReport.Outcome.ALREADY_IMPORTED, 0, WriteCounts.NONE, List.of(),
                    existing.get());
        }
        FileImporter importer = null;
        try {
            TabularFile file = TabularFileReader.read(name, bytes);
            importer = detect(file);
            PreparedImport prepared = importer.prepare(file, progress);
            FileImporter chosen = importer;
            ImportReport report = transaction.execute(status -> write(name, hash, chosen, prepared, importedBy));
            log.info("Imported {}", report.summary());
            events.publishEvent(new FileImported(report.importId(), name, chosen.kind()));
            return report;
        } catch (ImportRejectedException e) {
            ImportReport report = rejected(name, importer == null ? "?" : importer.kind(), e.problems());
            log.warn("Rejected {}", report.summary());
            return report;
        }
    }

    private ImportReport write(String name, String hash, FileImporter importer, PreparedImport prepared,
            String importedBy) {
        long id = jdbc.sql("""
                insert into import_batch (file_name, file_kind, content_sha256, academic_year, release_stage, as_at,
                    imported_at, imported_by, rows_read, rows_added, rows_changed, rows_unchanged, rows_skipped)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0) returning id""")
                .params(name, importer.kind(), hash, prepared.academicYear(), prepared.releaseStage(), prepared.asAt(),
                        java.sql.Timestamp.from(clock.instant()), importedBy, prepared.rowsRead())
                .query(Long.class).single();
        WriteCounts counts = prepared.write(new ImportBatch(id, name));
        jdbc.sql("update import_batch set rows_added = ?, rows_changed = ?, rows_unchanged = ?, rows_skipped = ? where id = ?")
                .params(counts.added(), counts.changed(), counts.unchanged(), counts.skipped(), id).update();
        // In the import's own transaction: an import that cannot be audited is not made (issue 13).
        events.publishEvent(new ImportAudited(importedBy, id, name, importer.kind(), hash, prepared.rowsRead(), counts));
        return new ImportReport(name, importer.kind(), ImportReport.Outcome.IMPORTED, prepared.rowsRead(), counts,
                List.of(), id);
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

    private static ImportReport rejected(String name, String kind, List<ImportProblem> problems) {
        return new ImportReport(name, kind, ImportReport.Outcome.REJECTED, 0, WriteCounts.NONE, problems, null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
