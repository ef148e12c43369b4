package org.schoolscope.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentReason;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.RulebookWorkbench;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.NewDefinition;
import org.schoolscope.returns.domain.QuestionLines;
import org.schoolscope.returns.domain.ReadyMadeReturns;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.returns.domain.SampleDraw;
import org.schoolscope.returns.domain.Visit;
import org.schoolscope.returns.domain.CompletedBy;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 16's "Done when": a rule reading "section 175 audit overdue" moves a school into a category, and the school's
 * explanation shows the reason with the return as its source; a failed validation is a fact too. On the Birmingham
 * sample, in a transaction that is rolled back, so the rulebook and runs made here do not outlive the test.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class ReturnsFactsTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);
    private static final String RULE = """
              - id: section-175-overdue
                description: The school's section 175 safeguarding audit is overdue
                when: returns.section_175_overdue
                category: "Vulnerable"
                applies_to: [LOCAL_AUTHORITY]
              - id: validation-failed
                description: A validation visit found the school's return did not hold
                when: returns.failed_validation
                category: "In crisis"
                applies_to: [LOCAL_AUTHORITY]
            """;

    @Autowired
    Returns returns;

    @Autowired
    ValidationSamples samples;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    RulebookWorkbench workbench;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldMoveASchoolWhoseSection175AuditIsOverdueIntoACategoryWithTheReturnAsItsSource() throws Exception {
        workbench.save(DefaultRulebook.text() + RULE, "Read the council's returns", "test");
        AssessmentRun before = runs.run(BIRMINGHAM, "test");
        List<Urn> calm = notOfConcernMaintained(before);
        Urn returned = calm.get(0);
        Urn missing = calm.get(1);
        LocalDate today = LocalDate.now(clock);
        Definition audit = section175(today.minusDays(1));
        submit(audit, returned);

        AssessmentRun after = runs.run(BIRMINGHAM, "test");

        SchoolResult late = result(after, missing);
        assertThat(late.category()).isEqualTo("Vulnerable");
        AssessmentReason reason = late.reasons().stream()
                .filter(fired -> fired.ruleId().equals("section-175-overdue")).findFirst().orElseThrow();
        String source = audit.title() + ", due " + day(audit.dueOn()) + ": not submitted by " + day(today);
        assertThat(reason.evidence().get(0).sourceFile()).isEqualTo(source);
        assertThat(reason.evidence().get(0).year()).isEqualTo("2026-27");
        SchoolResult onTime = result(after, returned);
        assertThat(onTime.category()).isEqualTo("Not a concern");
        String page = mvc.perform(get("/schools/" + missing + "/assessment").with(user("o").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The school&#39;s section 175 safeguarding audit is overdue",
                "The section 175 safeguarding audit is overdue", source.replace("'", "&#39;"));
        String returnedPage = mvc.perform(get("/schools/" + returned + "/assessment")
                .with(user("o").roles("OFFICER"))).andReturn().getResponse().getContentAsString();
        assertThat(returnedPage).contains("data-rule=\"section-175-overdue\"");
        // The earlier run, made again, reads returns as they stood then: the audit was not yet set up.
        assertThat(result(runs.reproduce(before.id(), "test"), missing).category()).isEqualTo("Not a concern");
    }

    @Test
    void shouldReadAFailedValidationAsAFactUntilItsFullAuditCloses() {
        workbench.save(DefaultRulebook.text() + RULE, "Read the council's returns", "test");
        AssessmentRun before = runs.run(BIRMINGHAM, "test");
        Urn school = notOfConcernMaintained(before).get(2);
        LocalDate today = LocalDate.now(clock);
        Definition audit = section175(today.plusDays(20));
        submit(audit, school);
        samples.draw(audit.id(), new SampleDraw.Rules(BigDecimal.valueOf(5), false, false, false), 99L,
                Set.of(school), "officer");
        samples.recordVisit(audit.id(), school, today, Visit.Outcome.FAILED, "No single central record was kept",
                "officer");

        SchoolResult failed = result(runs.run(BIRMINGHAM, "test"), school);
        assertThat(failed.category()).isEqualTo("In crisis");
        assertThat(failed.reasons()).extracting(AssessmentReason::ruleId).contains("validation-failed");
        assertThat(failed.reasons().stream().filter(fired -> fired.ruleId().equals("validation-failed"))
                .findFirst().orElseThrow().evidence().get(0).sourceFile())
                .contains("validation visit for the " + audit.title(), "full audit opened on " + day(today));

        long auditId = samples.audits(audit.id()).get(0).id();
        samples.addAuditEntry(auditId, org.schoolscope.returns.domain.FullAudit.Entry.Kind.CLOSED, today,
                "Record rebuilt and checked", "officer");
        assertThat(result(runs.run(BIRMINGHAM, "test"), school).category()).isEqualTo("Not a concern");
    }

    private Definition section175(LocalDate due) {
        return returns.define(new NewDefinition(ReturnKind.SECTION_175, "Section 175 safeguarding audit 2026-27",
                new AcademicYear(2026), null, SchoolSet.MAINTAINED, CompletedBy.SCHOOL, due,
                QuestionLines.parse(ReadyMadeReturns.of(ReturnKind.SECTION_175).questions()).questions()), "officer");
    }

    private void submit(Definition definition, Urn school) {
        Map<String, String> answers = new java.util.HashMap<>();
        definition.questions().forEach(question -> answers.put(question.code(), switch (question.type()) {
            case YES_NO -> "yes";
            case DATE -> "2026-9-1";
            case NUMBER -> "90";
            default -> "";
        }));
        assertThat(returns.save(definition.id(), school, answers, true, null, "head", "HEADTEACHER").saved())
                .isTrue();
    }

    private List<Urn> notOfConcernMaintained(AssessmentRun run) {
        Set<Urn> maintained = new java.util.HashSet<>(returns.asked(section175Probe()).stream()
                .map(RegisteredSchool::urn).toList());
        return runs.results(run.id(), ViewerScope.system()).stream().filter(result -> result.category().equals("Not a concern"))
                .map(SchoolResult::urn).filter(maintained::contains).toList();
    }

    /** A definition that is never stored, to ask which schools a maintained return asks. */
    private Definition section175Probe() {
        return new Definition(0, ReturnKind.SECTION_175, "probe", 330, new AcademicYear(2026), null,
                SchoolSet.MAINTAINED, CompletedBy.SCHOOL, LocalDate.now(clock), "test", clock.instant(), List.of());
    }

    private SchoolResult result(AssessmentRun run, Urn urn) {
        return runs.results(run.id(), ViewerScope.system()).stream().filter(result -> result.urn().equals(urn)).findFirst().orElseThrow();
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
