package org.schoolscope.casework;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council's casework targets and calendar: acknowledge within {@code acknowledgeWithin} working days (3) and
 * respond within {@code respondWithin} (20); the bank holidays working days skip (England and Wales, 2026 and 2027,
 * unless the council lists its own in {@code schoolscope.casework.bank-holidays}). How long the identity of who raised
 * a case is kept is declared in the database (retention_policy), not here.
 */
@ConfigurationProperties("schoolscope.casework")
public record CaseworkProperties(Integer acknowledgeWithin, Integer respondWithin, List<LocalDate> bankHolidays) {

    /** GOV.UK's bank holidays in England and Wales for 2026 and 2027. */
    static final List<LocalDate> ENGLAND_AND_WALES = List.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28));

    public CaseworkProperties {
        acknowledgeWithin = acknowledgeWithin == null ? 3 : acknowledgeWithin;
        respondWithin = respondWithin == null ? 20 : respondWithin;
        bankHolidays = bankHolidays == null || bankHolidays.isEmpty() ? ENGLAND_AND_WALES : List.copyOf(bankHolidays);
        if (acknowledgeWithin < 1 || respondWithin < acknowledgeWithin) {
            throw new IllegalArgumentException("schoolscope.casework targets: acknowledge within at least 1 working "
                    + "day, and respond no sooner than acknowledging");
        }
    }
}
