package org.schoolscope.audit.web;

import java.time.Instant;

/** One line of the audit log as the page and the CSV show it. */
public record AuditEventRow(long id, Instant occurredAt, String actor, String action, String recordType,
        String recordId, String detail, Integer school) {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm:ss 'UTC'", java.util.Locale.UK).withZone(java.time.ZoneOffset.UTC);

    public String when() {
        return WHEN.format(occurredAt);
    }
}
