package org.schoolscope.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Urn;

/** The clocks and report counts on the hand-worked fixture of {@link HandWorkedCases}. */
class CaseworkReportTest {

    private static final WorkingDays WORKING_DAYS = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));
    private static final Urn EDGBASTON_SCHOOL = new Urn(103001);
    private static final Urn LADYWOOD_SCHOOL = new Urn(103002);

    @Test
    void shouldCountWorkingDaysSkippingWeekendsAndBankHolidays() {
        assertThat(WORKING_DAYS.add(LocalDate.of(2026, 12, 24), 3)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(WORKING_DAYS.add(LocalDate.of(2026, 12, 24), 20)).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(WORKING_DAYS.add(LocalDate.of(2027, 1, 4), 20)).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(WORKING_DAYS.add(LocalDate.of(2026, 12, 7), 20)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(WORKING_DAYS.between(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 27))).isEqualTo(5);
    }

    @Test
    void shouldShowEachClockAsHandWorked() {
        Map<String, CaseFile> files = files();
        LocalDate today = HandWorkedCases.TO;
        ResponseClock aAcknowledged = files.get("A").acknowledgement(today, WORKING_DAYS);
        assertThat(aAcknowledged.state()).isEqualTo(ResponseClock.State.MET);
        assertThat(aAcknowledged.dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(aAcknowledged.days()).isEqualTo(3);
        ResponseClock aResponse = files.get("A").response(today, WORKING_DAYS);
        assertThat(aResponse.state()).isEqualTo(ResponseClock.State.MET);
        assertThat(aResponse.days()).isEqualTo(20);
        assertThat(files.get("B").acknowledgement(today, WORKING_DAYS).state()).isEqualTo(ResponseClock.State.LATE);
        ResponseClock bResponse = files.get("B").response(today, WORKING_DAYS);
        assertThat(bResponse.state()).isEqualTo(ResponseClock.State.RUNNING);
        assertThat(bResponse.dueOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(bResponse.days()).isEqualTo(1);
        ResponseClock cResponse = files.get("C").response(today, WORKING_DAYS);
        assertThat(cResponse.state()).isEqualTo(ResponseClock.State.OVERDUE);
        assertThat(cResponse.days()).isEqualTo(16);
        assertThat(files.get("A").open()).isFalse();
        assertThat(files.get("A").outcome()).contains(Outcome.UPHELD);
        assertThat(files.get("A").refusal(StepKind.ACTION, today)).contains("casework.refused.closed");
    }

    @Test
    void shouldCountJanuaryAsHandWorked() {
        CaseworkReport report = CaseworkReport.of(List.copyOf(files().values()), Map.of(EDGBASTON_SCHOOL,
                "Edgbaston", LADYWOOD_SCHOOL, "Ladywood"), HandWorkedCases.FROM, HandWorkedCases.TO, WORKING_DAYS);

        assertThat(report.total()).isEqualTo(new CaseworkReport.Counts("", 2, 2, 2, 2, 1, 2, 2,
                new BigDecimal("12.5"), 1));
        assertThat(report.byCategory()).containsExactly(
                new CaseworkReport.Counts("GOVERNANCE", 0, 0, 1, 0, 0, 0, 0, null, 1),
                new CaseworkReport.Counts("LEADERSHIP", 1, 0, 1, 1, 0, 0, 0, null, 0),
                new CaseworkReport.Counts("SAFEGUARDING", 0, 1, 0, 0, 0, 1, 1, new BigDecimal("20.0"), 0),
                new CaseworkReport.Counts("FINANCE", 0, 0, 0, 0, 0, 0, 0, null, 0),
                new CaseworkReport.Counts("OTHER", 1, 1, 0, 1, 1, 1, 1, new BigDecimal("5.0"), 0));
        assertThat(report.byDistrict()).containsExactly(
                new CaseworkReport.Counts("Edgbaston", 1, 1, 1, 1, 0, 1, 1, new BigDecimal("20.0"), 0),
                new CaseworkReport.Counts("Ladywood", 1, 0, 2, 1, 0, 0, 0, null, 1),
                new CaseworkReport.Counts(CaseworkReport.NO_SCHOOL, 1, 1, 0, 1, 1, 1, 1, new BigDecimal("5.0"), 0));
    }

    private static Map<String, CaseFile> files() {
        Map<String, List<Urn>> schools = Map.of("A", List.of(EDGBASTON_SCHOOL), "B",
                List.of(EDGBASTON_SCHOOL, LADYWOOD_SCHOOL), "C", List.of(LADYWOOD_SCHOOL), "D", List.of());
        Map<String, CaseFile> files = new java.util.LinkedHashMap<>();
        long id = 1;
        for (HandWorkedCases.Fixture fixture : HandWorkedCases.cases()) {
            List<CaseEvent> events = new ArrayList<>();
            add(events, StepKind.ACKNOWLEDGED, fixture.acknowledged(), "");
            add(events, StepKind.RESPONDED, fixture.responded(), "");
            add(events, StepKind.CLOSED, fixture.closed(), Outcome.UPHELD.name());
            files.put(fixture.name(), new CaseFile(id++, "CW-" + fixture.name(), CaseKind.WHISTLEBLOWING,
                    Channel.EMAIL, fixture.category(), fixture.received(), "A concern", 3, 20,
                    schools.get(fixture.name()), new Party("Protected", "Protected", "Protected"), "case.worker",
                    Instant.EPOCH, events));
        }
        return files;
    }

    private static void add(List<CaseEvent> events, StepKind kind, LocalDate on, String value) {
        if (on != null) {
            events.add(new CaseEvent(events.size() + 1, kind, on, "", value, "case.worker", Instant.EPOCH));
        }
    }
}
