package org.schoolscope.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The service's clock in every test context ({@link TestClockConfiguration}): the real time until a test sets a day,
 * then nine in the morning of that day, standing still, until the test resets it. Tests read "today" from here, never
 * from the wall clock, so a test that needs a date sets it and one that does not still agrees with the service.
 */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Stands the clock still at nine in the morning of the day. */
    public void setToday(LocalDate day) {
        fixed = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
    }

    /** Back to the real time, as every test after this one expects. */
    public void reset() {
        fixed = null;
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SettableClock clock = new SettableClock(other);
        clock.fixed = fixed;
        return clock;
    }

    @Override
    public Instant instant() {
        Instant day = fixed;
        return day != null ? day : Instant.now();
    }
}
