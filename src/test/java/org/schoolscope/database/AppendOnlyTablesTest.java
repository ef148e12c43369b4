package org.schoolscope.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.database.EmbeddedPostgres.Account;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: the application's own database role cannot alter an append-only table by any means, and the refusing
 * triggers stand behind the grants as a second wall, even for the tables' owner. The list of append-only tables is
 * written here by hand, from the issue; the database must mark at least these.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other plain SpringBootTest classes
class AppendOnlyTablesTest {

    static final List<String> APPEND_ONLY = List.of("audit_event", "improvement_event", "improvement_board_meeting",
            "soft_intelligence_note", "soft_intelligence_withdrawal", "self_report", "self_report_withdrawal",
            "rulebook_version", "assessment_run", "school_assessment", "assessment_override",
            "school_assessment_confidential_reason", "assessment_override_withdrawal", "attendance_meeting",
            "attendance_meeting_action", "sent_letter", "figure_superseded", "inspection_superseded", "sent_report",
            "indicator_catalogue_version", "indicator_entry", "indicator_status_override",
            "scorecard_snapshot", "improvement_plan_update");

    /** One row in each append-only table, written as the owner, so row triggers have something to refuse. */
    private static final String ROWS = """
            insert into audit_event (occurred_at, actor, action, record_type, record_id, detail)
                values (now(), 'tester', 'test', 'test', '1', 'a row to protect');
            insert into improvement_event (urn, academic_year, step, actor, occurred_at, what)
                values (103157, 2060, 'SELF_REPORTED', 'tester', now(), 'a step');
            insert into improvement_board_meeting (academic_year, meeting_date, scheduled_by, scheduled_at)
                values (2060, date '2060-10-01', 'tester', now());
            insert into soft_intelligence_note (id, urn, topic, learnt, source, sensitivity, noted_on, review_on,
                    leadership_crisis, recorded_by, recorded_at)
                values (900001, 103157, 'FINANCE', 'A deficit', 'Finance team', 'NORMAL', date '2010-01-01',
                    date '2010-06-01', false, 'tester', now());
            insert into soft_intelligence_withdrawal (note_id, reason, withdrawn_by, withdrawn_at)
                values (900001, 'Resolved', 'tester', now());
            insert into self_report (id, urn, reason, reported_on, reported_by, reported_as, recorded_at)
                values (900001, 103157, 'Vacancies', current_date, 'tester', 'HEADTEACHER', now());
            insert into self_report_withdrawal (self_report_id, reason, withdrawn_by, withdrawn_at)
                values (900001, 'Filled', 'tester', now());
            insert into rulebook_version (id, version, yaml, author, reason, created_at)
                values (900001, 900001, 'rules: []', 'tester', 'a version', now());
            insert into assessment_run (id, rulebook_version_id, la_code, run_at, run_by, import_ids, data_as_of)
                values (900001, 900001, 330, now(), 'tester', '{}', current_date);
            insert into school_assessment (run_id, urn, responsible_body, category, assessed_category, score,
                    fired_rules, unchecked_rules)
                values (900001, 103157, 'LOCAL_AUTHORITY', 'Not a concern', 'Not a concern', 0, '[]', '[]');
            insert into assessment_override (run_id, urn, category, reason, made_by, made_at)
                values (900001, 103157, 'Vulnerable', 'Known to the officer', 'tester', now());
            insert into school_assessment_confidential_reason (run_id, urn, kind, position, reason)
                values (900001, 103157, 'FIRED', 0, '{}');
            insert into assessment_override_withdrawal (override_id, reason, withdrawn_by, withdrawn_at)
                select id, 'The officer withdrew it', 'tester', now() from assessment_override where run_id = 900001;
            insert into attendance_school (urn, la_code, name, phase, district, synthetic)
                values (990001, 999, 'Synthetic Primary School', 'PRIMARY', 'Synthetic district', true);
            insert into attendance_enrolment (urn, academic_year, pupil_key, year_group)
                values (990001, '2060-61', sha256('pupil'), '5');
            insert into attendance_meeting (id, urn, academic_year, term, held_on, attendees, recorded_by,
                    recorded_at)
                overriding system value
                values (900001, 990001, '2060-61', 'AUTUMN', date '2060-11-01', 'Attendance lead', 'tester', now());
            insert into attendance_meeting_action (meeting_id, enrolment_id, support, owner)
                select 900001, id, 'A call home', 'Attendance lead' from attendance_enrolment;
            insert into sent_letter (kind, urn, academic_year, sent_by, sent_at, pdf, pdf_sha256)
                values ('STAGE_1', 103157, 2060, 'tester', now(), decode('25504446', 'hex'), repeat('0', 64));
            insert into figure_superseded (figure_id, scope, urn, breakdown, measure_code, academic_year,
                    release_stage, value, raw_value, import_id, source_file, superseded_by_import_id)
                values (900001, 'SCHOOL', 103157, '', 'ks4.progress8', '2060-61', 'FINAL', 0.1, '0.1', 1, 'a file', 2);
            insert into sent_report (kind, la_code, month, sent_by, sent_at, pdf, pdf_sha256)
                values ('MONTHLY_REPORT', 330, '2060-01', 'tester', now(), decode('25504446', 'hex'), repeat('0', 64));
            insert into inspection_superseded (inspection_id, urn, made_by_import_id, superseded_by_import_id,
                    inspection, judgements)
                values (900001, 103157, 1, 2, '{}', '{}');
            insert into indicator_catalogue_version (version, yaml, author, reason, created_at)
                values (900001, 'indicators: []', 'tester', 'a version', now());
            insert into indicator_entry (la_code, indicator_code, period, value, evidence, entered_by, entered_at)
                values (330, '2', 'FY2060-61', 3, 'The exclusions team''s list', 'tester', now());
            insert into indicator_status_override (la_code, indicator_code, period, status, computed_status, reason,
                    set_by, set_at)
                values (330, '7', '2060-61', 'AMBER', 'RED', 'The board agreed it', 'tester', now());
            insert into scorecard_snapshot (la_code, year, month, catalogue_version, html, sha256, kept_by, kept_at)
                values (330, '2060-61', date '2060-01-01', 1, '<table></table>', repeat('0', 64), 'tester', now());
            insert into improvement_plan (id, title, period, source, created_by, created_at)
                values (900001, 'A plan', '2060-61', 'a document', 'tester', now());
            insert into improvement_plan_outcome (id, plan_id, position, title) values (900001, 900001, 1, 'An outcome');
            insert into improvement_plan_action (id, outcome_id, position, text) values (900001, 900001, 1, 'An action');
            insert into improvement_plan_update (action_id, as_of, status, commentary, recorded_by, recorded_at)
                values (900001, date '2060-10-01', 'ON_TRACK', 'Going well', 'tester', now());
            """;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void oneRowInEachTable() {
        DatabaseCleaner.clean(jdbc);
        DatabaseCleaner.asSuperuser(jdbc, "set role " + EmbeddedCredentials.OWNER + "; " + ROWS);
    }

