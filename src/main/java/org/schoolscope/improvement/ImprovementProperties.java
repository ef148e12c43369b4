package org.schoolscope.improvement;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.schoolscope.shared.AcademicYear;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The improvement cycle's settings. {@code octoberHalfTerm} is the first day of October half term as month-day
 * ({@code 10-26}), the list and continuing schools' plans being due before it; {@code halfTermDates} sets the exact
 * day for a year ({@code 2035-36: 2035-10-22}). {@code partners} are the priority partners offered in the
 * allocation form (any other name may be typed). New schools' plans are due {@code newSchoolPlanWeeks} after half
 * term; boards meet every {@code boardIntervalDays}. A step may record what happened no later than
 * {@code futureHorizonDays} after today (0: not in the future at all).
 */
@ConfigurationProperties("schoolscope.improvement")
public record ImprovementProperties(String octoberHalfTerm, Map<String, LocalDate> halfTermDates,
        List<String> partners, Integer newSchoolPlanWeeks, Integer boardIntervalDays, Integer futureHorizonDays) {

    public ImprovementProperties {
        octoberHalfTerm = octoberHalfTerm == null || octoberHalfTerm.isBlank() ? "10-26" : octoberHalfTerm.strip();
        MonthDay.parse("--" + octoberHalfTerm);
        halfTermDates = halfTermDates == null ? Map.of() : Map.copyOf(halfTermDates);
        partners = partners == null ? List.of() : List.copyOf(partners);
        newSchoolPlanWeeks = newSchoolPlanWeeks == null ? 8 : newSchoolPlanWeeks;
        boardIntervalDays = boardIntervalDays == null ? 14 : boardIntervalDays;
        futureHorizonDays = futureHorizonDays == null ? 0 : futureHorizonDays;
        if (futureHorizonDays < 0) {
            throw new IllegalArgumentException("schoolscope.improvement.future-horizon-days cannot be negative");
        }
    }

    /** The first day of the year's October half term: the deadline for the list and continuing schools' plans. */
    public LocalDate halfTermStarts(AcademicYear year) {
        LocalDate exact = halfTermDates.get(year.toString());
        return exact != null ? exact : MonthDay.parse("--" + octoberHalfTerm).atYear(year.startYear());
    }
}
