package org.schoolscope.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.returns.domain.CompletedBy;
import org.schoolscope.returns.domain.Completeness;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.FullAudit;
import org.schoolscope.returns.domain.NewDefinition;
import org.schoolscope.returns.domain.QuestionLines;
import org.schoolscope.returns.domain.ReadyMadeReturns;
import org.schoolscope.returns.domain.Results;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.returns.domain.Term;
import org.schoolscope.shared.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The returns kept as records, on the Birmingham sample: the termly survey compared term by term (response rates and
 * averages worked by hand), the data-exchange log's compliance and chase list, full audits of the schools that did not
 * return followed to closure, and tables that refuse to be changed. Each test in a transaction that is rolled back.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class ReturnsRecordsTest {

    @Autowired
    Returns returns;

    @Autowired
    ValidationSamples samples;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void shouldCompareTheTermlySurveyTermByTermWithResponseRates() {
        LocalDate today = LocalDate.now(clock);
        Definition autumn = define(ReturnKind.RELATIONSHIP_SURVEY, Term.AUTUMN, SchoolSet.STATE_FUNDED,
                CompletedBy.SCHOOL, today.minusDays(30));
        Definition spring = define(ReturnKind.RELATIONSHIP_SURVEY, Term.SPRING, SchoolSet.STATE_FUNDED,
                CompletedBy.SCHOOL, today.plusDays(30));
        List<RegisteredSchool> asked = returns.asked(spring);
        answer(autumn, asked.get(0), "4", "yes");
        answer(autumn, asked.get(1), "2", "no");
        answer(spring, asked.get(0), "5", "yes");
        answer(spring, asked.get(1), "4", "yes");
        answer(spring, asked.get(2), "3", "no");

        Results results = returns.results(spring.id());

        assertThat(results.columns()).extracting(Results.Column::title).containsExactly(autumn.title(),
                spring.title());
        assertThat(results.columns()).extracting(Results.Column::responded).containsExactly(2, 3);
        assertThat(results.columns().get(1).responseRate()).isEqualByComparingTo(BigDecimal.valueOf(300)
                .divide(BigDecimal.valueOf(asked.size()), 1, RoundingMode.HALF_UP));
        Results.QuestionRow confidence = results.questions().stream()
                .filter(row -> row.code().equals("confidence-core-duties")).findFirst().orElseThrow();
        // By hand: autumn (4 + 2) / 2 = 3.0; spring (5 + 4 + 3) / 3 = 4.0.
        assertThat(confidence.values()).extracting(Results.Summary::value).containsExactly(new BigDecimal("3.0"),
                new BigDecimal("4.0"));
        Results.QuestionRow contact = results.questions().stream().filter(row -> row.code().equals("knows-contact"))
                .findFirst().orElseThrow();
        // By hand: autumn 1 of 2 = 50.0%; spring 2 of 3 = 66.7%.
        assertThat(contact.values()).extracting(Results.Summary::value).containsExactly(new BigDecimal("50.0"),
                new BigDecimal("66.7"));
    }

    @Test
    void shouldChaseSchoolsWhoseDataExchangeWasIncompleteOrNotLogged() {
        LocalDate today = LocalDate.now(clock);
        Definition exchange = define(ReturnKind.DATA_EXCHANGE, Term.AUTUMN, SchoolSet.MAINTAINED,
                CompletedBy.COUNCIL, today.minusDays(3));
        List<RegisteredSchool> asked = returns.asked(exchange);
        log(exchange, asked.get(0), today.minusDays(5), "yes", "yes");
        log(exchange, asked.get(1), today.minusDays(5), "no", "yes");
        log(exchange, asked.get(2), today.minusDays(1), "yes", "yes");

        Completeness completeness = returns.completeness(exchange.id());

        assertThat(completeness.overall().compliant()).isEqualTo(1);
        assertThat(completeness.toChase()).extracting(Completeness.Row::urn)
                .doesNotContain(asked.get(0).urn()).contains(asked.get(1).urn(), asked.get(2).urn(),
                        asked.get(3).urn());
        assertThatThrownBy(() -> inSavepoint(() -> returns.save(exchange.id(), asked.get(3).urn(),
                Map.of("complete", "yes"), true, null, "head", "HEADTEACHER")))
                .isInstanceOf(ReturnNotFoundException.class);
    }

    @Test
    void shouldOpenFullAuditsOfNonReturnersAndFollowThemToClosure() {
        LocalDate today = LocalDate.now(clock);
        Definition audit = define(ReturnKind.SECTION_175, null, SchoolSet.MAINTAINED, CompletedBy.SCHOOL,
                today.minusDays(1));
        List<RegisteredSchool> asked = returns.asked(audit);
        Map<String, String> answers = new HashMap<>();
        audit.questions().forEach(question -> answers.put(question.code(), switch (question.type()) {
            case YES_NO -> "yes";
            case DATE -> "2026-9-1";
            case NUMBER -> "100";
            default -> "";
        }));
        assertThat(returns.save(audit.id(), asked.get(0).urn(), answers, true, null, "head", "HEADTEACHER").saved())
                .isTrue();

        assertThat(samples.openAuditsForNonReturners(audit.id(), "officer")).isEqualTo(asked.size() - 1);
        assertThat(samples.openAuditsForNonReturners(audit.id(), "officer")).isZero();
        List<FullAudit> audits = samples.audits(audit.id());
        assertThat(audits).extracting(FullAudit::urn).doesNotContain(asked.get(0).urn());
        assertThat(audits).allMatch(each -> each.reason() == FullAudit.Reason.MISSING_RETURN && each.open());
        long first = audits.get(0).id();
        samples.addAuditEntry(first, FullAudit.Entry.Kind.PROGRESS, today, "Audit visit booked", "officer");
        FullAudit closed = samples.addAuditEntry(first, FullAudit.Entry.Kind.CLOSED, today,
                "Return made and checked on site", "officer");
        assertThat(closed.open()).isFalse();
        assertThatThrownBy(() -> inSavepoint(() -> samples.addAuditEntry(first, FullAudit.Entry.Kind.PROGRESS,
                today, "More", "officer"))).isInstanceOf(IllegalStateException.class);

        for (String statement : List.of("update return_definition set title = 'changed'",
                "delete from return_question", "update return_submission set status = 'DRAFT'",
                "delete from return_answer", "truncate return_chase cascade", "update full_audit set reason = 'X'",
                "delete from full_audit_entry", "truncate validation_sample cascade")) {
            assertThatThrownBy(() -> inSavepoint(() -> jdbc.sql(statement).update())).as(statement)
                    .hasStackTraceContaining("permission denied");
        }
    }

    private Definition define(ReturnKind kind, Term term, SchoolSet set, CompletedBy completedBy, LocalDate due) {
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        return returns.define(new NewDefinition(kind, ReadyMadeReturns.title(kind, year, term), year, term, set,
                completedBy, due, QuestionLines.parse(ReadyMadeReturns.of(kind).questions()).questions()), "officer");
    }

    private void answer(Definition survey, RegisteredSchool school, String confidence, String knowsContact) {
        Map<String, String> answers = Map.of("confidence-core-duties", confidence, "relationship", "3",
                "clear-expectations", "3", "responsiveness", "3", "knows-contact", knowsContact);
        assertThat(returns.save(survey.id(), school.urn(), answers, true, null, "head", "HEADTEACHER").saved())
                .isTrue();
    }

    private void log(Definition exchange, RegisteredSchool school, LocalDate received, String complete,
            String accurate) {
        Map<String, String> answers = Map.of("received-on", received.getYear() + "-" + received.getMonthValue() + "-"
                + received.getDayOfMonth(), "complete", complete, "accurate", accurate);
        assertThat(returns.save(exchange.id(), school.urn(), answers, true, null, "officer", "OFFICER").saved())
                .isTrue();
    }

    private void inSavepoint(Runnable statement) {
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        nested.executeWithoutResult(status -> statement.run());
    }
}
