package org.schoolscope.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.assessment.SoftIntelligenceNote;
import org.schoolscope.casework.domain.CaseCategory;
import org.schoolscope.casework.domain.CaseFile;
import org.schoolscope.casework.domain.CaseKind;
import org.schoolscope.casework.domain.Channel;
import org.schoolscope.casework.domain.Outcome;
import org.schoolscope.casework.domain.Relationship;
import org.schoolscope.casework.domain.StepKind;
import org.schoolscope.casework.persistence.CaseworkSchools;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.RetentionPolicy;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases kept as records: a referral puts a note in soft intelligence for each school in the case worker's words; the
 * tables refuse the service's connection any change; and who raised a case is removed only through the schema owner's
 * removal, six years after the case was received and once it has closed, the case staying for the reports. Each test in a transaction that is rolled back.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class CaseRecordsTest {

    @Autowired
    Casework casework;

    @Autowired
    CaseworkRetention retention;

    @Autowired
    CaseworkSchools schools;

    @Autowired
    SoftIntelligence softIntelligence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void shouldReferACaseToSoftIntelligenceInTheCaseWorkersWords() {
        Urn school = schools.councilSchools(new LaCode(330), LocalDate.now(clock)).get(30).urn();
        CaseFile file = casework.log(new NewCase(CaseKind.WHISTLEBLOWING, Channel.TELEPHONE, CaseCategory.LEADERSHIP,
                LocalDate.now(clock), "Marks changed", Set.of(school), false, "Rowan Teller", "07700 900456",
                Relationship.STAFF), "casey.worker");

        casework.referToSoftIntelligence(file.id(), LocalDate.now(clock), "Possible malpractice in assessment",
                true, "casey.worker");

        SoftIntelligenceNote note = softIntelligence.notes(school, ViewerScope.of("test", Set.of(Role.OFFICER))).get(0);
        assertThat(note.learnt()).isEqualTo("Possible malpractice in assessment");
        assertThat(note.source()).isEqualTo("Casework case " + file.reference());
        assertThat(note.leadershipCrisis()).isTrue();
        assertThat(note.toString()).doesNotContain("Rowan");
        assertThat(casework.read(file.id(), Set.of(Role.CASE_WORKER), "test").events())
                .extracting(event -> event.kind()).containsExactly(StepKind.REFERRED_SOFT_INTELLIGENCE);
    }

    @Test
    void shouldRemoveWhoRaisedAClosedCaseOnlyThroughTheRetentionPolicySixYearsAfterReceipt() {
        CaseFile old = casework.log(new NewCase(CaseKind.COMPLAINT, Channel.LETTER, CaseCategory.FINANCE,
                LocalDate.of(2019, 1, 7), "Lettings income unaccounted for", Set.of(), false, "Jo Payne", "",
                Relationship.PARENT), "casey.worker");
        casework.record(old.id(), StepKind.CLOSED, LocalDate.of(2019, 2, 1), "Audited", Outcome.NOT_UPHELD.name(),
                "casey.worker");
        CaseFile recent = casework.log(new NewCase(CaseKind.COMPLAINT, Channel.LETTER, CaseCategory.FINANCE,
                LocalDate.now(clock), "Another", Set.of(), false, "Kim Lane", "", Relationship.PARENT),
                "casey.worker");

        List<RetentionPolicy.ExpiredRecord> expired = retention.expired(LocalDate.now(clock));

        assertThat(expired).extracting(RetentionPolicy.ExpiredRecord::recordId).contains(Long.toString(old.id()))
                .doesNotContain(Long.toString(recent.id()));
        assertThat(expired).extracting(RetentionPolicy.ExpiredRecord::description)
                .noneMatch(description -> description.contains("Jo Payne"));
        assertThatThrownBy(() -> inSavepoint(() -> jdbc.sql("delete from casework_party").update()))
                .hasStackTraceContaining("permission denied");
        assertThat(retention.remove(expired.stream()
                .filter(record -> record.recordId().equals(Long.toString(old.id()))).toList())).isOne();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'remove-expired'"
                + " and record_type = 'casework-identity' and record_id = :id").param("id", Long.toString(old.id()))
                .query(Long.class).single()).isOne();
        assertThat(casework.read(old.id(), Set.of(Role.CASE_WORKER), "test").party().raisedBy())
                .isEqualTo("No longer held");
        assertThat(casework.read(recent.id(), Set.of(Role.CASE_WORKER), "test").party().raisedBy())
                .isEqualTo("Kim Lane");

        for (String statement : List.of("update casework_case set summary = 'changed'",
                "delete from casework_event", "update casework_party set name = 'changed'",
                "truncate casework_case_school cascade")) {
            assertThatThrownBy(() -> inSavepoint(() -> jdbc.sql(statement).update())).as(statement)
                    .hasStackTraceContaining("permission denied");
        }
    }

    private void inSavepoint(Runnable statement) {
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        nested.executeWithoutResult(status -> statement.run());
    }
}
