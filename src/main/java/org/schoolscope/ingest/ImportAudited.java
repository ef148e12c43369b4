package org.schoolscope.ingest;

import org.schoolscope.shared.AuditedAction;

/**
 * A file imported, for the audit log (issue 13): which file, its content hash, its counts, the rows left out as asked,
 * the earlier import when the same file was imported again on purpose, and who imported it.
 */
public record ImportAudited(String actor, long importId, String fileName, String kind, String sha256, int rowsRead,
        WriteCounts counts, int rowsLeftOut, Long reimportOf) implements AuditedAction {

    @Override
    public String action() {
        return "import";
    }

    @Override
    public String recordType() {
        return "import-batch";
    }

    @Override
    public String recordId() {
        return Long.toString(importId);
    }

    @Override
    public String detail() {
        return "Imported " + fileName + " (" + kind + ", SHA-256 " + sha256 + "): " + rowsRead + " rows read, "
                + counts.added() + " added, " + counts.changed() + " changed, " + counts.unchanged() + " unchanged, "
                + counts.skipped() + " skipped, " + counts.repeated() + " repeated, " + rowsLeftOut + " left out as asked"
                + (reimportOf == null ? "" : "; imported again on purpose (earlier import " + reimportOf + ")");
    }
}
