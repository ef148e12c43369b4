package org.schoolscope.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.schoolscope.assessment.persistence.AssessmentRunStore;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The default rulebook ranks the Birmingham sample's priority list by the severity of Ofsted's judgement. The
 * schools and their judgements are written here by hand from Ofsted's published file (state-funded schools'
 * inspections as at 31 August 2023), not read from the code under test. Same properties as
 * AssessmentRunsSampleTest, so the context and its embedded PostgreSQL with the sample are shared.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class PriorityListSeveritySampleTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);

    /** Maintained schools in special measures at their latest graded inspection, with its start date. */
    private static final Map<Integer, String> SPECIAL_MEASURES = Map.of(
            103288, "Broadmeadow Infant School, 28 March 2023",
            103313, "Deykin Avenue Junior and Infant School, 21 March 2023",
            103427, "The Oratory Roman Catholic Primary School, 30 November 2022");

    /** Maintained schools judged Requires improvement at their latest graded inspection. */
    private static final Map<Integer, String> REQUIRES_IMPROVEMENT = Map.ofEntries(
            Map.entry(103130, "Allens Croft Nursery School"), Map.entry(103146, "City of Birmingham School"),
            Map.entry(103196, "Summerfield Junior and Infant School"), Map.entry(103200, "George Dixon Primary School"),
            Map.entry(103208, "Gunter Primary School"), Map.entry(103214, "Hawthorn Primary School"),
            Map.entry(103228, "Lyndon Green Junior School"), Map.entry(103240, "Paget Primary School"),
            Map.entry(103248, "Rednal Hill Junior School"), Map.entry(103266, "Sundridge Primary School"),
            Map.entry(103296, "The Meadows Primary School"), Map.entry(103339, "Kitwell Primary School"),
            Map.entry(103440, "St Edmund's Catholic Primary School"), Map.entry(103509, "Holte School"),
            Map.entry(103563, "Colmers School and Sixth Form College"), Map.entry(103626, "Cherry Oak School"),
            Map.entry(103632, "Lindsworth School"));

    private static final int BROADMEADOW_INFANT = 103288;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    PriorityLists lists;

    @Autowired
    Rulebooks rulebooks;

    @Autowired
    RulebookVersionStore versions;

    @Autowired
    FactSheetQuery factSheets;

    @Autowired
    AssessmentRunStore runStore;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    /**
     * A run on 1 September 2023, the day after Ofsted's file of the sample: the three schools were open then (each
     * became an academy under a new URN in 2024, so today's run no longer assesses them), and every latest graded
     * inspection is the one that file gives.
     */
    private AssessmentRun runOnTheFirstOfSeptember2023() {
        if (!rulebooks.latest().yaml().equals(DefaultRulebook.text())) {
            rulebooks.save(DefaultRulebook.text(), "severity test", "The default rulebook, whose ranking is tested");
        }
        return new AssessmentRuns(versions, factSheets, runStore, events,
                Clock.fixed(Instant.parse("2023-09-01T09:00:00Z"), ZoneOffset.UTC)).run(BIRMINGHAM, "severity test");
    }

    private List<Integer> rankedUrns() {
        AssessmentRun run = runOnTheFirstOfSeptember2023();
        return lists.forRun(run.id(), TestUsers.officer("test")).orElseThrow().entries().stream()
                .map(entry -> entry.result().urn().value()).toList();
    }

    @Test
    void shouldRankBroadmeadowInfantInSpecialMeasuresAboveEveryRequiresImprovementSchool() {
        List<Integer> ranked = rankedUrns();

        assertThat(ranked).contains(BROADMEADOW_INFANT).containsAll(REQUIRES_IMPROVEMENT.keySet());
        int broadmeadow = ranked.indexOf(BROADMEADOW_INFANT);
        for (int urn : REQUIRES_IMPROVEMENT.keySet()) {
            assertThat(broadmeadow).as("Broadmeadow Infant above %s", REQUIRES_IMPROVEMENT.get(urn))
                    .isLessThan(ranked.indexOf(urn));
        }
    }

    @Test
    void shouldRankEverySpecialMeasuresSchoolAboveEveryRequiresImprovementSchool() {
        List<Integer> ranked = rankedUrns();

        int lastInSpecialMeasures = SPECIAL_MEASURES.keySet().stream().mapToInt(ranked::indexOf).max().orElseThrow();
        int firstRequiringImprovement = REQUIRES_IMPROVEMENT.keySet().stream().mapToInt(ranked::indexOf).min()
                .orElseThrow();
        assertThat(SPECIAL_MEASURES.keySet()).allSatisfy(urn -> assertThat(ranked).contains(urn));
        assertThat(lastInSpecialMeasures).isLessThan(firstRequiringImprovement);
    }

    @Test
    void shouldScoreSpecialMeasuresAsTheRulebookSaysAndExplainIt() {
        AssessmentRun run = runOnTheFirstOfSeptember2023();
        SchoolResult broadmeadow = runs.results(run.id(), TestUsers.officer("test")).stream()
                .filter(result -> result.urn().value() == BROADMEADOW_INFANT).findFirst().orElseThrow();
        Map<String, String> effects = broadmeadow.reasons().stream()
                .collect(Collectors.toMap(AssessmentReason::ruleId, AssessmentReason::consequence));

        // Special measures 80 and the Inadequate judgement 40, by the default rulebook's comment.
        assertThat(effects).containsEntry("ofsted-special-measures", "category: Causing concern: Ofsted, weight 80")
                .containsEntry("ofsted-inadequate", "category: Causing concern: Ofsted, weight 40");
        assertThat(broadmeadow.score()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void shouldMoveACouncilStillOnTheEarlierDefaultToTheCurrentDefaultAsANewVersion() throws Exception {
        String earlier = new String(getClass().getClassLoader()
                .getResourceAsStream("assessment/default-rulebook-2026.1.yml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        RulebookVersion stillEarlier = versions.add(earlier, "Schoolscope", "as shipped before");

        RulebookVersion latest = rulebooks.latest();

        assertThat(latest.version()).isEqualTo(stillEarlier.version() + 1);
        assertThat(latest.yaml()).isEqualTo(DefaultRulebook.text());
        assertThat(latest.reason()).contains("special measures first");
    }

    @Test
    void shouldKeepARulebookTheCouncilWroteItself() {
        String own = DefaultRulebook.text().replace("graded_inspection_due_months: 48",
                "graded_inspection_due_months: 36");
        try {
            RulebookVersion written = rulebooks.save(own, "officer", "Inspections come sooner here");
            assertThat(rulebooks.latest()).isEqualTo(written);
        } finally {
            // Other tests of this context run the shipped default.
            rulebooks.save(DefaultRulebook.text(), "officer", "Back to the default");
        }
    }

    /** The earlier default is kept byte for byte as it shipped (its SHA-256 on main before version 2026.2). */
    @Test
    void shouldKeepTheEarlierDefaultExactlyAsShipped() throws Exception {
        byte[] earlier = getClass().getClassLoader().getResourceAsStream("assessment/default-rulebook-2026.1.yml")
                .readAllBytes();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(earlier));
        assertThat(sha).isEqualTo("12da2fa8966b55952243f9dd4b9fee0ed099e1ef53887ca8739854c91798dec4");
    }
}
