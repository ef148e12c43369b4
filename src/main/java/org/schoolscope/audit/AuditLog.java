package org.schoolscope.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.schoolscope.shared.AuditedAction;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditedAction} in {@code audit_event}. A plain {@code @EventListener}, so the record is
 * written in the publisher's transaction: a change that cannot be logged is rolled back with it.
 */
@Component
class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void record(AuditedAction action) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, record_type, record_id, detail, school_urn)
                values (:at, :actor, :action, :type, :id, :detail, :school)""")
                .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .param("actor", orUnknown(action.actor())).param("action", orUnknown(action.action()))
                .param("type", orUnknown(action.recordType())).param("id", action.recordId())
                .param("detail", action.detail() == null ? "" : action.detail())
                .param("school", action.school() == null ? null : action.school().value()).update();
    }

    private static String orUnknown(String text) {
        return text == null || text.isBlank() ? "unknown" : text;
    }
}
