package org.schoolscope.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.NewSoftIntelligenceNote;
import org.schoolscope.assessment.NoteSensitivity;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.assessment.SoftIntelligenceTopic;
import org.schoolscope.improvement.BoardMeeting;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.StepInput;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.Details;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Birmingham sample with a leadership-crisis note at Shaw Hill Primary School (103157, a maintained school) and
 * another at an academy, an assessment run before the notes and one after that reads them, the year's list proposed
 * from the second run and agreed (every first-time vulnerable school visited), a priority partner allocated and a
 * board meeting scheduled: every page, export, letter and report then has something to say about the school. Made
 * once per database; the notes are append-only, so the tests that use this run in a context of their own.
 */
public final class CrisisNoteFixture {

    public static final Urn SCHOOL = new Urn(103157);
    public static final String SECRET = "The headteacher and the deputy are both signed off and governors have"
            + " lost confidence in leadership";
    public static final String SOURCE = "A confidential call from the chair of governors";
    public static final String AUTHOR = "ines.intelligence";
    public static final String RUN_BY = "run.maker";
    public static final String RULE_ID = "leadership-crisis";
    public static final String RULE_DESCRIPTION = "Soft intelligence records a crisis in leadership and management";
    public static final String PARTNER = "Pat Priority-Partner";

    /** What the fixture made, for the tests to walk and look for. */
    public record Made(Urn school, Urn academy, long runBefore, long runAfter, long meeting, LocalDate notedOn) {

        /** The note's date as pages and letters would write it. */
        public List<String> noteDates() {
            return List.of(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(notedOn), notedOn.toString());
        }

        public Map<String, String> pathValues() {
            return Map.of("urn", school.toString(), "n", "1");
        }
    }

    private static Made made;

    private CrisisNoteFixture() {
    }

    public static synchronized Made load(ApplicationContext context) {
        if (made != null && context.getBean(JdbcClient.class).sql(
                "select count(*) from soft_intelligence_note where recorded_by = :author").param("author", AUTHOR)
                .query(Long.class).single() > 0) {
            return made;
        }
        AssessmentRuns runs = context.getBean(AssessmentRuns.class);
        SoftIntelligence softIntelligence = context.getBean(SoftIntelligence.class);
        ImprovementCycle cycle = context.getBean(ImprovementCycle.class);
        LaCode birmingham = new LaCode(330);
        ViewerScope officer = TestUsers.officer(RUN_BY);

        AssessmentRun before = runs.run(birmingham, RUN_BY);
        Urn academy = runs.results(before.id(), officer).stream()
                .filter(result -> result.responsibleBody() == ResponsibleBody.TRUST)
                .filter(result -> result.category().equals(result.assessedCategory())).map(SchoolResult::urn)
                .findFirst().orElseThrow();
        LocalDate today = cycle.today();
        LocalDate notedOn = today.minusDays(37);
        ViewerScope author = TestUsers.officer(AUTHOR);
        for (Urn urn : List.of(SCHOOL, academy)) {
            softIntelligence.record(urn, new NewSoftIntelligenceNote(SoftIntelligenceTopic.LEADERSHIP_AND_MANAGEMENT,
                    SECRET, SOURCE, NoteSensitivity.HIGHLY_SENSITIVE, notedOn, today.plusMonths(4), true), author);
        }
        AssessmentRun after = runs.run(birmingham, RUN_BY);

        AcademicYear year = cycle.currentYear();
        cycle.propose(year, RUN_BY);
        for (ImprovementCase proposed : cycle.cases(year, ViewerScope.system())) {
            if (proposed.status() == CaseStatus.PROPOSED && proposed.refusal(StepType.LIST_AGREED).isPresent()) {
                cycle.record(proposed.urn(), year, StepType.VULNERABILITY_VISIT, new StepInput("Visited with the head",
                        "", Map.of(Details.VISIT_DATE, today.toString(), Details.OUTCOME, Details.PRIORITY)), RUN_BY);
            }
        }
        cycle.agreeList(year, "The partnership's director", "Agreed at the autumn meeting", RUN_BY);
        List<ImprovementCase> listed = cycle.cases(year, ViewerScope.system()).stream()
                .filter(ImprovementCase::isListed).toList();
        List<ImprovementCase> others = listed.stream().filter(school -> !school.urn().equals(SCHOOL)).toList();
        for (ImprovementCase school : others.subList(0, Math.min(3, others.size()))) {
            cycle.record(school.urn(), year, StepType.PARTNER_ALLOCATED,
                    new StepInput("", "", Map.of(Details.PARTNER, PARTNER)), RUN_BY);
        }
        if (listed.stream().noneMatch(school -> school.urn().equals(SCHOOL))) {
            throw new IllegalStateException("The crisis note did not put " + SCHOOL + " on the list");
        }
        cycle.record(SCHOOL, year, StepType.PARTNER_ALLOCATED, new StepInput("", "", Map.of(Details.PARTNER,
                PARTNER)), RUN_BY);
        BoardMeeting meeting = cycle.scheduleBoard(year, today, RUN_BY);
        made = new Made(SCHOOL, academy, before.id(), after.id(), meeting.id(), notedOn);
        return made;
    }
}
