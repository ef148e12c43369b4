package org.schoolscope.profile.persistence;

import java.util.List;
import java.util.Optional;
import org.schoolscope.ingest.ImportLog;
import org.schoolscope.profile.read.ImportBatchSummary;
import org.springframework.stereotype.Repository;

/** The import log as the pages show it, from the ingest module's answer. */
@Repository
public class ImportLogQuery {

    private final ImportLog log;

    public ImportLogQuery(ImportLog log) {
        this.log = log;
    }

    public List<ImportBatchSummary> latest(int limit) {
        return log.latest(limit).stream().map(ImportLogQuery::summary).toList();
    }

    public Optional<ImportBatchSummary> find(long id) {
        return log.find(id).map(ImportLogQuery::summary);
    }

    public long count() {
        return log.count();
    }

    private static ImportBatchSummary summary(ImportLog.Entry entry) {
        return new ImportBatchSummary(entry.id(), entry.fileName(), entry.fileKind(), entry.academicYear(),
                entry.releaseStage(), entry.asAt(), entry.importedAt(), entry.importedBy(), entry.rowsRead(),
                entry.rowsAdded(), entry.rowsChanged(), entry.rowsUnchanged(), entry.rowsSkipped(),
                entry.rowsRepeated(), entry.rowsLeftOut(), entry.reimportOf());
    }
}
