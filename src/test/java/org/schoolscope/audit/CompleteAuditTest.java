package org.schoolscope.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13's complete audit, on the sample data: imports, assessment runs, overrides and downloads each leave an
 * entry naming who, what and (where there is one) the school; the log is searched by school and action.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class CompleteAuditTest {

    private static final String OFFICER = "audit.test.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    PriorityLists lists;

    @AfterEach
    void removeTheRunThisTestMade() {
        // Runs are append-only: the cleaner removes them as the embedded server's superuser.
        DatabaseCleaner.empty(jdbc, "assessment_run");
    }

    @Test
    void shouldAuditEveryImportWithItsFileHashCountsAndWho() {
        assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select b.file_name from import_batch b where not exists (
                    select 1 from audit_event e where e.action = 'import' and e.record_type = 'import-batch'
                        and e.record_id = b.id::text and e.actor = b.imported_by
                        and e.detail like '%' || b.file_name || '%' || b.content_sha256 || '%'
                        and e.detail like '%' || b.rows_read || ' rows read, ' || b.rows_added || ' added%')""")
                .query(String.class).list()).as("imports without their audit entry").isEmpty();
    }

    @Test
    void shouldAuditARunAnOverrideAndEachDownloadAndFindThemBySchoolAndAction() throws Exception {
        var officer = user(OFFICER).roles("OFFICER");
        String created = mvc.perform(post("/api/v1/assessments/runs").param("la", "330").with(officer).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created);
        assertThat(id.find()).isTrue();
        long runId = Long.parseLong(id.group(1));
        assertThat(entries("run")).singleElement().asString().contains("assessment-run " + runId)
                .contains("Ran rulebook version");

        var list = lists.forRun(runId, ViewerScope.system()).orElseThrow();
        var first = list.entries().get(0);
        Urn school = first.result().urn();
        // an override to the category the school is already in is refused (issue 12), so move it to another
        String category = list.categories().stream().filter(named -> !named.equals(first.category())).findFirst()
                .orElseThrow();
        lists.override(runId, school, category, "Agreed at the board", OFFICER);
        assertThat(entries("override")).singleElement().asString().contains("school " + school)
                .contains(category).doesNotContain("Agreed at the board");

        mvc.perform(get("/assessments/priority-list.csv").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/correspondence/letters/stage-1/" + school + ".pdf").with(officer))
                .andExpect(status().isOk());
        assertThat(entries("download")).hasSize(2).anySatisfy(entry -> assertThat(entry).contains("priority-list"))
                .anySatisfy(entry -> assertThat(entry).contains("/correspondence/letters/stage-1/" + school + ".pdf"));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :actor and school_urn = :school")
                .param("actor", OFFICER).param("school", school.value()).query(Long.class).single())
                .as("the override and the letter name the school").isEqualTo(2);

        var admin = user("audit.test.admin").roles("ADMIN");
        String page = mvc.perform(get("/admin/audit").param("school", school.toString()).param("action", "override")
                .with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Set school " + school + " to").doesNotContain("Downloaded");
        String csv = mvc.perform(get("/admin/audit.csv").param("user", OFFICER).param("action", "download")
                .with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(mvc.perform(get("/admin/audit").param("school", "not a school").with(admin)).andReturn()
                .getResponse().getContentAsString()).contains("govuk-error-summary").contains("href=\"#school\"");
    }

    private List<String> entries(String action) {
        return jdbc.sql("select record_type || ' ' || coalesce(record_id, '') || ': ' || detail from audit_event "
                + "where actor = :actor and action = :action order by id").param("actor", OFFICER)
                .param("action", action).query(String.class).list();
    }
}
