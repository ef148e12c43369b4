package org.schoolscope.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Golden tests on the Birmingham sample: schools are chosen from the published Ofsted file itself (read here
 * independently of the importers), never from a guessed answer. Same properties as SampleDataTest, so the
 * context (and its embedded PostgreSQL with the sample) is shared.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class AssessmentRunsSampleTest {

    private static final String OFSTED_FILE = "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv";
    private static final String CENSUS_2025 = "2024-2025_330_census_birmingham.csv";
    private static final String LINKS_2025 = "links_edubasealldata20250422_birmingham_related.csv";
    private static final LaCode BIRMINGHAM = new LaCode(330);
    private static final String CAUSING_CONCERN = "Causing concern: Ofsted";

    @Autowired
    AssessmentRuns runs;

    @Autowired
    Rulebooks rulebooks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** A school judged Requires improvement or Inadequate in the Ofsted file, and when that inspection started. */
    record BelowGood(Urn urn, String grade, LocalDate startedOn) {
    }

    /** Schools of the responsible body whose latest graded inspection in the published file is RI or Inadequate. */
    private List<BelowGood> belowGoodInTheOfstedFile(String responsibleBody) {
        List<List<String>> records = SampleFiles.records(OFSTED_FILE, Charset.forName("windows-1252"));
        List<String> header = records.get(0);
        int urnColumn = header.indexOf("URN");
        int gradeColumn = header.indexOf("Overall effectiveness");
        int startColumn = header.indexOf("Inspection start date");
        Map<Integer, BelowGood> inFile = new LinkedHashMap<>();
        for (List<String> row : records.subList(1, records.size())) {
            String grade = row.get(gradeColumn).trim();
            if (grade.equals("3") || grade.equals("4")) {
                Urn urn = Urn.parse(row.get(urnColumn));
                inFile.put(urn.value(), new BelowGood(urn, grade,
                        LocalDate.parse(row.get(startColumn).trim(), DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            }
        }
        // Open today: listed in the newest complete list the sample has, January 2025's census. A school the
        // census no longer lists has closed (or was succeeded) since, and is not assessed.
        Set<Integer> listedIn2025 = SampleFiles.records(CENSUS_2025, StandardCharsets.UTF_8).stream().skip(1)
                .filter(row -> row.get(0).trim().matches("\\d+")).map(row -> Integer.parseInt(row.get(0).replace("\uFEFF", "").trim())).collect(Collectors.toSet());
        Set<Integer> ofBody = jdbc.sql("select urn from school where la_code = 330 and responsible_body = :body")
                .param("body", responsibleBody).query(Integer.class).set();
        // GIAS's links of April 2025 name the successor that took over some schools the census still lists under
        // the old URN; such a school is history too.
        Set<Integer> succeeded = SampleFiles.records(LINKS_2025, StandardCharsets.UTF_8).stream().skip(1)
                .filter(row -> row.get(3).equals("Successor")).map(row -> Integer.parseInt(row.get(0).trim()))
                .collect(Collectors.toSet());
        List<BelowGood> found = inFile.values().stream().filter(school -> ofBody.contains(school.urn().value()))
                .filter(school -> listedIn2025.contains(school.urn().value()))
                .filter(school -> !succeeded.contains(school.urn().value())).toList();
        assertThat(found).as("the sample has %s schools below Good", responsibleBody).isNotEmpty();
        return found;
    }

    @Test
    void shouldPlaceMaintainedSchoolJudgedBelowGoodOnTheListWithTheInspectionAsItsReason() {
        runs.run(BIRMINGHAM, "golden test");
        for (BelowGood school : belowGoodInTheOfstedFile("LOCAL_AUTHORITY")) {
            SchoolResult result = runs.latestFor(school.urn(), org.schoolscope.testing.TestUsers.officer("test"));
            assertThat(result.category()).as("URN %s", school.urn()).isEqualTo(CAUSING_CONCERN);
            String rule = school.grade().equals("4") ? "ofsted-inadequate" : "ofsted-requires-improvement";
            AssessmentReason reason = result.reasons().stream().filter(fired -> fired.ruleId().equals(rule))
                    .findFirst().orElseThrow(() -> new AssertionError(school + " lacks the reason " + rule));
            assertThat(reason.explanation()).contains(school.grade().equals("4") ? "Inadequate"
                    : "Requires improvement")
                    .contains("inspection starting " + school.startedOn()).contains(OFSTED_FILE);
        }
    }

    @Test
    void shouldNotifyTheRegionalDirectorAboutAnAcademyJudgedBelowGood() {
        runs.run(BIRMINGHAM, "golden test");
        for (BelowGood school : belowGoodInTheOfstedFile("TRUST")) {
            SchoolResult result = runs.latestFor(school.urn(), org.schoolscope.testing.TestUsers.officer("test"));
            assertThat(result.category()).as("URN %s", school.urn()).isEqualTo("Notify regional director");
            assertThat(result.assessedCategory()).isEqualTo(CAUSING_CONCERN);
            assertThat(result.reasons()).extracting(AssessmentReason::ruleId)
                    .contains(school.grade().equals("4") ? "ofsted-inadequate" : "ofsted-requires-improvement");
        }
    }

    @Test
    void shouldStoreTheRulebookVersionAndGiveTheSameCategoriesWhenRunAgainOnTheSameData() {
        AssessmentRun first = runs.run(BIRMINGHAM, "golden test");
        AssessmentRun second = runs.run(BIRMINGHAM, "golden test");

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(second.rulebookVersion()).isEqualTo(first.rulebookVersion());
        assertThat(second.importIds()).isEqualTo(first.importIds())
                .isEqualTo(jdbc.sql("select id from import_batch order by id").query(Long.class).list());
        assertThat(jdbc.sql("select yaml from rulebook_version where version = 1").query(String.class).single())
                .isEqualTo(DefaultRulebook.text());
        assertThat(jdbc.sql("""
                select v.version from assessment_run r join rulebook_version v on v.id = r.rulebook_version_id
                where r.id = :run""").param("run", second.id()).query(Integer.class).single())
                .isEqualTo(second.rulebookVersion());
        Map<Urn, String> firstCategories = categories(first.id());
        assertThat(firstCategories).hasSizeGreaterThan(300).isEqualTo(categories(second.id()));
        assertThat(first.schoolsByCategory()).isEqualTo(second.schoolsByCategory())
                .containsKeys(CAUSING_CONCERN, "Not a concern");
    }

    private Map<Urn, String> categories(long runId) {
        return runs.results(runId, org.schoolscope.testing.TestUsers.officer("test")).stream().collect(Collectors.toMap(SchoolResult::urn, SchoolResult::category));
    }

    @Test
    void shouldGiveReasonsWithFiguresAndTheirSourcesThroughTheApi() throws Exception {
        AssessmentRun run = runs.run(BIRMINGHAM, "golden test");
        // A school a published figure (not an inspection) counted against: weak data, e.g. absence or KS4.
        SchoolResult byFigures = runs.results(run.id(), org.schoolscope.testing.TestUsers.officer("test")).stream()
                .filter(result -> result.reasons().stream().anyMatch(AssessmentRunsSampleTest::readsAFigure))
                .findFirst().orElseThrow(() -> new AssertionError("no figure-based reason fired on the sample"));
        AssessmentReason reason = byFigures.reasons().stream().filter(AssessmentRunsSampleTest::readsAFigure)
                .findFirst().orElseThrow();

        // The figure as stored: the newest year of that measure for the school, and the file it came from.
        AssessmentReason.FactReading reading = reason.evidence().get(0).readings().get(0);
        Map<String, Object> stored = jdbc.sql("""
                select academic_year, source_file from figure
                where scope = 'SCHOOL' and urn = :urn and measure_code = :measure
                order by academic_year desc limit 1""").param("urn", byFigures.urn().value())
                .param("measure", reading.fact()).query().singleRow();

        mvc.perform(get("/api/v1/assessments/latest/schools/" + byFigures.urn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.urn").value(byFigures.urn().value()))
                .andExpect(jsonPath("$.category").value(byFigures.category()))
                .andExpect(jsonPath("$.score").value(byFigures.score()))
                .andExpect(jsonPath("$.runId").value(run.id()))
                .andExpect(jsonPath("$.rulebookVersion").value(run.rulebookVersion()))
                .andExpect(jsonPath("$.runAt", notNullValue()))
                .andExpect(jsonPath("$.reasons[*].ruleId", hasItem(reason.ruleId())))
                .andExpect(jsonPath("$.reasons[?(@.ruleId == '" + reason.ruleId() + "')].explanation",
                        hasItem(reason.explanation())))
                .andExpect(jsonPath("$.reasons[?(@.ruleId == '" + reason.ruleId() + "')].evidence[0].value",
                        hasItem(reason.evidence().get(0).value())))
                .andExpect(jsonPath("$.reasons[?(@.ruleId == '" + reason.ruleId() + "')].evidence[0].comparisonValue",
                        hasItem(notNullValue())))
                .andExpect(jsonPath("$.reasons[?(@.ruleId == '" + reason.ruleId() + "')].evidence[0].year",
                        hasItem(stored.get("academic_year"))))
                .andExpect(jsonPath("$.reasons[?(@.ruleId == '" + reason.ruleId() + "')].evidence[0].sourceFile",
                        hasItem(stored.get("source_file"))));
    }

    private static boolean readsAFigure(AssessmentReason reason) {
        return reason.consequence().startsWith("concern") && reason.evidence().stream()
                .anyMatch(evidence -> !evidence.readings().isEmpty()
                        && !evidence.readings().get(0).fact().startsWith("ofsted.")
                        && evidence.comparisonValue() != null);
    }

    @Test
    void shouldAnswerNotFoundForASchoolNotInTheRegister() throws Exception {
        mvc.perform(get("/api/v1/assessments/latest/schools/999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail", containsString("999999")));
        mvc.perform(get("/api/v1/assessments/latest/schools/not-a-urn")).andExpect(status().isNotFound());
    }

    @Test
    void shouldStartARunThroughTheApiAndRefuseAnUnknownCouncil() throws Exception {
        mvc.perform(post("/api/v1/assessments/runs").with(csrf()).param("la", "330")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id", notNullValue()))
                .andExpect(jsonPath("$.runBy").value("officer"))
                .andExpect(jsonPath("$.schoolsByCategory['" + CAUSING_CONCERN + "']", notNullValue()));
        mvc.perform(post("/api/v1/assessments/runs").with(csrf()).param("la", "Birmingham")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/assessments/runs").with(csrf()).param("la", "999")).andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseARulebookThatDoesNotReadAndKeepTheVersionsAppendOnly() {
        RulebookVersion latest = rulebooks.latest();
        assertThatThrownBy(() -> rulebooks.save("rules: [", "Test officer", "A broken draft"))
                .isInstanceOf(org.schoolscope.assessment.domain.RulebookRefusedException.class);
        assertThat(rulebooks.latest()).isEqualTo(latest);

        RulebookVersion next = rulebooks.save(DefaultRulebook.text(), "Test officer", "Same rules, new version");
        assertThat(next.version()).isEqualTo(latest.version() + 1);
        assertThat(runs.run(BIRMINGHAM, "golden test").rulebookVersion()).isEqualTo(next.version());
        assertThat(jdbc.sql("select count(*) from rulebook_version where version = :v").param("v", latest.version())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void shouldReproduceAnEarlierRunWithItsOwnRulebookVersionAndData() {
        AssessmentRun earlier = runs.run(BIRMINGHAM, "golden test");
        rulebooks.save(DefaultRulebook.text(), "Test officer", "A later version the earlier run must not use");

        AssessmentRun again = runs.reproduce(earlier.id(), "golden test");

        assertThat(again.reproducesRunId()).isEqualTo(earlier.id());
        assertThat(again.rulebookVersion()).isEqualTo(earlier.rulebookVersion())
                .isLessThan(rulebooks.latest().version());
        assertThat(again.importIds()).isEqualTo(earlier.importIds());
        assertThat(again.dataAsOf()).isEqualTo(earlier.dataAsOf());
        assertThat(runs.find(again.id(), org.schoolscope.testing.TestUsers.officer("test"))).contains(again);
        assertThat(categories(again.id())).isEqualTo(categories(earlier.id()));
    }

    @Test
    void shouldShowAndReproduceARunThroughTheApi() throws Exception {
        AssessmentRun earlier = runs.run(BIRMINGHAM, "golden test");
        mvc.perform(get("/api/v1/assessments/runs/" + earlier.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.rulebookVersion").value(earlier.rulebookVersion()))
                .andExpect(jsonPath("$.dataAsOf").value(earlier.dataAsOf().toString()))
                .andExpect(jsonPath("$.importIds.length()").value(earlier.importIds().size()));
        mvc.perform(post("/api/v1/assessments/runs/" + earlier.id() + "/reproductions").with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reproducesRunId").value(earlier.id()))
                .andExpect(jsonPath("$.rulebookVersion").value(earlier.rulebookVersion()));
        mvc.perform(get("/api/v1/assessments/runs/999999999")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/assessments/runs/999999999/reproductions").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void shouldDecideTheInspectionRulesForEverySchoolWithAGradedInspection() {
        AssessmentRun run = runs.run(BIRMINGHAM, "golden test");
        List<List<String>> records = SampleFiles.records(OFSTED_FILE, Charset.forName("windows-1252"));
        int urnColumn = records.get(0).indexOf("URN");
        int gradeColumn = records.get(0).indexOf("Overall effectiveness");
        Set<Urn> graded = records.subList(1, records.size()).stream()
                .filter(row -> row.get(gradeColumn).trim().matches("[1-4]")).map(row -> Urn.parse(row.get(urnColumn)))
                .collect(Collectors.toSet());
        List<SchoolResult> inspected = runs.results(run.id(), org.schoolscope.testing.TestUsers.officer("test")).stream().filter(result -> graded.contains(result.urn()))
                .toList();
        assertThat(inspected).hasSizeGreaterThan(300).allSatisfy(result -> assertThat(result.unchecked())
                .extracting(UncheckedReason::ruleId).as("URN %s", result.urn())
                .doesNotContain("ofsted-inadequate", "ofsted-requires-improvement"));
    }

    @Test
    void shouldDescribeTheAssessmentApiInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/latest/schools/{urn}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/runs'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/runs/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/runs/{id}/reproductions'].post").exists());
    }
}
