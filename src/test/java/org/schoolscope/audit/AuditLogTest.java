package org.schoolscope.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.AuditedAction;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log: written in the publisher's transaction, append-only for the application, searchable, exportable. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    record NoteRead(String actor, String action, String recordType, String recordId, String detail)
            implements AuditedAction {
    }

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldRefuseToUpdateDeleteOrTruncateTheLogThroughTheApplicationsConnection() {
        events.publishEvent(new NoteRead("olive.officer", "read", "soft-intelligence", "103157", "read 3 notes"));
        // The application's role holds only SELECT and INSERT on the log; the triggers behind that are tested with
        // the owner's connection in org.schoolscope.database.AppendOnlyTablesTest.
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else'").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasStackTraceContaining("permission denied");
        assertThat(jdbc.sql("select actor from audit_event").query(String.class).list())
                .containsExactly("olive.officer");
    }

    @Test
    void shouldWriteTheEventInThePublishersTransaction() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new NoteRead("olive.officer", "override", "assessment-override", "1", "changed"));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single())
                .as("a change rolled back leaves no audit entry").isZero();
        transactions.executeWithoutResult(status -> events.publishEvent(
                new NoteRead("olive.officer", "override", "assessment-override", "1", "changed")));
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldSearchByUserRecordTypeAndDatesAndExportCsv() throws Exception {
        events.publishEvent(new NoteRead("olive.officer", "read", "soft-intelligence", "103157", "read 3 notes"));
        events.publishEvent(new NoteRead("pat.partner", "read", "soft-intelligence", "103158", "read 1 note"));
        events.publishEvent(new NoteRead("olive.officer", "override", "assessment-override", "7",
                "=HYPERLINK(\"x\") category changed"));
        var admin = user("ada.admin").roles("ADMIN");

        String page = mvc.perform(get("/admin/audit").param("user", "olive.officer")
                .param("recordType", "soft-intelligence").with(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("read 3 notes").doesNotContain("read 1 note").doesNotContain("category changed");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(mvc.perform(get("/admin/audit").param("from", "2020-01-01").param("to", "2020-12-31")
                .with(admin)).andReturn().getResponse().getContentAsString()).contains("No entries match");
        assertThat(mvc.perform(get("/admin/audit").param("from", "yesterday").with(admin)).andReturn().getResponse()
                .getContentAsString()).contains("govuk-error-summary").contains("href=\"#from\"");

        String csv = mvc.perform(get("/admin/audit.csv").param("user", "olive.officer").param("from", today)
                .param("to", today).with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("\"soft-intelligence\"").contains("\"'=HYPERLINK(\"\"x\"\") category changed\"")
                .doesNotContain("pat.partner");
        mvc.perform(get("/admin/audit").with(user("olive.officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldDownloadEveryEntryAsCsvWithNoRowCap() throws Exception {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, record_type, record_id, detail)
                select now(), 'bulk.user', 'read', 'soft-intelligence', n::text, 'entry ' || n
                from generate_series(1, 100050) n""").update();
        String csv = mvc.perform(get("/admin/audit.csv").param("user", "bulk.user")
                .with(user("ada.admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).as("the header and every entry, beyond the 100,000 the export once stopped at")
                .hasSize(100051);
        assertThat(lines[0]).isEqualTo("id,occurred_at,actor,action,record_type,record_id,school_urn,detail");
    }
}