    @Test
    void shouldMarkEveryRecordTableAppendOnly() {
        List<String> marked = jdbc.sql("""
                select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                where t.tgname = c.relname || '_append_only'
                    and t.tgfoid = 'append_only_refuse_change'::regproc""").query(String.class).list();
        assertThat(marked).containsAll(APPEND_ONLY);
    }

    @Test
    void shouldRefuseTheApplicationsRoleEveryWayOfAlteringAnAppendOnlyTable() throws SQLException {
        try (Connection application = connect(Account.APPLICATION)) {
            assertThat(single(application, "select current_user")).isEqualTo(EmbeddedCredentials.APPLICATION);
            for (String table : APPEND_ONLY) {
                String column = single(application, "select attname from pg_attribute where attrelid = '" + table
                        + "'::regclass and attnum > 0 and attidentity = '' and attgenerated = '' order by attnum limit 1");
                for (String statement : List.of(
                        "update " + table + " set " + column + " = " + column,
                        "delete from " + table,
                        "truncate " + table + " cascade",
                        "alter table " + table + " disable trigger " + table + "_append_only",
                        "alter table " + table + " disable trigger all",
                        "drop trigger " + table + "_append_only on " + table,
                        "alter table " + table + " owner to " + EmbeddedCredentials.APPLICATION,
                        "copy " + table + " to program 'cat > /dev/null'",
                        "copy " + table + " from program 'true'",
                        "set session_replication_role = replica; delete from " + table,
                        "set role " + EmbeddedCredentials.OWNER + "; delete from " + table)) {
                    assertThatThrownBy(() -> execute(application, statement)).as(statement)
                            .isInstanceOf(SQLException.class)
                            .hasMessageMatching("(?s).*(permission denied|must be owner|must be superuser"
                                    + "|not allowed to execute COPY to or from an external program"
                                    + "|only superuser).*");
                }
            }
            // GRANT by a role without grant options only warns; it must change nothing.
            for (String table : APPEND_ONLY) {
                execute(application, "grant update, delete, truncate on " + table + " to "
                        + EmbeddedCredentials.APPLICATION);
                assertThat(single(application, "select has_table_privilege('" + table + "', 'UPDATE')"
                        + " or has_table_privilege('" + table + "', 'DELETE')"
                        + " or has_table_privilege('" + table + "', 'TRUNCATE')")).as(table).isEqualTo("f");
            }
            assertThat(single(application, "select count(*) from audit_event")).isEqualTo("1");
        }
    }

