package org.schoolscope.scorecard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;

/**
 * The indicators Schoolscope computes from its own records (PI 1 and 1a), for a council as at the end of an academic
 * year, asked of the owners as the dashboard asks them: the state-funded schools open on 31 August (the register's
 * {@link SchoolRegister#schools}) and each one's latest graded inspection by then, its own or a predecessor's (the
 * inspection module's {@link Inspections#latestGraded}). Nothing here reads a table. The whole council is counted,
 * whoever asks: the scorecard is a council-level figure, not a viewer's list.
 */
@Service
public class InspectionOutcomes {

    private final SchoolRegister register;
    private final Inspections inspections;

    InspectionOutcomes(SchoolRegister register, Inspections inspections) {
        this.register = register;
        this.inspections = inspections;
    }

    /** The council's counts as at the academic year's last day, 31 August. */
    public Counts asAtEndOf(LaCode council, AcademicYear year) {
        LocalDate end = year.lastDay();
        List<Urn> schools = register.schools(end, SchoolSet.STATE_FUNDED, council).stream().map(SchoolOnDate::urn)
                .toList();
        Map<Urn, LatestInspection> latest = schools.isEmpty() ? Map.of()
                : inspections.latestGraded(schools, AsAt.on(end));
        long goodOrOutstanding = 0;
        long inspectedInYear = 0;
        long inspectedInYearGoodOrOutstanding = 0;
        for (Urn urn : schools) {
            LatestInspection inspection = latest.get(urn);
            if (inspection == null) {
                continue;
            }
            boolean good = inspection.isGoodOrOutstanding();
            LocalDate inspected = inspection.inspection().facts().date();
            boolean inYear = !inspected.isBefore(year.firstDay()) && !inspected.isAfter(end);
            goodOrOutstanding += good ? 1 : 0;
            inspectedInYear += inYear ? 1 : 0;
            inspectedInYearGoodOrOutstanding += inYear && good ? 1 : 0;
        }
        return new Counts(year, schools.size(), goodOrOutstanding, inspectedInYear, inspectedInYearGoodOrOutstanding);
    }

    /**
     * A council's counts as at 31 August of the year.
     *
     * @param schools the state-funded schools open then, inspected or not
     * @param goodOrOutstanding those whose latest graded inspection by then was Good or Outstanding (PI 1)
     * @param inspectedInYear those whose latest graded inspection fell in the academic year, and
     *     {@code inspectedInYearGoodOrOutstanding} those of them judged Good or Outstanding at it (PI 1a)
     */
    public record Counts(AcademicYear year, long schools, long goodOrOutstanding, long inspectedInYear,
            long inspectedInYearGoodOrOutstanding) {

        /** The computation's share as a percentage, null where there is nothing to divide by. */
        public BigDecimal percent(Indicator.Computation computation) {
            return switch (computation) {
                case SCHOOLS_GOOD_OR_OUTSTANDING -> share(goodOrOutstanding, schools);
                case INSPECTED_IN_YEAR_GOOD_OR_OUTSTANDING -> share(inspectedInYearGoodOrOutstanding,
                        inspectedInYear);
            };
        }

        /** The counts behind the share in words: "381 of 445 state-funded schools". */
        public String words(Indicator.Computation computation) {
            return switch (computation) {
                case SCHOOLS_GOOD_OR_OUTSTANDING -> goodOrOutstanding + " of " + schools + " state-funded schools";
                case INSPECTED_IN_YEAR_GOOD_OR_OUTSTANDING -> inspectedInYearGoodOrOutstanding + " of "
                        + inspectedInYear + " state-funded schools inspected in " + year;
            };
        }

        private static BigDecimal share(long part, long whole) {
            return whole == 0 ? null
                    : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
        }
    }
}
