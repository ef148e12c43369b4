package org.schoolscope.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.domain.Observed;
import org.schoolscope.assessment.domain.SchoolFactSheet;
import org.schoolscope.assessment.domain.StandardFacts;
import org.schoolscope.assessment.persistence.DataSnapshot;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.RetentionPolicy;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.schoolscope.testing.SettableClock;

/**
 * Soft intelligence as facts the rules read, on the Birmingham sample: a crisis note puts a Good maintained school in
 * the crisis category at the next run, a reproduced earlier run still gives the earlier answer, and the tables are
 * append-only. Same annotations as the other sample tests, so the context is shared. Each test runs in a transaction that is rolled back, so no note or run outlives it.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class SoftIntelligenceFactsTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);
    /** The default rulebook's category for a crisis in leadership and management (seed 004, note b). */
    private static final String IN_CRISIS = "In crisis";
    private static final String NOT_A_CONCERN = "Not a concern";

    @Autowired
    SettableClock clock;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    SoftIntelligence softIntelligence;

    @Autowired
    FactSheetQuery factSheets;

    @Autowired
    SoftIntelligenceRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldPlaceAGoodMaintainedSchoolInCrisisAtTheNextRunAfterACrisisNote() {
        AssessmentRun before = runs.run(BIRMINGHAM, "test");
        Urn school = goodMaintainedSchoolsNotOfConcern(before).get(0);
        // Without a note the school is known to have no crisis: the rule was checked, not left undecided.
        assertThat(resultIn(before, school).unchecked()).extracting(UncheckedReason::ruleId)
                .doesNotContain("leadership-crisis", "self-reported-vulnerable");

        softIntelligence.record(school, crisisNote(clock.today().plusMonths(6)), org.schoolscope.testing.TestUsers.officer("officer.one"));
        AssessmentRun after = runs.run(BIRMINGHAM, "test");

        SchoolResult result = resultIn(after, school);
        assertThat(result.category()).isEqualTo(IN_CRISIS);
        AssessmentReason reason = result.reasons().stream().filter(fired -> fired.ruleId().equals("leadership-crisis"))
                .findFirst().orElseThrow();
        assertThat(reason.explanation()).contains("soft intelligence recorded by officer.one")
                .doesNotContain("The headteacher has resigned");
        assertThat(reason.evidence().get(0).sourceFile()).contains("soft intelligence recorded by officer.one")
                .contains(clock.today().getYear() + "");
        // The earlier run, made again, reads soft intelligence as it stood then: the note did not exist.
        AssessmentRun reproduced = runs.reproduce(before.id(), "test");
        assertThat(resultIn(reproduced, school).category()).isEqualTo(NOT_A_CONCERN);
    }

    @Test
    void shouldCountOnlyStandingNotesAndSelfReports() {
        List<Urn> schools = goodMaintainedSchoolsNotOfConcern();
        Urn withdrawnLater = schools.get(0);
        Urn pastReview = schools.get(1);
        Urn selfReported = schools.get(2);
        SoftIntelligenceNote note = softIntelligence.record(withdrawnLater, crisisNote(clock.today().plusMonths(6)), org.schoolscope.testing.TestUsers.officer("officer.one"));
        softIntelligence.record(pastReview, new NewSoftIntelligenceNote(SoftIntelligenceTopic.GOVERNANCE,
                "An old concern", "A governor", NoteSensitivity.NORMAL, clock.today().minusYears(1),
                clock.today().minusDays(1), true), org.schoolscope.testing.TestUsers.officer("officer.one"));
        SelfReport report = softIntelligence.reportVulnerable(selfReported, "Three teaching posts are vacant",
                clock.today(), "head.one", "HEADTEACHER");

        AssessmentRun first = runs.run(BIRMINGHAM, "test");
        assertThat(resultIn(first, withdrawnLater).category()).isEqualTo(IN_CRISIS);
        assertThat(resultIn(first, pastReview).category()).isEqualTo(NOT_A_CONCERN);
        SchoolResult reported = resultIn(first, selfReported);
        assertThat(reported.reasons()).extracting(AssessmentReason::ruleId).containsExactly("self-reported-vulnerable");
        assertThat(reported.category()).isEqualTo("Vulnerable");
        assertThat(reported.reasons().get(0).explanation()).contains("self-report recorded by head.one")
                .doesNotContain("teaching posts");

        assertThat(softIntelligence.withdraw(withdrawnLater, note.id(), "A new head is in post", org.schoolscope.testing.TestUsers.officer("officer.two")))
                .isTrue();
        assertThat(softIntelligence.withdraw(withdrawnLater, note.id(), "again", org.schoolscope.testing.TestUsers.officer("officer.two"))).isFalse();
        assertThat(softIntelligence.withdrawSelfReport(selfReported, report.id(), "Posts filled", org.schoolscope.testing.TestUsers.officer("head.one")))
                .isTrue();
        AssessmentRun second = runs.run(BIRMINGHAM, "test");
        assertThat(resultIn(second, withdrawnLater).category()).isEqualTo(NOT_A_CONCERN);
        assertThat(resultIn(second, selfReported).category()).isEqualTo(NOT_A_CONCERN);
    }

    @Test
    void shouldRefuseToUpdateDeleteOrTruncateNotesAndSelfReports() {
        Urn school = goodMaintainedSchoolsNotOfConcern().get(0);
        SoftIntelligenceNote note = softIntelligence.record(school, crisisNote(clock.today()), org.schoolscope.testing.TestUsers.officer("officer.one"));
        softIntelligence.withdraw(school, note.id(), "Wrong school", org.schoolscope.testing.TestUsers.officer("officer.one"));
        softIntelligence.reportVulnerable(school, "Vacancies", clock.today(), "head.one", "HEADTEACHER");

        for (String statement : List.of(
                "update soft_intelligence_note set learnt = 'changed'",
                "delete from soft_intelligence_note",
                "truncate soft_intelligence_note cascade",
                "update soft_intelligence_withdrawal set reason = 'changed'",
                "delete from soft_intelligence_withdrawal",
                "update self_report set reason = 'changed'",
                "delete from self_report",
                "truncate self_report cascade")) {
            assertThatThrownBy(() -> inSavepoint(() -> jdbc.sql(statement).update()))
                    .as(statement).hasStackTraceContaining("permission denied");
        }
        assertThat(softIntelligence.notes(school, org.schoolscope.testing.TestUsers.officer("test")).get(0).learnt()).isEqualTo("The headteacher has resigned");
    }

    @Test
    void shouldRemoveNotesOnlyThroughTheRetentionPolicyOnceTheirPeriodHasEnded() {
        Urn school = goodMaintainedSchoolsNotOfConcern().get(0);
        LocalDate reviewed = clock.today().minusYears(7);
        SoftIntelligenceNote old = softIntelligence.record(school, new NewSoftIntelligenceNote(
                SoftIntelligenceTopic.FINANCE, "A deficit", "Finance team", NoteSensitivity.SENSITIVE,
                reviewed.minusMonths(1), reviewed, false), org.schoolscope.testing.TestUsers.officer("officer.one"));
        softIntelligence.withdraw(school, old.id(), "Resolved", org.schoolscope.testing.TestUsers.officer("officer.one"));
        SoftIntelligenceNote recent = softIntelligence.record(school, crisisNote(clock.today()), org.schoolscope.testing.TestUsers.officer("officer.one"));

        List<RetentionPolicy.ExpiredRecord> expired = retention.expired(clock.today());
        assertThat(expired).extracting(RetentionPolicy.ExpiredRecord::recordId).contains(Long.toString(old.id()))
                .doesNotContain(Long.toString(recent.id()));
        assertThat(retention.period()).isEqualTo("6 years after its review date");

        assertThat(retention.remove(expired.stream()
                .filter(record -> record.recordId().equals(Long.toString(old.id()))).toList())).isEqualTo(1);
        assertThat(softIntelligence.notes(school, org.schoolscope.testing.TestUsers.officer("test"))).extracting(SoftIntelligenceNote::id)
                .containsExactly(recent.id());
        // The removal went through the schema owner's function, which audited it; the service's own connection
        // still may not delete a note, with or without the old retention setting.
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'remove-expired' and record_id = :id")
                .param("id", Long.toString(old.id())).query(Long.class).single()).isOne();
        assertThatThrownBy(() -> inSavepoint(() -> jdbc.sql("set local schoolscope.retention = 'on';"
                + " set local schoolscope.retention_removal = 'on'; delete from soft_intelligence_note").update()))
                .hasStackTraceContaining("permission denied");
    }

    private NewSoftIntelligenceNote crisisNote(LocalDate reviewOn) {
        return new NewSoftIntelligenceNote(SoftIntelligenceTopic.LEADERSHIP_AND_MANAGEMENT,
                "The headteacher has resigned", "Chair of governors", NoteSensitivity.HIGHLY_SENSITIVE,
                clock.today(), reviewOn, true);
    }

    /** Found once per class from a run that is rolled back with its test; the sample does not change. */
    private static List<Urn> candidates;

    private List<Urn> goodMaintainedSchoolsNotOfConcern() {
        if (candidates == null) {
            candidates = goodMaintainedSchoolsNotOfConcern(runs.run(BIRMINGHAM, "test"));
        }
        return candidates;
    }

    /** Maintained schools judged Good whose result in the run is "Not a concern", from the sample itself. */
    private List<Urn> goodMaintainedSchoolsNotOfConcern(AssessmentRun run) {
        Map<Urn, SchoolFactSheet> sheets = factSheets.schools(BIRMINGHAM, new DataSnapshot(run.importIds(),
                run.dataAsOf())).stream().collect(Collectors.toMap(SchoolFactSheet::urn, Function.identity()));
        List<Urn> found = runs.results(run.id(), org.schoolscope.testing.TestUsers.officer("test")).stream()
                .filter(result -> result.responsibleBody() == ResponsibleBody.LOCAL_AUTHORITY)
                .filter(result -> result.category().equals(NOT_A_CONCERN) && result.reasons().isEmpty())
                .map(SchoolResult::urn)
                .filter(urn -> {
                    var fact = sheets.get(urn).facts().get(StandardFacts.OVERALL_EFFECTIVENESS);
                    return fact != null && fact.value() instanceof Observed.Text
                            && ((Observed.Text) fact.value()).value().equalsIgnoreCase("Good");
                })
                .toList();
        assertThat(found).as("the sample has Good maintained schools of no concern").hasSizeGreaterThan(2);
        return found;
    }

    private SchoolResult resultIn(AssessmentRun run, Urn urn) {
        return runs.results(run.id(), org.schoolscope.testing.TestUsers.officer("test")).stream().filter(result -> result.urn().equals(urn)).findFirst().orElseThrow();
    }

    /** Runs the statement in a savepoint, so its failure leaves the test's transaction usable. */
    private void inSavepoint(Runnable statement) {
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        nested.executeWithoutResult(status -> statement.run());
    }
}
