package org.schoolscope.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.CategoryOverride;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.assessment.domain.Category;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.rulebook.RulebookYaml;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The proposed priority list on the Birmingham sample. Expected schools come from the stored run itself
 * ({@code school_assessment}) and the run's own rulebook version, never from a guessed answer. Same properties as
 * AssessmentRunsSampleTest, so the context (and its embedded PostgreSQL with the sample) is shared.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class PriorityListPageTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);
    private static final Pattern LISTED_URN = Pattern.compile("data-urn=\"(\\d+)\"");

    @Autowired
    AssessmentRuns runs;

    @Autowired
    PriorityLists lists;

    @Autowired
    ImprovementCycle cycle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** A school's stored result in a run, as the database has it. */
    record Stored(int urn, String category, String assessedCategory, int score) {
    }

    @Test
    void shouldListEverySchoolTheRunPlacedInAConcernCategoryAndNoOther() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        Rulebook rulebook = rulebookOf(run);

        String page = mvc.perform(get("/assessments/priority-list")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"run-id\">" + run.id() + "<")))
                .andReturn().getResponse().getContentAsString();

        List<Integer> expected = stored(run).stream()
                .filter(school -> !school.category().equals(rulebook.defaultCategory())).map(Stored::urn).sorted()
                .toList();
        assertThat(expected).as("the sample has schools causing concern").isNotEmpty();
        assertThat(listedUrns(page)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page).contains(
                "href=\"/schools/" + expected.get(0) + "\"",
                "href=\"/assessments/priority-list.csv\"");
    }

    @Test
    void shouldOrderTheListBySeverityThenScore() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        Map<String, Integer> severities = rulebookOf(run).categories().stream()
                .collect(Collectors.toMap(Category::name, Category::severity));
        Map<Integer, Stored> byUrn = stored(run).stream().collect(Collectors.toMap(Stored::urn, school -> school));

        String page = mvc.perform(get("/assessments/priority-list")).andReturn().getResponse()
                .getContentAsString();

        List<Integer> listed = listedUrns(page);
        assertThat(listed).hasSizeGreaterThan(1);
        for (int i = 1; i < listed.size(); i++) {
            Stored before = byUrn.get(listed.get(i - 1));
            Stored after = byUrn.get(listed.get(i));
            // A notification to the regional director is not a council category: it comes after all of them.
            int severityBefore = severities.getOrDefault(before.category(), 0);
            int severityAfter = severities.getOrDefault(after.category(), 0);
            assertThat(severityBefore).as("severity of %s before %s", before.urn(), after.urn())
                    .isGreaterThanOrEqualTo(severityAfter);
            if (severityBefore == severityAfter) {
                assertThat(before.score()).as("score of %s before %s", before.urn(), after.urn())
                        .isGreaterThanOrEqualTo(after.score());
            }
        }
    }

    @Test
    void shouldExportOneCsvRowPerListedSchoolWithItsReasons() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        String page = mvc.perform(get("/assessments/priority-list")).andReturn().getResponse()
                .getContentAsString();

        byte[] csv = mvc.perform(get("/assessments/priority-list.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<CsvRecord> records = new ArrayList<>();
        CsvReader.builder().ofCsvRecord(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .forEach(records::add);
        List<String> header = records.get(0).getFields();
        int urnColumn = header.indexOf("URN");
        int reasonsColumn = header.indexOf("Reasons");
        List<CsvRecord> rows = records.subList(1, records.size());
        assertThat(rows.stream().map(row -> Integer.valueOf(row.getField(urnColumn))).toList())
                .as("same schools in the same order as the page").isEqualTo(listedUrns(page));
        List<String> explanations = jdbc.sql("""
                select reason ->> 'explanation' from school_assessment, jsonb_array_elements(fired_rules) reason
                where run_id = :run and urn = :urn""").param("run", run.id())
                .param("urn", Integer.valueOf(rows.get(0).getField(urnColumn))).query(String.class).list();
        assertThat(explanations).isNotEmpty();
        assertThat(rows.get(0).getField(reasonsColumn)).contains(explanations);
        assertThat(rows).allSatisfy(row -> assertThat(row.getField(reasonsColumn)).isNotBlank());
    }

    @Test
    void shouldExportTheSameRowsAsAnExcelWorkbook() throws Exception {
        runs.run(BIRMINGHAM, "test");
        String page = mvc.perform(get("/assessments/priority-list")).andReturn().getResponse()
                .getContentAsString();

        byte[] xlsx = mvc.perform(get("/assessments/priority-list.xlsx")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            List<String> header = sheet.get(0).stream().map(Cell::getText).toList();
            int urnColumn = header.indexOf("URN");
            int reasonsColumn = header.indexOf("Reasons");
            List<Row> rows = sheet.subList(1, sheet.size());
            assertThat(rows.stream().map(row -> row.getCell(urnColumn).asNumber().intValue()).toList())
                    .isEqualTo(listedUrns(page));
            assertThat(rows).allSatisfy(row -> assertThat(row.getCell(reasonsColumn).getText()).isNotBlank());
        }
    }

    @Test
    void shouldRefuseAnOverrideWithoutAReasonAndStoreNothing() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        int urn = firstListed();
        String otherCategory = rulebookOf(run).defaultCategory();

        mvc.perform(post("/assessments/overrides").with(csrf()).param("run", String.valueOf(run.id()))
                .param("urn", String.valueOf(urn)).param("category", otherCategory).param("reason", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("id=\"reason-error\"")));

        assertThat(overridesOf(run)).isZero();
    }

    @Test
    void shouldShowAnOverrideBesideTheUnchangedComputedCategory() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        int urn = firstListed();
        String computed = categoryOf(run, urn);
        String chosen = rulebookOf(run).defaultCategory();
        String reason = "Agreed at the advisory board: the new head's plan is working & the trust's support is strong";

        mvc.perform(post("/assessments/overrides").with(csrf()).param("run", String.valueOf(run.id()))
                .param("urn", String.valueOf(urn)).param("category", chosen).param("reason", reason))
                .andExpect(redirectedUrl("/assessments/priority-list#school-" + urn));

        String page = mvc.perform(get("/assessments/priority-list")).andReturn().getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Computed: " + computed + "; overridden to " + chosen
                + " by officer on ").contains(": " + reason);
        assertThat(listedUrns(page)).as("still listed, so the decision can be seen and withdrawn").contains(urn);
        assertThat(categoryInRow(page, urn)).isEqualTo(chosen);
        assertThat(categoryOf(run, urn)).isEqualTo(computed);
        assertThat(overridesOf(run)).isOne();
    }

    /**
     * Lindsworth School, judged Requires improvement, in the place of Queensbury (103616), which the review that found
     * overrides did not hold overrode, and which the register no longer holds open: its academy took over in 2019.
     */
    private static final int QUEENSBURY = 103632;

    private static final String GOOD_REASON = "The trust's plan was agreed at the advisory board on 4 November";

    /** Overrides hold for later runs, so each test withdraws those it made; the record keeps them. */
    @AfterEach
    void withdrawEveryOverride() {
        jdbc.sql("""
                select id from assessment_override o
                where not exists (select 1 from assessment_override_withdrawal w where w.override_id = o.id)""")
                .query(Long.class).list()
                .forEach(id -> lists.withdraw(id, "The test that made this override has finished", "test"));
    }

    @Test
    void shouldRefuseAnOverrideToTheSameCategoryOrWithAReasonThatSaysNothing() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        int urn = firstListed();
        String computed = categoryOf(run, urn);

        mvc.perform(post("/assessments/overrides").with(csrf()).param("run", String.valueOf(run.id()))
                .param("urn", String.valueOf(urn)).param("category", computed).param("reason", GOOD_REASON))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The school is already in this category")))
                .andExpect(content().string(containsString("href=\"#category\"")));
        mvc.perform(post("/assessments/overrides").with(csrf()).param("run", String.valueOf(run.id()))
                .param("urn", String.valueOf(urn)).param("category", rulebookOf(run).defaultCategory())
                .param("reason", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the reason in at least 3 words")))
                .andExpect(content().string(containsString("id=\"reason-error\"")));

        assertThat(overridesOf(run)).isZero();
    }

    @Test
    void shouldPlaceAnOverriddenSchoolInItsNewCategoryEverywhereAndCarryItToTheNextRun() throws Exception {
        AssessmentRun first = runs.run(BIRMINGHAM, "test");
        assertThat(listedUrns(listPage())).as("Lindsworth is on the computed list").contains(QUEENSBURY);
        String noConcern = rulebookOf(first).defaultCategory();
        long auditedBefore = audited("override");

        mvc.perform(post("/assessments/overrides").with(csrf()).param("run", String.valueOf(first.id()))
                .param("urn", String.valueOf(QUEENSBURY)).param("category", noConcern).param("reason", GOOD_REASON))
                .andExpect(redirectedUrl("/assessments/priority-list#school-" + QUEENSBURY));

        assertThat(categoryInRow(listPage(), QUEENSBURY)).isEqualTo(noConcern);
        assertThat(csvCategory(QUEENSBURY)).isEqualTo(noConcern);
        assertThat(audited("override")).isEqualTo(auditedBefore + 1);

        AssessmentRun second = runs.run(BIRMINGHAM, "test");
        String page = listPage();
        assertThat(page).contains("id=\"run-id\">" + second.id() + "<");
        assertThat(categoryInRow(page, QUEENSBURY)).as("the override holds in the next run").isEqualTo(noConcern);
        assertThat(csvCategory(QUEENSBURY)).isEqualTo(noConcern);
        List<Integer> listed = listedUrns(page);
        assertThat(listed.indexOf(QUEENSBURY)).as("ranked by its new category, after every school of concern")
                .isGreaterThan(listed.indexOf(firstListed()));

        // A year no other test uses: the timeline is append-only, and other tests record steps in theirs.
        AcademicYear year = new AcademicYear(2071);
        cycle.propose(year, "test");
        assertThat(jdbc.sql("""
                select count(*) from improvement_event
                where academic_year = 2071 and step = 'PROPOSED' and urn = :urn""").param("urn", QUEENSBURY)
                .query(Long.class).single()).as("not proposed for the list").isZero();
        assertThat(jdbc.sql("select count(*) from improvement_event where academic_year = 2071 and step = 'PROPOSED'")
                .query(Long.class).single()).as("other schools are proposed").isPositive();
    }

    @Test
    void shouldWithdrawAnOverrideWithAReasonAndPutTheSchoolBackInItsComputedCategory() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        String computed = categoryOf(run, QUEENSBURY);
        CategoryOverride override = lists.override(run.id(), new Urn(QUEENSBURY),
                rulebookOf(run).defaultCategory(), GOOD_REASON, "officer");

        mvc.perform(post("/assessments/overrides/" + override.id() + "/withdrawal").with(csrf()).param("reason", "no"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the reason in at least 3 words")));
        long auditedBefore = audited("withdraw");
        mvc.perform(post("/assessments/overrides/" + override.id() + "/withdrawal").with(csrf())
                .param("reason", "The trust's plan was not approved after all"))
                .andExpect(redirectedUrl("/assessments/priority-list#school-" + QUEENSBURY));

        assertThat(categoryInRow(listPage(), QUEENSBURY)).isEqualTo(computed);
        assertThat(audited("withdraw")).isEqualTo(auditedBefore + 1);
        runs.run(BIRMINGHAM, "test");
        assertThat(categoryInRow(listPage(), QUEENSBURY)).as("withdrawn for later runs too").isEqualTo(computed);
    }

    /**
     * An override made before the evidence it answered was recorded stands for evidence no later run can match, as
     * does one whose evidence has changed: the list asks for confirmation, showing both, and keeps the computed
     * category until an officer confirms.
     */
    @Test
    void shouldAskAnOfficerToConfirmAnOverrideWhoseEvidenceHasChanged() throws Exception {
        AssessmentRun earlier = runs.run(BIRMINGHAM, "test");
        String noConcern = rulebookOf(earlier).defaultCategory();
        jdbc.sql("""
                insert into assessment_override (run_id, urn, category, reason, made_by, made_at)
                values (:run, :urn, :category, :reason, 'officer', now())""").param("run", earlier.id())
                .param("urn", QUEENSBURY).param("category", noConcern).param("reason", GOOD_REASON).update();
        AssessmentRun later = runs.run(BIRMINGHAM, "test");
        String computed = categoryOf(later, QUEENSBURY);

        String page = listPage();
        assertThat(categoryInRow(page, QUEENSBURY)).isEqualTo(computed);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Overridden to " + noConcern + " by officer on ")
                .contains("the evidence has changed since");

        String form = HtmlUtils.htmlUnescape(mvc.perform(get("/assessments/overrides/new")
                .param("run", String.valueOf(later.id())).param("urn", String.valueOf(QUEENSBURY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form).contains("id=\"override-to-confirm\"")
                .contains("What assessment run " + earlier.id() + " found when the override was made")
                .contains("What assessment run " + later.id() + " finds now");

        long confirmedBefore = audited("confirm");
        mvc.perform(post("/assessments/overrides").with(csrf()).param("run", String.valueOf(later.id()))
                .param("urn", String.valueOf(QUEENSBURY)).param("category", noConcern).param("reason", GOOD_REASON))
                .andExpect(redirectedUrl("/assessments/priority-list#school-" + QUEENSBURY));
        assertThat(categoryInRow(listPage(), QUEENSBURY)).isEqualTo(noConcern);
        assertThat(audited("confirm")).isEqualTo(confirmedBefore + 1);
    }

    /** Issue 12, item 5: officers narrow the list; each school keeps its rank on the whole list. */
    @Test
    void shouldNarrowTheListByCategoryResponsibleBodyAndNameKeepingEachSchoolsRank() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        Map<Integer, Stored> byUrn = stored(run).stream().collect(Collectors.toMap(Stored::urn, school -> school));
        List<Integer> whole = listedUrns(listPage());
        String firstCategory = byUrn.get(whole.get(0)).category();
        List<Integer> inFirstCategory = whole.stream().filter(urn -> byUrn.get(urn).category().equals(firstCategory))
                .toList();

        String byCategory = mvc.perform(get("/assessments/priority-list").param("category", firstCategory))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(listedUrns(byCategory)).containsExactlyElementsOf(inFirstCategory);
        assertThat(byCategory).contains(inFirstCategory.size() + " of the " + whole.size()
                + " schools on the proposed list", "id=\"clear-filters\"");

        int last = whole.get(whole.size() - 1);
        String byUrnPage = mvc.perform(get("/assessments/priority-list").param("q", String.valueOf(last)))
                .andReturn().getResponse().getContentAsString();
        assertThat(listedUrns(byUrnPage)).containsExactly(last);
        assertThat(byUrnPage).containsPattern("(?s)id=\"school-" + last + "\".*?>" + whole.size() + "</td>");

        List<Integer> academies = jdbc.sql("select urn from school_assessment where run_id = :run"
                + " and responsible_body = 'TRUST'").param("run", run.id()).query(Integer.class).list();
        String academyPage = mvc.perform(get("/assessments/priority-list").param("body", "academies"))
                .andReturn().getResponse().getContentAsString();
        assertThat(listedUrns(academyPage)).isNotEmpty().isSubsetOf(academies)
                .containsExactlyElementsOf(whole.stream().filter(academies::contains).toList());

        assertThat(listedUrns(mvc.perform(get("/assessments/priority-list").param("q", "no school is called this"))
                .andReturn().getResponse().getContentAsString())).isEmpty();
    }

    /** Issue 12, item 5: a run replaces the list officers work from, so the page asks before making one. */
    @Test
    void shouldAskBeforeRunningTheAssessmentAgain() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "test");
        assertThat(listPage()).contains("id=\"run-again\"", "href=\"/assessments/runs-page\"")
                .doesNotContain("action=\"/assessments/runs-page\"");

        mvc.perform(get("/assessments/runs-page")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Run the assessment again?")))
                .andExpect(content().string(containsString("comes from run " + run.id())))
                .andExpect(content().string(containsString("action=\"/assessments/runs-page\"")));
    }

    @Test
    void shouldSayWhenTheCouncilHasNoRunYet() throws Exception {
        // Runs are append-only, so the service's own connection cannot remove them: the cleaner does, as the
        // embedded server's superuser. Every test here makes the runs it reads.
        DatabaseCleaner.empty(jdbc, "assessment_run");

        mvc.perform(get("/assessments/priority-list")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-run\"")))
                .andExpect(content().string(containsString("action=\"/assessments/runs-page\"")))
                .andExpect(content().string(not(containsString("id=\"priority-list\""))));
    }

    @Test
    void shouldRunTheAssessmentFromThePageAndRedirectToTheList() throws Exception {
        long before = jdbc.sql("select count(*) from assessment_run").query(Long.class).single();

        mvc.perform(post("/assessments/runs-page").with(csrf())).andExpect(redirectedUrl("/assessments/priority-list"));

        assertThat(jdbc.sql("select count(*) from assessment_run").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    private String listPage() throws Exception {
        return mvc.perform(get("/assessments/priority-list")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The category a school's row on the page shows first. */
    private static String categoryInRow(String page, int urn) {
        Matcher row = Pattern.compile("(?s)id=\"school-" + urn + "\".*?class=\"[^\"]*app-category[^\"]*\">([^<]*)<")
                .matcher(page);
        assertThat(row.find()).as("a row for %s", urn).isTrue();
        return HtmlUtils.htmlUnescape(row.group(1));
    }

    private String csvCategory(int urn) throws Exception {
        byte[] csv = mvc.perform(get("/assessments/priority-list.csv")).andReturn().getResponse()
                .getContentAsByteArray();
        List<CsvRecord> records = new ArrayList<>();
        CsvReader.builder().ofCsvRecord(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .forEach(records::add);
        List<String> header = records.get(0).getFields();
        return records.subList(1, records.size()).stream()
                .filter(row -> row.getField(header.indexOf("URN")).equals(String.valueOf(urn))).findFirst()
                .orElseThrow().getField(header.indexOf("Category"));
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where record_type = 'assessment-override' and action = :a")
                .param("a", action).query(Long.class).single();
    }

    private int firstListed() throws Exception {
        String page = mvc.perform(get("/assessments/priority-list")).andReturn().getResponse()
                .getContentAsString();
        return listedUrns(page).get(0);
    }

    private Rulebook rulebookOf(AssessmentRun run) {
        return RulebookYaml.read(jdbc.sql("select yaml from rulebook_version where version = :version")
                .param("version", run.rulebookVersion()).query(String.class).single());
    }

    private List<Stored> stored(AssessmentRun run) {
        return jdbc.sql("select urn, category, assessed_category, score from school_assessment where run_id = :run")
                .param("run", run.id()).query(Stored.class).list();
    }

    private String categoryOf(AssessmentRun run, int urn) {
        return jdbc.sql("select category from school_assessment where run_id = :run and urn = :urn")
                .param("run", run.id()).param("urn", urn).query(String.class).single();
    }

    private long overridesOf(AssessmentRun run) {
        return jdbc.sql("select count(*) from assessment_override where run_id = :run").param("run", run.id())
                .query(Long.class).single();
    }

    private static List<Integer> listedUrns(String page) {
        List<Integer> urns = new ArrayList<>();
        Matcher matcher = LISTED_URN.matcher(page);
        while (matcher.find()) {
            urns.add(Integer.valueOf(matcher.group(1)));
        }
        return urns;
    }
}
