package org.schoolscope.correspondence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.shared.Urn;

/**
 * The monthly report to the commissioner (seed 004, "Reporting"; issue 4 item 8) for one month: changes to the
 * priority list between the runs that stood at the start and at the end of the month; the outcome of every
 * maintained school's inspection that month; the maintained schools Good or better at the month's end and their
 * pupils; and primary and secondary schools below the standards the council tracks, with their pupils.
 */
public record MonthlyReport(YearMonth month, AssessmentRun previousRun, AssessmentRun currentRun,
        List<ListChange> movedOn, List<ListChange> movedOff, List<InspectionOutcome> inspections,
        GoodOrBetter goodOrBetter, List<BelowStandard> primaryBelowStandard,
        List<BelowStandard> secondaryBelowStandard) {

    public MonthlyReport {
        movedOn = List.copyOf(movedOn);
        movedOff = List.copyOf(movedOff);
        inspections = List.copyOf(inspections);
        primaryBelowStandard = List.copyOf(primaryBelowStandard);
        secondaryBelowStandard = List.copyOf(secondaryBelowStandard);
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public long primaryBelowStandardPupils() {
        return pupils(primaryBelowStandard);
    }

    public long secondaryBelowStandardPupils() {
        return pupils(secondaryBelowStandard);
    }

    private static long pupils(List<BelowStandard> schools) {
        return schools.stream().mapToLong(below -> below.school().pupils() == null ? 0 : below.school().pupils())
                .sum();
    }

    /** A maintained school that joined or left the list, with its standing category (before, for one that left). */
    public record ListChange(Urn urn, String name, String category) {
    }

    /** An inspection of a maintained school that started in the month, with its outcome as Ofsted reported it. */
    public record InspectionOutcome(Urn urn, String name, LocalDate date, boolean graded, String outcome) {
    }

    /**
     * Maintained schools Good or better at their latest graded inspection by the month's end, out of those with a
     * graded inspection on record; report cards count when every area is at the expected standard or above and
     * safeguarding is met. Pupils are those on roll as the register records them.
     */
    public record GoodOrBetter(int maintainedSchools, int withGradedInspection, int goodOrBetter,
            long pupilsInGoodOrBetter, long pupilsInMaintainedSchools) {

        /** Percent of the maintained schools with a graded inspection, to one decimal place; null with none. */
        public BigDecimal share() {
            return withGradedInspection == 0 ? null
                    : BigDecimal.valueOf(goodOrBetter * 100L).divide(BigDecimal.valueOf(withGradedInspection), 1,
                            RoundingMode.HALF_UP);
        }
    }

    /** A school below the council's standard, with the figures (value, year, source) that put it there. */
    public record BelowStandard(MaintainedSchool school, List<String> evidence) {

        public BelowStandard {
            evidence = List.copyOf(evidence);
        }
    }
}
