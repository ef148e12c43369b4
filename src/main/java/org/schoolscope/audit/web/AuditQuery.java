package org.schoolscope.audit.web;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches the audit log, newest first. */
@Repository
class AuditQuery {

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEventRow> find(AuditSearch search, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (search.user() != null && !search.user().isBlank()) {
            where.append(" and lower(actor) = lower(:user)");
            parameters.put("user", search.user().strip());
        }
        if (search.recordType() != null && !search.recordType().isBlank()) {
            where.append(" and record_type = :type");
            parameters.put("type", search.recordType().strip());
        }
        if (search.fromDate() != null) {
            where.append(" and occurred_at >= :from");
            parameters.put("from", search.fromDate().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (search.toDate() != null) {
            where.append(" and occurred_at < :to");
            parameters.put("to", search.toDate().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        parameters.put("limit", limit);
        return jdbc.sql("select * from audit_event" + where + " order by occurred_at desc, id desc limit :limit")
                .params(parameters)
                .query((row, number) -> new AuditEventRow(row.getLong("id"),
                        row.getTimestamp("occurred_at").toInstant(), row.getString("actor"), row.getString("action"),
                        row.getString("record_type"), row.getString("record_id"), row.getString("detail")))
                .list();
    }

    List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from audit_event order by record_type").query(String.class)
                .list();
    }
}
