package org.schoolscope.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** At risk by term end, worked by hand. */
class AbsenceRiskTest {

    @Test
    void shouldCountTheFurtherAbsencesThatWouldCrossTenPerCentByTermEnd() {
        // 100 possible, 6 absent, 40 left: 140 at term end needs 14 absent, so 8 more.
        SessionTotals now = new SessionTotals(100, 6, 0, 0);
        assertThat(AbsenceRisk.sessionsToPersistent(now, 40)).isEqualTo(8);
        assertThat(AbsenceRisk.atRisk(now, 40, 8)).isTrue();
        assertThat(AbsenceRisk.atRisk(now, 40, 7)).isFalse();
        // 50% of 140 is 70: 64 more, more than the 40 left, so it cannot happen this term.
        assertThat(AbsenceRisk.sessionsToSevere(now, 40)).isEqualTo(41);
    }

    @Test
    void shouldNotCallAPupilAlreadyPersistentlyAbsentAtRisk() {
        SessionTotals now = new SessionTotals(100, 10, 0, 0);
        assertThat(AbsenceRisk.sessionsToPersistent(now, 40)).isZero();
        assertThat(AbsenceRisk.atRisk(now, 40, 6)).isFalse();
    }
}
