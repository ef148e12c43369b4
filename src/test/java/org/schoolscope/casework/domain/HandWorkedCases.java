package org.schoolscope.casework.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The hand-worked fixture for January 2027, with England and Wales's bank holidays (25 and 28 December 2026, 1 January
 * 2027), acknowledgement within 3 working days and response within 20. Working days counted on a calendar by hand:
 *
 * <pre>
 * A  safeguarding, received Thu 24 Dec 2026. Acknowledge by Thu 31 Dec (29, 30, 31): acknowledged 31 Dec, met.
 *    Respond by Tue 26 Jan (29 Dec .. 26 Jan, skipping 1 Jan): responded 26 Jan, met, 20 working days.
 *    Closed Fri 29 Jan 2027, upheld.
 * B  leadership, received Mon 4 Jan 2027, two districts. Acknowledge by Thu 7 Jan: acknowledged Fri 8 Jan, late.
 *    Respond by Mon 1 Feb: not yet responded on 31 Jan, so open and not overdue.
 * C  governance, received Mon 7 Dec 2026. Acknowledged 9 Dec. Respond by Thu 7 Jan 2027 (8 Dec .. 7 Jan, skipping
 *    25 and 28 Dec and 1 Jan): not responded by 31 Jan, so overdue, by 16 working days on 31 Jan.
 * D  other, no school, received Wed 20 Jan 2027. Acknowledge by Mon 25 Jan: acknowledged Fri 22 Jan, met.
 *    Respond by Wed 17 Feb: responded Wed 27 Jan, met, in 5 working days (21, 22, 25, 26, 27). Closed 27 Jan.
 *
 * January 2027, all cases: received 2 (B, D); closed 2 (A, D); open on 31 Jan 2 (B, C); acknowledged 2, 1 on time
 * (D; B late); responded 2, both on time (A, D), on average (20 + 5) / 2 = 12.5 working days; overdue at the end 1 (C).
 * </pre>
 */
public final class HandWorkedCases {

    public static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    public static final LocalDate TO = LocalDate.of(2027, 1, 31);

    private HandWorkedCases() {
    }

    /** One case of the fixture: its category, receipt, and the days of its steps (null where not taken). */
    public record Fixture(String name, CaseCategory category, LocalDate received, LocalDate acknowledged,
            LocalDate responded, LocalDate closed) {
    }

    public static List<Fixture> cases() {
        return List.of(
                new Fixture("A", CaseCategory.SAFEGUARDING, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 26), LocalDate.of(2027, 1, 29)),
                new Fixture("B", CaseCategory.LEADERSHIP, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), null,
                        null),
                new Fixture("C", CaseCategory.GOVERNANCE, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9),
                        null, null),
                new Fixture("D", CaseCategory.OTHER, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 22),
                        LocalDate.of(2027, 1, 27), LocalDate.of(2027, 1, 27)));
    }
}
