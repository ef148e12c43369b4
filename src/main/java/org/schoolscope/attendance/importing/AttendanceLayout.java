package org.schoolscope.attendance.importing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The attendance file layouts (documented in the README): marks one row per pupil per day or per session, the
 * pupil characteristics that go with them, and a council's term dates. A file's layout is its header: exactly
 * these columns, in any order.
 */
public enum AttendanceLayout {
    MARKS_BY_DAY("marks, one row per pupil per day", List.of("upn", "urn", "date", "am_mark", "pm_mark")),
    MARKS_BY_SESSION("marks, one row per pupil per session", List.of("upn", "urn", "date", "session", "mark")),
    PUPILS("pupil characteristics", List.of("upn", "urn", "academic_year", "year_group", "free_school_meals",
            "sen_provision", "english_additional_language", "child_in_care")),
    TERMS("term dates", List.of("la_code", "academic_year", "term", "first_day", "last_day", "half_term_first_day",
            "half_term_last_day"));

    private final String title;
    private final List<String> columns;

    AttendanceLayout(String title, List<String> columns) {
        this.title = title;
        this.columns = columns;
    }

    public String title() {
        return title;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean marks() {
        return this == MARKS_BY_DAY || this == MARKS_BY_SESSION;
    }

    static Optional<AttendanceLayout> of(List<String> header) {
        for (AttendanceLayout layout : values()) {
            if (header.size() == layout.columns.size() && Set.copyOf(header).equals(Set.copyOf(layout.columns))) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    /** Where each of the layout's columns is in a header that matches it. */
    int[] positions(List<String> header) {
        return columns.stream().mapToInt(header::indexOf).toArray();
    }
}
