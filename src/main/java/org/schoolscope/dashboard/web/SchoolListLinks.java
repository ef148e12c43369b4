package org.schoolscope.dashboard.web;

import java.time.LocalDate;
import org.schoolscope.dashboard.LatestGrade;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the school list behind a number, for the filters the list has: district, phase, responsible body and
 * one grade. The list has no filter for "Good or Outstanding" together or for a graded inspection without an overall
 * grade; there the page links the parts it can.
 */
@Component
public class SchoolListLinks {

    private final LocalDate asAt;

    SchoolListLinks() {
        this(null);
    }

    private SchoolListLinks(LocalDate asAt) {
        this.asAt = asAt;
    }

    /** Links to the list as it stood on the day ({@code asAt}), or today's list where the day is null. */
    public SchoolListLinks on(LocalDate day) {
        return new SchoolListLinks(day);
    }

    /** The list filtered by one group kind ({@code district}, {@code phase}, {@code body}) and, if given, one grade. */
    public String schools(String filter, String value, LatestGrade grade) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/schools");
        if (filter != null && value != null) {
            uri.queryParam(filter, value);
        }
        String outcome = outcome(grade);
        if (outcome != null) {
            uri.queryParam("outcome", outcome);
        }
        return onTheDay(uri).encode().build().toUriString();
    }

    /** The list of one grade's schools, longest since inspected first. */
    public String oldestInspectedFirst(LatestGrade grade) {
        return onTheDay(UriComponentsBuilder.fromPath("/schools").queryParam("outcome", outcome(grade))
                .queryParam("sort", "inspected").queryParam("order", "asc")).encode().build().toUriString();
    }

    private UriComponentsBuilder onTheDay(UriComponentsBuilder uri) {
        return asAt == null ? uri : uri.queryParam("asAt", asAt);
    }

    /** Whether the list can be filtered to this grade. */
    public boolean hasFilter(LatestGrade grade) {
        return grade == null || outcome(grade) != null;
    }

    private static String outcome(LatestGrade grade) {
        if (grade == null) {
            return null;
        }
        return switch (grade) {
            case OUTSTANDING -> "outstanding";
            case GOOD -> "good";
            case REQUIRES_IMPROVEMENT -> "requires-improvement";
            case INADEQUATE -> "inadequate";
            case NOT_INSPECTED -> "none";
            case NO_OVERALL_GRADE -> null;
        };
    }
}