    @Test
    void shouldRefuseTheApplicationTheOldRetentionSettingAndThePoliciesAndTheMigrationHistory() throws SQLException {
        try (Connection application = connect(Account.APPLICATION)) {
            for (String statement : List.of(
                    "set schoolscope.retention = 'on'; delete from soft_intelligence_note",
                    "set schoolscope.retention_removal = 'on'; delete from soft_intelligence_note",
                    "update retention_policy set kept_for = interval '1 day'",
                    "insert into retention_policy values ('self-report', 'self_report', 'id', 'reported_on',"
                            + " interval '1 day', 'every self-report')",
                    "delete from flyway_schema_history",
                    "select mark_append_only('audit_event')",
                    "create table my_own (id int)")) {
                assertThatThrownBy(() -> execute(application, statement)).as(statement)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            // The one way a note goes: the owner's function, for a note whose declared period has ended.
            assertThat(single(application, "select count(*) from remove_expired_records('soft-intelligence',"
                    + " array[900001]::bigint[], 'tester')")).isEqualTo("1");
            assertThat(single(application, "select count(*) from soft_intelligence_withdrawal")).isEqualTo("0");
            assertThat(single(application, "select detail from audit_event where action = 'remove-expired'"))
                    .contains("retention period");
        }
    }

    @Test
    void shouldRemoveThroughTheRetentionFunctionOnlyWhatThePolicyAllows() throws SQLException {
        try (Connection application = connect(Account.APPLICATION)) {
            execute(application, """
                    insert into soft_intelligence_note (urn, topic, learnt, source, sensitivity, noted_on, review_on,
                        leadership_crisis, recorded_by, recorded_at)
                    values (103157, 'FINANCE', 'Recent', 'Finance team', 'NORMAL', current_date - 30,
                        current_date - 1, false, 'tester', now())""");
            String recent = single(application, "select id from soft_intelligence_note where learnt = 'Recent'");
            assertThat(single(application, "select count(*) from remove_expired_records('soft-intelligence', array["
                    + recent + "]::bigint[], 'tester')")).isEqualTo("0");
            assertThatThrownBy(() -> execute(application, "select remove_expired_records('audit', array[1]::bigint[],"
                    + " 'tester')")).hasMessageContaining("No retention period is declared for audit");
            assertThat(single(application, "select count(*) from soft_intelligence_note")).isEqualTo("2");
        }
    }

    @Test
    void shouldRefuseChangesEvenToTheOwnerThroughTheTriggers() throws SQLException {
        try (Connection owner = connect(Account.OWNER)) {
            for (String table : APPEND_ONLY) {
                String column = single(owner, "select attname from pg_attribute where attrelid = '" + table
                        + "'::regclass and attnum > 0 and attidentity = '' and attgenerated = '' order by attnum limit 1");
                for (String statement : List.of("update " + table + " set " + column + " = " + column,
                        "delete from " + table, "truncate " + table + " cascade")) {
                    assertThatThrownBy(() -> execute(owner, statement)).as(statement)
                            .hasMessageContaining("append-only");
                }
            }
        }
    }

    @Test
    void shouldRemoveTheSyntheticCouncilsMeetingsWithTheirActionsAndNoRealCouncils() throws SQLException {
        DatabaseCleaner.asSuperuser(jdbc, "set role " + EmbeddedCredentials.OWNER + "; " + """
                insert into attendance_school (urn, la_code, name, phase, district, synthetic)
                    values (103157, 330, 'Shaw Hill Primary School', 'PRIMARY', 'Ladywood', false);
                insert into attendance_meeting (id, urn, academic_year, term, held_on, attendees, recorded_by,
                        recorded_at)
                    overriding system value
                    values (900002, 103157, '2010-11', 'AUTUMN', date '2010-11-01', 'Attendance lead', 'tester',
                        now()),
                        (900003, 103157, '2060-61', 'AUTUMN', date '2060-11-01', 'Attendance lead', 'tester', now());
                """);
        try (Connection application = connect(Account.APPLICATION)) {
            assertThat(single(application, "select remove_synthetic_attendance_meetings('tester')")).isEqualTo("1");
            assertThat(single(application, "select string_agg(id::text, ',' order by id) from attendance_meeting"))
                    .as("the real council's meetings are kept").isEqualTo("900002,900003");
            assertThat(single(application, "select count(*) from attendance_meeting_action")).isEqualTo("0");
            assertThat(single(application, "select count(*) from audit_event where action = 'remove-synthetic'"
                    + " and record_id = '900001'")).isEqualTo("1");
            // A real council's meeting goes only at the end of its declared period, through the owner's function.
            assertThat(single(application, "select count(*) from remove_expired_records('attendance-meeting',"
                    + " array[900002, 900003]::bigint[], 'tester')")).isEqualTo("1");
            assertThat(single(application, "select id from attendance_meeting")).isEqualTo("900003");
        }
    }

    private Connection connect(Account account) throws SQLException {
        return DatabaseCleaner.connect(jdbc, account);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
