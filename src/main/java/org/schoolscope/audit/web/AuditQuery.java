package org.schoolscope.audit.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Searches the audit log, newest first. */
@Repository
class AuditQuery {

    /** Rows fetched from the server at a time while the CSV streams, so a long log never sits in memory. */
    private static final int FETCH = 1_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    AuditQuery(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    List<AuditEventRow> find(AuditSearch search, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        parameters.put("limit", limit);
        return jdbc.sql("select * from audit_event" + where + " order by occurred_at desc, id desc limit :limit")
                .params(parameters).query(AuditQuery::row).list();
    }

    /**
     * Every event the search finds, newest first, given one at a time as it is read: no cap. PostgreSQL sends the
     * rows in batches only inside a transaction, hence the read-only one.
     */
    @Transactional(readOnly = true)
    public void each(AuditSearch search, Consumer<AuditEventRow> consumer) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        streaming.query("select * from audit_event" + where + " order by occurred_at desc, id desc", parameters,
                (ResultSet result) -> {
                    consumer.accept(row(result, 0));
                });
    }

    List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from audit_event order by record_type").query(String.class)
                .list();
    }

    List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
    }

    private static String where(AuditSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (search.user() != null && !search.user().isBlank()) {
            where.append(" and lower(actor) = lower(:user)");
            parameters.put("user", search.user().strip());
        }
        if (search.schoolUrn() != null) {
            where.append(" and school_urn = :school");
            parameters.put("school", search.schoolUrn());
        }
        if (search.action() != null && !search.action().isBlank()) {
            where.append(" and action = :action");
            parameters.put("action", search.action().strip());
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
        return where.toString();
    }

    private static AuditEventRow row(ResultSet row, int number) throws SQLException {
        Integer school = row.getObject("school_urn", Integer.class);
        return new AuditEventRow(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor"), row.getString("action"), row.getString("record_type"),
                row.getString("record_id"), row.getString("detail"), school);
    }
}
