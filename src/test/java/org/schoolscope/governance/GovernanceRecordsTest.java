package org.schoolscope.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.governance.domain.Appointment;
import org.schoolscope.governance.domain.GovernorCategory;
import org.schoolscope.governance.domain.NewAppointment;
import org.schoolscope.register.RegisteredSchools;
import org.schoolscope.register.SchoolSet;
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

/**
 * The governance register's tables refuse the service's connection any change, and a governor's records go only
 * through the schema owner's removal, six years after their last appointment stopped. Each test in a transaction
 * that is rolled back.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class GovernanceRecordsTest {

    @Autowired
    Governance governance;

    @Autowired
    GovernorRetention retention;

    @Autowired
    RegisteredSchools register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void shouldEndAnAppointmentByARecordAndRefuseToChangeOne() {
        Urn school = register.inSet(new LaCode(330), SchoolSet.MAINTAINED, LocalDate.now(clock)).get(12).urn();
        LocalDate today = LocalDate.now(clock);
        Appointment appointment = governance.appoint(school, new NewAppointment("Grace Obi", "", "",
                GovernorCategory.CO_OPTED, "The governing body", today.minusYears(2), null), null, null, "test");
        governance.endAppointment(school, appointment.id(), today.minusDays(1), "Resigned", "test");
        assertThat(governance.governingBody(school, "test").past()).extracting(Appointment::endReason)
                .containsExactly("Resigned");
        assertThatThrownBy(() -> inSavepoint(() -> governance.endAppointment(school, appointment.id(), today,
                "Again", "test"))).isInstanceOf(IllegalStateException.class);

        for (String statement : List.of("update governor_person set full_name = 'changed'",
                "delete from governor_appointment", "update governor_appointment_end set reason = 'changed'",
                "truncate governor_vacancy cascade", "truncate governing_body_website_check",
                "truncate governor_match_decision cascade")) {
            assertThatThrownBy(() -> inSavepoint(() -> jdbc.sql(statement).update())).as(statement)
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void shouldRemoveAGovernorOnlyThroughTheRetentionPolicySixYearsAfterTheirLastAppointment() {
        List<Urn> schools = register.inSet(new LaCode(330), SchoolSet.MAINTAINED, LocalDate.now(clock)).stream()
                .map(school -> school.urn()).toList().subList(13, 15);
        Appointment old = governance.appoint(schools.get(0), new NewAppointment("Owen Price", "", "",
                GovernorCategory.PARENT, "Parents", LocalDate.of(2015, 9, 1), LocalDate.of(2019, 8, 31)), null, null,
                "test");
        governance.appoint(schools.get(1), new NewAppointment("Nia Hughes", "", "", GovernorCategory.STAFF, "Staff",
                LocalDate.of(2015, 9, 1), null), null, null, "test");

        List<RetentionPolicy.ExpiredRecord> expired = retention.expired(LocalDate.now(clock));

        assertThat(expired).extracting(RetentionPolicy.ExpiredRecord::recordId)
                .contains(Long.toString(old.personId()));
        assertThat(expired).filteredOn(record -> record.recordId().equals(Long.toString(old.personId())))
                .extracting(RetentionPolicy.ExpiredRecord::expiredOn).containsExactly(LocalDate.of(2025, 8, 31));
        assertThat(expired).extracting(RetentionPolicy.ExpiredRecord::description)
                .noneMatch(description -> description.contains("Owen"));
        assertThatThrownBy(() -> inSavepoint(() -> jdbc.sql("delete from governor_person").update()))
                .hasStackTraceContaining("permission denied");
        retention.remove(expired.stream().filter(record -> record.recordId().equals(Long.toString(old.personId())))
                .toList());
        assertThat(jdbc.sql("select count(*) from governor_person where full_name = 'Owen Price'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from governor_person where full_name = 'Nia Hughes'")
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'remove-expired' and record_type = 'governor'"
                + " and record_id = :id").param("id", Long.toString(old.personId())).query(Long.class).single())
                .isOne();
    }

    private void inSavepoint(Runnable statement) {
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        nested.executeWithoutResult(status -> statement.run());
    }
}
